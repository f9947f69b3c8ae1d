"""What an article tells of its people's sex: honorifics, sexed nouns it gives a name, pronouns."""

from __future__ import annotations

import pytest

from factkit.annotate.mentions import ArticleNames
from factkit.annotate.speaker_genders import learn_genders, possessive_her
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


@pytest.mark.parametrize(
    "text",
    [
        "Judge Tom Reed remanded her in custody until March.",
        "Tom Reed told him to leave the court.",
        "Tom Reed gave her a lift to court.",
    ],
)
def test_an_object_pronoun_teaches_no_sex(text: str) -> None:
    # the woman remanded, the man told: somebody else, neither Reed nor his surname
    assert _genders(text) == ({}, {})


def test_a_subject_or_possessive_pronoun_teaches_the_surname_its_sex() -> None:
    assert _genders("Ann Mays said her office was closed.") == ({"Mays": "f"}, {"Ann Mays": "f"})
    assert _genders("Tom Reed said he would appeal.") == ({"Reed": "m"}, {"Tom Reed": "m"})


def test_a_pronoun_across_a_quotation_teaches_no_sex_but_one_past_a_scare_quote_does() -> None:
    # the "he" after a closing quote is the speaker's, not the quoted woman's
    text = '"Ann Mays will win the seat," he said.'
    assert _genders(text) == ({}, {})
    text = 'Tom Reed called Ann Mays a "disgrace" after she spoke.'
    assert _genders(text)[0] == {"Mays": "f"}


def test_the_resolver_takes_no_sex_from_an_object_her() -> None:
    # "remanded her" made Hale a woman's surname for the resolver
    text = (
        "Judge Tom Hale remanded her in custody. Tom Reed spoke to reporters. "
        '"It was unfair," she said.'
    )
    res = SpeakerResolver(text, [(0, len(text))])
    assert res.gender_of("Hale") is None


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


def _people(text: str) -> dict[str, frozenset[str]]:
    return learn_genders(ArticleNames(text, [(0, len(text))])).people


def test_every_vote_is_kept_per_person() -> None:
    # the resolver takes the first sex ("he" after Dale Ross); the people table keeps both
    text = "Dale Ross said he was tired. Ms Ross arrived at the station later."
    people = _people(text)
    assert people["Dale Ross"] == frozenset({"m", "f"})
    assert learn_genders(ArticleNames(text, [(0, len(text))])).surnames == {"Ross": "f"}


def test_a_lone_surname_votes_for_its_one_full_name() -> None:
    text = "Ann Mays won the cup. Mays said she was proud of the win."
    assert _people(text)["Ann Mays"] == frozenset({"f"})
    # two people bear the surname: the lone one votes for neither
    text = "Tom Mays met Ann Mays at the club. Mays said she was proud of the win."
    assert _people(text) == {"Tom Mays": frozenset(), "Ann Mays": frozenset()}


def test_he_or_she_opening_the_next_sentence_votes_for_the_one_person() -> None:
    sentences = ["Tom Reed won the Harbour Open on Sunday.", "He finished two shots clear."]
    text = " ".join(sentences)
    spans = [(0, len(sentences[0])), (len(sentences[0]) + 1, len(text))]
    assert learn_genders(ArticleNames(text, spans)).people["Tom Reed"] == frozenset({"m"})
    # two people in the first sentence: "He" may be either
    sentences[0] = "Tom Reed beat Ann Mays in the Harbour Open final."
    text = " ".join(sentences)
    spans = [(0, len(sentences[0])), (len(sentences[0]) + 1, len(text))]
    people = learn_genders(ArticleNames(text, spans)).people
    assert people["Tom Reed"] == people["Ann Mays"] == frozenset()


def test_a_pronoun_after_a_quote_mark_or_an_object_pronoun_does_not_vote() -> None:
    assert _people('Tom Reed said: "She was the best player."') == {"Tom Reed": frozenset()}
    assert _people("Tom Reed thanked her for the win.") == {"Tom Reed": frozenset()}


def test_an_object_her_before_a_function_word_does_not_vote() -> None:
    # "gave her a lift": the woman is somebody else; the summary side reads the same test
    assert _people("Tom Reed gave her a lift to court.") == {"Tom Reed": frozenset()}
    assert not possessive_her("gave her a lift", len("gave her"))
    assert possessive_her("said her office", len("said her"))
    assert not possessive_her("said her office", len("said her"), len("said her"))


def test_a_possessive_her_votes_and_a_place_after_of_takes_no_vote() -> None:
    assert _people("Ann Mays said her office was closed.") == {"Ann Mays": frozenset({"f"})}
    # the Duke's "his", not the place's
    people = _people("The Duke of Cambridge has completed the first phase of his training.")
    assert not people.get("Cambridge")


class _CountingLists(dict[str, list[tuple[int, str]]]):
    """A ``full_names`` table that counts how many times its lists are looked up."""

    reads = 0

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        _CountingLists.reads += 1
        return super().get(key, default)


def test_the_sex_tables_read_a_surnames_full_names_once_not_per_mention() -> None:
    # a long article that repeats "Tom Reed ... Reed" made learn_people read every full name
    # of "Reed" for each lone "Reed": quadratic (66 s of a 10.8 MB article's 340 s)
    text = "Tom Reed won on Sunday. Reed said he was tired. " * 200
    names = ArticleNames(text, [(0, len(text))])
    names.full_names = _CountingLists(names.full_names)
    _CountingLists.reads = 0
    learned = learn_genders(names)
    assert learned.people["Tom Reed"] == frozenset({"m"})
    assert _CountingLists.reads < 10
