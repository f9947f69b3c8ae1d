"""factkit.verification.figure_modifiers: a figure the summary opens with a modifier ("a
voluntary £3million") that the article writes only before another figure of its unit."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

TAX = (
    "The bakery chain made a profit of £900,000 last year. "
    "It paid £1.2million as part of its voluntary £3million tax payment. "
    "Its Irish arm paid just £400,000 in tax. "
    "Between 2001 and 2012 the chain paid £2.5million in corporation tax."
)


def _modified(summary: str, article: str = TAX) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "voluntary figure" in d]


def test_a_modifier_the_article_gives_another_figure_is_a_mismatch() -> None:
    for figure in ("£1.2million", "£400,000", "£2.5million"):
        summary = f"The chain offered to pay a voluntary {figure} in tax."
        assert _modified(summary) == ["£3million"], figure


def test_the_modified_figure_passes() -> None:
    assert _modified("The chain offered to pay a voluntary £3million in tax.") == []
    # the article writes the modifier before the summary's value too
    article = TAX.replace("paid just £400,000", "paid a voluntary £400,000")
    assert _modified("The Irish arm paid a voluntary £400,000 in tax.", article) == []
    assert _modified("The Irish arm paid a voluntary £400,000 in tax.") == ["£3million"]


def test_a_qualifier_or_function_word_picks_no_figure() -> None:
    article = TAX.replace("its voluntary", "an estimated")
    assert number_mismatches("The Irish arm paid an estimated £400,000 in tax.", article) == []
    assert _modified("The Irish arm paid a voluntary £400,000 in tax.") == ["£3million"]
