"""A summary figure that takes the value of another figure of its own sentence.

"She married 10 men over 10 years" where the article's 10 is only "10 men" ("marrying 10 men
over the course of 11 years"): the summary writes the value twice, once as what the article
gives it to (its twin, "10 men") and once of another kind ("10 years"), which the article never
writes with that value. The slot check finds the value in a sentence that reads much like the
summary's and passes it; here the twin says where the value came from. The same holds for a
bare count that takes the value of a measurement beside it ("12 of them carrying four 12-foot
ladders" where the article's only 12 is "four 12ft ladders").

A figure with a unit is judged where every article figure of its value has a kind, one of them
the twin's and none its own (the kind is the unit's last word: "paid days" are "days"; an article
figure with no unit has the kind of the content word after it, "remarry 10 times", and a bare
one, "the 10 were jailed", may be of any kind); a bare figure only where its twin
is a measurement glued to its unit ("12-foot", "12ft", "£5") and every article figure of its
value is that measurement: a bare "12" beside "12 men" may count those men. Only figures written
in digits are judged (a number swap writes digits; "one" is mostly a pronoun), no year and no
age: the age checks settle an age however the article writes it ("Mr Reid, 85," for "the
85-year-old").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.index import ArticleIndex
from factkit.verification.number_ages import find_ages
from factkit.verification.number_colocation import year_like
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key
from factkit.verification.text import STOP_WORDS

# a measurement glued to its number: a currency sign, digits, then a hyphen or no space at all
_GLUED_RE = re.compile(r"^\D?\d[\d,.]*-?[^\W\d_]+$|^\D\d[\d,.]*$")
# the lower-case word right after an article figure with no unit ("remarry 10 times")
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")


def _kind(q: Quantity) -> str:
    """The key of the last word of ``q``'s unit ("paid days" -> "day"); "" for no unit."""
    return unit_key(q.unit.split()[-1]) if q.unit and q.unit.split() else ""


def _article_kind(text: str, n: Quantity) -> str:
    """The kind of the article figure ``n`` (in ``text``): its unit's, else the content word
    right after it ("10 times" -> "time"); "" for a bare figure ("the 10 were")."""
    if n.unit:
        return _kind(n)
    after = _NEXT_WORD_RE.match(text, n.end)
    word = after.group(1) if after else ""
    return "" if not word or word in STOP_WORDS else unit_key(word)


def _glued(q: Quantity) -> bool:
    """Is ``q`` a measurement written glued to its unit ("12-foot", "12ft", "£5")?"""
    return bool(q.unit) and _GLUED_RE.match(q.text) is not None


def _twins(q: Quantity, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The other figures of the sentence that have ``q``'s value and another kind; for a bare
    ``q``, only those glued to their unit."""
    mine = _kind(q)
    return [
        p
        for p in quantities
        if p.start != q.start
        and p.value == q.value
        and _kind(p) not in ("", mine)
        and (mine or _glued(p))
    ]


def _borrowed(q: Quantity, twins: set[str], same: list[Quantity], text: str) -> bool:
    """Does the article (``text``) give ``q``'s value (``same``) only as its twins' kinds
    (``twins``) and never as ``q``'s own? For a figure with a unit: an article figure with a
    unit is a twin's kind, the rest are of other kinds; for a bare one: each has a twin's unit."""
    units = [_kind(n) for n in same]
    if not _kind(q):
        return all(k in twins for k in units)
    kinds = [_article_kind(text, n) for n in same]
    return all(kinds) and _kind(q) not in kinds and any(k in twins for k in units)


def twin_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each figure of a summary sentence (``summary``: its
    text and sentence) whose value the article gives only to the kind of its twin, another
    figure of that value in the sentence; by start."""
    text, part = summary
    ages = {age.start for age in find_ages(text, part.start, part.end)}
    out: dict[int, VerifyReason] = {}
    for q in quantities:
        if not q.text[:1].isdigit() or year_like(q) or q.start in ages:
            continue
        twins = _twins(q, quantities)
        same = [n.quantity for n in src.numbers_valued(q.value)]
        if not twins or not same or not _borrowed(q, {_kind(p) for p in twins}, same, src.text):
            continue
        given, twin = next((n, p) for n in same for p in twins if _kind(p) == _kind(n))
        detail = (
            f"summary says {text[q.start : q.end]!r}, the article's {given.text!r} is the "
            f"summary's {text[twin.start : twin.end]!r}, not this figure"
        )
        out[q.start] = number_mismatch(q, given, detail)
    return out
