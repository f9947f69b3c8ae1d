"""A year-shaped number written as a count is no date.

The time finder reads any "2002" as a year, and a date is judged only against the article's
dates, so a count that happens to look like a year ("married 10 men in 2002 years", "people
over the age of 2014") passed wherever the article has that year. A length of time after the
number or an age's words before it say it counts something: the number check judges it, on
the summary's side and the article's alike."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from factkit.document import Quantity, TimeAnchor
from factkit.lang import alternation, entries
from factkit.verification.text import DIGITS_RE, YEAR_RE

_LENGTH_AFTER_RE = re.compile(
    r"\s+(?:" + alternation(entries("year_count_units")) + r")\b", re.IGNORECASE
)
_AGE_BEFORE_RE = re.compile(
    r"\b(?:" + alternation(entries("age_openers")) + r")\s+$", re.IGNORECASE
)
_LOOK_BACK = 16  # characters: the longest age opener and its spaces


def counted_year(text: str, t: TimeAnchor) -> bool:
    """Is ``t`` a bare year-shaped number that ``text`` writes as a count: a length of time
    after it ("2002 years") or an age's words before it ("the age of 2014")?"""
    if YEAR_RE.fullmatch(t.text) is None:
        return False
    if _LENGTH_AFTER_RE.match(text, t.end):
        return True
    return _AGE_BEFORE_RE.search(text[max(0, t.start - _LOOK_BACK) : t.start]) is not None


def dates_only(text: str, times: Iterable[TimeAnchor]) -> list[TimeAnchor]:
    """``times`` of ``text`` without the year-shaped counts (:func:`counted_year`)."""
    return [t for t in times if not counted_year(text, t)]


def only_a_date(q: Quantity, same_value: Sequence[Quantity]) -> bool:
    """Is the summary's count or measure ``q`` ("in 2002 years", "2014 people") written as a
    year, where every article number of its value (``same_value``) is a bare year ("married six
    men in 2002", "her 2010 marriage")? A year took a count's place."""
    if not q.unit or not _year_digits(q):
        return False
    return bool(same_value) and all(not n.unit and _year_digits(n) for n in same_value)


def _year_digits(q: Quantity) -> bool:
    """Are ``q``'s digits four that a year could be ("2002", not "2,002")?"""
    digits = DIGITS_RE.search(q.text)
    return digits is not None and YEAR_RE.fullmatch(digits.group()) is not None
