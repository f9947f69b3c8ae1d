"""Two names that traded slots: a word right next to one summary name stands, in the article,
right next to the summary's other name, on the same side, and never next to the first.

"Louis van Gaal wanted him after he fell out with then-head coach Real" where the article
writes "fell out with then-head coach Louis van Gaal and says Real were willing": "coach" is
the slot of Louis van Gaal, and the summary has put Real in it. The relation check
(``relations.py``) and the mirror test (``mirrored_names.py``) read the words between the two
names, so a swap whose stretch the article words otherwise ("A Carnival Spirit harbour
pilot" for "A Sydney harbour pilot ... the Carnival Spirit") is read by neither. The slot
word of each name (the word right before or after it, only spaces between) says whose role
it is: a slot held for the other name of the pair in an article sentence naming both, and
never for this name anywhere in the article, is a trade. Only content words are slots
(not "of", "the"); a word right after a modal or "to" ("will coach Wales") is a verb, not the
role noun the article may write it as ("forwards coach McBryde"), and is not read.

A word that in the article joins the other name to a third name ("scoring for Real Madrid
against Real Union" read for "Rayo against Real Madrid") is that pair's link, no slot of
either summary name, and gives no trade. A role noun stays the slot of the name it titles
whatever name stands before it ("Liverpool boss Brendan Rodgers" for "Reds boss").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from factkit.lang import word_set
from factkit.verification.names import NameSpan
from factkit.verification.relations import same_name
from factkit.verification.text import STOP_WORDS, norm_word

_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][\w-]*) +$")
_WORD_AFTER = re.compile(r" +([A-Za-z][\w-]*)(?![\w'’])")
_LOOK = 40  # characters searched for the word right before a name
BEFORE, AFTER = "before", "after"


@cache
def _role_nouns() -> frozenset[str]:
    return word_set("name_roles") | word_set("person_nouns") | word_set("role_slot_nouns")


@cache
def _verb_openers() -> frozenset[str]:
    return word_set("modals") | word_set("auxiliary_verbs") | {"to"}


class ArticleName(Protocol):
    """An article name (``index.IndexedName``): its span, its normalized words and the body
    position of its sentence."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def words(self) -> frozenset[str]: ...
    @property
    def pos(self) -> int: ...


@dataclass(frozen=True)
class TradedSlot:
    """A summary pair (``span``: from the first name's start to the second's end) one of whose
    slots the article gives the other name (``source``: the article's slot word and name)."""

    span: tuple[int, int]
    word: str
    source: tuple[int, int]


def word_next_to(text: str, start: int, end: int, side: str) -> tuple[str, int, int] | None:
    """The normalized word right before (``side`` BEFORE) or after ``text[start:end]``, only
    spaces between, with its span; None when there is none."""
    if side == BEFORE:
        m = _WORD_BEFORE.search(text, max(0, start - _LOOK), start)
    else:
        m = _WORD_AFTER.match(text, end)
    return None if m is None else (norm_word(m.group(1)), m.start(1), m.end(1))


def _slots(
    text: str, first: NameSpan, second: NameSpan
) -> Iterator[tuple[str, str, frozenset[str], frozenset[str]]]:
    """(side, slot word, its name's words, the other name's words) for each side of each name
    of the pair whose next word is a content word, not a verb after a modal or "to"."""
    mine, theirs = frozenset(first[2]), frozenset(second[2])
    for (start, end), own, other in (
        (first[:2], mine, theirs),
        (second[:2], theirs, mine),
    ):
        for side in (BEFORE, AFTER):
            found = word_next_to(text, start, end, side)
            if found is None or not _content(found[0]):
                continue
            opener = word_next_to(text, found[1], found[1], BEFORE) if side == BEFORE else None
            if opener is not None and opener[0] in _verb_openers():
                continue  # "will coach Wales": a verb, not the role noun "coach"
            yield side, found[0], own, other


def _content(word: str) -> bool:
    return word.islower() and word not in STOP_WORDS and not word.isdigit()


def traded_slot(
    text: str,
    first: NameSpan,
    second: NameSpan,
    article: str,
    names: Sequence[ArticleName],
    together: set[int],
) -> TradedSlot | None:
    """The slot of the summary pair ``first``, ``second`` (neighbouring names of ``text``)
    that the article gives the pair's other name in a sentence naming both (body positions
    ``together``) and never this name (``names``: every article name), or None."""
    for side, word, own, other in _slots(text, first, second):
        if any(_holds(article, n, side, word) for n in names if _is(n.words, own, other)):
            continue  # the article writes this word next to this name too
        for n in names:
            slot = _holds(article, n, side, word)
            if slot is None or n.pos not in together or not _is(n.words, other, own):
                continue
            if not _links_third(article, slot, side, own, names):
                source = (slot[1], n.end) if side == BEFORE else (n.start, slot[2])
                return TradedSlot((first[0], second[1]), word, source)
    return None


def _holds(article: str, name: ArticleName, side: str, word: str) -> tuple[str, int, int] | None:
    """The article's ``word`` right next to the article name on that side, or None."""
    found = word_next_to(article, name.start, name.end, side)
    return found if found is not None and found[0] == word else None


def _links_third(
    article: str,
    slot: tuple[str, int, int],
    side: str,
    own: frozenset[str],
    names: Sequence[ArticleName],
) -> bool:
    """Does the article's slot word (not a role noun) have, on its far side, only spaces
    between, an article name other than the summary name ``own``: a link to a third name?"""
    if slot[0] in _role_nouns():
        return False
    for n in names:
        gap = article[n.end : slot[1]] if side == BEFORE else article[slot[2] : n.start]
        near = n.end <= slot[1] if side == BEFORE else n.start >= slot[2]
        if near and gap and not gap.strip(" ") and not same_name(own, n.words):
            return True
    return False


def _is(name: frozenset[str], mine: frozenset[str], other: frozenset[str]) -> bool:
    """Is the article name ``name`` the summary name ``mine`` and not the other one?"""
    return same_name(mine, name) and not same_name(other, name)
