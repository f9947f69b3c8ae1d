"""Which place holds which: "Great Falls Park in Virginia", read as a relation (``relations.py``)
with one verb, so that the relation check holds a summary's "Virginia in Great Falls Park"
against the article's "Great Falls Park in Virginia".

Two neighbouring names with only "in" between them (and capitalized words the name finder
left out: "Hebrew Care Home in New York") say the first lies in the second. The relation check
reads no roles from "in" (a function word, no verb), so a summary that turned the two round
passed.
"""

from __future__ import annotations

import re

from factkit.verification.relations import Relation, neighbour_names

# the one verb of a containment relation (no word's stem: never compared with a verb read
# from text)
LIES_IN = "<in>"
_IN = re.compile(r"\s+in\s+(?:[A-Z][\w'’.-]*\s+)*")


def containments(text: str, start: int, end: int, common_words: set[str]) -> list[Relation]:
    """The "A in B" of ``text[start:end]`` as relations: the place inside the agent, the place
    holding it the patient, the one verb ``LIES_IN``."""
    out = []
    for (a0, a1, aw), (b0, b1, bw) in neighbour_names(text, start, end, common_words):
        first, second = frozenset(aw) - frozenset(bw), frozenset(bw) - frozenset(aw)
        if first and second and _IN.fullmatch(text, a1, b0):
            out.append(Relation((a0, a1), (b0, b1), first, second, frozenset({LIES_IN})))
    return out
