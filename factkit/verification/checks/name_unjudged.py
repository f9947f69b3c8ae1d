"""Names a summary sentence's window does not judge when no rival fills their slot: a name
that describes what fills the slot ("Bournemouth manager Eddie Howe", "Pep Guardiola's side"),
a name of a summary list the article gives together ("Russell Brand, Olly Murs and Dermot
O'Leary"), a place the summary locates its story in that the article writes as a place ("a
billboard in County Down", ``places.py``), and a name locating the place before it ("a bar in
West Palm Beach in Florida")."""

from __future__ import annotations

import re
from functools import cache

from factkit.lang import alternation, entries, word_set
from factkit.verification.checks.context import SentenceContext, name_word_match
from factkit.verification.checks.name_forms import (
    known_word,
    name_mentions,
)
from factkit.verification.index import ArticleIndex
from factkit.verification.name_types import (
    PERSON,
    context_type,
    leads_group,
    qualifies_role,
    type_of,
)
from factkit.verification.names import NameSpan, common_english
from factkit.verification.places import article_places, summary_locates
from factkit.verification.text import honorific_words, name_lists, norm_word

# "in" or "at" right before a place ("in West Palm Beach")
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+$")
# what closes a place chain ("Kilkee, County Clare."): punctuation or a lower-case word that
# is no list joiner
_CHAIN_END = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?!and\b|or\b)[a-z]")
# body sentences within which an article gives the names of one list ("Russell Brand. Guilty.
# Dermot O'Leary.": a list the splitter cut into sentences)
_LIST_REACH = 2


def describes_slot(
    ctx: SentenceContext,
    span: NameSpan,
    spans: list[NameSpan],
    positions: list[int],
    in_window: bool,
) -> bool:
    """Does the name describe what fills the sentence's slot rather than fill it, so that with
    no rival in the slot it is not judged by its window (``positions``: its mentions)?"""
    start, end, _ = span
    if leads_group(ctx.text, end):
        # "Pep Guardiola's side": the team he leads, which the phrase stands for, fills the
        # slot; only a rival manager in it makes the name wrong
        return True
    if in_window:
        return False
    # "Bournemouth manager Eddie Howe": a description of the person next to it, which the
    # article gives; the person, not it, fills the sentence's slot. "the Mars-sized object":
    # the name only shapes a description of something else. "include Russell Brand, Olly Murs
    # and Dermot O'Leary": the article lists them together, wherever that is; the list, not
    # each name, fills the sentence's slot
    return (
        qualifies_role(ctx.text, end)
        or _compound_modifier().match(ctx.text, start) is not None
        or _listed_with_mates(ctx, span, spans, positions)
    )


def adds_place(ctx: SentenceContext, span: NameSpan) -> bool:
    """Does the summary locate something in a place the article also writes as a place ("a
    billboard in County Down" where it says "from Donaghadee, County Down")? A detail the
    article gives (``places.py``), not the filler of the sentence's slot."""
    start, _, words = span
    mentions = ((n.start, n.words) for n in ctx.src.names)
    return summary_locates(ctx.text, start) and article_places(ctx.src.text, mentions, words)


@cache
def _compound_modifier() -> re.Pattern[str]:
    """A name that shapes a hyphenated description before its noun: "Mars-sized object",
    "Oxford-educated lawyer", "US-led forces" (endings in ``compound_modifier_endings.txt``)."""
    endings = alternation(entries("compound_modifier_endings"))
    # the whole name, then the noun it describes ("Mars-sized object"; not "in NYC-based,")
    return re.compile(r"[A-Z][\w'’.]*-[a-z]*(?:" + endings + r")\s+[a-z]")


def locates_place(text: str, span: NameSpan, spans: list[NameSpan], src: ArticleIndex) -> bool:
    """Does the name locate the place the summary names right before it, both after "in" or
    "at" ("in West Palm Beach in Florida", "at Kilkee, County Clare."), the earlier one a name
    the article gives? Not a name of a list ("in Leeds, York and Hull"), nor another place
    than the article locates it in ("Hamilton Live in Washington, D.C.")."""
    start, end, _ = span
    before = [sp for sp in spans if sp[1] <= start]
    if not before:
        return False
    place = before[-1]
    gap = text[place[1] : start]
    if gap not in (" in ", ", ") or not _PLACE_BEFORE.search(text, 0, place[0]):
        return False
    if gap == ", " and not _CHAIN_END.match(text, end):
        return False  # "in Leeds, York and Hull": a list, its names judged one by one
    # both names the article gives, the locating one no ordinary English word ("Moving") and
    # no person ("in Washington, CEO Neil Portnow": a title opens it)
    if text[end - 2 : end] in entries("possessive_endings"):
        return False  # "in Alzheimer's": a possessive, no place
    words = span[2]
    named = all(known_word(w, src) for w in place[2]) and not any(map(common_english, words))
    first = words[0]
    titled = (
        first in word_set("common_abbreviations")
        or first in honorific_words()
        or first in word_set("name_roles")
    )
    person = PERSON in (type_of(words, src.name_types), context_type(text, start, words))
    return named and not titled and not person and not _located_otherwise(text, place, words, src)


def _located_otherwise(text: str, place: NameSpan, words: list[str], src: ArticleIndex) -> bool:
    """Does the article locate the place itself, with another name ("Hamilton Live in
    Washington, D.C." where the summary says "Washington, Arizona")?"""
    head = re.escape(text[place[0] : place[1]])
    for m in re.finditer(head + r"(?:,\s+|\s+in\s+)([A-Z][\w'’.-]*)", src.text):
        if not name_word_match(norm_word(m.group(1)), set(words)):
            return True
    return False


def _list_mates(text: str, span: NameSpan, spans: list[NameSpan]) -> list[NameSpan]:
    """The other names of the summary list ``span`` is in ("Russell Brand, Olly Murs and
    Dermot O'Leary"): the names joined to it by commas, "and", "or" or "&" only."""
    k = next((i for i, sp in enumerate(spans) if sp[0] == span[0]), None)
    members = next((ks for ks in name_lists(text, spans) if k in ks), [])
    return [spans[i] for i in members if i != k]


def _listed_with_mates(
    ctx: SentenceContext, span: NameSpan, spans: list[NameSpan], positions: list[int]
) -> bool:
    """Is ``span`` a name of a summary list that the article gives within ``_LIST_REACH``
    body sentences of another name of that list (``positions``: its mentions)?"""
    for _, _, words in _list_mates(ctx.text, span, spans):
        theirs = set(name_mentions(words, ctx.src))
        if any(abs(p - q) <= _LIST_REACH for p in positions for q in theirs):
            return True
    return False
