"""Tests for factkit.split.kinds: which segments are page furniture, captions, headings."""

from __future__ import annotations

import pytest

from tests.split.conftest import kinds


@pytest.mark.parametrize(
    "furniture",
    [
        "Sorry we are not currently accepting comments on this article.",
        "Subscribe to the BBC Sport newsletter to get our pick of news, features and video sent "
        "to your inbox.",
        "Terms and conditions",
        '"Follow @BBCNewsbeat on Twitter, BBCNewsbeat on Instagram and Radio1Newsbeat on YouTube',
        "Follow us on Twitter @BBCNewsEnts, on Instagram, or if you have a story suggestion "
        "email entertainment.news@bbc.co.uk.",
        "Visit site.",
    ],
)
def test_a_page_furniture_line_is_no_body_text(furniture: str) -> None:
    # scraped pages keep a comments notice or a newsletter plug as a sentence of its own: it
    # was body, a sentence the summary could pick and the verifier could read as evidence
    # a sentence that says the same in its own words stays body
    sentence = "Fans can follow us on Twitter, the club said, and read the terms and conditions."
    assert kinds(f"{sentence}\n{furniture}") == [("body", sentence), ("embed", furniture)]


@pytest.mark.parametrize(
    "byline",
    [
        "By John Smith, CNN",
        "By John Smith and Jane Doe, CNN",
        "By Sam Webb for MailOnline",
        "By Associated Press",
        "By JOHN SMITH",
    ],
)
@pytest.mark.parametrize("line_end", ["\n", "\n\n", "\r\n\r\n"])
def test_a_byline_line_is_the_authors_credit(byline: str, line_end: str) -> None:
    # a byline between two paragraphs was body text, read for claims and summarized; under
    # the headline it was a heading. As a paragraph of its own it is no photo credit: the
    # paragraph above it stays body, not a caption
    text = line_end.join(["The storm hit Florida on Monday.", byline, "It killed two."])
    assert kinds(text) == [
        ("body", "The storm hit Florida on Monday."),
        ("credit", byline),
        ("body", "It killed two."),
    ]


def test_only_a_byline_opening_with_by_is_a_credit() -> None:
    # a date ("By Friday"), a sentence under a photo ("By Michael Powell.") and a sentence
    # opening with "By" stay what they were
    text = (
        "By Monday, India was in full-scale crisis mode.\n\nBy John Smith, CNN\n\n"
        "The storm hit Florida.\nBy Michael Powell.\n\nBy Friday\n\nIt killed two."
    )
    credits = [segment for kind, segment in kinds(text) if kind == "credit"]
    assert credits == ["By John Smith, CNN"]


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; Editing by "
        "Will Dunham.)",
        "--additional reporting from Darren Samuelsohn.",
        "©2015 The Hollywood Reporter.",
        "All rights reserved.",
    ],
)
def test_a_wire_staff_credit_or_copyright_notice_is_a_credit(credit: str) -> None:
    # closing a story, these were body sentences: read for claims, open to the summary
    body = "If the case reaches the court, it may not be heard this term."
    assert kinds(f"{body}\n\n{credit}") == [("body", body), ("credit", credit)]
    assert kinds(f"{body} {credit}") == [("body", body), ("credit", credit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporting by the New York Times found a gap in the rules.",
        "Editing by Will Dunham took two days.",
        "All rights reserved by law, he said.",
    ],
)
def test_a_sentence_that_opens_like_a_credit_stays_body(sentence: str) -> None:
    assert kinds(sentence) == [("body", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said \x1b[31m40 people came.\x1b[0m",  # a colour reset after the full stop
        "\x1b[1mThe mayor said 40 people came.\x1b[0m",
        "The mayor said 40 people came.</p>",
        "<p>The mayor said 40 people came.</p>",
    ],
)
def test_a_sentence_closed_by_an_escape_or_a_tag_stays_body(sentence: str) -> None:
    # a short line ending in a reset or a closing tag read as a heading: no claim, no summary
    assert kinds(sentence) == [("body", sentence)]


def test_a_heading_in_colour_is_still_a_heading() -> None:
    text = "\x1b[1mFlood Warning\x1b[0m\nThe river rose 2 metres on Monday."
    assert [k for k, _ in kinds(text)] == ["heading", "body"]
