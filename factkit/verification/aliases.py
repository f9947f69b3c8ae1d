"""Aliases of a name (``factkit/lang/en/name_aliases.txt``): "Spurs" and "Tottenham", "Britain"
and "UK", "Light Blues" and "Rangers" name one entity, which spelling alone cannot tell
(``short_form_of`` links only clippings such as "Hibs"/"Hibernian")."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from factkit.lang import entries


@cache
def _alias_groups() -> dict[str, frozenset[str]]:
    """word -> the other words of its alias group."""
    out: dict[str, frozenset[str]] = {}
    for line in entries("name_aliases"):
        group = frozenset(w.strip() for w in line.split("|") if w.strip())
        for word in group:
            out[word] = out.get(word, frozenset()) | (group - {word})
    return out


def name_aliases(word: str) -> frozenset[str]:
    """The other one-word names of the entity ``word`` (normalized, lower case) names; empty
    for most words."""
    return _alias_groups().get(word, frozenset())


def aliases_of_name(words: Iterable[str]) -> frozenset[str]:
    """The other one-word names of the entity the name of ``words`` (normalized, lower case)
    names: its words' aliases, and those of a two-word nickname it holds ("Light Blues" gives
    "rangers"). A nickname is matched whole: "Blues" alone names several clubs."""
    held = frozenset(words)
    got: set[str] = set()
    for key, others in _alias_groups().items():
        if key in held or (" " in key and held.issuperset(key.split())):
            got |= others
    return frozenset(a for a in got if " " not in a)


def opens_with_nickname(words: list[str]) -> bool:
    """Do the first two of ``words`` (normalized, lower case) make a two-word nickname ("light
    blues", "black cats")? Its first word is part of the name even where it opens a sentence
    and is a common word."""
    return " ".join(words[:2]) in _alias_groups()
