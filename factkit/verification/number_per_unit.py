"""A count per unit given as the total: "The first 100 dolls will be sold for $3.00" where the
article's 100 is "the first 100 customers at each of the ... stores" and its total is "500 lucky
Myer customers around the country".

An article count is per unit where a per-unit word (``lang/en/per_unit_words.txt``: "each",
"per") follows its noun, at most after one preposition ("customers at each of"). A count is
written in digits alone ("$100" is an amount). The summary count is judged only where its own
clause has no per-unit word, every article number of its value counts one noun, one of them per
unit (the others repeat it: "offer the first 100 customers the doll"), and the article gives a
larger count of that noun with no per-unit word: that total is the figure to quote."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.number_clauses import clause_of
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.text import stem_of, word_list

_PER_UNIT = alternation(word_set("per_unit_words"))
# right after a count's noun: a per-unit word, at most one preposition before it
_AFTER_NOUN_RE = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{_PER_UNIT})\b")
_PER_UNIT_RE = re.compile(rf"\b(?:{_PER_UNIT})\b", re.IGNORECASE)
# a count written in digits alone: its noun follows it ("100 dolls"), no sign or unit in it
_COUNT_RE = re.compile(r"\d[\d,]*")


def per_unit_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) whose value the article gives only as a count per unit
    beside a larger total of the same noun; by start."""
    text, part = summary
    out = {}
    for q in quantities:
        if not _COUNT_RE.fullmatch(q.text):
            continue  # an amount or a measure ("$100"), no count
        lo, hi = clause_of(text, q.start, q.end, part.start, part.end)
        if _PER_UNIT_RE.search(text, lo, hi):
            continue  # the summary gives its count per unit too
        same = [n.quantity for n in src.numbers_valued(q.value)]
        nouns = {_noun(n) for n in same}
        if len(nouns) != 1 or None in nouns or not any(_per_unit(src.text, n) for n in same):
            continue  # not one noun's count, or never said per unit
        totals = [
            n.quantity
            for n in src.numbers
            if n.pos is not None
            and n.quantity.value > q.value
            and _COUNT_RE.fullmatch(n.quantity.text)
            and _noun(n.quantity) in nouns
            and not _per_unit(src.text, n.quantity)
        ]
        if totals:
            out[q.start] = _reason(text, q, same[0], totals[0])
    return out


def _noun(q: Quantity) -> str | None:
    """The stem of the noun the count ``q`` counts ("lucky Myer customers" -> "customer")."""
    words = word_list(q.unit) if q.unit else []
    return stem_of(words[-1]) if words else None


def _per_unit(text: str, q: Quantity) -> bool:
    """Is the article count ``q`` one per unit: a per-unit word after its noun ("100
    customers at each of the stores")? A count with no noun is none."""
    if not q.unit or not _COUNT_RE.fullmatch(q.text):
        return False
    at = text.find(q.unit, q.end, q.end + len(q.unit) + 2)
    return at >= 0 and _AFTER_NOUN_RE.match(text, at + len(q.unit)) is not None


def _reason(text: str, q: Quantity, given: Quantity, total: Quantity) -> VerifyReason:
    """``number_mismatch`` for the summary count ``q``: the article gives ``given`` per unit,
    ``total`` as the whole."""
    detail = (
        f"summary says {text[q.start : q.end]!r}, the article gives {given.text!r} only per "
        f"unit ({given.unit!r} each) and {total.text!r} {total.unit!r} in all"
    )
    return number_mismatch(q, total, detail)
