"""factkit.verification.number_differences: a figure the summary gives as a difference ("12 per
cent more – or £310,500 – than") is not the article's amount that a difference of another value
is taken from ("an average of £310,500 – which was £27,400 (12 per cent) more than")."""

from __future__ import annotations

from factkit.annotate.quantities import QuantityFinder
from factkit.verification.number_differences import is_difference
from tests.verification.conftest import number_mismatches

HOMES = (
    "A bakery chain has opened its hundredth shop. "
    "A survey by a building society looked at house prices in streets near its shops. "
    "Houses near a bakery sold for an average of £310,500 – which was £27,400 (12 per cent) "
    "more than typical prices for their towns. "
    "The chain said it chose its sites with care."
)


def _compared(summary: str, article: str = HOMES) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "amount compared" in d]


def _differences(text: str) -> list[str]:
    return [q.text for q in QuantityFinder().find(text) if is_difference(text, q)]


def test_the_amount_compared_given_as_the_difference() -> None:
    summary = "Homes near a bakery cost 12 per cent more – or £310,500 – than other homes."
    assert _compared(summary) == ["£310,500"]
    assert _compared("Homes near a bakery cost £310,500 more than other homes.") == ["£310,500"]


def test_the_difference_itself_or_the_amount_as_an_amount_passes() -> None:
    assert _compared("Homes near a bakery cost 12 per cent more – or £27,400 – than others.") == []
    assert _compared("Homes near a bakery sold for an average of £310,500.") == []


def test_an_amount_the_article_compares_with_no_other_figure_is_not_judged() -> None:
    # no difference of the unit beside the article's figure: nothing says it is the base
    article = HOMES.replace("– which was £27,400 (12 per cent) more", "– 12 per cent more")
    summary = "Homes near a bakery cost 12 per cent more – or £310,500 – than other homes."
    assert _compared(summary, article) == []


def test_the_forms_of_a_difference() -> None:
    assert _differences("They cost £27,400 more than others.") == ["£27,400"]
    both = ["£27,400", "12 per cent"]  # each of the two is the difference
    assert _differences("They cost £27,400 (12 per cent) more than others.") == both
    assert _differences("They cost 12 per cent (£27,400) more than others.") == [
        "12 per cent",
        "£27,400",
    ]
    assert _differences("They cost 12 per cent more – or £27,400 – than others.") == ["£27,400"]
    # an amount, and an aside with no "than" after it
    assert _differences("They cost £27,400, more or less.") == []
    assert _differences("Prices rose 12 per cent – or £27,400 – last year.") == []
