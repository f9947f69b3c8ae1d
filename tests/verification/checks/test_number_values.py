"""factkit.verification.checks.number_values: whether an article number is the summary
number, here the kind of quantity (a time offset is no duration) and a year, which no
tolerance or rounding makes another year or a figure near it."""

from __future__ import annotations

from factkit.document import Quantity
from factkit.verification.checks.number_values import time_offset
from tests.verification.checks.conftest import reported, reported_spans

HIKE = (
    "The family left the White House about 15 minutes ago and hiked at Great Falls Park. "
    "The 50-minute trek concluded as a light drizzle began."
)


def test_a_time_offset_is_how_long_ago_not_how_long() -> None:
    ago, trek = HIKE.index("15 minutes"), HIKE.index("50-minute")
    assert time_offset(HIKE, Quantity("15 minutes", ago, ago + 10, 15.0, "minute"))
    assert not time_offset(HIKE, Quantity("50-minute", trek, trek + 9, 50.0, "minute"))


TOURNAMENT = (
    "Wales reached the semi-finals of Euro 2014 in Lyon before losing to Portugal. "
    "The squad flew home to Cardiff, where about 176 fans met them at the airport. "
    "The Welsh FA said the run had earned it £1.06bn in sponsorship, and 1,963 people "
    "bought tickets for the homecoming. The crowd at the homecoming numbered 1,963."
)


def test_a_year_is_not_another_year_within_the_tolerance() -> None:
    # 1% of a year-sized value is 20: the tolerance made 2016 of the article's 2014
    summary = "Wales reached the semi-finals of Euro 2016 in Lyon."
    assert reported_spans(summary, TOURNAMENT, "number_not_in_source") == ["2016"]


WRECK = "The wreck was found in 2013 off the coast of Cornwall. Divers reached it in May."


def test_a_distance_near_a_year_is_not_that_year() -> None:
    # the article's only number near 2,000 is the year 2013, which has no unit to clash
    summary = "The wreck was found 2,000m off the coast of Cornwall."
    numbers = [r for r in reported(summary, WRECK) if r.type.startswith("number")]
    assert [summary[a:b] for r in numbers if r.summary_span for a, b in [r.summary_span]] == [
        "2,000m"
    ]


def test_rounded_figures_still_match_the_article() -> None:
    # "2,000" with its comma is a count, however near a year's value: it rounds 1,963
    summary = (
        "About 180 fans met Wales at the airport. The run earned £1.1bn in sponsorship. "
        "Nearly 2,000 people bought tickets. The crowd at the homecoming numbered nearly 2,000."
    )
    assert [r for r in reported(summary, TOURNAMENT) if r.type.startswith("number")] == []


def test_the_same_year_is_supported() -> None:
    summary = "Wales reached the semi-finals of Euro 2014 in Lyon."
    assert [r for r in reported(summary, TOURNAMENT) if r.type.startswith("number")] == []
