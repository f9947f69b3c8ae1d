"""Helpers shared by the split stage's tests."""

from __future__ import annotations

from factkit.config import SplitterConfig
from factkit.split import split_sentences


def kinds(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every segment of ``text``, each checked against its offsets."""
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    return [(s.kind, s.text) for s in sentences]


def texts(text: str) -> list[str]:
    """The sentence texts of ``text``, each checked against its offsets."""
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sentences]


# the splitter with the run-on cuts on and off (tests of :mod:`factkit.split.runons` and its gaps)
RUNONS_OFF = SplitterConfig(runon_boundaries=False)
RUNONS_ON = SplitterConfig(runon_boundaries=True)


def runon_texts(text: str, config: SplitterConfig = RUNONS_ON) -> list[str]:
    """The sentence texts of ``text`` split with ``config`` (run-on cuts on by default)."""
    return [s.text for s in split_sentences(text, config)]
