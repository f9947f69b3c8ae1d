"""Modifier name slots: the name right before the noun it modifies.

A name used as a noun modifier or a possessive ("Tianjin explosions", "Muslim clerics",
"Disney's remake") is tied to its noun: the article writes the noun with the name it belongs
to right before it ("the Tianjin explosions killed 150 people"), or with one word between
("an ESPN sports reporter"). When an aligned article sentence writes the summary's noun after
another name, and the article never writes it after the summary's name, that name stands where
the other belongs ("from Argun clerics in Chechnya" where the article says "influential Muslim
clerics"): a swap (:func:`modifier_rival`). The aligned sentence may name the summary's name
too, elsewhere ("Rovers fans" where it says "Hearts fans jeered the Rovers players"): the noun
is still the other name's, since the article never writes it after the summary's.

A verb right after a name is no noun it modifies ("Enrique insists his side ..."): its
subject is :func:`factkit.verification.name_subjects.subject_rival`'s, which asks for more of
the predicate. A past verb no list knows stays a head ("Sharikadze ran in six tries" where the
article says "Hogg ran in"), but a verb follows its subject right after it: the article name
must stand right before it, with no possessive ending nor word between but a relative pronoun
("Hogg who ran in"; "Vladimir Frolov's parents took out two loans" gives "took" no name for
"Russians took out loans").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factkit.lang import alternation, entries, word_set
from factkit.verification.index import IndexedName
from factkit.verification.slot_query import SlotQuery
from factkit.verification.slot_types import written_as_place
from factkit.verification.text import STOP_WORDS, norm_word, stem_of

# past forms that after a name are its verb, never a noun it modifies ("took", "ran")
_PAST_VERBS = word_set("irregular_past_tenses")
_RELATIVES = word_set("pronouns_relative")


@cache
def _word_after() -> re.Pattern[str]:
    """The lower-case word right after a name, past a possessive ending ("Disney's remake"),
    and the word after it."""
    endings = alternation(entries("possessive_endings"))
    return re.compile(r"(?:" + endings + r")?\s+([a-z][a-z-]+)\b(?:\s+([a-z]+)\b)?")


@cache
def not_heads() -> frozenset[str]:
    """Words that after a name are no noun it modifies: function words ("Palace against
    Sunderland") and verbs ("Smith said")."""
    lists = (
        "stop_words",
        "object_prepositions",
        "place_prepositions",
        "reporting_verbs",
        "auxiliary_verbs",
        "modals",
        "team_plural_verbs",
    )
    return STOP_WORDS.union(*(word_set(name) for name in lists))


def _noun(word: str) -> str | None:
    """The stem of ``word`` when it may be a noun a name modifies (a content word), else None."""
    word = norm_word(word)
    return stem_of(word) if word and word not in not_heads() else None


def summary_head(text: str, end: int) -> str | None:
    """The stem of the noun the summary name ending at ``end`` modifies ("Muslim clerics in"),
    or None: no lower-case content word after it, or a verb ("insists his side", one before a
    word that opens its object)."""
    m = _word_after().match(text, end)
    if m is None or m.group(2) in word_set("verb_object_openers"):
        return None
    return _noun(m.group(1))


def _subject_verb(text: str, end: int) -> str | None:
    """The word where a verb whose subject is the name ending at ``end`` stands: right after
    its bare form, or past a relative pronoun ("Hogg who ran in"); None after a possessive
    ending ("Frolov's parents": the noun is the subject)."""
    m = _word_after().match(text, end)
    if m is None or not m.group(0)[:1].isspace():
        return None
    return m.group(2) if m.group(1) in _RELATIVES else m.group(1)


def verb_after(text: str, end: int) -> bool:
    """Is the name ending at ``end`` the subject of a past verb ("Russians took out loans")?"""
    return _subject_verb(text, end) in _PAST_VERBS


def article_heads(text: str, end: int, verb: bool = False) -> set[str]:
    """The stems the article name ending at ``end`` may modify: the word right after it and
    the one after that ("ESPN sports reporter"). ``verb``: the summary's head is a past verb,
    which only a verb of the name's can match ("Hogg ran", "Hogg who ran"; not "Frolov's
    parents took")."""
    if verb:
        word = _subject_verb(text, end)
        return {stem_of(word)} if word else set()
    m = _word_after().match(text, end)
    if m is None:
        return set()
    return {h for w in m.groups() if w and (h := _noun(w))}


def modifier_rival(
    query: SlotQuery,
    may_rival: Callable[[IndexedName], bool],
    anywhere: bool = False,
) -> IndexedName | None:
    """The article name a ``window`` sentence writes before the noun the summary's name
    ``span`` modifies, when the article never writes that noun after the summary's name (nor
    names it in that sentence); else None. Not a place against a place: places nest ("The
    Bronx woman", "a New York woman"). ``is_same``, ``may_rival``: as for
    :func:`factkit.verification.name_slots.anchored_rival` (``may_rival``: of the name's
    type). ``anywhere``: one entity before the noun in the whole article also fills the slot
    outside the window ("the Armenian genocide", three times), for a slot sure to be a noun
    phrase ("the Turkish genocide"): after a name the word may be a verb no list knows ("Pep
    Guardiola wore trousers" where the article says "Daniel Craig wore"). A rival's sentence
    may name the summary's name elsewhere: a name swapped within one sentence is the commonest
    swap, and the noun never follows the summary's name anywhere."""
    text, span, src, window = query.text, query.span, query.src, query.window
    is_same = query.is_same
    head = summary_head(text, span[1])
    if head is None:
        return None
    verb = verb_after(text, span[1])
    held = [n for n in src.names if head in article_heads(src.text, n.end, verb)]
    if any(is_same(n) for n in held):
        return None  # the article ties the noun to the summary's name
    in_window = set(window)
    mentions = src.name_mentions
    place = written_as_place(src.text, mentions, span[2])
    rivals = [
        n
        for n in held
        if may_rival(n) and not (place and written_as_place(src.text, mentions, list(n.words)))
    ]
    near = [n for n in rivals if n.pos in in_window]
    if near:
        return near[0]
    one = anywhere and bool(rivals) and all(n.words & rivals[0].words for n in held)
    return rivals[0] if one else None
