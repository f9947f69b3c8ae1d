"""factkit.verification.count_deeds: a count the summary ties to a deed ("the 40 fans
arrested") where the article ties that deed only to another count."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

MATCH = (
    "Trouble broke out after a coach carrying 40 fans from Hartley reached the ground. "
    "A group of 6 men have now been arrested on suspicion of affray, police said. "
    "The match went ahead in front of 9,000 supporters."
)


def _deeds(summary: str, article: str = MATCH) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "count for it" in d]


def test_a_count_given_another_counts_deed_is_a_mismatch() -> None:
    assert _deeds("The 40 fans arrested after the trouble are from Hartley.") == ["6"]
    assert _deeds("Police said 40 fans were arrested after the trouble.") == ["6"]


def test_the_deeds_own_count_passes() -> None:
    assert _deeds("The 6 men arrested after the trouble are from Hartley.") == []


def test_a_value_whose_sentence_writes_the_deed_is_not_judged() -> None:
    # the 40 may be arrested too: its sentence says so in another form
    article = MATCH.replace("reached the ground", "reached the ground and police made arrests")
    assert _deeds("The 40 fans arrested after the trouble are from Hartley.", article) == []
    # no participle after the count's noun: no deed to judge
    assert _deeds("The 40 fans came from Hartley.") == []


def test_a_value_the_article_counts_of_another_noun_is_not_judged() -> None:
    # the article's 40 are fans; the summary's 40 buses are no count the article gives
    article = MATCH.replace("40 fans", "40 buses")
    assert _deeds("The 40 fans arrested after the trouble are from Hartley.", article) == []


def test_a_deed_with_its_doer_is_left_to_the_owned_tallies() -> None:
    # "two goals scored by Cole" is Cole's; the summary's 40 goals are the club's
    article = "Dale have 40 league goals this season. Their 2 goals scored by Cole won the cup."
    assert _deeds("Dale passed the 40 goals scored this season by Riverside.", article) == []
