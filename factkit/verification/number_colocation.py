"""A figure whose article occurrences share none of its words is in another number's place.

A summary figure written in digits comes from an article sentence, and the words either side
of it (its noun, its unit, its verb) come along: "winds of 100kph" stays near "winds" or
"kph". Where the article writes the figure's value, but no occurrence of it shares a single
one of those words or the unit ("7 gales on the way" where the article's 7 is "Pier 7 of the
harbour"), the figure was taken from another slot. Only digits are judged: a small number
written as a word ("two bars", "one more frame") is too common to say where it came from, a
year names a time rather than a slot, and a figure glued to a word is part of a name ("Valu-4-U"),
which the name checks judge. An age is settled by the age checks: the caller does not ask."""

from __future__ import annotations

from collections.abc import Sequence

from factkit.document import Quantity
from factkit.verification.index import IndexedNumber
from factkit.verification.text import DIGITS_RE


def year_like(q: Quantity) -> bool:
    """A bare whole number a year could be ("2016"): it names a time, not a slot."""
    return q.value.is_integer() and 1900 <= q.value <= 2100 and not q.unit


def written_year(q: Quantity) -> bool:
    """A year as one is written: a bare four digits ("Euro 2016", "in 2013"), no comma ("2,000"
    is a count) and no unit. A year is exact: no rounding makes 2016 of 2014."""
    return year_like(q) and DIGITS_RE.findall(q.text) == [str(int(q.value))]


def _in_a_word(text: str, q: Quantity) -> bool:
    """Is ``q`` glued to a word before it, part of a name ("Valu-4-U", "G4S", "M25")?"""
    before = text[max(0, q.start - 2) : q.start]
    return bool(before) and (before[-1].isalpha() or (before[-1] == "-" and before[:1].isalpha()))


def shares_no_word(
    text: str,
    q: Quantity,
    mine: frozenset[str],
    same_value: Sequence[IndexedNumber],
) -> bool:
    """Is ``q`` (in summary ``text``; the words around it: ``mine``) a figure in digits whose
    article occurrences of its value (``same_value``) share none of those words nor its unit?
    The caller leaves ages out: the age checks settle them."""
    if not mine or not same_value or year_like(q) or _in_a_word(text, q):
        return False
    if DIGITS_RE.search(q.text) is None:
        return False
    return not any(mine & n.context for n in same_value)
