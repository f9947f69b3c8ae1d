"""Metric units one power of ten from another (``factkit/lang/en/unit_scales.txt``): a summary
that writes the article's "6,000 metres" as "6km" gives the same figure."""

from __future__ import annotations

from functools import cache

from factkit.lang import entries


@cache
def _scales() -> dict[str, tuple[float, str]]:
    """unit -> (factor, the unit it is that factor of)."""
    out: dict[str, tuple[float, str]] = {}
    for line in entries("unit_scales"):
        unit, _, rest = line.partition(" = ")
        factor, _, base = rest.strip().partition(" ")
        out[unit.strip()] = (float(factor), base.strip())
    return out


def _in_base(unit: str) -> tuple[float, str]:
    """The factor of ``unit`` in the unit its chain ends in ("tonne" -> 1e6 "gram")."""
    factor = 1.0
    while unit in _scales():
        step, unit = _scales()[unit]
        factor *= step
    return factor, unit


def scale_between(a: str | None, b: str | None) -> float | None:
    """The factor that turns an amount in unit ``a`` into unit ``b`` ("kilometer" to "meter":
    1000), or None for the same unit, no unit, or units of different things."""
    if not a or not b or a == b:
        return None
    (fa, base_a), (fb, base_b) = _in_base(a), _in_base(b)
    return fa / fb if base_a == base_b else None
