"""Stage 2 of the quantity finder: what stands around one number makes it a quantity, or not.

:func:`attach` runs the ordered list :data:`RULES` over a shared :class:`AttachContext`: the digit
suffix ("3/4", "10^6"), a number word inside a name ("Capital One Cup"), a currency in front
("$", "C$"), a scale suffix or word ("bn", "million"), a unit or currency after ("km",
"percent"), letters glued on (model numbers), the words before (sign, "minus", "percent of",
qualifiers such as "at least"), years and names, and the counted noun ("183 deaths"). A rule
returns True when the number is not a quantity.

This module holds only the order; the rules live by family: :mod:`.measures` (units, currency,
scale), :mod:`.not_quantities` (names, model numbers, years), :mod:`.qualifiers` (the words
before), :mod:`.counted_nouns` (the noun counted).
"""

from __future__ import annotations

from collections.abc import Callable

from factkit.annotate.quantities.attach_context import AttachContext, FoundQuantity
from factkit.annotate.quantities.counted_nouns import counted_noun_unit
from factkit.annotate.quantities.lexicon import UnitPatterns
from factkit.annotate.quantities.measures import (
    currency_before,
    digit_suffix,
    fraction_unit,
    scale_suffix,
    scale_word,
    unit_after,
)
from factkit.annotate.quantities.not_quantities import (
    glued_to_letters,
    number_word_in_name,
    year_or_name,
)
from factkit.annotate.quantities.numbers import NumberSpan
from factkit.annotate.quantities.qualifiers import left_context
from factkit.annotate.quantities.settings import QuantitySettings

__all__ = ["RULES", "attach"]


def attach(
    text: str,
    num: NumberSpan,
    lo: int,
    hi: int,
    patterns: UnitPatterns,
    settings: QuantitySettings,
    count_nouns: bool,
) -> tuple[FoundQuantity | None, int]:
    """Currency, sign, scale, unit, qualifier and counted noun around one number.

    ``lo`` is where the previous quantity ended (context never reaches behind it). Returns the
    quantity (None when the number is not one) and where the consumed text ends.
    """
    digits_only = text[num.end - 1].isdigit() and not num.words
    ctx = AttachContext(
        text,
        num,
        lo,
        hi,
        patterns,
        settings,
        count_nouns,
        digits_only,
        num.start,
        num.end,
        num.value,
    )
    for rule in RULES:
        if rule(ctx):
            return None, ctx.end
    found = FoundQuantity(
        ctx.start, ctx.end, ctx.value, ctx.unit, ctx.qualifier, ctx.measured, ctx.scaled, ctx.raw
    )
    return found, ctx.end


# The order is the precedence: a rule sees what the rules before it found.
RULES: tuple[Callable[[AttachContext], bool], ...] = (
    digit_suffix,
    number_word_in_name,
    currency_before,
    scale_suffix,
    scale_word,
    unit_after,
    fraction_unit,
    glued_to_letters,
    left_context,
    year_or_name,
    counted_noun_unit,
)
