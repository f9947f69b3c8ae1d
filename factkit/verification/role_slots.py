"""Role slots: the person a role noun right before a summary name stands for.

"Reds boss Jordon Ibe" where the aligned article sentence says "Liverpool boss Brendan
Rodgers": the role noun ("boss", "referee", "mother"; ``name_roles.txt``, ``person_nouns.txt``)
right before the name is a slot of its own, which the article fills with another name. Its
two-word anchors (``name_slots.py``) miss it: the summary's other neighbour ("Reds") is a
different word from the article's ("Liverpool"). When the article writes that role noun right
before a different name in an aligned sentence (or anywhere, when only one person holds that
role in it: "referee Olivier Marteel"), and nowhere right before the summary's name, the
summary's name is a swap (:func:`role_rival`).

The name before a role noun held for one employer fills a slot too: it says whose the person
after the noun is ("YouTube reporter Britt McHenry" where the aligned article sentence says
"ESPN's Britt McHenry"). When the article describes that person with a different name, in an
aligned sentence (its possessive, or before a role noun), and never with the summary's, the
summary's describing name is a swap (:func:`described_rival`). A place describes no one's
employer ("a Virginia reporter" may be ESPN's): places on either side are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from factkit.lang import entries, word_set
from factkit.verification.index import ArticleIndex, IndexedName
from factkit.verification.name_types import PERSON, qualified_role_end, type_of
from factkit.verification.slot_query import SlotQuery
from factkit.verification.slot_types import written_as_place
from factkit.verification.text import word_list

# the lower-case word right before a name, only spaces between ("boss Brendan Rodgers")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z-]*) +$")
_SPACES = re.compile(r" +")
_RUN_POSSESSIVE = re.compile(r"['’]s +")


@cache
def _role_nouns() -> frozenset[str]:
    return word_set("name_roles") | word_set("person_nouns") | word_set("role_slot_nouns")


def role_before(text: str, start: int) -> str | None:
    """The role noun right before ``start`` in ``text`` ("referee" in "with referee Olivier
    Marteel"), or None."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    word = m.group(1) if m else None
    return word if word in _role_nouns() else None


def role_rival(
    query: SlotQuery,
    may_rival: Callable[[IndexedName], bool],
) -> IndexedName | None:
    """The article name right after the role noun that stands right before the summary name
    ``span``: in a ``window`` sentence, or anywhere when the article gives that role to one
    person only ("referee Olivier Marteel", "referee Marteel"); None when an article name
    right after that role noun gives the summary's name. ``is_same``, ``may_rival``: as for
    :func:`~factkit.verification.name_slots.anchored_rival`."""
    text, span, src, window = query.text, query.span, query.src, query.window
    is_same = query.is_same
    role = role_before(text, span[0])
    if role is None:
        return None
    holders: list[IndexedName] = []
    for n in src.names:
        if role_before(src.text, n.start) != role:
            continue
        if is_same(n):
            return None  # the article gives the summary's name in this role
        holders.append(n)
    in_window = set(window)
    rivals = [n for n in holders if may_rival(n)]
    near = [n for n in rivals if n.pos in in_window]
    if near:
        return near[0]
    # one person in that role ("the referee") fills the slot wherever the article names them
    one = bool(rivals) and all(n.words & rivals[0].words for n in holders)
    return rivals[0] if one else None


def described_start(text: str, end: int) -> int | None:
    """Where the name a name ending at ``end`` describes begins: past the role noun it
    qualifies ("ESPN reporter Britt McHenry") or past its possessive ("ESPN's Britt
    McHenry"); None when it describes no name right after it."""
    after = qualified_role_end(text, end)
    if after is None and text[end - 2 : end] in entries("possessive_endings"):
        after = end  # the name's span holds its possessive
    elif after is None and text[end : end + 2] in entries("possessive_endings"):
        after = end + 2
    gap = None if after is None else _SPACES.match(text, after)
    return None if gap is None else gap.end()


def described_rival(
    query: SlotQuery,
    may_rival: Callable[[IndexedName], bool],
) -> IndexedName | None:
    """The article name that describes, in a ``window`` sentence, the person the summary name
    ``span`` describes before a role held for one employer (``single_employer_roles.txt``):
    "ESPN's Britt McHenry" for "YouTube reporter Britt McHenry", when no article name
    describing that person gives the summary's; else None. ``is_same``,
    ``may_rival``: as for :func:`~factkit.verification.name_slots.anchored_rival`."""
    text, span, src = query.text, query.span, query.src
    role_end = qualified_role_end(text, span[1])
    role = re.search(r"[a-z]+$", text[: role_end or 0])
    if role is None or role.group() not in word_set("single_employer_roles"):
        return None  # an actress of many films, a manager of several clubs in turn
    at = described_start(text, span[1])
    person = next((sp for sp in query.spans if sp[0] == at), None)
    if person is None or type_of(person[2], src.name_types) != PERSON:
        return None
    if written_as_place(src.text, src.name_mentions, span[2]):
        return None  # "a Virginia reporter": where the person is, beside whose they are
    rivals = []
    for n in describers(src, person[2]):
        if query.is_same(n):
            return None  # the article describes the person with the summary's name
        if n.pos in query.window and may_rival(n) and not _place(src, n):
            rivals.append(n)
    return rivals[0] if rivals else None


def _place(src: ArticleIndex, n: IndexedName) -> bool:
    return written_as_place(src.text, src.name_mentions, list(n.words))


def describers(src: ArticleIndex, person: list[str]) -> list[IndexedName]:
    """The article's names that describe a mention of the ``person`` right after them
    (its surname alone too: "McHenry"), and the possessive opening a capitalized run the index
    keeps whole ("ESPN's Britt McHenry")."""
    mentions = {n.start for n in src.names if person[-1] in n.words}
    out = [n for n in src.names if described_start(src.text, n.end) in mentions]
    for n in src.names:
        m = _RUN_POSSESSIVE.search(src.text, n.start, n.end)
        if m is None or person[-1] not in word_list(src.text[m.end() : n.end]):
            continue
        # the run's own words before the possessive, not a glued credit ("(CNN)ESPN's")
        start = max(n.start, src.text.rfind(")", n.start, m.start()) + 1)
        words = frozenset(word_list(src.text[start : m.start()]))
        if words:
            out.append(replace(n, start=start, end=m.start(), words=words))
    return out
