"""Role slots: the person a role noun right before a summary name stands for.

"Reds boss Jordon Ibe" where the aligned article sentence says "Liverpool boss Brendan
Rodgers": the role noun ("boss", "referee", "mother"; ``name_roles.txt``, ``person_nouns.txt``)
right before the name is a slot of its own, which the article fills with another name. Its
two-word anchors (``name_slots.py``) miss it: the summary's other neighbour ("Reds") is a
different word from the article's ("Liverpool"). When the article writes that role noun right
before a different name in an aligned sentence (or anywhere, when only one person holds that
role in it: "referee Olivier Marteel"), and nowhere right before the summary's name, the
summary's name is a swap (:func:`role_rival`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factkit.lang import word_set
from factkit.verification.index import IndexedName
from factkit.verification.slot_query import SlotQuery

# the lower-case word right before a name, only spaces between ("boss Brendan Rodgers")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z-]*) +$")


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
