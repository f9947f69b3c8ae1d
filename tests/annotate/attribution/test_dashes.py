"""Dash appositions: a speaker's description between two dashes, read as between commas."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions
from factkit.annotate.attribution.dashes import dash_apposition_as_commas
from factkit.annotate.attribution.tokens import tokens


@pytest.mark.parametrize(
    ("text", "speaker", "title"),
    [
        # the closing dash was a clause boundary: no speaker, no attribution
        (
            "Tom Hale -- a former coach of the club -- said the stadium would be sold.",
            "Tom Hale",
            "a former coach of the club",
        ),
        (
            "Tom Hale — a former coach of the club — said the stadium would be sold.",
            "Tom Hale",
            "a former coach of the club",
        ),
    ],
)
def test_a_dash_apposition_splits_the_speaker_from_the_title(
    text: str, speaker: str, title: str
) -> None:
    found = find_attributions(text)
    assert [(a.speaker, a.speaker_title, a.content) for a in found] == [
        (speaker, title, "the stadium would be sold")
    ]


def _texts(text: str) -> list[str]:
    return [t.text for t in dash_apposition_as_commas(tokens(text, 0, len(text)))]


def test_only_a_spaced_dash_pair_closing_the_words_is_read_as_commas() -> None:
    assert _texts("Tom Hale -- a coach --") == ["Tom", "Hale", ",", "a", "coach", ","]
    # a hyphenated word, one dash alone, nothing before the pair: unchanged
    assert _texts("the so-called expert") == ["the", "so-called", "expert"]
    assert _texts("Tom Hale --") == ["Tom", "Hale", "-", "-"]
    assert _texts("-- a coach --") == ["-", "-", "a", "coach", "-", "-"]
