"""Cue context: the auxiliaries and adverbs between a speaker and its cue."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an -ly word before the cue is skipped as an adverb ("has repeatedly said") unless it
        # is a noun: "family", "daily" (a newspaper), "assembly"
        ("Lane's family has described the claims as untrue.", "Lane's family"),
        ("The Catalan daily also say that Messi is fit.", "The Catalan daily"),
        ("The national assembly said the vote was fair.", "The national assembly"),
        ("The minister has repeatedly said the plan is dead.", "The minister"),
    ],
)
def test_an_ly_noun_before_the_cue_is_part_of_the_speaker(text: str, speaker: str) -> None:
    assert [a.speaker for a in find_attributions(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a capitalised auxiliary or adverb after a capitalised word is a name's: "Mrs May
        # also said" gave the speaker "Mrs", "Adrienne Long tweets" gave "Adrienne"
        ("But Mrs May also said police officers must end frivolous claims.", "Mrs May"),
        ("Theresa May said police officers must end frivolous claims.", "Theresa May"),
        ("Mr. May said police officers must end frivolous claims.", "Mr. May"),
        ("Adrienne Long tweets that the film was too long.", "Adrienne Long"),
        # the auxiliary itself still is one
        ("The minister may say the plan is dead.", "The minister"),
    ],
)
def test_a_capitalised_auxiliary_inside_a_name_is_part_of_the_speaker(
    text: str, speaker: str
) -> None:
    assert [a.speaker for a in find_attributions(text)] == [speaker]
