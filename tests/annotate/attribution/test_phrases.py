"""Speaker phrases: the sentence subject a coordinated cue ("... and insisted") falls back to."""

from __future__ import annotations

from factkit.annotate.attribution import find_attributions


def _speakers(text: str) -> dict[str, str | None]:
    return {a.cue: a.speaker for a in find_attributions(text)}


def test_opening_conjunction_is_not_part_of_the_subject() -> None:
    text = (
        "The figures were seized on by Labour. But Tory benefits chief Iain Duncan Smith "
        "questioned the numbers, which he said were 'unverified', and insisted that the best "
        "way to help families was to get people into work."
    )
    speakers = _speakers(text)
    assert speakers["insisted"] is not None
    assert not speakers["insisted"].startswith("But")
    assert "Tory" in speakers["insisted"]


def test_opening_and_is_dropped_from_the_subject() -> None:
    speakers = _speakers("And the minister arrived late and said that the plan had failed.")
    assert speakers["said"] == "the minister"
