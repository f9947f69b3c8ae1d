"""Texts factkit cannot read: nothing visible."""

from __future__ import annotations

import pytest

from factkit.text_checks import is_blank


@pytest.mark.parametrize(
    "text,blank",
    [
        ("", True),
        (" \n\t\r\n", True),
        ("\u200b\u200c\u200d\ufeff\u2060 \u00ad\u200e\u202e", True),  # invisible format marks
        ("\u200ba", False),
        ("\U0001f600", False),  # an emoji is something to read
        ("\u0301", False),  # so is a lone combining mark
    ],
)
def test_blank_means_nothing_visible(text: str, blank: bool) -> None:
    # a file of zero-width spaces was analysed as one invisible "sentence" and summarised
    assert is_blank(text) is blank
