"""factkit.annotate.attribution.cues: the cue families and what they tell of a cue."""

from __future__ import annotations

from factkit.annotate.attribution.cues import is_chain_cue, load_cues


def test_a_speech_verb_is_neither_a_belief_cue_nor_according_to() -> None:
    cues = load_cues()
    assert cues["said"].speech_verb
    assert not cues["shows"].speech_verb  # "a poll shows that ..."
    assert not cues["according to"].speech_verb


def test_a_chain_cue_is_a_lower_case_speech_verb_form() -> None:
    cues = load_cues()
    assert is_chain_cue(cues, "adding")
    assert not is_chain_cue(cues, "Adding")  # a capital opens a sentence, no chain
    assert not is_chain_cue(cues, "showing")  # a belief cue
