"""What a number measures, read from the characters written around it: a digit suffix ("3/4",
"10^6"), a currency in front ("$", "C$"), a scale suffix or word ("bn", "million"), a unit or
currency after ("km", "percent"), and the unit after a fraction in words ("half an hour").

These rules only add to the :class:`~.attach_context.AttachContext` (value, unit, scale, span);
apart from a digit suffix that is no number ("5/0"), none of them rejects the number. They sit
apart from the rules that reject a number (:mod:`.not_quantities`) and from the words read before
it (:mod:`.qualifiers`).
"""

from __future__ import annotations

import re

from factkit.annotate.quantities.attach_context import AttachContext
from factkit.annotate.quantities.digits import (
    GLUED_SCALE,
    GLUED_SCALE_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_AFTER,
    read_digit_suffix,
)
from factkit.annotate.quantities.numbers import PERIOD_ORDINALS
from factkit.annotate.quantities.words import SCALES
from factkit.lang import alternation, entries

__all__ = [
    "currency_before",
    "digit_suffix",
    "fraction_unit",
    "scale_suffix",
    "scale_word",
    "unit_after",
]

_INCH_CONTEXT = re.compile(
    r"(?:[ \t]*$|[ \t]*[.,;:)!?]|[ \t]+(?:" + alternation(entries("inch_context_words")) + r")\b)"
)
# a hyphen and a word after a period unit: "four second-half tries" is an ordinal compound
_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
# "half an hour", "a hundredth of a second": the unit after a fraction written in words
_FRACTION_OF_A = re.compile(r"[ \t]+(?:of[ \t]+)?an?[ \t]+([A-Za-z]+)\b")


def digit_suffix(ctx: AttachContext) -> bool:
    """ "3/4", "2 1/2", "1.2e5", "10^6" right after the digits; "5/0" is not a number."""
    if ctx.digits_only:
        value, ctx.end = read_digit_suffix(
            ctx.text, ctx.end, ctx.hi, ctx.value, ctx.num.integer_digits
        )
        if value is None:
            return True
        ctx.value = value
    ctx.raw = ctx.value
    return False


def currency_before(ctx: AttachContext) -> bool:
    """ "$5", "C$ 5", "USD 5": the span starts at the currency."""
    text, s, lo = ctx.text, ctx.start, ctx.lo
    if s > lo and (text[s - 1] not in " \t\n" or (s - 2 >= lo and text[s - 2] not in " \t\n")):
        m = ctx.patterns.currency_before.search(text, max(lo, s - ctx.settings.currency_reach), s)
        unit = ctx.patterns.currencies.lookup(m.group("c")) if m else None
        if m and unit is not None:
            ctx.unit, ctx.measured, ctx.has_currency = unit, True, True
            ctx.start = m.start("c")
    return False


def scale_suffix(ctx: AttachContext) -> bool:
    """ "10k", "$1.13bn", "3 mln", "$15million"; "1.8m" is metres unless money is being
    counted."""
    if ctx.digits_only:
        m = SCALE_AFTER.match(ctx.text, ctx.end, ctx.hi)
        if m:
            # "£ 50 m" (a tokenizer's spacing) is £50m; a spaced "m" alone is metres
            abbr = m.group("abbr") or m.group("attached") or m.group("spaced")
            if abbr != "m" or ctx.unit is not None:
                ctx.value *= SCALE_ABBREVIATIONS[abbr]
                ctx.scaled = True
                ctx.end = m.end()
        elif g := GLUED_SCALE.match(ctx.text, ctx.end, ctx.hi):
            # "$15million": tabloid style glues the word on; without this rule the letters
            # made it a model number and the figure went unchecked
            ctx.value *= GLUED_SCALE_WORDS[g.group("word").lower()]
            ctx.scaled = True
            ctx.end = g.end()
    return False


def scale_word(ctx: AttachContext) -> bool:
    """ "3 million": the number parser applied the scale; remember the value before it."""
    num = ctx.num
    if num.words:
        last_word = ctx.text[num.start : num.end].split()[-1].lower()
        if last_word in SCALES:
            ctx.scaled = True
            ctx.raw = ctx.value / SCALES[last_word]
    return False


def unit_after(ctx: AttachContext) -> bool:
    """A unit, currency or percent after the number ("5 km", "5-mile", "95%", "$5 USD")."""
    patterns = ctx.patterns
    m = patterns.unit_after.match(ctx.text, ctx.end, ctx.hi)
    if not m:
        return False
    surface = m.group("u")
    canonical = patterns.units.lookup(surface) or patterns.currencies.lookup(surface)
    if canonical is None or (
        ctx.unit is not None
        and canonical not in ("percent",)
        and canonical in patterns.currency_names
    ):
        return False
    accept = True
    if surface == "in":  # "5 in" is inches only at a clause end or before "thick", "long", ...
        accept = ctx.num.integer_digits and bool(_INCH_CONTEXT.match(ctx.text, m.end(), ctx.hi))
    if surface in ("p",) and ctx.num.words:
        accept = False
    if surface.lower() in PERIOD_ORDINALS and _HYPHEN_WORD.match(ctx.text, m.end(), ctx.hi):
        accept = False  # "four second-half tries": an ordinal compound, not seconds
    if accept:
        if canonical == "pound" and (ctx.scaled or ctx.unit is not None):
            canonical = "pound sterling"
        if ctx.unit is None or canonical in ("percent",):
            ctx.unit = canonical
        ctx.measured = True
        ctx.end = m.end()
    return False


def fraction_unit(ctx: AttachContext) -> bool:
    """ "half an hour", "a hundredth of a second", "a quarter of a mile": a fraction written in
    words takes the unit after "(of) a/an"."""
    if ctx.unit is not None or not ctx.num.words or not 0 < ctx.value < 1:
        return False
    m = _FRACTION_OF_A.match(ctx.text, ctx.end, ctx.hi)
    canonical = ctx.patterns.units.lookup(m.group(1)) if m else None
    if m is not None and canonical is not None:
        ctx.unit, ctx.measured, ctx.end = canonical, True, m.end()
    return False
