"""Tests for factkit.split.units: where a line break ends a unit."""

from __future__ import annotations

from factkit.split import split_sentences


def test_a_line_that_opens_with_a_comma_continues_the_line_before() -> None:
    # XSum scrapes put the comma after a lost link on the next line: the cut there left a
    # quote's first words ("In our view) as a segment of their own
    text = (
        '"In our view\n, this misses the opportunity for partnership working," she said.\n'
        "Ministers disagreed."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        '"In our view\n, this misses the opportunity for partnership working," she said.',
        "Ministers disagreed.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_line_that_opens_with_a_colon_continues_the_line_before() -> None:
    # XSum scrapes put the colon after a speaker's name on the next line: the name was a
    # segment of its own and the quote a sentence opening with ":"
    text = 'Australia spinner Nathan Lyon\n: "We\'re definitely still in it."\nThey lost.'
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        'Australia spinner Nathan Lyon\n: "We\'re definitely still in it."',
        "They lost.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
