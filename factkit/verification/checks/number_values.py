"""Is an article number the summary number? The value as people round it, bound it, write it
in words or another unit, or derive it from two numbers of the passage; and the same kind of
quantity (a time offset is no duration, time left no time gone, an amount no difference).

The number check (``checks/numbers.py``) asks these of the article's numbers before it weighs
their slots."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from factkit.document import Quantity
from factkit.lang import alternation, word_set
from factkit.verification.checks.context import SentenceContext
from factkit.verification.neighbours import neighbours_of
from factkit.verification.number_colocation import written_year, year_like
from factkit.verification.number_roles import clock_side, span_side
from factkit.verification.number_rounding import round_step, rounds_to
from factkit.verification.number_units import described_unit, unit_key
from factkit.verification.text import DIGITS_RE, sentence_around, word_bound
from factkit.verification.unit_scales import scale_between

# the most numbers of a passage tried pairwise (the CNN/DM, CLIFF and QAGS passages hold at most
# 18): a flattened table of 4,000 numbers in one sentence took 11 s a summary number
_MAX_OPERANDS = 100


def value_match(ctx: SentenceContext, claimed: Quantity, actual: Quantity) -> bool:
    """Does the article's ``actual`` give the summary's ``claimed`` value, as people round it
    ("about 180" for 176, "more than £500,000" for £572,206) or write it ("a third" for
    "33 per cent")? A year matches only itself."""
    a, b = claimed.value, actual.value
    if written_year(claimed) or written_year(actual):
        return a == b  # "Euro 2016" is not the article's 2014, nor "2,000m" its 2013
    if math.isclose(a, b, rel_tol=ctx.config.number_tolerance, abs_tol=1e-9):
        return True
    if rounds_to(claimed, b):
        return True
    return _within_bound(claimed, b) or _fraction_as_percent(claimed, actual)


def _within_bound(claimed: Quantity, actual: float) -> bool:
    """ "more than 500,000" holds for 572,206 and "under 50" for 48: the article's value is
    past the bound by less than the bound's last written digit is worth."""
    bound = word_bound(claimed.qualifier)
    step = round_step(claimed)
    if step <= 0 or bound not in ("lower", "upper"):
        return False
    a = claimed.value
    if bound == "lower":
        return a <= actual < a + step
    return max(a - step, a / 2) < actual <= a  # "up to 100,000" is no 10: one step is all of it


def _fraction_as_percent(claimed: Quantity, actual: Quantity) -> bool:
    """ "half" / "a third" written in words for "50 per cent" / "33 per cent" (either way
    round), within five points when either is approximate ("about half" for 48 per cent)."""
    for fraction, percent in ((claimed, actual), (actual, claimed)):
        if (
            unit_key(percent.unit) == "percent"
            and not fraction.unit
            and 0 < fraction.value < 1
            and not DIGITS_RE.search(fraction.text)
        ):
            loose = fraction.qualifier or percent.qualifier
            return abs(100 * fraction.value - percent.value) <= (5.0 if loose else 2.0)
    return False


def derived(ctx: SentenceContext, q: Quantity, window: set[int]) -> bool:
    """Do two article numbers of the passage (``window``: body positions) give the summary's
    number: their sum or difference (in its unit: "won by 24 runs" from 250 and 226 runs), or
    their ratio as a percentage ("85 per cent" from 17 of 20)?"""
    operands = [
        n.quantity
        for n in ctx.src.numbers
        if n.pos in window and n.quantity.value > 0 and not year_like(n.quantity)
    ]
    if not q.unit or len(operands) > _MAX_OPERANDS:
        return False  # bare numbers, or a table's hundreds, give many sums: hit by chance
    percent = unit_key(q.unit) == "percent"
    tolerance = max(0.5, round_step(q) / 2) if percent else 1e-9
    for i, x in enumerate(operands):
        for y in operands[i + 1 :]:
            if percent:
                small, large = sorted((x.value, y.value))
                if x.unit == y.unit and abs(100 * small / large - q.value) <= tolerance:
                    return True
                continue
            if not unit_key(q.unit) == unit_key(x.unit) == unit_key(y.unit):
                continue
            if q.value >= 2 and any(
                math.isclose(q.value, v, abs_tol=tolerance)
                for v in (x.value + y.value, abs(x.value - y.value))
            ):
                return True
    return False


def reworded(ctx: SentenceContext, q: Quantity, window: set[int]) -> bool:
    """Does a passage number of the same unit stand in the summary number's very words (the
    next word on both sides, or the two next on one side: "£40m signing Eliaquim" for the
    summary's "£23m signing Eliaquim")? Then the summary changed that number rather than
    derived another from two of the passage's."""
    around = neighbours_of(ctx.text, q.start, q.end, ctx.part.start, ctx.part.end)
    return any(
        n.pos in window
        and unit_key(n.quantity.unit) == unit_key(q.unit)
        and around.fit(n.around) >= 2
        for n in ctx.src.numbers
    )


def same_number(ctx: SentenceContext, claimed: Quantity, actual: Quantity) -> bool:
    """Same value (within the summary's precision) in no clashing unit, or converted to the
    article's unit where the two are a power of ten apart ("6km" for "6,000 metres")."""
    scale = scale_between(claimed.unit, actual.unit)
    if scale is not None:
        converted = replace(claimed, value=claimed.value * scale, unit=actual.unit)
        return value_match(ctx, converted, actual)
    return value_match(ctx, claimed, actual) and not units_clash(ctx, claimed.unit, actual.unit)


def same_quantity(
    ctx: SentenceContext, claimed: Quantity, actual: Quantity, kind: tuple[bool, bool]
) -> bool:
    """The article's ``actual`` is the summary's number (:func:`same_number`) and the same
    kind of quantity (``kind``: the summary's is a time offset; an age): a time offset ("15
    minutes ago") is no duration ("for 15 minutes"), and a number hyphened to the word it
    counts or describes ("a 12-night cruise", "a 400-strong audience") no measurement
    ("12kph") and no age ("Princess, 400,")."""
    ago, age = kind
    if not same_number(ctx, claimed, actual) or other_role(ctx, claimed, actual):
        return False
    if time_offset(ctx.src.text, actual) and not ago:
        return False
    return not (
        (age or measured(ctx, claimed.unit))
        and not actual.unit
        and _HYPHENED_RE.match(ctx.src.text, actual.end) is not None
    )


_COMPARISON = alternation(word_set("number_comparison_words"))
# "£38,831 more than", "12 per cent higher than": the number is a difference
_DIFFERENCE_RE = re.compile(rf"\s(?:[a-z]+\s)?(?:{_COMPARISON})\sthan\b")
_COMPARED_RE = re.compile(rf"\b(?:{_COMPARISON})\b")
_COMPARED_REACH = 40  # characters each side of an article number in which it is compared


def _difference(text: str, q: Quantity) -> bool:
    """Is ``q`` a difference ("houses cost £38,831 more than homes without the shop")?"""
    return _DIFFERENCE_RE.match(text, q.end) is not None


def _compared(text: str, q: Quantity) -> bool:
    """Does a comparison word stand near the article's ``q`` in its sentence ("12 per cent
    more – or £38,831 – than", "64 per cent (£153,488) more")? An amount nothing compares
    ("cost £392,961 on average") is no difference."""
    before, after = sentence_around(text, q.start, q.end, _COMPARED_REACH)
    return bool(_COMPARED_RE.search(before) or _COMPARED_RE.search(after))


def other_role(ctx: SentenceContext, claimed: Quantity, actual: Quantity) -> bool:
    """Is the article's ``actual`` another quantity of the same value: time left for time gone,
    an amount for a difference?"""
    if _difference(ctx.text, claimed) and not _compared(ctx.src.text, actual):
        return True
    return _other_clock_side(ctx, claimed, actual) or _spell_for_time_since(ctx, claimed, actual)


def _other_clock_side(ctx: SentenceContext, claimed: Quantity, actual: Quantity) -> bool:
    """Is the article's ``actual`` on the other side of the clock from the summary's
    ``claimed`` ("with 28 minutes to go" for "28 minutes into the match")?"""
    side = clock_side(ctx.text, claimed.start, claimed.end)
    theirs = clock_side(ctx.src.text, actual.start, actual.end) if side else None
    return theirs is not None and theirs != side


def _spell_for_time_since(ctx: SentenceContext, claimed: Quantity, actual: Quantity) -> bool:
    """Is the article's ``actual`` a spell's length where the summary's ``claimed`` is the time
    since an event ("served seven years" for "7 years after her son's death")? One way only: a
    summary spell may be told in the article from its start ("served 20 years" for "freed 20
    years after his conviction")."""
    if span_side(ctx.text, claimed.start, claimed.end, claimed.unit) != "since":
        return False
    return span_side(ctx.src.text, actual.start, actual.end, actual.unit) == "spell"


# "12-night", "400-strong": a bare number hyphened to the word it counts or describes
_HYPHENED_RE = re.compile(r"-[a-z]")


def measured(ctx: SentenceContext, unit: str | None) -> bool:
    return bool(unit) and ctx.quantity_finder.is_measurement_unit(unit or "")


def units_clash(ctx: SentenceContext, a: str | None, b: str | None) -> bool:
    if not a or not b or unit_key(a) == unit_key(b):
        return False
    finder = ctx.quantity_finder
    if described_unit(a, b, finder.is_measurement_unit) or scale_between(a, b) is not None:
        return False  # "three paid days" and "three days"; "km" and "metres"
    return finder.is_measurement_unit(a) or finder.is_measurement_unit(b)


_AGO_RE = re.compile(rf"\s+(?:{alternation(word_set('time_offset_words'))})\b")


def time_offset(text: str, q: Quantity) -> bool:
    """Is ``q`` a time offset ("15 minutes ago", "two days earlier"), not a duration?"""
    return bool(q.unit) and _AGO_RE.match(text, q.end) is not None
