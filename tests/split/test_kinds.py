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
