"""One-word aliases of a name (``factkit/lang/en/name_aliases.txt``): "Spurs" and "Tottenham",
"Britain" and "UK" name one entity, which spelling alone cannot tell (``short_form_of`` links
only clippings such as "Hibs"/"Hibernian")."""

from __future__ import annotations

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
