"""Tests for factkit.split.units: where a line break ends a unit."""

from __future__ import annotations

import pytest

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


def test_a_quote_mark_that_ends_a_line_opens_the_next_lines_sentence() -> None:
    # XSum scrapes break the line right after a quotation's opening mark: the mark was a
    # segment of its own ('"') and the quotation lost it
    text = (
        '"He was one of my idols," said Smith. "\nHe used to come back in the winter.\n'
        "They looked at each other and said '\nIt's Harry'.\n"
        '"It is over. "\nThe club disagreed.'
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences][:3] == [
        '"He was one of my idols," said Smith.',
        '"\nHe used to come back in the winter.',
        "They looked at each other and said '\nIt's Harry'.",
    ]
    # the line's double quotes pair up: its last one closes a quotation and opens nothing
    assert sentences[-1].text == "The club disagreed."
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_list_label_that_ends_a_line_goes_with_the_list_on_the_next() -> None:
    # transfer lists put the label at the end of the line before its list: "Loan:" was a
    # segment of its own; a longer line ending in a colon is a paragraph of its own
    text = (
        "Kenny Anderson, midfielder (Waalwijk). Loan:\nMorgaro Gomis, midfielder (Motherwell).\n"
        "Here are five ways to enjoy Christmas online:\nEveryday Church Online runs services."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Kenny Anderson, midfielder (Waalwijk).",
        "Loan:\nMorgaro Gomis, midfielder (Motherwell).",
        "Here are five ways to enjoy Christmas online:",
        "Everyday Church Online runs services.",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ('"Google\n/YouTube will restrict access to the clips."', "Officials agreed."),
        ('"Isn\'t there a law against this\n?" asks his father.', "Nobody answered."),
        ('"He\n\'s come up trumps again," the coach said.', "The fans agreed."),
        ("The fans were happy\n; the players less so.", "They left."),
    ],
)
def test_a_line_that_opens_with_a_mark_no_sentence_opens_with_continues(
    first: str, second: str
) -> None:
    # XSum scrapes break the line before a slash, a question mark or a clitic "'s": the cut
    # there left "Google", "He" or a quote's first words as a segment of their own
    text = f"{first}\n{second}"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [first, second]
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("place", "agency"),
    [("WASHINGTON", "(AP) --"), ("KABUL, Afghanistan", "(Reuters) -"), ("LONDON", "(CNN) —")],
)
def test_a_dateline_place_goes_on_with_its_agency_on_the_next_line(place: str, agency: str) -> None:
    # the place on a line of its own was a heading and its agency opened the first sentence
    text = f"{place}\n{agency} The Senate voted on Tuesday to pass the bill. It goes to the House."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        f"{place}\n{agency} The Senate voted on Tuesday to pass the bill.",
        "It goes to the House.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_capitals_heading_before_a_plain_line_stays_a_line_of_its_own() -> None:
    sentences = split_sentences("THE BORROWING\nThe bank lent the town money in 2010.")
    assert [s.text for s in sentences] == ["THE BORROWING", "The bank lent the town money in 2010."]
