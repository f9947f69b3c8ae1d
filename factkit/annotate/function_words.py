"""The function-word lexicon (factkit/lang/en/attr_function_words.txt) as ``[section]`` -> words.

Its own module, below both the speaker resolver and the attribution finder, so that helpers both
use (glued.py) can read it without importing either."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from factkit.lang import entries, text_entries

__all__ = ["WORD_LISTS", "load_word_lists"]


def load_word_lists(path: Path) -> dict[str, frozenset[str]]:
    """``[section]`` -> words, from a function-word lexicon file."""
    return _word_lists(text_entries(path.read_text(encoding="utf-8")))


def _word_lists(lines: Iterable[str]) -> dict[str, frozenset[str]]:
    """``[section]`` -> words, from the entries of a function-word lexicon."""
    lists: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in lines:
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], set())
        elif current is not None:
            current.update(line.split())
    return {name: frozenset(words) for name, words in lists.items()}


WORD_LISTS = _word_lists(entries("attr_function_words"))
