"""Tests for factkit.split.moved_quotes: closing quote marks moved to the next line's start."""

from __future__ import annotations

from tests.split.conftest import kinds, texts


def test_a_closing_mark_moved_to_the_next_line_ends_the_quotation() -> None:
    # XSum's scrape moves the mark that closes a paragraph's quotation to the next line's
    # start: it opened the narration after it ('"The researchers ...') and left the quote open
    text = (
        'He said: "It gives the impression of a larger object.\n'
        '"The researchers, based in Australia, dubbed it the pose.\n'
        "They filmed it."
    )
    assert texts(text) == [
        'He said: "It gives the impression of a larger object.\n"',
        "The researchers, based in Australia, dubbed it the pose.",
        "They filmed it.",
    ]


def test_a_moved_mark_before_a_new_speaker_ends_the_quotation() -> None:
    # the next line opens with a mark too, but the rest opens a quotation after a colon,
    # which a quotation going on does not do
    text = (
        'Mr Rees said: "Every parent knows it.\n'
        '"Ms Longton said: "Getting children to eat well is hard.\n'
        '"School meals help.\n'
        "About four in 10 children eat them."
    )
    assert texts(text) == [
        'Mr Rees said: "Every parent knows it.\n"',
        'Ms Longton said: "Getting children to eat well is hard.\n"',
        "School meals help.",
        "About four in 10 children eat them.",
    ]


def test_marks_that_open_their_line_quotation_stay_with_it() -> None:
    # a quotation over two paragraphs opens each again (British style), and a new quotation
    # opens its line: those marks stay; only the last line's mark is a moved closing one
    text = (
        'He said: "We lost.\n"We will be back next year," he added.\n"It is a promise.\n'
        '"The club agreed.\nFans cheered.'
    )
    assert texts(text) == [
        'He said: "We lost.',
        '"We will be back next year," he added.',
        '"It is a promise.\n"',
        "The club agreed.",
        "Fans cheered.",
    ]


def test_a_line_broken_before_a_comma_goes_on_the_line_before() -> None:
    # the scrape broke a quoted line before its comma: the quotation goes on there, and the
    # mark at the next line's start closes it
    text = (
        'He said: "It was great.\n"Davies was magnificent\n, that partnership won it.\n'
        '"Yorkshire captain Alex Lees said: "We are gutted."'
    )
    assert texts(text)[-1] == 'Yorkshire captain Alex Lees said: "We are gutted."'


def test_a_moved_closing_mark_before_glued_furniture_closes_the_quotation() -> None:
    # the glued furniture rule opened a segment at the mark, this rule after it: the mark
    # was a segment of its own
    quote = 'He said: "I feel alive.'
    furniture = "Media playback is not supported on this device"
    after = "Kyrgios is also in the draw."
    assert kinds(f'{quote}\n"{furniture}{after}') == [
        ("body", quote + '\n"'),
        ("embed", furniture),
        ("body", after),
    ]
