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


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # a verb phrase ending in "to" before the cue leaves its subject the speaker; the
        # infinitive cue was taken for one like "declined to say" (no report)
        ("But he appeared to suggest that veterans are weak.", "he", "suggest"),
        ("Ham went on to explain how he believes cuts left generals weak.", "Ham", "explain"),
        ("The minister has gone on to say the plan is dead.", "The minister", "say"),
        ("Smith seemed to suggest the plan was dead.", "Smith", "suggest"),
        # after a comma, an -ing lead is a participle: the sentence's subject speaks
        ("Sanders then spoke, going on to say that racism is a problem.", "Sanders", "say"),
    ],
)
def test_a_lead_to_an_infinitive_cue_is_skipped_as_an_auxiliary(
    text: str, speaker: str, cue: str
) -> None:
    assert [(a.speaker, a.cue) for a in find_attributions(text)] == [(speaker, cue)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a pronoun's clipped auxiliary is no part of the speaker, and an -ing cue after it
        # has its subject ("He’s claiming that" gave no report)
        ("He’s claiming that voting fraud is a big problem.", "He"),
        ("They're saying that voting fraud is a big problem.", "They"),
        ("She’s been saying that voting fraud is a big problem.", "She"),
        ("He’s said that voting fraud is a big problem.", "He"),
    ],
)
def test_a_clitic_auxiliary_is_split_from_its_pronoun(text: str, speaker: str) -> None:
    assert [a.speaker for a in find_attributions(text)] == [speaker]
