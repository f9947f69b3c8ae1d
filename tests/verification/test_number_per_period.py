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


BANK = (
    "The bank fired 900 tellers last year. "
    "Those who lost their jobs were making on average $31,000 to $48,000 a year. "
    "Managers said the lowest-paid staff make $11 an hour."
)


def _periods(summary: str, article: str) -> list[str]:
    """The article figures quoted by the period mismatches of ``summary``."""
    return [g for d, g in number_mismatches(summary, article) if "is a rate a" in d]


def test_a_rate_of_another_period_is_a_mismatch() -> None:
    # a range's first end takes the range's period
    assert _periods("The bank blamed thousands of $31,000-an-hour tellers.", BANK) == ["$31,000"]
    assert _periods("The bank blamed tellers paid $48,000 a week.", BANK) == ["$48,000"]
    assert _periods("The tellers were paid $11 a month.", BANK) == ["$11"]


def test_a_rate_of_its_own_period_or_a_value_given_otherwise_is_left_alone() -> None:
    assert _periods("The bank blamed thousands of $11-an-hour tellers.", BANK) == []
    assert _periods("Fired tellers made $31,000 a year on average.", BANK) == []
    # the article also gives the value with no period: it may be the summary's rate
    article = BANK + " The bank paid $11 for each uniform."
    assert _periods("The tellers were paid $11 a month.", article) == []


def test_a_rate_written_with_a_period_adverb_is_a_rate() -> None:
    article = COUNCIL.replace("£90,000 a year", "£90,000 annually")
    assert _rates("The driver lost his appeal over a £90,000 fine.", article) == [
        "£90,000 annually"
    ]
    # a summary sum with its own period adverb is a rate too: left alone
    assert _rates("The driver lost his appeal over a £90,000 yearly fee.", article) == []


def test_a_lump_sum_or_a_chunk_is_a_sum_paid_once() -> None:
    article = (
        "Parents who put aside $400 a month will have saved $20,000 by the time the child is "
        "18. Borrowing $20,000 against the house is another way."
    )
    for summary in (
        "A home loan may be a good way to find your $400 chunk.",
        "Parents may take a $400 lump sum from their pension.",
    ):
        assert _rates(summary, article) == ["$400 a month"], summary
    assert _rates("A home loan may be a good way to find your $20,000 chunk.", article) == []
