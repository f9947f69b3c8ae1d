"""A unit written with describing words between the number and its noun ("three paid days",
"five new cases") is the bare noun's unit ("three days"): the same quantity, no clash of units
for the slot check to hold against the article's number. Also the key two units are compared
by (:func:`unit_key`)."""

from __future__ import annotations

from collections.abc import Callable


def described_unit(a: str, b: str, measurement: Callable[[str], bool]) -> bool:
    """Is the unit ``a`` the unit ``b`` after describing words ("paid days" for "days"), or
    ``b`` so of ``a``? Not when the longer one is a measurement unit of its own: "square
    miles" are no "miles"."""
    for longer, shorter in ((a, b), (b, a)):
        words = longer.lower().split()
        if len(words) > 1 and not measurement(longer) and unit_key(words[-1]) == unit_key(shorter):
            return True
    return False


def unit_key(unit: str | None) -> str:
    """Lower case without a plural "s" ("days" and "day" are one unit); "" for no unit."""
    if not unit:
        return ""
    u = unit.lower().strip()
    return u[:-1] if u.endswith("s") and not u.endswith("ss") else u
