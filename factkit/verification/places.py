"""Places a summary sentence locates something in ("a billboard in County Down", "a fire at
Ewood Park") that the article itself writes as a place.

A summary often adds where a story happens from another part of the article than the passage
its sentence is built on (one-sentence summaries most of all). Such a place is a detail of the
sentence, not the filler of its slot: the article giving it as a place anywhere supports it,
and only another place in the aligned passage (a rival) makes it wrong. A name swapped into
the sentence from elsewhere in the article rarely passes this test: the article seldom writes
a person, a team or a newspaper after "in", "at" or "from".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from factkit.lang import alternation, entries

# how far before a mention to look for its place preposition (past a place chain:
# "from Donaghadee, County Down")
_REACH = 60


@cache
def _preposition() -> str:
    # any case ("In Kilkee, ..."); the names after it stay capitalized
    return r"\b(?i:" + alternation(entries("place_prepositions")) + r")\s+"


@cache
def place_preposition_before() -> re.Pattern[str]:
    """A place preposition right before a name ("in County Down"; ``place_prepositions.txt``),
    matched at the end of the text searched."""
    return re.compile(_preposition() + r"$")


@cache
def _after_preposition_or_chain() -> re.Pattern[str]:
    """A place preposition right before a name, or before the place its name locates
    ("from Donaghadee, County Down", "in Kilkee, County Clare")."""
    chain = r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*,\s+"
    return re.compile(_preposition() + r"(?:" + chain + r")?$")


def summary_locates(text: str, start: int) -> bool:
    """Does a place preposition open the name at ``start`` of the summary ``text``?"""
    return place_preposition_before().search(text[max(0, start - 12) : start]) is not None


def article_places(
    text: str, mentions: Iterable[tuple[int, frozenset[str]]], words: Iterable[str]
) -> bool:
    """Does the article ``text`` write a mention of the name (all of ``words``) as a place:
    right after a place preposition, or as the last name of a place chain after one?
    ``mentions``: (start offset, words) of the article's names."""
    own = frozenset(words)
    cue = _after_preposition_or_chain()
    return any(
        own <= mention and cue.search(text[max(0, start - _REACH) : start]) is not None
        for start, mention in mentions
    )


# the one or two lower-case words a place name modifies ("a Leicester bus station"), and
# the name that may follow them ("New York store Intermix")
_MODIFIED = re.compile(r"\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?(?:\s+([A-Z][\w'’-]+))?")
# a lower-case word right before the name: it sits inside a noun phrase ("at a Leicester"),
# not at the head of a clause ("Leicester beat")
_WORD_BEFORE = re.compile(r"\b[a-z][a-z-]*\s+$")


def reworded_place(text: str, start: int, end: int, article: str) -> bool:
    """Does the summary name a place as a modifier of the noun after it ("a Leicester bus
    station", "trendy New York store Intermix") where the article writes that noun (or the
    name after it) right before "in" or "at" the place ("a bus station in Leicester", "at
    Intermix in New York")? The same place, reworded: only a rival in the slot makes it wrong.
    A name swapped in from elsewhere rarely has the article write the noun right before it."""
    m = _MODIFIED.match(text, end)
    if m is None or _WORD_BEFORE.search(text[max(0, start - 20) : start]) is None:
        return False
    first, second, name = m.groups()
    place_text = text[start:end]
    if place_text not in article:
        return False  # the pattern below holds the place as written: no need to build it
    nouns = [first] + ([f"{first} {second}", second] if second else [])
    if name:
        nouns.append(name)
    place = re.escape(place_text)
    located = r"\b(?:" + alternation(nouns) + r")\s+(?:in|at)\s+(?:the\s+)?" + place + r"\b"
    return re.search(located, article) is not None
