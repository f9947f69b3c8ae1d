"""Tests for factkit.split.sentence_ends: where a sentence ends at its punctuation."""

from __future__ import annotations

import pytest

from factkit.split import split_sentences
from tests.split.conftest import texts


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


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "She said demand grew like the rest of the UK.",
            '"We are focussing on the wards," she said.',
        ),
        ("He joined Arsenal in 2011.", '"He has nearly three years to go," said Wenger.'),
        ('It was "abundantly clear" they were "unacceptable".', '"Hatred has no place," it said.'),
        ("Who needs a hoist?", '"It is like playing roulette," Lorna says.'),
    ],
)
def test_a_glued_quote_mark_that_opens_a_quotation_goes_with_the_next_sentence(
    before: str, after: str
) -> None:
    # scraped paragraphs lose their space: with an even number of quote marks on the line
    # before it, the glued mark opens the next sentence's quotation, yet it ended the first
    assert texts(before + after) == [before, after]


def test_a_glued_quote_mark_that_closes_a_quotation_stays_with_its_sentence() -> None:
    text = 'He said: "It is over."The task now is hard.'
    assert texts(text) == ['He said: "It is over."', "The task now is hard."]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ('She said: "It runs in London (from 3 May)."', '"I think it will do well," she added.'),
        ('He asked: "Why not stand up?"', '"He said no," she recalled.'),
    ],
)
def test_a_glued_quote_mark_after_a_closing_one_opens_the_next_quotation(
    before: str, after: str
) -> None:
    # two marks glued after the stop: the first closes this quotation, the second opens the
    # next, yet both stayed with the first sentence (or the two were one segment)
    assert texts(before + after) == [before, after]


@pytest.mark.parametrize(
    "text",
    [
        "After the U.S. Ambassador to Peru quit, the talks stalled.",
        "A U.N. Envoy arrived in the port town on Monday.",
        "Two U.S. Marshals drove the prisoner to the court.",
    ],
)
def test_a_title_noun_after_a_dotted_acronym_goes_on_the_phrase(text: str) -> None:
    # Punkt saw "ambassador" only in lower case inside sentences, so its orthographic rule read
    # the capital after "U.S." as a sentence start: "After the U.S." was a segment of its own
    assert texts(text) == [text]


def test_an_acronym_full_stop_still_ends_before_a_sentence_starter() -> None:
    assert texts("The firm moved to the U.S. The staff stayed.") == [
        "The firm moved to the U.S.",
        "The staff stayed.",
    ]


@pytest.mark.parametrize("title", ["then-Sen.", "ex-Gov."])
def test_a_title_after_a_hyphen_never_ends_a_sentence(title: str) -> None:
    # after a comma "then-Sen." read as a place abbreviation closing a phrase ("Scranton, Pa.")
    text = f"The row grew, {title} Miller attacked the plan."
    assert texts(text + " It failed.") == [text, "It failed."]


def test_a_no_break_space_joins_the_letters_of_an_initialism() -> None:
    # "U.\u00a0S." was cut after "U.": the letters of one word read as an initial ending a
    # sentence before "S."
    text = "The U.\u00a0S.\u00a0Army team won the final."
    assert texts(text + " Fans cheered.") == [text, "Fans cheered."]


def test_after_a_plain_space_an_initial_may_open_a_sentence() -> None:
    assert texts("They studied vitamin C. A. Smith led the study.") == [
        "They studied vitamin C.",
        "A. Smith led the study.",
    ]


def test_del_before_a_name_is_a_delegates_title() -> None:
    # "Del." (Delaware, and a state delegate's title) was no abbreviation: "said Del." ended a
    # sentence and the delegate's name opened the next
    text = '"It is a disgrace," said Del. Maria Lopez of Richmond.'
    assert texts(text + " The vote failed.") == [text, "The vote failed."]


def test_del_as_a_state_still_ends_a_sentence_before_a_sentence_starter() -> None:
    assert texts("He was born in Dover, Del. He moved to Ohio in 1990.") == [
        "He was born in Dover, Del.",
        "He moved to Ohio in 1990.",
    ]


@pytest.mark.parametrize(
    "dateline", ["DOVER, Del. (AP) —", "SAN DIEGO, Calif. (Reuters) -", "WILMINGTON, Del. —"]
)
def test_a_state_abbreviation_inside_a_wire_dateline_ends_no_sentence(dateline: str) -> None:
    # the dateline's agency and dash opened the first sentence: "(AP) — Police said ..."
    text = f"{dateline} Police said a driver hit a wall on Sunday."
    assert texts(text + " Nobody was hurt.") == [text, "Nobody was hurt."]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("He stole from the quarry firm Bradley Stone Ltd.", "Mr Hughes was released on bail."),
        ("The shop was owned by Green Bros.", "Mrs Patel bought it in 2010."),
        ("She is a reporter based in Washington D.C.", "Pictured is the office she works in."),
    ],
)
def test_a_courtesy_title_or_caption_opener_after_an_abbreviation_starts_a_sentence(
    first: str, second: str
) -> None:
    # "Mr" and "Pictured" are capitalised wherever they stand, so Punkt's orthographic
    # evidence kept them on the abbreviation's sentence
    assert texts(f"{first} {second}") == [first, second]


def test_a_title_before_a_courtesy_title_still_ends_no_sentence() -> None:
    text = "The service was led by the Rev. Mr Jones of Bath."
    assert texts(text) == [text]


@pytest.mark.parametrize(
    ("text", "segments"),
    [
        (
            "The ship came. <b>It</b> spent two days in port.",
            ["The ship came.", "<b>It</b> spent two days in port."],
        ),
        (
            'The ship came. <a href="/port"> <!-- link --> <em>It</em></a> spent two days there.',
            [
                "The ship came.",
                '<a href="/port"> <!-- link --> <em>It</em></a> spent two days there.',
            ],
        ),
        ("Talks with Mr. <b>Smith</b> went on.", ["Talks with Mr. <b>Smith</b> went on."]),
        ("The ship came. <i>then</i> it left.", ["The ship came. <i>then</i> it left."]),
        ("He said 5 < 6. It was.", ["He said 5 < 6.", "It was."]),
    ],
)
def test_the_word_after_a_full_stop_is_read_past_markup(text: str, segments: list[str]) -> None:
    # "<" opens a word for Punkt (an opening mark), so "<b>It" was read as the lower-case
    # word "b>It" that goes on the sentence
    assert [s.text for s in split_sentences(text)] == segments
