"""Passive cues (factkit.annotate.attribution.passives): "is" clipped onto a pronoun, and the
reduced passive after a comma that reports nothing."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


def test_is_clipped_onto_a_pronoun_makes_the_cue_passive() -> None:
    # "She's accused of" is "she is accused of": she reports nothing, and nothing names who did
    text = "She's accused of sending the message under the subject line: 'Great article.'"
    assert find_attributions(text) == []
    # "It's believed that C": a report with no speaker, as "It was believed that C"
    (found,) = find_attributions("It's believed that the box was made for the royal family.")
    assert found.speaker is None
    assert found.content == "the box was made for the royal family"
    # before an object the clitic is "has": she still reports
    assert [a.cue for a in find_attributions("She's accused him of lying to the court.")] == [
        "accused"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an -ed cue after a comma with as/by/of after it describes the noun before the comma:
        # "only" was the speaker of the first, "It showed at least 16 men" of the second
        "Police believe the suspect, only described as a man in his 30s, may be tied to it.",
        "It showed 16 men, described by the group as the followers of the cross, in a desert.",
        "Police said the car, described as a people carrier, gave the victim a lift home.",
    ],
)
def test_a_reduced_passive_after_a_comma_reports_nothing(text: str) -> None:
    assert [a.cue for a in find_attributions(text) if a.cue == "described"] == []
