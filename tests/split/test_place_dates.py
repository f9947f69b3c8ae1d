"""Tests for factkit.split.place_dates: a weekday or date after a place's abbreviation."""

from __future__ import annotations

import pytest

from factkit.split.place_dates import date_goes_on
from tests.split.conftest import texts


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm hit Boulder, Colo. Friday, closing roads across the county.",
        "Officials met in Richmond, Va. Monday to discuss the new budget.",
        "A bridge collapsed near Tulsa, Okla. Tuesday night after heavy rain.",
        "The vote was held in Dover, Del. Sept. 3 after a long debate.",
        "The council met in Salem, Ore. March 12, 2015 and approved the plan.",
        "The council met in Salem, Ore. Monday.",
    ],
)
def test_a_date_after_a_place_abbreviation_goes_on_the_sentence(sentence: str) -> None:
    # the comma before the place made its abbreviation a sentence end before any capital:
    # "Friday, closing roads ..." was a sentence of its own
    assert texts(sentence + " Nobody was hurt.") == [sentence, "Nobody was hurt."]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("He moved to Aurora, Colo.", "Friday was his first day at the new plant."),
        ("The vote came in Dover, Del.", "March 3 will be the deadline for appeals."),
        ("Officials met in Richmond, Va.", "Monday's vote passed easily."),
        ("The rally was held in Dover, Del.", "Smith said it drew 500 people."),
    ],
)
def test_a_date_that_opens_a_clause_still_starts_a_sentence(first: str, second: str) -> None:
    assert texts(f"{first} {second}") == [first, second]


def test_date_goes_on_reads_the_word_after_the_day_and_year() -> None:
    text = "Friday and Sept. 3 was March 12, 2015 to"
    assert date_goes_on(text, text.index("Friday"), len(text))
    assert not date_goes_on(text, text.index("Sept"), len(text))  # "was" after "Sept. 3"
    assert date_goes_on(text, text.index("March"), len(text))  # "to" after the year
    assert not date_goes_on(text, text.index("and"), len(text))  # no date word at all
