"""Tests for factkit.split.attribution_tails: an attribution after a quoted question."""

from __future__ import annotations

import pytest

from factkit.split.attribution_tails import opens_own_clause
from tests.split.conftest import texts


@pytest.mark.parametrize(
    ("quote", "after"),
    [
        ('"Is that fair to the town?"', "Jones said he filed a complaint last week."),
        ("'Why did you lock the gate?'", "Mr Patel explained: 'The cows got out twice.'"),
        ('"Can we win the league?"', "Evans says Cardiff will have to beat Leeds first."),
        ("'Look, the bridge is open!'", "Brown said his aim is to raise money for the club."),
        ('"Who pays for the road?"', "Mrs Shaw asked whether the council had a plan."),
    ],
)
def test_an_attribution_with_a_clause_of_its_own_opens_a_new_sentence(
    quote: str, after: str
) -> None:
    # the quotation is no object of the verb, which has its own: the two were one sentence
    assert texts(f"{quote} {after}") == [quote, after]


@pytest.mark.parametrize(
    "sentence",
    [
        '"Why?" Smith asked.',
        '"Why not?" Smith told reporters.',
        '"What now?" Smith asked the crowd, smiling at them.',
        '"Help!" Smith shouted as the boat sank.',
    ],
)
def test_an_attribution_that_closes_the_quotation_stays_with_it(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_opens_own_clause_reads_the_words_up_to_the_next_mark() -> None:
    assert opens_own_clause(" he was tired.", 0, 14)
    assert opens_own_clause(": 'No.'", 0, 7)
    assert not opens_own_clause(" the crowd, as it was late.", 0, 27)  # "was" after a comma
    assert not opens_own_clause("", 0, 0)
