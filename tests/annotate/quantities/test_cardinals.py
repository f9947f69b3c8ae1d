"""factkit.annotate.quantities.cardinals: cardinals, decimals and scales written in words."""

from __future__ import annotations

import math

import pytest

from factkit.annotate.quantities.cardinals import CardinalParser


def parse(words: str) -> tuple[float, int, float] | None:
    tokens = words.split()
    return CardinalParser(tokens).parse(0, len(tokens))


@pytest.mark.parametrize(
    ("words", "value", "used"),
    [
        ("two hundred and two thousand", 202_000, 5),  # (two hundred and two) thousand
        ("twenty one trillion and three hundred", 21e12 + 300, 6),
        ("a hundred and two", 102, 4),
        ("three lakh crore", 3e12, 3),  # a larger scale multiplies the total
        ("two hundred point seventy one", 200.71, 5),
        ("5 dozen", 60, 2),
        ("hundred thousand", 100_000, 2),
    ],
)
def test_cardinals_read_the_longest_number(words: str, value: float, used: int) -> None:
    found = parse(words)
    assert found is not None
    assert math.isclose(found[0], value, rel_tol=1e-12)
    assert found[1] == used


def test_a_second_hundred_after_and_starts_a_new_number() -> None:
    found = parse("three hundred and two hundred")
    assert found is not None
    assert found[:2] == (300.0, 2)  # backs off to before the "and"


def test_words_that_are_no_number_give_nothing() -> None:
    assert parse("point five") is None  # "point" needs a whole part
    assert parse("and two") is None
    assert CardinalParser(["two", "three"]).parse_all(0, 2) is None  # not one number
