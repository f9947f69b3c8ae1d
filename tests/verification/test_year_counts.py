"""factkit.verification.year_counts: a count written where the article has only a year."""

from __future__ import annotations

from factkit.document import Quantity, ReasonType
from factkit.verification import verify
from factkit.verification.year_counts import only_a_date
from tests.verification.conftest import article_index

ARTICLE = (
    "A New York woman pleaded not guilty on Friday to charges that she married 10 men over "
    "11 years. She married six men in 2002, the newspaper reported. A new index has ranked "
    "the best countries for people over the age of 60. The yew tree has lived for 1900 "
    "years."
)


def _reasons(summary: str) -> list[ReasonType]:
    return [r.type for s in verify(summary, ARTICLE).sentences for r in s.reasons]


def test_a_count_the_article_gives_only_as_a_year() -> None:
    count = Quantity("2002 years", 0, 10, 2002.0, unit="year")
    year = Quantity("2002", 40, 44, 2002.0)
    assert only_a_date(count, [year])
    # the article counts it too, or the summary's number is a year or no year at all
    assert not only_a_date(count, [year, Quantity("2002 years", 60, 70, 2002.0, unit="year")])
    assert not only_a_date(Quantity("2002", 0, 4, 2002.0), [year])
    assert not only_a_date(Quantity("2,002 years", 0, 11, 2002.0, unit="year"), [year])
    assert not only_a_date(count, [])


def test_a_year_in_a_count_is_judged_as_a_number() -> None:
    assert _reasons("She married 10 men in 2002 years.") == [ReasonType.NUMBER_MISMATCH]
    assert _reasons("The index ranks countries for people over the age of 2014.") == [
        ReasonType.NUMBER_MISMATCH
    ]
    # the article's own counts and dates stay supported
    assert _reasons("She married 10 men over 11 years.") == []
    assert _reasons("She married six men in 2002.") == []
    assert _reasons("The index ranks countries for people over the age of 60.") == []
    assert _reasons("The yew tree has lived for 1900 years.") == []


def test_the_article_counts_a_year_shaped_length_of_time() -> None:
    index = article_index(ARTICLE)
    counted = [n.quantity for n in index.numbers if n.quantity.value == 1900]
    assert [(q.text, q.unit) for q in counted] == [("1900 years", "year")]
