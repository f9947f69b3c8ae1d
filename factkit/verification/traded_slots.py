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

Before a name, the slot may also be a content word with an object preposition between ("a
star player for Arsenal", "has not won at Anfield", "charged with the murder"): the
preposition says the name is that word's object, so "player for" is Arsenal's slot however
far the subject stands. Such a slot is only matched whole in the article; any article mention
of the summary name after the same content word counts as its own.

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
from factkit.verification.relations import names_only, same_name
from factkit.verification.text import STOP_WORDS, norm_word, stem_of

_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][\w-]*) +$")
_WORD_AFTER = re.compile(r" +([A-Za-z][\w-]*)(?![\w'’])")
_LOOK = 40  # characters searched for the word right before a name
_MAX_LINKS = 2  # prepositions and "the" between a slot's content word and the name
BEFORE, AFTER = "before", "after"


@cache
def _role_nouns() -> frozenset[str]:
    return word_set("name_roles") | word_set("person_nouns") | word_set("role_slot_nouns")


@cache
def _verb_openers() -> frozenset[str]:
    return word_set("modals") | word_set("auxiliary_verbs") | {"to"}


@cache
def _prepositions() -> frozenset[str]:
    return word_set("object_prepositions")


@cache
def _links() -> frozenset[str]:
    """Words between a slot's content word and the name: a preposition, then "the"."""
    return _prepositions() | {"the"}


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
class Slot:
    """The words of a name's slot, from the one farthest from the name (its content word) to
    the one next to it, with the span of the content word."""

    words: tuple[str, ...]
    start: int
    end: int


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


def slot_next_to(text: str, start: int, end: int, side: str) -> Slot | None:
    """The slot right next to ``text[start:end]`` on that side: the word there, or before
    the name a lower-case content word with up to ``_MAX_LINKS`` object prepositions (and
    "the") between, the first of them a preposition ("player for", "won at the"), when no
    lower-case content word follows the name (that word's phrase is the preposition's
    object); None when
    there is neither."""
    found = word_next_to(text, start, end, side)
    if found is None or side == AFTER or _content(found[0]):
        return None if found is None else Slot((found[0],), found[1], found[2])
    head = word_next_to(text, start, end, AFTER)
    if head is not None and _content(text[head[1] : head[2]]):
        return None  # "by French photographer Gisele Freund": the name is no object of "by"
    links: list[str] = []
    while found is not None and found[0] in _links() and len(links) < _MAX_LINKS:
        if not text[found[1] : found[2]].islower():
            return None
        links.insert(0, found[0])
        found = word_next_to(text, found[1], found[1], BEFORE)
    if found is None or not links or links[0] not in _prepositions():
        return None
    if not _content(found[0]) or not text[found[1] : found[2]].islower():
        return None
    return Slot((found[0], *links), found[1], found[2])


def _slots(
    text: str, first: NameSpan, second: NameSpan
) -> Iterator[tuple[str, Slot, frozenset[str], frozenset[str]]]:
    """(side, slot, its name's words, the other name's words) for each side of each name of
    the pair with a slot (``slot_next_to``) whose word is not a verb after a modal or "to"."""
    mine, theirs = frozenset(first[2]), frozenset(second[2])
    for (start, end), own, other in (
        (first[:2], mine, theirs),
        (second[:2], theirs, mine),
    ):
        for side in (BEFORE, AFTER):
            found = slot_next_to(text, start, end, side)
            if found is None or not _content(found.words[0]):
                continue
            if side == BEFORE and len(found.words) == 1 and _after_verb_opener(text, found):
                continue  # "will coach Wales": a verb, not the role noun "coach"
            yield side, found, own, other


def _after_verb_opener(text: str, slot: Slot) -> bool:
    """Is the slot's word right after a modal, an auxiliary or "to" (a verb, then)?"""
    opener = word_next_to(text, slot.start, slot.start, BEFORE)
    return opener is not None and opener[0] in _verb_openers()


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
    for side, slot, own, other in _slots(text, first, second):
        if any(
            _holds(article, n, side, slot.words[:1])
            for n in names
            if names_only(n.words, own, other)
        ):
            continue  # the article writes this word next to this name too
        for n in names:
            held = _holds(article, n, side, slot.words)
            if held is None or n.pos not in together or not names_only(n.words, other, own):
                continue
            if not _links_third(article, held, side, own, names):
                source = (held.start, n.end) if side == BEFORE else (n.start, held.end)
                return TradedSlot((first[0], second[1]), " ".join(slot.words), source)
    return None


def _holds(article: str, name: ArticleName, side: str, words: tuple[str, ...]) -> Slot | None:
    """The article's slot right next to the article name on that side when it is ``words``
    (one word: when its word is that word, whatever links follow it), or None."""
    found = slot_next_to(article, name.start, name.end, side)
    if found is None or not _same_words(found.words[: len(words)], words):
        return None
    return found if len(words) == 1 or _same_words(found.words, words) else None


def _same_words(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """The same words, each compared by its stem ("strugglers" and "struggling")."""
    return len(mine) == len(theirs) and all(
        stem_of(a) == stem_of(b) for a, b in zip(mine, theirs, strict=True)
    )


def _links_third(
    article: str,
    slot: Slot,
    side: str,
    own: frozenset[str],
    names: Sequence[ArticleName],
) -> bool:
    """Does the article's slot word (not a role noun) have, on its far side, only spaces
    between, an article name other than the summary name ``own``: a link to a third name?"""
    if slot.words[0] in _role_nouns():
        return False
    for n in names:
        gap = article[n.end : slot.start] if side == BEFORE else article[slot.end : n.start]
        near = n.end <= slot.start if side == BEFORE else n.start >= slot.end
        if near and gap and not gap.strip(" ") and not same_name(own, n.words):
            return True
    return False
