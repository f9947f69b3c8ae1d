"""Tests for factkit.split.mark_candidates: a candidate sentence end read once."""

from __future__ import annotations

from factkit.split.mark_candidates import NO_END, Candidate, read_candidate
from factkit.split.patterns import CANDIDATE


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
