"""factkit.verification.checks.name_rivals: the article names that fill no name's slot (a
common word capitalised once, a caption's label, a demonym before its noun)."""

from __future__ import annotations

from factkit.verification.checks.name_rivals import no_slot_name
from tests.verification.conftest import article_index


def test_lone_common_words_and_demonyms_before_a_noun_fill_no_name_slot() -> None:
    text = (
        "Arsenal beat Hull on Saturday, and the Prime Minister watched from the stands. "
        "Later, Arsenal thanked the British striker. "
        "Previously, Hull had won three games in a row."
    )
    src = article_index(text)
    names = {src.text[n.start : n.end]: n for n in src.names}
    # a common word capitalised once opens a sentence; a demonym before its noun says where
    # someone is from, not who fills the slot
    assert no_slot_name(["chelsea"], names["Previously"], src)
    assert no_slot_name(["chelsea"], names["British"], src)
    # a real name stays a rival, and a demonym rivals the summary's demonym
    assert not no_slot_name(["chelsea"], names["Arsenal"], src)
    assert not no_slot_name(["chelsea"], names["Hull"], src)
    assert not no_slot_name(["french"], names["British"], src)


def test_a_demonym_standing_alone_still_fills_a_slot() -> None:
    src = article_index("Police said tension grew between Koreans and shop owners in the city.")
    (koreans,) = [n for n in src.names if "koreans" in n.words]
    assert not no_slot_name(["freddie", "gray"], koreans, src)


def test_a_caption_label_capitalised_once_fills_no_name_slot() -> None:
    text = (
        "Anna Berg moved to a quiet street in Leeds last year. "
        "Frightened: Anna Berg, 31, was followed home by a stranger. "
        "Police in Leeds said the man had been arrested. "
        "Hartley: the officer who made the arrest. Hartley said the street was now safe."
    )
    src = article_index(text)
    names = {src.text[n.start : n.end]: n for n in src.names}
    # "Frightened:" labels the picture; a word no lexicon lists, capitalised only there
    assert no_slot_name(["leeds"], names["Frightened"], src)
    # a label the article also gives as a name elsewhere stays a rival
    assert not no_slot_name(["leeds"], names["Hartley"], src)
    # a name that does not open its sentence before a colon stays one
    assert not no_slot_name(["berg"], names["Leeds"], src)
