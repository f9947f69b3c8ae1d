"""factkit.verification.checks.dates: a date the supporting sentence gives at more precision is
the same date, not a rival, through the real verifier."""

from __future__ import annotations

from tests.verification.checks.conftest import reported_spans

ARTICLE = (
    "New York's 311 helpline recorded a total of 133 complaints about loud sex between "
    "January 1 2014 and February 12 2015. "
    "The city council met in March 2013 to discuss noise rules."
)


def _date_reasons(summary: str) -> list[str]:
    return reported_spans(summary, ARTICLE, "date_mismatch")


def test_a_month_of_a_full_date_in_the_supporting_sentence_is_that_date() -> None:
    summary = (
        "New York's 311 helpline recorded 133 complaints between January 2014 and February 2015."
    )
    assert _date_reasons(summary) == []


def test_another_month_than_the_supporting_sentence_gives_is_a_date_mismatch() -> None:
    summary = "New York's 311 helpline recorded 133 complaints between March 2013 and June 2013."
    assert "June 2013" in _date_reasons(summary)
