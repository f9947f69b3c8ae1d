"""Tests for factkit/verification/inflections.py: a word's inflected forms, by stem."""

from __future__ import annotations

import pytest

from factkit.verification.inflections import stem_forms
from factkit.verification.text import stem_of


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("scored", "scores"),
        ("scored", "scoring"),
        ("grabbed", "grabs"),
        ("grabbed", "grabbing"),
        ("making", "makes"),
        ("used", "using"),
        ("returned", "return"),
    ],
)
def test_a_form_of_the_same_verb_matches_either_way(word: str, other: str) -> None:
    assert stem_of(other) in stem_forms(word)
    assert stem_of(word) in stem_forms(other)


@pytest.mark.parametrize(("word", "other"), [("red", "r"), ("need", "ne"), ("said", "sa")])
def test_no_form_is_built_on_a_base_shorter_than_three_letters(word: str, other: str) -> None:
    assert stem_of(other) not in stem_forms(word)


def test_a_word_keeps_its_own_stem_and_a_number_only_that() -> None:
    assert stem_of("Scored") in stem_forms("Scored")
    assert stem_forms("2-1") == frozenset({stem_of("2-1")})
