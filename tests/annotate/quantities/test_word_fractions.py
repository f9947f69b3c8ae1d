"""factkit.annotate.quantities.word_fractions: fractions and mixed numbers written in words, and
when an ordinal is a denominator."""

from __future__ import annotations

import math

import pytest

from factkit.annotate.quantities.cardinals import CardinalParser
from factkit.annotate.quantities.word_fractions import (
    bare_fraction,
    fraction_value,
    ordinal_is_fraction,
    scale_after_fraction,
)


def test_fractions_and_mixed_numbers() -> None:
    tokens = ["five", "and", "a", "half"]
    value = fraction_value(tokens, 0, 3, CardinalParser(tokens))
    assert value == (5.0, 0.5, 1.0, 0)
    tokens = ["twenty", "three", "fifths"]
    found = fraction_value(tokens, 0, 2, CardinalParser(tokens))
    assert found is not None and math.isclose(found[1], 23 / 5)
    assert scale_after_fraction(["five", "and", "a", "half", "million"], 4, 5.0, 0.5, 1.0) == (
        5.5e6,
        5,
    )
    assert bare_fraction(["half", "a", "dozen"], 0) == (6.0, 3)
    assert bare_fraction(["quarter", "final"], 0) is None


@pytest.mark.parametrize(
    ("words", "following", "is_fraction"),
    [
        ("a third", "of", True),  # "a third of voters"
        ("a third", "term", False),  # an ordinal
        ("twenty first", "", False),
        ("twenty fifths", "", True),
        ("two thirds", "", True),
    ],
)
def test_an_ordinal_is_a_denominator_only_in_fraction_context(
    words: str, following: str, is_fraction: bool
) -> None:
    tokens = words.split()
    assert ordinal_is_fraction(tokens, 0, len(tokens) - 1, following) is is_fraction
