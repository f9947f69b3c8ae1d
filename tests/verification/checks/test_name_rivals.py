"""factkit.verification.checks.name_rivals: the article names that fill no name's slot (a
common word capitalised once, a caption's label, a demonym before its noun)."""

from __future__ import annotations

from factkit.verification.checks.name_rivals import no_slot_name
from tests.verification.checks.conftest import reported_spans
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


KEEPERS = (
    "Chelsea beat Queens Park Rangers 1-0 at Loftus Road on Sunday afternoon. "
    "Cesc Fabregas scored the winner three minutes from time. "
    "Thibaut Courtois made a string of saves and was named man of the match. "
    "Rangers pressed hard in the second half but could not find a way through. "
    "Charlie Austin went closest, but the Chelsea keeper denied him twice. "
    "Manchester United boss Louis van Gaal watched from the stands."
)


def test_a_name_of_generic_words_before_another_names_noun_is_a_rival_anywhere() -> None:
    # "Rangers" is given by "Queens Park Rangers", but the article writes "keeper" only after
    # "Chelsea", in a sentence outside the summary's window
    summary = "Rangers keeper Thibaut Courtois was man of the match with a string of saves."
    assert reported_spans(summary, KEEPERS, "entity_not_in_source") == ["Rangers"]
    kept = summary.replace("Rangers", "Chelsea")
    assert reported_spans(kept, KEEPERS, "entity_not_in_source") == []


def test_a_name_of_generic_words_the_article_writes_before_its_noun_is_no_swap() -> None:
    # "United boss": the article writes "boss" after "Manchester United", which holds it
    summary = "United boss Louis van Gaal watched Chelsea beat Queens Park Rangers 1-0."
    assert reported_spans(summary, KEEPERS, "entity_not_in_source") == []
