"""Helpers shared by the split stage's tests."""

from __future__ import annotations

from factkit.split import split_sentences


def kinds(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every segment of ``text``, each checked against its offsets."""
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    return [(s.kind, s.text) for s in sentences]
