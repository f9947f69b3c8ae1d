"""factkit.verification.checks.seasons: a season the article never gives is a time the summary
supplied, through the real verifier."""

from __future__ import annotations

from factkit.verification import verify
from tests.verification.checks.conftest import reported_spans

ARTICLE = (
    "Divock Origi joined Liverpool in a £10million deal from Lille. "
    "The Belgium striker was loaned back to Lille for the 2014-15 season. "
    "Origi has scored seven times in Ligue 1 this season."
)


def _season_reasons(summary: str, article: str = ARTICLE) -> list[str]:
    return reported_spans(summary, article, "date_mismatch")


def test_a_season_the_article_never_gives_is_a_date_mismatch() -> None:
    summary = "Divock Origi joined Liverpool in a £10million deal from Lille this summer."
    result = verify(summary, ARTICLE)
    assert not result.all_supported
    assert _season_reasons(summary) == ["this summer"]


def test_a_season_the_article_gives_is_supported() -> None:
    article = ARTICLE.replace("from Lille.", "from Lille last summer.")
    summary = "Divock Origi joined Liverpool in a £10million deal from Lille last summer."
    assert _season_reasons(summary, article) == []


def test_a_month_of_the_season_supports_it() -> None:
    article = ARTICLE.replace("from Lille.", "from Lille in July.")
    summary = "Divock Origi joined Liverpool in a £10million deal from Lille in the summer."
    assert _season_reasons(summary, article) == []


def test_a_season_word_that_is_no_time_phrase_is_not_judged() -> None:
    summary = "Origi has scored seven times in Ligue 1 this season, a spring in his step."
    assert _season_reasons(summary) == []
