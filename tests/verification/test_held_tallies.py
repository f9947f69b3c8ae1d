"""factkit.verification.held_tallies: a count the summary gives to a name ("Dale Town passing
212 goals") where the article gives that count to another owner only ("Riverside's 212 goals")."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

LEAGUE = (
    "Dale Town beat Hartley 2-0 on Saturday. "
    "The win took Dale Town past 180 league goals since promotion in 2009. "
    "They have reached the mark in 240 matches. "
    "Town still trail Riverside's 212 league goals. "
    "That is the most by any club in the division, ahead of the 164 goals scored by Kingsport."
)


def _held(summary: str, article: str = LEAGUE) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "the article gives its" in d]


def test_another_owners_count_given_to_a_named_holder() -> None:
    assert _held("To mark Dale Town passing 212 league goals, we look back.") == ["212"]
    # the owner is the agent of a participle after the article's figure
    assert _held("Fans saw Hartley reach 164 goals.") == ["164"]


def test_the_owners_count_or_the_holders_own_stays_supported() -> None:
    assert _held("To mark Dale Town passing 180 league goals, we look back.") == []
    # the sentence names the owner: the count may be theirs
    assert _held("Riverside have passed 212 league goals, Dale Town are behind.") == []
    # a capitalized first word the article never writes as a name is no holder
    assert _held("Officials counted 212 league goals.") == []
    # "and" puts the name in another role than the count's holder
    assert _held("Dale Town and 212 league goals.") == []


def test_a_count_the_article_also_gives_unowned_is_not_judged() -> None:
    article = LEAGUE + " Their fans have seen 212 league goals at home."
    assert _held("To mark Dale Town passing 212 league goals, we look back.", article) == []
