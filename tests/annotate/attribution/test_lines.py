"""factkit.annotate.attribution.lines: transcript lines name their speaker; page labels do not."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import AttributionFinder
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
