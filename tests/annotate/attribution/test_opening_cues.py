"""A capitalised cue opening its sentence before the speaker: "Said Ellis: ..."."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Few were convinced. Said Ellis: “The board has no plan at all.”",
            "Ellis",
            "“The board has no plan at all.”",
        ),
        (
            'Few were convinced. Said one aide, "We are done here."',
            "one aide",
            '"We are done here."',
        ),
    ],
)
def test_a_sentence_opening_cue_reads_the_name_after_it(
    text: str, speaker: str, content: str
) -> None:
    found = [(a.speaker, a.cue, a.content) for a in find_attributions(text)]
    assert found == [(speaker, "Said", content)]


@pytest.mark.parametrize(
    "text",
    [
        # a name, not a cue: no colon, nor comma and quotation, after the words that follow
        "Said Jalili, the negotiator, said the talks would resume.",
        # not opening the sentence
        "The critic Edward Said wrote the book.",
    ],
)
def test_a_capitalised_said_elsewhere_is_no_cue(text: str) -> None:
    assert all(a.cue != "Said" for a in find_attributions(text))
