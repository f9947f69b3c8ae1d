"""factkit.verification.age_durations: a number of years given as a span of time ("married 10
men in 38 years") whose value the article gives only as an age ("38-year-old Lianna")."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

MARRIAGES = (
    "A New York woman pleaded not guilty on Friday to charges that she married 10 men over "
    "11 years and charged a fee for her services. One of the men 38-year-old Lianna Barrientos "
    "wed was deported back to Pakistan. Barrientos was released without bail."
)


def _spans(summary: str, article: str) -> list[str]:
    """The article figures quoted by the age-as-span mismatches of ``summary``."""
    return [g for d, g in number_mismatches(summary, article) if "span of time" in d]


def test_an_age_given_as_a_span_of_years_is_a_mismatch() -> None:
    summary = "Liana Barrientos married 10 men in 38 years."
    assert _spans(summary, MARRIAGES) == ["11 years"]  # the article's span is the figure
    assert _spans("Liana Barrientos married 10 men in 11 years.", MARRIAGES) == []


def test_without_a_span_of_years_the_age_is_quoted() -> None:
    article = MARRIAGES.replace("over 11 years", "in the Bronx")
    assert _spans("Liana Barrientos married 10 men in 38 years.", article) == ["38-year-old"]


def test_an_age_or_a_life_in_years_is_no_span() -> None:
    assert _spans("Barrientos married 10 men in 38 years.", MARRIAGES) == ["11 years"]
    assert _spans("Barrientos first married at 38 years of age.", MARRIAGES) == []
    assert _spans("Barrientos married 10 men in her 38 years.", MARRIAGES) == []


def test_a_value_the_article_also_gives_as_years_is_left_to_the_slot() -> None:
    article = MARRIAGES.replace("was released", "spent 38 years in the city and was released")
    assert _spans("Liana Barrientos married 10 men in 38 years.", article) == []
    assert _spans("Liana Barrientos married 10 men in 38 years.", MARRIAGES) == ["11 years"]
