"""factkit.verification.checks.demonyms: a demonym before a noun the article ties to another
demonym."""

from __future__ import annotations

from tests.verification.checks.conftest import reported_spans

ARTICLE = (
    "The coffee chain paid just £1.9million in tax to the Dutch government last year. "
    "The British chancellor called the deal unfair. "
    "Officials in Amsterdam declined to comment on Tuesday."
)


def test_a_demonym_before_the_noun_the_article_gives_another_demonym_is_a_swap() -> None:
    summary = "The coffee chain paid just £1.9million in tax to the British government."
    assert reported_spans(summary, ARTICLE, "entity_not_in_source") == ["British"]


def test_the_demonym_the_article_writes_before_the_noun_is_not_reported() -> None:
    summary = "The coffee chain paid just £1.9million in tax to the Dutch government."
    assert reported_spans(summary, ARTICLE, "entity_not_in_source") == []


def test_a_demonym_standing_for_a_person_is_still_left_unjudged() -> None:
    # "the Frenchman": a description of an article person, with no noun after it
    summary = "The British called the deal unfair."
    assert reported_spans(summary, ARTICLE, "entity_not_in_source") == []
