"""Evidence read around a cue: a closing quotation before the speaker, across a run-on caption."""

from __future__ import annotations

from factkit.annotate.attribution import find_attributions

_CAPTION = (
    "Sherwood underlined the magnitude of the game. "
    "Tim Sherwood (left) sits on the bench with Tottenham staff Ferdinand (centre) and "
    "Ramsey (right) 'I think this is the biggest game these players have ever played for "
    "this football club,' he said."
)


def test_a_quotation_after_a_run_on_caption_is_the_content() -> None:
    (said,) = [a for a in find_attributions(_CAPTION) if a.cue == "said"]
    assert said.speaker == "he"
    assert said.content.startswith("'I think this is the biggest game")
    assert "Ferdinand" not in said.content
