"""Aliases of a name (``factkit/lang/en/name_aliases.txt``): "Spurs" and "Tottenham", "Britain"
and "UK", "Light Blues" and "Rangers" name one entity, which spelling alone cannot tell
(``short_form_of`` links only clippings such as "Hibs"/"Hibernian")."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

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
    return _one_word_aliases(frozenset(words))


@lru_cache(maxsize=4096)  # as _all_aliases: asked of every summary name against every article name
def _one_word_aliases(held: frozenset[str]) -> frozenset[str]:
    return frozenset(a for a in _all_aliases(held) if " " not in a)


def nicknames_of_name(words: Iterable[str]) -> frozenset[str]:
    """The two-word nicknames ("tractor boys") of the entity the name of ``words`` names: an
    article may call the club only that ("The Tractor Boys, who have now lost ...") where the
    summary writes "Ipswich"."""
    return frozenset(a for a in _all_aliases(frozenset(words)) if " " in a)


@lru_cache(maxsize=4096)  # read for every summary name against every article name
def _all_aliases(held: frozenset[str]) -> frozenset[str]:
    """Every other name, of one word or two, of the entity the name of ``held`` names."""
    got: set[str] = set()
    for key, others in _alias_groups().items():
        if key in held or (" " in key and held.issuperset(key.split())):
            got |= others
    return frozenset(got)


def opens_with_nickname(words: list[str]) -> bool:
    """Do the first two of ``words`` (normalized, lower case) make a two-word nickname ("light
    blues", "black cats")? Its first word is part of the name even where it opens a sentence
    and is a common word."""
    return " ".join(words[:2]) in _alias_groups()
