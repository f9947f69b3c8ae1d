"""factkit.annotate.quantities.words: the number word tables and their lookups."""

from __future__ import annotations

import pytest

from factkit.annotate.quantities.words import (
    AFTER_ARTICLE,
    CARDINAL_WORDS,
    ORDINAL_WORDS,
    SCALES,
    ordinal,
    small_number,
)


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("fifths", (5.0, True)),  # a unit ordinal, plural
        ("third", (3.0, True)),
        ("quarter", (4.0, False)),
        ("halves", (2.0, False)),
        ("fifty", None),  # a cardinal is no ordinal
    ],
)
def test_ordinal_gives_the_denominator_and_whether_a_tens_word_may_join_it(
    word: str, found: tuple[float, bool] | None
) -> None:
    assert ordinal(word) == found


def test_small_numbers_are_words_or_digit_groups_below_a_hundred() -> None:
    assert small_number("seventy") == 70.0
    assert small_number("thirteen") == 13.0
    assert small_number("12") == 12.0
    assert small_number("hundred") is None


def test_word_lists_put_longer_words_first_for_the_alternation() -> None:
    # "fourths" must be tried before "fourth", "seventeen" before "seven"
    assert ORDINAL_WORDS.index("fourths") < ORDINAL_WORDS.index("fourth")
    assert CARDINAL_WORDS.index("seventeen") < CARDINAL_WORDS.index("seven")
    assert "halfs" not in ORDINAL_WORDS and "halves" in ORDINAL_WORDS


def test_scales_and_after_article_words() -> None:
    assert SCALES["crore"] == 1e7 and SCALES["lakh"] == 1e5
    assert {"hundred", "third", "million", "dozen"} <= AFTER_ARTICLE
    assert "two" not in AFTER_ARTICLE
