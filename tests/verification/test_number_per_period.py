"""factkit.verification.number_per_period: a sum paid once ("the £90,000 fine") whose value the
article gives only as a rate per period ("the magistrates earn £90,000 a year")."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

COUNCIL = (
    "A driver who was given a £60 fine for parking on a verge has lost his appeal. "
    "Campaigners said the magistrates, who earn £90,000 a year, were out of touch. "
    "The driver said he would now pay the £60 fine."
)


def _rates(summary: str, article: str) -> list[str]:
    """The article figures quoted by the rate mismatches of ``summary``."""
    return [g for d, g in number_mismatches(summary, article) if "is a rate" in d]


def test_a_rate_given_as_a_sum_paid_once_is_a_mismatch() -> None:
    assert _rates("The driver lost his appeal over a £90,000 fine.", COUNCIL) == ["£90,000 a year"]
    article = COUNCIL.replace("£90,000 a year", "£90,000 per year")
    assert _rates("The driver lost his appeal over a £90,000 fine.", article) == [
        "£90,000 per year"
    ]


def test_the_true_sum_and_a_summary_rate_are_left_alone() -> None:
    assert _rates("The driver lost his appeal over a £60 fine.", COUNCIL) == []
    assert _rates("Magistrates who earn £90,000 a year upheld the fine.", COUNCIL) == []


def test_a_value_the_article_also_gives_as_a_sum_is_left_alone() -> None:
    article = COUNCIL.replace("pay the £60 fine", "pay the £90,000 fine")
    assert _rates("The driver lost his appeal over a £90,000 fine.", article) == []
