"""Tests for factkit.split.sentence_ends: where a sentence ends at its punctuation."""

from __future__ import annotations

import pytest

from factkit.split import split_sentences


def texts(text: str) -> list[str]:
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sentences]


@pytest.mark.parametrize(
    ("quote", "after"),
    [
        (
            "‘That means free childcare places for families – all by 2017.’",
            "Mr Cameron also argued ‘that true compassion is giving them a chance’.",
        ),
        ('Kvyat replied: "We didn\'t crash."', 'Vettel responded: "You didn\'t."'),
        ("'They're missing out.'", "Mr Dundon said bosses should expect a rise in absenteeism."),
    ],
)
def test_a_quote_closed_by_a_full_stop_ends_before_a_new_sentence(quote: str, after: str) -> None:
    # the reporting verb after the quote opened a clause of its own, yet the quote and that
    # sentence were one segment (quote attribution read "Mr Cameron also argued" as "Smith said");
    # an attribution that closes the sentence still belongs to the quote
    closing = "'It is over.' Smith said."
    assert texts(f"{quote} {after} {closing}") == [quote, after, closing]
