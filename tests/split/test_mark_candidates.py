"""Tests for factkit.split.mark_candidates: a candidate sentence end read once."""

from __future__ import annotations

from factkit.split.mark_candidates import NO_END, Candidate, read_candidate
from factkit.split.patterns import CANDIDATE
from tests.split.conftest import texts


def _read(text: str) -> Candidate | int:
    m = CANDIDATE.search(text)
    assert m is not None
    return read_candidate(text, m, len(text), 0)


def test_the_words_around_the_mark_are_read_once() -> None:
    text = 'He met Dr. "Smith" later.'
    at = _read(text)
    assert isinstance(at, Candidate)
    assert (at.word, at.core, at.punct, at.closers) == ("Dr", "Dr", ".", "")
    assert text[at.ws : at.pstart] == "Dr" and text[at.next_start :].startswith('Smith"')
    assert (at.first, at.next_type) == ("S", "smith")  # the next word without its quote


def test_a_number_after_the_mark_is_one_type_and_an_ellipsis_counts_three() -> None:
    text = "It rose by… 40 points in May."
    at = _read(text)
    assert isinstance(at, Candidate)
    assert (at.punct, at.dots, at.next_type) == ("…", 3, "##number##")


def test_what_the_words_alone_settle() -> None:
    assert _read("Yahoo! in its prime was big.") == NO_END  # lower case next: no sentence end
    assert _read("He left after '... Then it rained.") == NO_END  # a mark after an opening quote
    text = "It ended.   Next unit"
    m = CANDIDATE.search(text)
    assert m is not None
    # only space follows before the unit's end: the mark stays with this sentence
    assert read_candidate(text, m, text.index("Next") - 1, 0) == text.index(".") + 1


def test_the_word_after_terminal_escapes_is_read() -> None:
    # "died.ESC[0m The mayor" was one sentence: the escape glued to the full stop hid the end
    text = "Officials said 183 people died.\x1b[0m The mayor left."
    at = _read(text)
    assert isinstance(at, Candidate)
    assert (at.punct, at.first, at.next_type) == (".", "T", "the")
    assert texts(text) == ["Officials said 183 people died.", "\x1b[0m The mayor left."]
    assert texts("It fell.\x9b31m Then it rose.") == ["It fell.", "\x9b31m Then it rose."]


def test_escapes_closing_a_text_stay_with_its_last_sentence() -> None:
    # an escape-only segment was a body sentence of its own, with nothing to read in it
    assert texts("It ended.\x1b[0m") == ["It ended.\x1b[0m"]
    assert texts("It ended. \x1b[0m\nNext line here.") == [
        "It ended. \x1b[0m",
        "Next line here.",
    ]
    # markup after the last sentence is still a segment of its own
    assert texts("It ended. </p>") == ["It ended.", "</p>"]


def test_an_escape_glued_to_the_next_word_is_no_sentence_end() -> None:
    # as "died.The" is none unless the glued word may open a sentence
    assert texts("The U.S.\x1b[0m army left.") == ["The U.S.\x1b[0m army left."]
