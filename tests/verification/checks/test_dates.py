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


# the arrest is told far from the sentences that align best with a summary about the charges
ARRESTS = (
    "Six Minnesota men have been charged with terrorism in a criminal complaint unsealed Monday. "
    "The Minnesota men face terrorism charges that carry long sentences, officials said. "
    "The charges say the six Minnesota men planned to join the group in Syria. "
    "Families of the Minnesota men said the terrorism charges came as a shock. "
    "One of them had bought a passport with cash borrowed from a friend. "
    "Another told an informant that he wanted to fight abroad. "
    "The informant recorded hours of their talks over ten months. "
    "They were arrested Sunday in Minneapolis and San Diego by federal agents."
)


def test_a_date_the_article_gives_next_to_the_same_event_is_no_mismatch() -> None:
    summary = "The six Minnesota men were arrested Sunday on terrorism charges."
    assert reported_spans(summary, ARRESTS, "date_mismatch") == []


def test_a_date_the_article_gives_for_another_event_is_still_a_mismatch() -> None:
    summary = "The six Minnesota men were charged with terrorism in a complaint unsealed Sunday."
    assert reported_spans(summary, ARRESTS, "date_mismatch") == ["Sunday"]


# the passage gives the start of the span; the end is told far from it
SCAM = (
    "Prosecutors say the sham marriage scam began in 1999 in the Bronx. "
    "She charged each groom a fee for her services, prosecutors say. "
    "The scam relied on forged papers and paid witnesses, prosecutors say. "
    "Most of the grooms came from Pakistan, Georgia and Mali. "
    "A neighbour who moved in next door in 2004 described her as quiet and friendly. "
    "Her lawyer declined to comment on the charges. "
    "The weather in Queens was mild on the day of her wedding in 2010."
)


def test_a_date_the_summary_gives_too_is_no_rival_of_its_other_date() -> None:
    # "1999" in the passage is the other end of the summary's own span, not a rival of "2010"
    summary = "The sham marriage scam ran between 1999 and 2010, prosecutors say."
    assert reported_spans(summary, SCAM, "date_mismatch") == []


def test_a_rival_date_the_summary_does_not_give_is_still_a_mismatch() -> None:
    summary = "Prosecutors say the sham marriage scam began in 2004 in the Bronx."
    assert reported_spans(summary, SCAM, "date_mismatch") == ["2004"]
