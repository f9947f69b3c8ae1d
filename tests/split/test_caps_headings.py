"""Tests for factkit.split.caps_headings: a heading in capitals glued to its paragraph."""

from __future__ import annotations

import pytest

from tests.split.conftest import kinds


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("THE LOANS", "Back when she opened the shop, Ms. Reyes said debt was a last resort."),
        ("PAY A LITTLE", "This part is harder for most families."),
        ("THE MANY RULES", "Plenty of buyers never read the small print."),
    ],
)
def test_a_capitals_heading_glued_to_its_paragraph_is_a_heading(
    heading: str, sentence: str
) -> None:
    # with no line break or stop between them, the heading opened the paragraph's first
    # sentence as one body segment
    text = f"The council met on Monday.\n\n{heading} {sentence}"
    assert kinds(text) == [
        ("body", "The council met on Monday."),
        ("heading", heading),
        ("body", sentence),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "US NAVY Seals have landed on the island.",
        "A GTC Scotland hearing was told of the offence.",
        "THE FA Cup holders were knocked out.",
        "He said THE END Came too soon for them.",
    ],
)
def test_capitals_before_a_name_or_inside_a_line_stay_in_the_sentence(text: str) -> None:
    assert kinds(text) == [("body", text)]
