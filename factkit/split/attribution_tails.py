"""A speaker's attribution after a quoted question or exclamation: its tail, or a new sentence.

'"Why?" Smith asked.' and '"Why?" Smith asked the crowd, smiling.' are one sentence each: the
attribution closes the quotation (:meth:`.sentence_ends.PunktRules._quote_attribution`). When
the verb takes a clause of its own, the quotation is no object of it and the attribution opens
a new sentence: '"... even if the woman objects?" Loeb said he filed a complaint', "'... when I
said no?' Mr Sheikh explained: 'One of ...'", "'... than the last five?' Mr Balls said a cut in
the top rate would save ...". (After a full stop any words after the verb open one: an
attribution must close its clause there.)
"""

from __future__ import annotations

import re

from factkit.lang import word_set

__all__ = ["opens_own_clause"]

# the first word after the verb that opens its object clause: "said he", "said that"
CLAUSE_OPENERS = word_set("reported_clause_openers") | word_set("subject_pronouns")
# a finite verb anywhere in the words after the verb: "said his goal is ..."
FINITE_VERBS = word_set("auxiliary_verbs") | word_set("modals")
CLAUSE_WINDOW = 200  # characters read after the verb: the clause, not the paragraph
# where the words after the verb stop being one clause
_CLAUSE_END = re.compile(r"[,;.!?()\"“”‘’—–]|\s-\s")
_EDGES = "'\"“”‘’"


def opens_own_clause(text: str, pos: int, end: int) -> bool:
    """The words after an attribution's verb (from ``pos``, inside a unit ending at ``end``)
    are a clause of its own: a colon, a clause opener or a subject pronoun first, or an
    auxiliary or modal verb before the next punctuation."""
    rest = text[pos : min(end, pos + CLAUSE_WINDOW)]
    head = rest.lstrip()
    if head.startswith(":"):
        return True
    stop = _CLAUSE_END.search(rest)
    words = [w.strip(_EDGES).lower() for w in rest[: stop.start() if stop else None].split()]
    if not words:
        return False
    return words[0] in CLAUSE_OPENERS or any(w in FINITE_VERBS for w in words)
