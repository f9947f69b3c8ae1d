"""factkit.verification.owned_figures: a figure the article writes as one person's ("Holyfield's
£150million fortune") is not the fortune of the summary clause's subject."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

BOXERS = (
    "Riddick Bowe was once the best heavyweight in the world. "
    "He beat Evander Holyfield in 1992 and earned $15million from the fight. "
    "Holyfield won the rematch the following year. "
    "But most of Holyfield's £150million fortune has now gone on gambling and lawsuits. "
    "Bowe retired in 1996."
)


def _owned(summary: str, article: str = BOXERS) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "another person's" in d]


def test_another_persons_figure_given_to_the_subject() -> None:
    summary = "He sensationally beat Evander Holyfield and earned a £150m fortune."
    assert _owned(summary) == ["£150million"]
    # a named subject, or the figure's own possessive naming another
    assert _owned("Bowe beat Evander Holyfield and earned a £150m fortune.") == ["£150million"]
    assert _owned("Bowe's £150m fortune has now gone.") == ["£150million"]


def test_the_owners_figure_stays_his() -> None:
    assert _owned("Most of Holyfield's £150m fortune has now gone.") == []
    assert _owned("Holyfield won the rematch and lost a £150m fortune.") == []
    # "his" owns the figure another way; an indirect object receives it
    assert _owned("He beat Evander Holyfield and took his £150m fortune.") == []
    assert _owned("He paid Evander Holyfield a £150m fortune.") == []
    assert _owned("He beat Evander Holyfield and took a £150m fortune.") == ["£150million"]


def test_a_figure_the_article_also_gives_unowned_is_not_judged() -> None:
    article = BOXERS.replace("Bowe retired in 1996.", "Bowe also made £150million in his career.")
    summary = "He sensationally beat Evander Holyfield and earned a £150m fortune."
    assert _owned(summary, article) == []
    assert _owned(summary) == ["£150million"]
