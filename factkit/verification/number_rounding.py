"""How precisely a summary number is written: the place value of its last written digit, so
that "about 180" or "£1.1bn" may stand for the article's rounded-off figure (the number check,
``checks/number_values.py``: a value match and the tolerance of a derived share), and a hedged
round figure ("up to £600,000" for £572,206) counts as the article's figure written another way
(the slot evidence's ``same_text``, ``checks/number_slot_check.py``)."""

from __future__ import annotations

from factkit.document import Quantity
from factkit.verification.number_units import unit_key
from factkit.verification.text import DIGITS_RE, word_bound


def precision(q: Quantity) -> float:
    """The place value of the summary's last significant digit, scaled: how far off the article
    may be and still round to it ("1.1bn" -> 1e8, "about 180" -> 10, "3 million" -> 1e6).

    Zero (exact match needed) for a bare integer such as "180" or a number in words: written
    without "about" or a scale word, trailing zeros count as significant.
    """
    written = _written(q)
    if written is None:
        return 0.0
    digits, scale = written
    if "." in digits or scale >= 1000 or word_bound(q.qualifier) == "approx":
        return _last_digit_worth(digits, scale)
    return 0.0


# rounding moves a figure by at most this share of it: "$100million" is written to one
# significant digit (50m-150m), but nobody rounds "about $50million" to it
_MOST_ROUNDED = 0.25
# a figure written with no qualifier ("about", "more than") claims more: it moves by at most
# this share ("$100million" for $92million), so "10million users" is no rounding of 8million
_MOST_ROUNDED_FLAT = 0.1


def rounds_to(claimed: Quantity, actual: float) -> bool:
    """Is the article's ``actual`` the summary's ``claimed`` rounded off at its precision
    ("about 180" for 176, "£1.1bn" for £1.06bn), by no more than a quarter of either (a tenth
    for a figure with no qualifier)?"""
    step = precision(claimed)
    off = abs(claimed.value - actual)
    if step <= 0 or off > step / 2 * (1 + 1e-9):
        return False
    most = _MOST_ROUNDED if claimed.qualifier else _MOST_ROUNDED_FLAT
    return off <= most * max(abs(claimed.value), abs(actual))


def rounded_form(claimed: Quantity, actual: Quantity) -> bool:
    """Is the summary's ``claimed`` the article's ``actual`` written as a round figure? Where
    the two values match (the caller has found so: ``value_match``), a figure the summary hedges
    with a qualifier ("up to £600,000", "more than £500,000", "nearly", "about 180"), in the
    article's unit and written to a coarser last digit than the article's exact one (£572,206,
    176), is the article's quantity written another way, as a copied "£572,206" is the same
    one written the same way. A bound or "about" over the very value the article gives ("more
    than 20" for "20") is no rounding: the qualifier says something the article may not."""
    if not claimed.qualifier or claimed.value == actual.value:
        return False
    if unit_key(claimed.unit) != unit_key(actual.unit):
        return False
    return round_step(claimed) > round_step(actual) > 0


def round_step(q: Quantity) -> float:
    """What the last written digit of ``q`` is worth: "500,000" -> 100,000, "7.8" -> 0.1,
    "£1.5m" -> 100,000, "53" -> 1; zero for a number in words."""
    written = _written(q)
    return 0.0 if written is None else _last_digit_worth(*written)


def _last_digit_worth(digits: str, scale: float) -> float:
    """What the last of the written ``digits`` is worth at ``scale``."""
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1]) * scale
    return 10.0 ** (len(digits) - len(digits.rstrip("0"))) * scale


def _written(q: Quantity) -> tuple[str, float] | None:
    """The last digits written in ``q`` and the scale applied to them ("£1.5m" -> ("1.5",
    1e6)); None for a number in words or a zero."""
    digits = DIGITS_RE.findall(q.text)
    if not digits:
        return None
    written = digits[-1].replace(",", "").replace(" ", "")
    try:
        number = float(written)
    except ValueError:
        return None
    return (written, abs(q.value / number)) if number else None
