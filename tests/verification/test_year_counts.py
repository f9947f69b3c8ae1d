"""factkit.verification.year_counts: a year-shaped number written as a count is no date."""

from __future__ import annotations

from factkit.document import Quantity, ReasonType, TimeAnchor
from factkit.verification import verify
from factkit.verification.year_counts import counted_year, dates_only, only_a_date
from tests.verification.conftest import article_index

ARTICLE = (
    "A New York woman pleaded not guilty on Friday to charges that she married 10 men over "
    "11 years. She married six men in 2002, the newspaper reported. A new index has ranked "
    "the best countries for people over the age of 60. The yew tree has lived for 1900 "
    "years."
)


def _reasons(summary: str) -> list[ReasonType]:
    return [r.type for s in verify(summary, ARTICLE).sentences for r in s.reasons]


def _time(text: str, year: str) -> TimeAnchor:
    start = text.index(year)
    return TimeAnchor(year, start, start + len(year), None)


def test_a_length_of_time_or_an_age_makes_a_year_a_count() -> None:
    for text in ("married 10 men in 2002 years", "for 1999 days", "over the age of 2014"):
        year = next(w for w in text.split() if w.isdigit() and len(w) == 4)
        assert counted_year(text, _time(text, year))
    for text in ("married six men in 2002", "the 2014 season", "the 2012 year-end results"):
        year = next(w for w in text.split() if w[:4].isdigit())[:4]
        assert not counted_year(text, _time(text, year))
    text = "aged 2014 in 2014"
    times = [_time(text, "2014"), TimeAnchor("2014", 13, 17, None)]
    assert dates_only(text, times) == times[1:]


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
