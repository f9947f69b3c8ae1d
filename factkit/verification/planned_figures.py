"""A figure the article gives only as a plan, given by the summary as a change that happens.

"Personal allowance rising to £12,500" where the article's only £12,500 is Nick Clegg's
"We now plan to take this further, raising the [...] threshold to £12,500": the article
intends the figure, the summary reports it.

A summary figure is judged only where its sentence writes a verb of change before it
(``lang/en/change_verbs.txt``: "rising", "raised", "cuts"; not the bound "up to") and no
infinitive "to", modal (``modals.txt``: "will", "could") or plan word (``plan_cues.txt``)
before that verb: "set to rise to £12,500" and "will rise to £12,500" are plans themselves.
Every article number of its value must have the summary figure's unit and stand in a body
sentence after a plan word ("plan to", "pledged to", "vowed to") no more than ``_REACH``
characters back; a value the article also gives as a fact, or in another unit, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, stem_alternation, word_set
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key

# a plan word opens the clause its figure belongs to within this many characters
_REACH = 100
_PLAN_RE = re.compile(
    rf"\b(?:{alternation(word_set('plan_cues'))})\b".replace(r"\ ", r"\s+"), re.IGNORECASE
)
# a word of change: the stems of change_verbs.txt ("ris*") or its whole words ("rose")
_CHANGE_RE = re.compile(rf"\b(?:{stem_alternation(word_set('change_verbs'))})\b", re.IGNORECASE)
# "up to £500" is a bound, not a change
_BOUND_RE = re.compile(r"up\s+to\b", re.IGNORECASE)
# what makes the summary's change a plan or a forecast itself: "to rise", "will rise"
_NOT_DONE_RE = re.compile(
    rf"\b(?:to|{alternation(word_set('modals'))})\s+(?:\w+\s+)?$", re.IGNORECASE
)


def planned_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) that it gives as a change that happens while the
    article gives its value only as a plan; by start."""
    text, part = summary
    out: dict[int, VerifyReason] = {}
    for q in quantities:
        if not _given_as_done(text, part.start, q):
            continue
        same = src.numbers_valued(q.value)
        cues = [_plan_before(src, n) for n in same]
        unit = unit_key(q.unit)
        if not same or not all(cues) or any(unit_key(n.quantity.unit) != unit for n in same):
            continue  # given as a fact too, or as a figure of another unit ("£12,500", "12,500p")
        given = same[0].quantity
        detail = (
            f"summary gives {text[q.start : q.end]!r} as done, the article's {given.text!r} "
            f"is a plan ({cues[0]!r})"
        )
        out[q.start] = number_mismatch(q, given, detail)
    return out


def _given_as_done(text: str, start: int, q: Quantity) -> bool:
    """Does the summary sentence (from ``start``) write a verb of change before ``q`` that no
    infinitive "to" or modal opens, and no plan word anywhere before ``q``?"""
    if _PLAN_RE.search(text, start, q.start):
        return False
    changes = [
        m for m in _CHANGE_RE.finditer(text, start, q.start) if not _BOUND_RE.match(text, m.start())
    ]
    return bool(changes) and not any(_NOT_DONE_RE.search(text, start, m.start()) for m in changes)


def _plan_before(src: ArticleIndex, n: IndexedNumber) -> str | None:
    """The plan word before the article number ``n`` in its body sentence, within
    ``_REACH`` characters; None where there is none or ``n`` is outside the body."""
    if n.pos is None:
        return None
    lo = max(src.body[n.pos].start, n.quantity.start - _REACH)
    found = list(_PLAN_RE.finditer(src.text, lo, n.quantity.start))
    return found[-1].group(0) if found else None
