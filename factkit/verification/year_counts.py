"""A count the summary writes where the article has only a year.

The time finder (factkit.annotate.times) leaves a year-shaped count ("married 10 men in 2002
years", "over the age of 2014") to the quantity finder, so such a number is judged as a number.
Its value may still be one the article gives only as a date ("She married six men in 2002"):
then a year took a count's place, which :func:`only_a_date` tells the number check."""

from __future__ import annotations

from collections.abc import Sequence

from factkit.document import Quantity
from factkit.verification.text import DIGITS_RE, YEAR_RE


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
