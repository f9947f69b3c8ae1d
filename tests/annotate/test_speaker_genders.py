"""What an article tells of its people's sex: honorifics, sexed nouns it gives a name, pronouns."""

from __future__ import annotations

import pytest

from factkit.annotate.mentions import ArticleNames
from factkit.annotate.speaker_genders import learn_genders
from factkit.annotate.speakers import SpeakerResolver


def _genders(text: str) -> tuple[dict[str, str], dict[str, str]]:
    learned = learn_genders(ArticleNames(text, [(0, len(text))]))
    return learned.surnames, learned.names


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, the victim's mother, arrived at court.",
        "The victim's mother, Ann Lee, arrived at court.",
        "White House spokeswoman Ann Lee arrived at court.",
    ],
)
def test_a_sexed_noun_the_article_gives_a_name_tells_its_sex(text: str) -> None:
    assert _genders(text) == ({"Lee": "f"}, {"Ann Lee": "f"})


def test_a_surname_given_both_sexes_by_nouns_tells_neither() -> None:
    # a family: the surname alone says nothing, each full name still does
    text = "Ann Lee, the victim's mother, and Tom Lee, the victim's brother, arrived at court."
    assert _genders(text) == ({}, {"Ann Lee": "f", "Tom Lee": "m"})


def test_she_takes_the_woman_a_noun_marks_not_the_nearer_man_of_unknown_sex() -> None:
    # "she" took Tom Hale, the most recent person, as no one was known to be a woman
    text = (
        "Ann Lee, the victim's mother, arrived at court. Tom Hale spoke to reporters. "
        '"It was terrible," she said.'
    )
    res = SpeakerResolver(text, [(0, len(text))])
    assert res.resolve("she", text.index("she said")) == "Ann Lee"


@pytest.mark.parametrize(("pronoun", "name"), [("she", "Brenda Burns"), ("he", "Joshua Burns")])
def test_a_noun_given_a_full_name_outranks_the_sex_of_its_surname(pronoun: str, name: str) -> None:
    # "his" after Joshua Burns made the surname male, and Brenda Burns with it
    text = (
        "Joshua Burns and his wife Brenda Burns spoke to a local paper. "
        f"'I literally thought: Do you have the right family?' {pronoun} said."
    )
    res = SpeakerResolver(text, [(0, len(text))])
    assert res.resolve(pronoun, text.index(f"{pronoun} said")) == name
