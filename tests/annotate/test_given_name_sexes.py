"""The sex a given name tells, for the speaker resolver's "he" and "she"."""

from __future__ import annotations

from factkit.annotate.given_name_sexes import given_name_sex, sex_for_pronoun


def test_a_full_name_takes_its_given_names_sex() -> None:
    assert given_name_sex("John Glatt") == "m"
    assert given_name_sex("Mary Lane") == "f"
    assert given_name_sex("Mr John Glatt") == "m"  # a title is no given name


def test_names_both_sexes_bear_and_lone_words_tell_nothing() -> None:
    assert given_name_sex("Jordan Pike") is None
    assert given_name_sex("Alex Reed") is None
    assert given_name_sex("Paul") is None  # a lone word may be a surname
    assert given_name_sex("Zorblat Quenn") is None


def test_the_articles_own_pronouns_outrank_the_given_name() -> None:
    assert sex_for_pronoun("John Glatt", frozenset()) == "m"
    assert sex_for_pronoun("John Glatt", frozenset({"f"})) is None  # unanimous: the article's
    assert sex_for_pronoun("John Glatt", frozenset({"m", "f"})) == "m"  # split votes: the name's
    assert sex_for_pronoun("Mary Lane", frozenset({"f"})) == "f"
