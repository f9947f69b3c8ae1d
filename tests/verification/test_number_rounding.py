"""factkit.verification.number_rounding: a summary figure stands for the article's figure
rounded off at its precision, but rounding moves a figure by no more than a quarter; a hedged
round figure is the article's exact one written another way."""

from __future__ import annotations

from factkit.document import Quantity
from factkit.verification import verify
from factkit.verification.number_rounding import rounded_form, rounds_to

ARTICLE = (
    "In a profile published in the Wall Street Journal, Blizerian estimated earning about "
    "$50million in poker winnings in just over a year. The hospital treated 176 patients."
)


def _q(text: str, value: float, qualifier: str | None = None, unit: str | None = None) -> Quantity:
    return Quantity(text=text, start=0, end=len(text), value=value, unit=unit, qualifier=qualifier)


def test_a_figure_rounds_off_at_its_precision() -> None:
    assert rounds_to(_q("180", 180, "about"), 176)
    assert rounds_to(_q("£1.1bn", 1.1e9), 1.06e9)
    assert rounds_to(_q("$100million", 1e8), 9.2e7)
    assert not rounds_to(_q("180", 180), 176)  # a bare integer is exact


def test_rounding_moves_a_figure_by_no_more_than_a_quarter() -> None:
    # "100million" is written to one significant digit: 50m is half a step away, but half of it
    assert not rounds_to(_q("$100million", 1e8), 5e7)
    assert not rounds_to(_q("$100million", 1e8), 1.4e8)
    assert not rounds_to(_q("10", 10, "about"), 6)


def test_a_figure_with_no_qualifier_moves_by_no_more_than_a_tenth() -> None:
    # "10million" is written to one significant digit too, but 8million is a fifth off
    assert not rounds_to(_q("10million", 1e7), 8e6)
    assert rounds_to(_q("10million", 1e7, "about"), 8e6)
    assert rounds_to(_q("10million", 1e7), 9.3e6)
    followed = "He has 8million followers on his Instagram page, where he shares photos."
    assert not verify("His Instagram page is followed by 10million users.", followed).all_supported
    assert verify("His Instagram page is followed by 8million users.", followed).all_supported


def test_a_doubled_figure_is_not_the_articles_rounded_off() -> None:
    swapped = verify("He once earned $100million in winnings in just over a year.", ARTICLE)
    assert not swapped.all_supported
    kept = verify("He once earned $50million in winnings in just over a year.", ARTICLE)
    assert kept.all_supported
    assert verify("The hospital treated about 180 patients.", ARTICLE).all_supported


def test_a_hedged_round_figure_is_the_exact_one_written_another_way() -> None:
    raised = _q("£48,350", 48350, unit="pound sterling")
    assert rounded_form(_q("£50,000", 5e4, "almost", "pound sterling"), raised)
    assert rounded_form(_q("£45,000", 4.5e4, "more than", "pound sterling"), raised)
    assert rounded_form(_q("180", 180, "about", "patient"), _q("176", 176, unit="patients"))


def test_a_round_figure_without_a_hedge_or_past_a_round_one_is_not() -> None:
    raised = _q("£48,350", 48350, unit="pound sterling")
    assert not rounded_form(_q("£50,000", 5e4, unit="pound sterling"), raised)  # no hedge
    assert not rounded_form(_q("50,000", 5e4, "almost", "dollar"), raised)  # another unit
    # a bound on the very value the article gives says what the article may not
    assert not rounded_form(_q("20", 20, "more than"), _q("20", 20))
    # the article's figure is the rounder one: the summary's is no rounding of it
    assert not rounded_form(_q("£48,350", 48350, "about", "pound sterling"), _q("£50,000", 5e4))
