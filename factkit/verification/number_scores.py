"""A number the article writes only as a side of a score is no count of anything else.

A match report lists results ("Barcelona 4 Manchester United 0", "a 4-0 rout"); their digits
are goals of one game, so a summary that writes "Real Madrid's 0 Champions League goals" where
the passage says "436 Champions League goals" is not supported by the list's "0". The number
check (``checks/numbers.py``) asks :func:`score_sides_only` of the article numbers of the
summary's value, and flags the summary number when they are all score sides and the passage
holds another number in its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factkit.verification.index import IndexedNumber
from factkit.verification.number_scorelines import scoreline_matches

# a result as lists write it: a team, its goals, the other team, its goals
_TEAM = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
_RESULT_RE = re.compile(rf"\b{_TEAM}\s(\d{{1,2}})\s{_TEAM}\s(\d{{1,2}})(?![\w,.:/-]\d|\w)")


@lru_cache(maxsize=16)
def _score_sides(text: str) -> frozenset[tuple[int, int]]:
    """(start, end) of every digit run of the article that is one side of a score."""
    out: set[tuple[int, int]] = set()
    for m in [*scoreline_matches(text), *_RESULT_RE.finditer(text)]:
        out |= {m.span(1), m.span(2)}
    return frozenset(out)


def score_sides_only(text: str, same_value: Iterable[IndexedNumber], window: set[int]) -> bool:
    """Does the article (``text``) write the summary's value (its numbers ``same_value``) only
    as a side of a score, outside the sentences the summary rests on (``window``)? A "one" in
    words aside: mostly a pronoun or an idiom ("one foot in the final")."""
    numbers = list(same_value)
    if any(n.pos in window for n in numbers):
        return False  # the summary rests on the result itself ("4 goals against Lazio")
    sides = _score_sides(text)
    spans = [
        (q.start, q.end)
        for q in (n.quantity for n in numbers)
        if q.text[:1].isdigit() or q.value != 1
    ]
    return bool(spans) and all(
        any(q0 <= a and b <= q1 for a, b in sides) and q1 - q0 <= 3 for q0, q1 in spans
    )
