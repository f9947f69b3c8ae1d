"""Stage 3 of the quantity finder: neighbouring quantities that belong together.

Compounds merge into one quantity ("3 dollars 50 cents" -> 3.5 dollar, "5 ft 2 in" -> 5.1667
foot); pairs share their unit and scale ("10-20 million", "45 and 50 mg"), and ranges ("between 10
and 20", "10-20", "from 7 to 10") are reported as index pairs. Ratios ("five out of 34") share a
unit but are no range; "rose from 5 to 7" is a change, not a range.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from factkit.annotate.quantities.attach_context import FoundQuantity
from factkit.annotate.quantities.lexicon import SP
from factkit.annotate.quantities.settings import QuantitySettings
from factkit.lang import entries, stem_alternation

__all__ = ["link_pairs", "merge_compounds"]

_CENTS = frozenset({"cent", "penny"})
_JOINABLE_GAP = re.compile(rf"{SP}*(?:(?i:and){SP}+)?")
_CLAUSE_END = re.compile(r"\s*(?:[.,;!?]|$)")
_INCHES_AFTER = re.compile(rf"{SP}+in\b")
_RANGE_GAP = re.compile(rf"^{SP}*(?:[-–—]|[-–]?{SP}*(?i:to|and|or|through|until)){SP}*$")
_FROM_BEFORE = re.compile(r"\bfrom\s+\S*$")
# "ris*" in the list is a stem: any word it starts
_CHANGE_VERBS = re.compile(rf"\b(?:{stem_alternation(entries('change_verbs'))})\b", re.IGNORECASE)


def merge_compounds(
    text: str, found: list[FoundQuantity], currency_names: Collection[str]
) -> list[FoundQuantity]:
    """ "3 dollars 50 cents" -> 3.5 dollar; "5 ft 2 in" -> 5.1667 foot."""
    out: list[FoundQuantity] = []
    k = 0
    while k < len(found):
        f = found[k]
        if k + 1 < len(found):
            g = found[k + 1]
            joinable = _JOINABLE_GAP.fullmatch(text[f.end : g.start]) is not None
            if joinable and _cents_after(text, f, g, currency_names):
                f.value += g.raw / 100
                f.end = g.end
                out.append(f)
                k += 2
                continue
            if joinable and f.unit == "foot" and 0 <= g.raw < 12 and g.unit in (None, "inch"):
                end = g.end
                if g.unit is None:
                    m = _INCHES_AFTER.match(text[g.end : g.end + 4])
                    if not m:
                        out.append(f)
                        k += 1
                        continue
                    end = g.end + m.end()
                f.value += g.raw / 12
                f.end = end
                out.append(f)
                k += 2
                continue
        out.append(f)
        k += 1
    return out


def _cents_after(
    text: str, f: FoundQuantity, g: FoundQuantity, currency_names: Collection[str]
) -> bool:
    """``g`` is the cents of the money amount ``f`` ("3 dollars 50 cents", "£3 50")."""
    return (
        f.unit in currency_names
        and f.unit not in _CENTS
        and g.raw.is_integer()
        and 0 < g.raw < 100
        and not g.scaled
        and (
            g.unit in _CENTS
            or (not g.measured and _CLAUSE_END.match(text[g.end : g.end + 2]) is not None)
        )
    )


def link_pairs(
    text: str, found: list[FoundQuantity], settings: QuantitySettings
) -> list[tuple[int, int]]:
    """Share units/scales across "10-20 million", "45 and 50 mg"; report ranges."""
    ranges: list[tuple[int, int]] = []
    for k in range(len(found) - 1):
        f, g = found[k], found[k + 1]
        gap = text[f.end : g.start]
        if len(gap) > settings.pair_gap_max:
            continue
        gap_l = gap.strip().lower()
        is_dash = gap_l in ("-", "–", "—")
        joined = _RANGE_GAP.match(gap) is not None
        ratio = gap_l in ("out of", "of", "in", "/")
        if not (joined or ratio) or (f.measured and g.measured and f.unit != g.unit):
            continue
        if (
            g.scaled
            and not f.scaled
            and f.raw
            and f.unit in (None, g.unit)
            and abs(f.raw) < abs(g.raw) * 1000
            and abs(f.value) < 1000
            and (is_dash or gap_l in ("to", "and", "or", "-to"))
        ):
            factor = g.value / g.raw if g.raw else 1.0
            f.value *= factor
            f.scaled = True
        if g.measured and not f.measured and (f.unit is None or joined):
            f.unit, f.measured = g.unit, True
        elif f.measured and not g.measured and g.unit is None and (is_dash or gap_l == "to"):
            g.unit, g.measured = f.unit, True
        elif not f.measured and f.unit is None and g.unit is not None:
            f.unit = g.unit
        if ratio:
            continue
        between = f.qualifier == "between" and gap_l == "and"
        before = text[max(0, f.start - settings.from_to_reach) : f.start]
        from_to = gap_l in ("to", "-to", "- to") and _FROM_BEFORE.search(before)
        if from_to and _CHANGE_VERBS.search(before):
            continue  # "rose from 5 to 7" is a change, not a range
        if between or is_dash or gap_l.endswith("to") or gap_l in ("through", "until"):
            if between:
                g.qualifier = g.qualifier or "between"
            ranges.append((k, k + 1))
    return ranges
