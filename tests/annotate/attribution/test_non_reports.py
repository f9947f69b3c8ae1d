"""Cue words that report nothing where they stand (factkit.annotate.attribution.non_reports): a
noun, an adjective between a possessive and its noun; and the verb uses that still report."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import AttributionFinder, find_attributions
from factkit.split import split_sentences


def test_a_bare_cue_form_after_a_singular_indefinite_subject_is_a_noun() -> None:
    # "A new 1,000 rupee note" was a speaker with the quoted phrase after "note" its content
    text = (
        'A new 1,000 rupee note "with a new dimension and design" will also be introduced in '
        "due course, a senior official said on Thursday."
    )
    assert "note" not in [a.cue for a in find_attributions(text)]
    # an -s form, an auxiliary or a subject that counts many is still a verb
    for text in [
        "A spokesman notes that the figures are small.",
        "A spokesman would note that the figures are small.",
        "A number of experts note that the figures are small.",
        "A few analysts claim that the figures are small.",
    ]:
        assert [a.cue for a in find_attributions(text)] != [], text


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # "recall" is a noun as often as a verb: a call back into a squad
        ("Many tipped Young to earn an England recall after 19 months in the wilderness.", False),
        ("Sturridge is pushing for an immediate recall against Villa on Sunday.", False),
        ("The huge swing in his physique recalls other drastic changes actors have made.", False),
        # a subject before it and a clause after it: a report
        ("She recalls how a small gang left the Palace by the Privy Gate.", True),
        ("Carver recalls: 'We were at the old training ground.'", True),
    ],
)
def test_recall_is_a_report_only_with_verb_evidence(text: str, reported: bool) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert any(a.cue.startswith("recall") for a in found) is reported, [
        (a.speaker, a.cue, a.content) for a in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a participle between a possessive and its noun describes the noun: no report
        "The group's declared goal is to win the seat back.",
        "The judge ordered Rojo to pay Sarah's estimated legal costs.",
        "The court heard Perry's alleged remarks were recorded.",
    ],
)
def test_a_participle_between_a_possessive_and_its_noun_is_an_adjective(text: str) -> None:
    assert AttributionFinder().find(text, split_sentences(text)) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a contracted subject, a name ending in 's or a clause after the cue: still a report
        ("He's assured me that it won't happen again.", "assured"),
        ("The rate will rise, Maclean's reported.", "reported"),
        ("The company's lawyers warned that the deal would fail.", "warned"),
    ],
)
def test_a_possessive_before_a_reporting_verb_can_still_report(text: str, cue: str) -> None:
    assert [a.cue for a in AttributionFinder().find(text, split_sentences(text))] == [cue]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "official" opens no subject before a noun-like cue ("the official report said"), but
        # "said" is never a noun: the official is the speaker
        (
            "But a Homeland Security Department official said Friday that hackers have "
            "targeted the voter registration systems.",
            "a Homeland Security Department official",
        ),
        ("The work has been meeting regulatory standards, one official said.", "one official"),
        ("A senior official told reporters that the plan would fail.", "A senior official"),
    ],
)
def test_an_official_before_a_verb_only_cue_speaks(text: str, speaker: str) -> None:
    assert [a.speaker for a in find_attributions(text)] == [speaker]
