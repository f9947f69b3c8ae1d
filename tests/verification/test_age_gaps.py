"""factkit.verification.age_gaps: the years between two people's ages ("17 years older") are
no one's age, and an age is no gap."""

from __future__ import annotations

from factkit.annotate.quantities import QuantityFinder
from factkit.verification.age_gaps import gap_for_age, gap_starts

ARTICLE = (
    "Lena Ortiz dated Marco Vidal for three years. "
    "During those years he abducted 21-year-old Rosa Diaz and 17-year-old Ana Cruz. "
    "Vidal, who is 12 years older than Ortiz, was arrested in 2013."
)


def _judged(summary: str, value: float, article: str = ARTICLE) -> bool:
    """``gap_for_age`` on the summary's number of ``value`` against the article's numbers of
    that value."""
    qf = QuantityFinder()
    q = next(q for q in qf.find(summary) if q.value == value)
    same = [n for n in qf.find(article) if n.value == value]
    return gap_for_age((summary, 0, len(summary)), q, article, same)


def test_the_digits_of_a_gap() -> None:
    line = "He is 17 years older than her, she is ten years his junior and 15-years-younger."
    assert sorted(gap_starts(line)) == [line.index("17"), line.index("15")]
    assert gap_starts("a 17-year-old girl, 17 years old") == frozenset()


def test_an_age_given_as_a_gap_is_judged() -> None:
    assert _judged("Ortiz recalls meeting 17-years-older Vidal.", 17)
    assert _judged("Vidal is 21 years older than Ortiz.", 21)


def test_a_gap_given_as_an_age_is_judged() -> None:
    assert _judged("He abducted a 12-year-old girl.", 12)


def test_the_same_kind_of_figure_is_not_judged() -> None:
    assert not _judged("Vidal is 12 years older than Ortiz.", 12)
    assert not _judged("He abducted a 17-year-old girl.", 17)
    # a value the article gives both as an age and otherwise, or a plain count, is left alone
    article = ARTICLE + " He held them for 17 years."
    assert not _judged("Ortiz recalls meeting 17-years-older Vidal.", 17, article)
    assert not _judged("He abducted 17 girls.", 17)
