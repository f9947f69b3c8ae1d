"""factkit.verification.number_bounds: a summary bound ("under 20") whose value the article
gives only with the opposite bound ("more than 20 states")."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

STORY = (
    "The governor wants to sign up 4,000 volunteers, focusing on people under 35. "
    "Officials said hackers had targeted the voter rolls of more than 25 states this year. "
    "At least 12 counties have asked for help, and up to 60 staff will be hired. "
    "The program opens in May, and about 400 schools have signed up so far."
)


def _bounds(summary: str, article: str) -> list[str]:
    """The article figures quoted by the opposite-bound mismatches of ``summary``."""
    return [g for d, g in number_mismatches(summary, article) if "only the other way" in d]


def test_a_bound_the_article_gives_only_the_other_way_is_a_mismatch() -> None:
    long_story = STORY + " Turnout was low in 2012. " * 3
    summary = "The governor will start a program to help people under 25 serve their towns."
    assert _bounds(summary, long_story) == ["25"]  # its "more than", read apart
    assert _bounds("Up to 12 counties have asked for help.", STORY) == ["12"]
    assert _bounds("More than 60 staff will be hired.", STORY) == ["60"]


def test_the_same_bound_no_bound_or_an_unbounded_article_figure_is_left_alone() -> None:
    assert _bounds("Hackers targeted the rolls of over 25 states.", STORY) == []
    assert _bounds("At least 12 counties have asked for help.", STORY) == []
    assert _bounds("Fewer than 400 schools have signed up.", STORY) == []
    # the article also gives the value with no bound
    article = STORY + " Some 12 counties run their own rolls."
    assert _bounds("Up to 12 counties have asked for help.", article) == []
