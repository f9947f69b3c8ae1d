"""factkit.verification.number_roles: whose number it is. A "respectively" list pairs names and
numbers in order, a rank is held against the article's ranks, and time gone is not time left."""

from __future__ import annotations

import re

from factkit.verification.number_roles import (
    article_ranks,
    clock_side,
    judge_ranks,
    judge_respectively,
    respectively_pairs,
    span_side,
    summary_ranks,
)


def capitalized(text: str) -> set[str]:
    """A stand-in name reader: the capitalized words, lower-cased, but for a few that open
    sentences or ranks."""
    return {w.lower() for w in re.findall(r"[A-Z][\w'-]*", text)} - {"the", "world", "no", "i"}


TRACK = (
    "The footage speeds along the track. It leads from Kleine Scheidegg to Jungraujoch and "
    "stands at an elevation of 2061m and 3454m respectively."
)


def test_a_respectively_list_pairs_names_and_numbers_in_order() -> None:
    [pairs] = respectively_pairs(TRACK, 0, len(TRACK), capitalized)
    assert [(sorted(p.names), p.value) for p in pairs] == [
        (["kleine", "scheidegg"], 2061.0),
        (["jungraujoch"], 3454.0),
    ]


def spans_of(summary: str, *numbers: str) -> list[tuple[int, int]]:
    return [(summary.index(n), summary.index(n) + len(n)) for n in numbers]


def test_a_swapped_respectively_number_is_caught() -> None:
    summary = "The track runs from Kleine Scheidegg (2061m) to Jungraujoch (2061m)"
    second = summary.rindex("2061m")
    found = judge_respectively(summary, 0, len(summary), [(second, second + 5)], TRACK, capitalized)
    assert [(summary[a:b], TRACK[sa:sb]) for (a, b), (sa, sb) in found] == [("2061m", "3454")]


def test_the_right_pairing_reworded_is_not_flagged() -> None:
    for summary in (
        "The track runs from Kleine Scheidegg (2061m) to Jungraujoch (3454m)",
        "Jungraujoch stands at 3454m and Kleine Scheidegg at 2061m.",
        "Kleine Scheidegg and Jungraujoch are at 2061m and 3454m respectively.",
    ):
        numbers = spans_of(summary, "2061m", "3454m")
        assert judge_respectively(summary, 0, len(summary), numbers, TRACK, capitalized) == []


PEAKS = "Walkers cross Alder Crag and Birch Fell, which rise to 1520m and 2480m respectively."


def test_a_number_within_tolerance_of_another_names_listed_number_is_caught() -> None:
    summary = "The path climbs Alder Crag (2475m) before the descent."
    found = judge_respectively(
        summary, 0, len(summary), spans_of(summary, "2475m"), PEAKS, capitalized, 0.01
    )
    assert [(summary[a:b], PEAKS[sa:sb]) for (a, b), (sa, sb) in found] == [("2475m", "1520")]


def test_a_number_within_tolerance_of_its_own_names_number_is_held() -> None:
    for summary in ("The path climbs Alder Crag (1525m).", "The path climbs Birch Fell (2475m)."):
        numbers = spans_of(summary, summary[summary.index("(") + 1 : summary.index(")")])
        assert judge_respectively(summary, 0, len(summary), numbers, PEAKS, capitalized, 0.01) == []


def test_a_summary_respectively_list_is_paired_by_its_own_order() -> None:
    summary = "Jungraujoch and Kleine Scheidegg are at 2061m and 3454m respectively."
    found = judge_respectively(
        summary, 0, len(summary), spans_of(summary, "2061m", "3454m"), TRACK, capitalized
    )
    assert [summary[a:b] for (a, b), _ in found] == ["2061m", "3454m"]


TENNIS = (
    "Bouchard was beaten 6-3, 6-1 by Lauren Davis, who was in control against the world No 7. "
    "'I came out knowing I had nothing to lose,' said Davis, ranked 66th in the world."
)


def test_the_article_ranks_in_their_forms() -> None:
    assert sorted(value for _, value in article_ranks(TENNIS)) == [7.0, 66.0]
    summary = "World No 66 Davis won 6-3, 6-1, beating the No 7 seed."
    assert [value for _, value in summary_ranks(summary, 0, len(summary))] == [66.0, 7.0]


def test_a_rank_the_article_does_not_give_is_caught_and_a_given_one_held() -> None:
    summary = "World No 3 Davis won 6-3, 6-1. World number seven Bouchard lost."
    verdicts = judge_ranks(summary, 0, len(summary), TENNIS, capitalized)
    assert [
        (summary[a:b], rival and TENNIS[rival[0] : rival[1]]) for (a, b), rival in verdicts
    ] == [
        ("3", "66"),  # the digits of "6-3" are no rank; the rank next to Davis is named
        ("seven", None),
    ]


def test_no_rank_verdict_where_the_article_gives_no_rank() -> None:
    summary = "World No 3 Davis won."
    article = "Davis won 6-3, 6-1 on Wednesday."
    assert judge_ranks(summary, 0, len(summary), article, capitalized) == []


def test_time_gone_and_time_left() -> None:
    text = "He went off 62 minutes into the game, with 28 minutes to go; 10 seconds remaining."
    sides = [
        clock_side(text, text.index(n), text.index(n) + len(n))
        for n in ("62 minutes", "28 minutes", "10 seconds")
    ]
    assert sides == ["elapsed", "remaining", "remaining"]
    assert clock_side("It lasted 62 minutes.", 10, 20) is None


def test_time_since_an_event_and_a_spell_served() -> None:
    text = (
        "He served six years, was jailed for 12 years after the trial, freed 25 years after "
        "the crash and 3 weeks since, with 4 goals after the break."
    )
    sides = [
        span_side(text, text.index(n), text.index(n) + len(n), unit)
        for n, unit in (
            ("six years", "year"),
            ("12 years", "year"),
            ("25 years", "year"),
            ("3 weeks", "weeks"),
            ("4 goals", "goals"),
        )
    ]
    # "for 12 years after" is a spell: its opener outweighs the "after"; goals are no time
    assert sides == ["spell", "spell", "since", "since", None]
    assert span_side("It lasted 6 years.", 10, 17, "year") is None
