"""Coarse types of the article's names: a person, or a group (organisation, team, company).

A name is a person when an honorific opens it ("Mr Smith", "Sir Bradley Wiggins") or the
article quotes it as a speaker without an organisation word; a group (anything but a person:
organisation, team, company, place) when it holds an organisation word or team/company suffix
(``attr_org_words.txt``, ``org_suffixes.txt``) or follows "the", "in" or "at" ("the Tractor
Boys", "at Bayern Munich", "in New York"), which people's names do not.
Each name word takes the one type the article gives it; a word typed both ways, or never,
stays untyped. The verifier uses this to require a rival of the same type before it calls a
name a swap: a team in the aligned sentence is no rival for a person in the summary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from factkit.lang import entries
from factkit.verification.text import _norm_word, _words

PERSON = "person"
GROUP = "group"
# "the", "in", "at" right before a capitalized name: a team, organisation or place
_PLACE_OR_GROUP_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]n|[Aa]t)\s+$")


@cache
def _group_words() -> frozenset[str]:
    return frozenset(_norm_word(w) for w in (*entries("attr_org_words"), *entries("org_suffixes")))


@cache
def _honorific_before() -> re.Pattern[str]:
    titles = sorted(
        {line.split("|", 1)[0].strip().rstrip(".") for line in entries("attr_honorifics")}
    )
    return re.compile(r"\b(?:" + "|".join(map(re.escape, titles)) + r")\.?\s+$")


def _kind(text: str, start: int, words: Iterable[str], speaker_words: set[str]) -> str | None:
    held = set(words)
    if held & _group_words():
        return GROUP
    before = text[max(0, start - 12) : start]
    if _honorific_before().search(before):
        return PERSON
    if _PLACE_OR_GROUP_BEFORE.search(before):
        return GROUP
    if held and held <= speaker_words:
        return PERSON
    return None


def name_types(
    text: str, names: Iterable[tuple[int, frozenset[str]]], speakers: Iterable[str | None]
) -> dict[str, str]:
    """Normalized name word -> ``PERSON`` or ``GROUP`` for the words of ``names`` ((start
    offset, words) in ``text``) that the article types one way only. ``speakers``: the
    surface texts of its attributions' speakers."""
    speaker_words: set[str] = set()
    for speaker in speakers:
        said = set(_words(speaker or ""))
        if not said & _group_words():
            speaker_words |= said
    votes: dict[str, set[str]] = {}
    for start, words in names:
        kind = _kind(text, start, words, speaker_words)
        if kind is not None:
            for w in words:
                votes.setdefault(w, set()).add(kind)
    return {w: next(iter(kinds)) for w, kinds in votes.items() if len(kinds) == 1}


def type_of(words: Iterable[str], types: Mapping[str, str]) -> str | None:
    """The one type the words of a name carry, or None (untyped, or typed both ways)."""
    kinds = {types[w] for w in words if w in types}
    return next(iter(kinds)) if len(kinds) == 1 else None


def other_type(words: Iterable[str], rival: Iterable[str], types: Mapping[str, str]) -> bool:
    """Are both names typed, and differently? (Then the rival cannot fill this name's slot.)"""
    mine, theirs = type_of(words, types), type_of(rival, types)
    return mine is not None and theirs is not None and mine != theirs
