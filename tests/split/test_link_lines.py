"""Tests for factkit.split.link_lines: a link's title glued to the sentence after it."""

from __future__ import annotations

import pytest

from tests.split.conftest import kinds

BEFORE = "Mr Blair has apologised for any mistakes made."
AFTER = "The inquiry took seven years."
LINK = "Chilcot report: Coverage in full"


@pytest.mark.parametrize(
    "link",
    [
        LINK,
        "More on this story and news from London",
        # two titles glued after a question mark: a run of titles however many words it has
        "How many ferries still sail to the islands?BBC team joins the crew of the last "
        "winter crossing",
    ],
)
def test_a_link_title_glued_to_the_next_sentence_is_no_body_text(link: str) -> None:
    # a scraped BBC page loses the line break after a related-story link: the link's title
    # was a body sentence the summary could pick
    assert kinds(f"{BEFORE}\n{link}{AFTER}") == [
        ("body", BEFORE),
        ("embed", link),
        ("body", AFTER),
    ]


def test_glued_link_titles_are_segments_of_their_own_and_no_body_text() -> None:
    # "... was downedHow Russia's ...": split.forced cuts at the glued capital; the first title
    # opens its line (a link), the second does not (a caption); neither is body text
    first = "What we know about how the old pier was destroyed"
    second = "How the storm could hit the coast"
    assert kinds(f"{BEFORE}\n{first}{second}{AFTER}") == [
        ("body", BEFORE),
        ("embed", first),
        ("caption", second),
        ("body", AFTER),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a long line glued to the next is a sentence that lost its full stop
        "Police Senior Sergeant James Coate told ABC that the saltwater crocodile had been in a "
        "waterway on the 11th hole",
        # a line with its full stop glued to the next is a sentence
        "Chilcot published his report on Wednesday.",
        # inside a line, the words before a glued sentence are a sentence's
        f"{BEFORE} Coverage in full",
    ],
)
def test_only_a_short_unstopped_line_glued_to_the_next_is_a_link(sentence: str) -> None:
    text = f"{BEFORE}\n{LINK}{AFTER}\n{sentence}{AFTER}"
    embeds = [segment for kind, segment in kinds(text) if kind == "embed"]
    assert embeds == [LINK]


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
@pytest.mark.parametrize("indent", ["", " ", "\u3000", "\u2003", "\x0c"])
def test_a_link_line_opens_its_line_as_the_kinds_read_line_starts(
    line_end: str, indent: str
) -> None:
    # the line's start is read back over any whitespace, as split.kinds and the speaker
    # finder read it (line_ends.opens_line): an ideographic or em space indenting the link
    # left it body
    text = f"{BEFORE}{line_end}{indent}{LINK}{AFTER}"
    assert kinds(text) == [("body", BEFORE), ("embed", LINK), ("body", AFTER)]


def test_a_link_line_after_a_moved_closing_quote_mark_is_a_link() -> None:
    # the quote mark that opens the link's line closes the quotation above it (XSum's scrape
    # moved it there): the link's title opens its line all the same
    quote = 'Ms Dunn said: "We will not stop until we know what happened.'
    link = "More stories from across Yorkshire"
    assert kinds(f'{quote}\n"{link}{AFTER}') == [
        ("body", quote + '\n"'),
        ("embed", link),
        ("body", AFTER),
    ]
