"""A count the summary gives a value the article writes only as a label.

"She will remarry 5 times" where the article's only 5 is in "husbands Nos. 1, 2, 5 and 7": a number
after "No.", "Nos." or "number" (or in the list that follows one) says which one, never how many,
so it supports no count. The slot check takes any article number of the value as support, and
``designator`` (the name test of ``checks/number_slot_check.py``) reads only a name before a bare
number ("Nexus 5"), never a label word or a list, so the label is read here. Only a summary count
in digits with a counted word is judged ("5 times", "12 ladders"): a label in the summary ("the No.
5 shirt") or a bare number ("ranked 5") may well be the article's label, an ordinal ("5th") its
rank. A lower-case "no" with no dot is the determiner ("no 5-star hotels").

The other way round, a label is no amount: "Federal mine No. 20" where the article's only 20s are
"20 shillings" and "a 20 percent stake". A summary label in digits is judged where every article
number of its value measures or counts something (a unit) and none is a label or an ordinal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_colocation import year_like
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.text import STOP_WORDS

_LABEL_WORDS = word_set("number_label_words")
_DETERMINERS = word_set("negations")
# a label word, its dot, then the list members before the number ("Nos. 1, 2, " of "Nos. 1, 2,
# 5 and 7"), up to the number's start
_LABELLED_RE = re.compile(
    rf"\b({alternation(_LABEL_WORDS)})(\.?)\s*(?:\d+(?:,\s*|\s+(?:and|or|&)\s+))*$",
    re.IGNORECASE,
)
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)\b")
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")


def labelled(text: str, q: Quantity) -> bool:
    """Is ``q`` (in ``text``) a label: after a label word, or in the list after one?"""
    m = _LABELLED_RE.search(text, max(0, q.start - 40), q.start)
    if m is None:
        return False
    word, dot = m.group(1), m.group(2)
    return word[0].isupper() or bool(dot) or word.lower() not in _DETERMINERS


def _counted(text: str, q: Quantity) -> bool:
    """Does a counted word follow ``q``: its unit, or a lower-case content word ("5 times")?
    A function word after it ("ranked 5 in the world") may follow a label too."""
    if q.unit:
        return True
    after = _NEXT_WORD_RE.match(text, q.end)
    return after is not None and after.group(1) not in STOP_WORDS


def _judged(text: str, q: Quantity) -> bool:
    """Is the summary number ``q`` a count in digits with a counted word, no label, year or
    ordinal?"""
    if not q.text[:1].isdigit() or year_like(q) or not _counted(text, q):
        return False
    return _ORDINAL_RE.match(q.text) is None and not labelled(text, q)


def label_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each count of a summary sentence (``summary``: its
    text and sentence) whose value the article writes only as labels, by start."""
    text, _part = summary
    out: dict[int, VerifyReason] = {}
    for q in quantities:
        same = src.numbers_valued(q.value)
        if same and _judged(text, q) and all(labelled(src.text, n.quantity) for n in same):
            out[q.start] = _reason(text, q, same[0])
        elif same and _bare_label(text, q) and all(_amount(src.text, n.quantity) for n in same):
            out[q.start] = _amount_reason(text, q, same[0])
    return out


def _bare_label(text: str, q: Quantity) -> bool:
    """Is the summary number ``q`` a label in digits with no unit ("No. 20")?"""
    return q.text.isdigit() and not q.unit and labelled(text, q)


def _amount(text: str, n: Quantity) -> bool:
    """Does the article number ``n`` measure or count something (a unit: "20 shillings", "20
    percent"), neither a label nor an ordinal?"""
    ordinal = _ORDINAL_RE.match(n.text) is not None
    return bool(n.unit) and not ordinal and not labelled(text, n)


def _amount_reason(text: str, q: Quantity, given: IndexedNumber) -> VerifyReason:
    """``number_mismatch`` for the summary label ``q``: the article's ``given`` is an amount."""
    g = given.quantity
    detail = (
        f"summary says {text[q.start : q.end]!r} as a label, the article's {g.text!r} is an "
        "amount (how many, not which one)"
    )
    return number_mismatch(q, g, detail)


def _reason(text: str, q: Quantity, given: IndexedNumber) -> VerifyReason:
    """``number_mismatch`` for the summary count ``q``: the article's ``given`` is a label."""
    g = given.quantity
    detail = (
        f"summary says {text[q.start : q.end]!r}, the article's {g.text!r} is a label "
        "(which one, not how many)"
    )
    return number_mismatch(q, g, detail)
