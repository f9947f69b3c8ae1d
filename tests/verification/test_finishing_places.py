"""factkit.verification.finishing_places: a finishing place ("finished 12th") is no quantity, so
only this rule holds it against the places the article gives."""

from __future__ import annotations

from factkit.verification.finishing_places import finishing_place_rivals
from tests.verification.conftest import number_mismatches

LEAGUE = (
    "Leeds finished 7th in the Championship last season, their best finish in a decade. "
    "The club signed 12 new players in the summer and sold 3 others to rivals."
)


def _places(summary: str, article: str = LEAGUE) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "place" in d]


def test_a_place_the_article_gives_otherwise_is_a_mismatch() -> None:
    # the 12 and the 3 are counts of players, not places
    assert _places("Leeds finished 12th in the Championship last season.") == ["7th"]
    assert _places("Leeds finished 3rd in the Championship last season.") == ["7th"]
    assert _places("Leeds are in 12th place in the Championship.") == ["7th"]
    assert _places("Leeds finished ninth in the Championship last season.") == ["7th"]


def test_the_articles_own_place_passes_in_any_form() -> None:
    assert _places("Leeds finished 7th in the Championship last season.") == []
    assert _places("Leeds finished seventh in the Championship last season.") == []
    article = LEAGUE + " The club were ranked No 12 in a poll of fans."
    assert _places("Leeds finished 12th in the Championship last season.", article) == []


def test_an_ordinal_of_another_kind_is_no_place() -> None:
    # an appearance or a minute is no finishing place
    for summary in (
        "Smith made his 12th appearance for Leeds last season.",
        "Smith scored in the 12th minute for Leeds.",
        "The walls of the club's ground are 12th-century.",
        "The decision was second-guessed by Leeds fans.",
    ):
        assert finishing_place_rivals(summary, (0, len(summary)), LEAGUE) == []


def test_no_verdict_where_the_article_gives_no_place() -> None:
    article = "Leeds signed 12 new players in the summer and sold 3 others to rivals."
    summary = "Leeds finished 12th last season."
    assert finishing_place_rivals(summary, (0, len(summary)), article) == []


def test_the_reason_spans_the_summarys_place_and_the_articles() -> None:
    summary = "Last season Leeds came in 12th."
    (reason,) = finishing_place_rivals(summary, (0, len(summary)), LEAGUE)
    assert reason.summary_span is not None
    assert summary[reason.summary_span[0] : reason.summary_span[1]] == "12th"
    assert LEAGUE[reason.source_start : reason.source_end] == "7th"
