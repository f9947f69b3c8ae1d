"""Adapter for the shared SBD scorer: ``FUNCTION(text) -> list[str]``.

python ../shared/tools/score_sbd.py scripts.eval_split:split_texts --seed --bench
"""

from __future__ import annotations

from factkit.split import split_sentences


def split_texts(text: str) -> list[str]:
    """Every segment's text (all kinds), in order."""
    return [s.text for s in split_sentences(text)]


def body_texts(text: str) -> list[str]:
    """Body sentences only (what downstream stages use)."""
    return [s.text for s in split_sentences(text) if s.kind == "body"]
