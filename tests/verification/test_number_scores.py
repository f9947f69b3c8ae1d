"""factkit.verification.number_scores: an article number written only as a side of a score."""

from __future__ import annotations

from factkit.verification.index import IndexedNumber
from factkit.verification.number_scores import score_sides_only

from .conftest import article_index

ARTICLE = (
    "Their best night: Leeds 3 Hull City 0 in the 2001 cup final. "
    "Leeds won 2-1 at Hull in May. The club has 7 trophies and 12 players."
)
NUMBERS = article_index(ARTICLE).numbers


def _valued(value: float) -> list[IndexedNumber]:
    return [n for n in NUMBERS if n.quantity.value == value]


def _sides_only(value: float, window: set[int] | None = None) -> bool:
    return score_sides_only(ARTICLE, _valued(value), window or set())


def test_the_sides_of_a_result_and_of_a_scoreline() -> None:
    assert _sides_only(3)  # "Leeds 3 Hull City 0"
    assert _sides_only(0)
    assert _sides_only(1)  # "2-1"


def test_a_number_outside_a_score_or_in_the_summarys_own_sentence() -> None:
    assert not _sides_only(7)
    assert not _sides_only(2001)  # the year after the result
    assert not _sides_only(99)  # the article never writes it
    assert not _sides_only(3, window={0})  # the summary rests on the result itself
