"""factkit.annotate.attribution.readers: the speaker after an inverted cue."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


@pytest.mark.parametrize("word", ["while", "although", "because"])
def test_an_inverted_speaker_ends_at_a_subordinator(word: str) -> None:
    # "..., commented Tracy Ayre while Suzi Force believes ...": the clause is no part of the name
    text = f"'The plan is odd,' commented Ellen Hart {word} Sam Reed thinks the bridge is safe."
    first = find_attributions(text)[0]
    assert (first.speaker, first.content) == ("Ellen Hart", "'The plan is odd,'")
