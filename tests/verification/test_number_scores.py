"""factkit.verification.number_scores: an article number written only as a side of a score."""

from __future__ import annotations

from factkit.document import Quantity
from factkit.verification.number_scores import score_sides_only

ARTICLE = (
    "Leeds 3 Hull City 0 (2001 cup final). Leeds won 2-1 at Hull in May. "
    "The club has 7 trophies and 12 players."
)


def _at(text: str, occurrence: int = 0) -> Quantity:
    start = -1
    for _ in range(occurrence + 1):
        start = ARTICLE.index(text, start + 1)
    return Quantity(text=text, value=float(text), start=start, end=start + len(text))


def test_the_sides_of_a_result_and_of_a_scoreline() -> None:
    assert score_sides_only(ARTICLE, [_at("3"), _at("0", 0)])  # "Leeds 3 Hull City 0"
    assert score_sides_only(ARTICLE, [_at("2", 1), _at("1", 1)])  # "2-1"


def test_any_number_outside_a_score_breaks_it() -> None:
    assert not score_sides_only(ARTICLE, [_at("3"), _at("7")])
    assert not score_sides_only(ARTICLE, [_at("12")])
    assert not score_sides_only(ARTICLE, [_at("2001")])  # the year after the result
    assert not score_sides_only(ARTICLE, [])
