"""Time anchoring: relative and partial dates resolved against the article date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.annotate.times import anchor_times, find_times
from factkit.document import Sentence

TUE = dt.date(2021, 8, 10)  # the seed article's date, a Tuesday


def resolved(text: str, date: dt.date | None = TUE) -> list[tuple[str, str | None]]:
    return [(a.text, a.resolved) for a in find_times(text, date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He flew to Doha on Tuesday.", ("Tuesday", "2021-08-10")),  # publication day itself
        ("They met on Friday.", ("Friday", "2021-08-06")),
        ("They met last Monday.", ("last Monday", "2021-08-09")),
        ("It ends last Tuesday.", ("last Tuesday", "2021-08-03")),
        ("Talks resume next Wednesday.", ("next Wednesday", "2021-08-11")),
        ("Talks resume next Tuesday.", ("next Tuesday", "2021-08-17")),
        ("It is due this Friday.", ("this Friday", "2021-08-13")),
        ("Officials said today.", ("today", "2021-08-10")),
        ("Officials said yesterday.", ("yesterday", "2021-08-09")),
        ("A vote comes tomorrow.", ("tomorrow", "2021-08-11")),
        ("Prices rose last week.", ("last week", "2021-08-02")),
        ("Prices rose this week.", ("this week", "2021-08-09")),
        ("Prices will rise next week.", ("next week", "2021-08-16")),
        ("Prices rose last month.", ("last month", "2021-07-01")),
        ("Prices will rise next month.", ("next month", "2021-09-01")),
        ("Prices rose last year.", ("last year", "2020-01-01")),
        ("The deadline is August 31.", ("August 31", "2021-08-31")),
        ("The deadline is Aug. 31.", ("Aug. 31", "2021-08-31")),
        ("The deadline is 31 August.", ("31 August", "2021-08-31")),
        ("It was posted on August 10, 2021.", ("August 10, 2021", "2021-08-10")),
        ("It was posted on 2020-03-01.", ("2020-03-01", "2020-03-01")),
        ("It began in May 2019.", ("May 2019", "2019-05")),
        ("The surge began in April.", ("April", "2021-04")),
        ("It was built in 1954.", ("1954", "1954")),
    ],
)
def test_resolution(text: str, expected: tuple[str, str]) -> None:
    assert resolved(text) == [expected]


def test_month_day_takes_the_nearest_year() -> None:
    assert resolved("It happened on December 28.", dt.date(2022, 1, 3)) == [
        ("December 28", "2021-12-28")
    ]
    assert resolved("Polls open January 4.", dt.date(2021, 12, 20)) == [("January 4", "2022-01-04")]


def test_no_article_date_still_reports_the_anchor() -> None:
    assert resolved("He left on Tuesday and returns August 31.", None) == [
        ("Tuesday", None),
        ("August 31", None),
    ]
    assert resolved("posted on August 10, 2021", None) == [("August 10, 2021", "2021-08-10")]


@pytest.mark.parametrize(
    "text",
    [
        "You may go home now.",
        "They march on the capital.",
        "May I ask a question?",
        "The Sun newspaper reported it.",
        "According to the Sunday Times, it failed.",
        "Shoppers flocked to Black Friday sales.",
        "He sold 2019 shares.",
        "Crews fought 2016 wildfires.",
    ],
)
def test_not_time_anchors(text: str) -> None:
    assert find_times(text, TUE) == []


def test_a_year_dating_an_event_is_an_anchor_without_a_preposition() -> None:
    # no preposition before the year: the event noun after it makes it a time reference
    assert resolved("Widodo lost 2019 re-election bid.", TUE) == [("2019", "2019")]
    assert resolved("Brown vetoed 2016 budget bill.", TUE) == [("2016", "2016")]


def test_both_ends_of_a_span_of_years_are_anchors() -> None:
    def years(text: str) -> list[str]:
        return [t.text for t in find_times(text, None)]

    assert years("The scam ran between 1999 and 2010.") == ["1999", "2010"]
    assert years("Colours of artworks from 1800 to 2000 were charted.") == ["1800", "2000"]
    assert years("Between 2011 and 2051 the population will grow.") == ["2011", "2051"]
    # counts, not years: too far apart, backwards, or counting a plural noun
    assert years("They hired between 1500 and 2000 people.") == []
    assert years("It cost between 1900 and 1950 dollars.") == []
    assert years("between 2010 and 1999") == []


def test_window_offsets_are_absolute() -> None:
    text = "On Monday they met. On Friday they left."
    start = text.index("On Friday")
    got = find_times(text, TUE, start, len(text))
    assert [(a.text, a.start) for a in got] == [("Friday", text.index("Friday"))]
    assert text[got[0].start : got[0].end] == got[0].text


def test_anchor_times_runs_over_body_sentences_only() -> None:
    text = "date 2021-08-10 News\n\nHe arrived on Tuesday."
    sentences = [
        Sentence(0, 0, 20, "dateline", text[0:20]),
        Sentence(1, 22, len(text), "body", text[22:]),
    ]
    got = anchor_times(text, sentences, TUE)
    assert [(a.text, a.resolved, a.sentence_index) for a in got] == [("Tuesday", "2021-08-10", 1)]


def test_seed_contract(seed_text: str, seed_expected: dict[str, Any]) -> None:
    date = dt.date.fromisoformat(seed_expected["metadata"]["date"])
    for item in seed_expected["time_anchors"]:
        start = seed_text.index(item["sentence_contains"])
        line_start = seed_text.rfind("\n", 0, start) + 1
        line_end = seed_text.find("\n", start)
        got = find_times(seed_text, date, line_start, line_end)
        assert (item["text"], item["resolved"]) in [(a.text, a.resolved) for a in got], item


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.dates()))
def test_spans_round_trip_and_never_raise(text: str, date: dt.date | None) -> None:
    for a in find_times(text, date):
        assert text[a.start : a.end] == a.text


def test_a_year_hyphened_to_a_part_of_the_year_is_an_anchor() -> None:
    # "mid-2014" is a year, not a count the slot check may hold against "71 per cent"
    def years(text: str) -> list[str]:
        return [t.text for t in find_times(text, None)]

    assert years("Arrests doubled from mid-2013 to now.") == ["2013"]
    assert years("The plant opens in early-2027 or Late-2027.") == ["2027", "2027"]


def test_a_year_shaped_count_is_no_date() -> None:
    """A length of time after a year-shaped number, or an age's words before it, make it a
    count (the quantity finder's), never a time anchor."""
    counts = ("married 10 men in 2002 years", "for 1999 days", "over the age of 2014", "aged 2014")
    for text in counts:
        assert find_times(text, None) == [], text
    years = {
        "married six men in 2002": "2002",
        "the 2014 season": "2014",
        "in 2012 year-end": "2012",
    }
    for text, year in years.items():
        assert [t.text for t in find_times(text, None)] == [year], text


def test_no_time_is_read_from_markup_or_a_terminal_escape() -> None:
    # a tag's attribute ("2019-05-04", alt="in 2018") in a plain-text article was a date; a day
    # in colour ("ESC[1mMonday") was none, glued to the escape
    text = (
        'Police said on Tuesday <time datetime="2019-05-04">that</time> '
        '<img alt="in 2018"> it ended on \x1b[1mMonday\x1b[0m.'
    )
    found = find_times(text, dt.date(2021, 8, 10), 7, len(text))
    assert [(t.text, t.resolved) for t in found] == [
        ("Tuesday", "2021-08-10"),
        ("Monday", "2021-08-09"),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)
