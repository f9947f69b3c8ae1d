"""A unit written with describing words between the number and its noun ("three paid days",
"five new cases") is the bare noun's unit ("three days"): the same quantity, no clash of units
for the slot check to hold against the article's number. Also the key two units are compared
by (:func:`unit_key`), and which units are currencies (:func:`is_currency`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from factkit.lang import alias_table


def described_unit(a: str, b: str, measurement: Callable[[str], bool]) -> bool:
    """Is the unit ``a`` the unit ``b`` after describing words ("paid days" for "days"), or
    ``b`` so of ``a``? Not when the longer one is a measurement unit of its own: "square
    miles" are no "miles"."""
    for longer, shorter in ((a, b), (b, a)):
        words = longer.lower().split()
        if len(words) > 1 and not measurement(longer) and unit_key(words[-1]) == unit_key(shorter):
            return True
    return False


# an "e" a plural adds after these ("matches", "boxes", "heroes") goes with the "s";
# the singular's own "e" ("headache", "horse") goes too, so both forms meet
_PLURAL_E_RE = re.compile(r"(?:(?<=[cs]h)|(?<=[xszo]))e$")


def unit_key(unit: str | None) -> str:
    """Lower case without a plural "s" ("days" and "day" are one unit), nor the "e" a plural
    adds ("matches" and "match"), with "ie" as "y" ("countries" and "country"); "" for no
    unit."""
    if not unit:
        return ""
    u = unit.lower().strip()
    u = u[:-1] if u.endswith("s") and not u.endswith("ss") else u
    u = _PLURAL_E_RE.sub("", u)
    return u[:-2] + "y" if u.endswith("ie") else u


# the canonical currency names ("penny", "pound sterling") by key: one kind of unit, money
_CURRENCY_KEYS = frozenset(unit_key(name) for name in alias_table("quant_currencies"))


def is_currency(unit: str | None) -> bool:
    """Is ``unit`` one of the currencies the quantity finder names ("pound", "pence")?"""
    return unit_key(unit) in _CURRENCY_KEYS
