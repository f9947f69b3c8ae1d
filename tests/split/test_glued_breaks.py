"""Tests for factkit.split.glued_breaks: a terminal mark with no space after it."""

from __future__ import annotations

import pytest

from factkit.split.glued_breaks import glued_break
from tests.split.conftest import texts


@pytest.mark.parametrize(
    ("core", "token", "before", "breaks"),
    [
        ("unanswered", "They", "d", True),  # between plain words
        ("UK", "Its", "K", True),  # a whole acronym, then a word
        ("U.S", "The", "S", True),  # a dotted acronym, then a word that opens glued sentences
        ("U.S", "Army", "S", False),  # "U.S.Army" may be a name
        ("U.S", "A", "S", False),  # inside "U.S.A"
        ("Jane", "Doe@example.com", "e", False),  # an e-mail
        ("2010", "He", "0", True),  # a figure, then a capitalised word
        ("2", "A", "2", False),  # "2.A": maybe a clause's number
        ("2000", "A", "0", True),  # after a longer figure "A" opens a sentence
    ],
)
def test_glued_break(core: str, token: str, before: str, breaks: bool) -> None:
    assert glued_break(core, token, before) is breaks


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("It is one of four new woods being created across the UK.", "Its aim is to plant trees."),
        ("Mr Dmytrashkivsky told the BBC.", "On the other side of the conflict is Cyber Berkut."),
        ("He told Sydney Radio 2GB.", "But IS militants boast about their evil."),
    ],
)
def test_a_sentence_glued_to_an_acronym_full_stop_is_cut(before: str, after: str) -> None:
    # scraped BBC paragraphs lose their space: a glued full stop after capitals was read as
    # inside "U.S.A", so the two sentences were one segment
    assert texts(before + after) == [before, after]


@pytest.mark.parametrize(
    "text",
    ["She studied in the U.S.A before the war.", "He has a Ph.D in law.", "See BBC.COM for more."],
)
def test_a_full_stop_inside_initials_or_capitals_is_no_sentence_end(text: str) -> None:
    assert texts(text) == [text]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The fee was meant to be £35.", "NHS Improvement said it would act."),
        ("A bomb in the city killed more than 30.", "IS said it had sent the bomber."),
        ("She beat the old mark of 4:17.57.", "The new record holder was pleased."),
        ("Match ends, Leeds 1, Hull City 1.", "Second Half ends, Leeds 1, Hull City 1."),
        ("The pier was closed in 2000.", "A search for a buyer began this year."),
        ("They were all out for 220.", '"I was happy with that," he said.'),
    ],
)
def test_a_sentence_glued_to_a_figure_full_stop_is_cut(before: str, after: str) -> None:
    # scraped paragraphs lose their space after a figure: an acronym, "A" or "I" after it was no
    # candidate at all, a race time's colon read as a URL's and a one-digit score as an initial
    assert texts(before + after) == [before, after]


@pytest.mark.parametrize(
    "text",
    [
        "Section 2.A of the act covers it.",
        "The score was 2.I think so too.",
        "Read 2010.John@example.com for it.",
        "See ASP.NET for more.",
    ],
)
def test_a_figure_full_stop_before_a_clause_letter_or_address_is_no_sentence_end(
    text: str,
) -> None:
    assert texts(text) == [text]


def test_a_sentence_glued_to_a_dotted_acronym_full_stop_is_cut() -> None:
    # "U.S.The" read as inside one dotted word, so the two sentences were one segment
    assert texts("The deal was signed in the U.S.The firm will hire 200 people.") == [
        "The deal was signed in the U.S.",
        "The firm will hire 200 people.",
    ]


def test_a_dotted_acronym_glued_to_a_name_stays_one_word() -> None:
    text = "He served in the U.S.Army for six years."
    assert texts(text) == [text]
