"""factkit.annotate.attribution.lines: transcript lines name their speaker; page labels do not."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import AttributionFinder, find_attributions
from factkit.annotate.attribution.lines import page_labels
from factkit.split import split_sentences


def _speakers(text: str) -> list[tuple[str | None, str]]:
    finder = AttributionFinder()
    return [(a.speaker, a.cue) for a in finder.find(text, split_sentences(text))]


def test_a_transcript_line_names_its_speaker() -> None:
    text = "NASA: Russian flight controllers are working on the problem."
    assert _speakers(text) == [("NASA", ":")]


@pytest.mark.parametrize("label", ["READ", "VIDEO", "WATCH", "SEE ALSO", "RELATED"])
def test_a_page_label_is_no_speaker(label: str) -> None:
    text = f"{label}: Chelsea star Eden Hazard rated the best player in Europe this season."
    assert _speakers(text) == []


def test_the_labels_come_from_the_boilerplate_list() -> None:
    assert {"read", "watch", "video"} <= page_labels()
    assert all(label == label.lower() and not label.endswith(":") for label in page_labels())


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a possessive pronoun owns a noun cue as a name's "'s" does
        (
            "The mayor repeated his assertion that the bridge was safe.",
            [("his", "assertion", "the bridge was safe")],
        ),
        # in a fronted phrase the content ends at its comma, a quotation's own comma included
        (
            'Despite her claim that the port would "stay open," the ferry left early.',
            [("her", "claim", 'the port would "stay open,"')],
        ),
        (
            "Despite Tom Reed's claim that the port was safe, the ferry sank.",
            [("Tom Reed", "claim", "the port was safe")],
        ),
    ],
)
def test_noun_cues_owned_by_a_pronoun_or_in_a_fronted_phrase(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    atts = find_attributions(text)
    assert [(a.speaker, a.cue, a.content) for a in atts] == found
    assert all(text[a.content_start : a.content_end] == a.content for a in atts)
