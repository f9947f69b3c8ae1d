"""factkit.verification.references: descriptions ("the Frenchman", "the England winger") are
told apart from names that are the subject of a verb ("the BBC understands")."""

from __future__ import annotations

import pytest

from factkit.verification.references import description_kind, is_demonym, names_people


def _kind(text: str, name: str) -> str | None:
    start = text.index(name)
    return description_kind(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Frenchman came on as a substitute.", "Frenchman", "demonym"),
        ("The England winger scored twice.", "England", "modifier"),
        ("the Chelsea boss said he was pleased", "Chelsea", "modifier"),
        ("the BBC claims were found to be false", "BBC", "modifier"),  # "claims": a noun too
        ("Tesco has sold the chain, the BBC understands.", "BBC", None),
        ("The boy has been found, the FBI has said.", "FBI", None),
        ("the UN will vote on the plan", "UN", None),
        ("the Pentagon says the test failed", "Pentagon", None),
    ],
)
def test_a_name_before_a_verb_is_a_name_not_a_description(
    text: str, name: str, kind: str | None
) -> None:
    assert _kind(text, name) == kind


@pytest.mark.parametrize(
    "word",
    ["French", "Frenchman", "Englishwomen", "Dutchmen", "Scotsman", "Welshman", "Irishmen",
     "Portuguese", "Brazilians", "Americans", "Spaniard", "Argentine", "Kiwi", "Geordie",
     "Scouser", "Mancunian", "Texan", "Catalan", "Swiss", "Armenian-Americans"],
)  # fmt: skip
def test_demonyms_and_their_regular_forms_are_demonyms(word: str) -> None:
    assert is_demonym(word)


@pytest.mark.parametrize(
    "word",
    ["Richard", "Hazard", "Gerrard", "Edwards", "Coleman", "Newman", "Brian", "Christian",
     "Julian", "Parish", "Frenchmans", "Portugueses", "french", "Frenchs", "Welsh-Richard"],
)  # fmt: skip
def test_names_with_demonym_endings_are_no_demonyms(word: str) -> None:
    # a suffix pattern ("-ard", "-man", "-ian", "-ish") took these for demonyms
    assert not is_demonym(word)


def test_plurals_and_man_forms_of_demonyms_name_people() -> None:
    # they qualify no noun: "Scots prefer" is a subject and its verb
    people = ["Scots", "Brazilians", "Welshmen", "Frenchwoman", "Armenian-Americans"]
    assert all(names_people(word) for word in people)
    adjectives = ["Scottish", "Brazilian", "Welsh", "French", "Swiss", "German", "British-Nigerian"]
    assert not any(names_people(word) for word in adjectives)


def test_the_and_a_name_with_a_demonym_ending_is_no_description() -> None:
    assert _kind("The Spaniard scored twice.", "Spaniard") == "demonym"
    assert _kind("The Richard Dawkins Foundation opened.", "Richard") is None
