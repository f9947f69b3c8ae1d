"""Numbers that are no quantity because of the words around them: a number word inside a name
("Capital One Cup"), a number glued to letters (a model number, "LGA1156"), a bare year ("in
2019") or a number in a name ("Boeing 737", "Route 66").

:mod:`.exclusions` drops numbers by their own shape (URLs, dates, phone numbers) before any
context is read; these rules need the context the other attach rules found (a currency, a unit,
a qualifier), so they run among them, in :data:`.attach.RULES`.
"""

from __future__ import annotations

import re

from factkit.annotate.quantities.attach_context import AttachContext
from factkit.annotate.quantities.counted_nouns import counted_noun
from factkit.annotate.quantities.exclusions import MONTHS
from factkit.annotate.quantities.numbers import GLUED_GROUPED
from factkit.annotate.quantities.settings import QuantitySettings
from factkit.lang import alternation, entries, word_set

__all__ = ["glued_to_letters", "number_word_in_name", "year_or_name"]

_NAME_EXCEPTIONS = word_set("quantity_name_exceptions")
_YEAR_DETERMINER = re.compile(rf"\b(?i:{alternation(entries('year_determiners'))}) $")
_CAP_NAME_WORD = re.compile(r"([A-Z][A-Za-z]*)[ \u00a0]$")
_GLUED_GROUPED = re.compile(GLUED_GROUPED)
# Qualifiers that still let a bare four-digit number be a year ("over 2019" is not a count).
_YEAR_QUALIFIERS = (None, "over", "under", "below", "above", "between", "only", "just", "some")
# a score after a team ("Chelsea 2-1"): small numbers either side of a dash, unlike a model
# number ("Boeing 737-800")
_SCORE_AFTER = re.compile(r"\d{1,2}[-–]\d{1,2}(?![\d.,]?\d)")


def number_word_in_name(ctx: AttachContext) -> bool:
    """A capitalised number word inside a name ("Capital One Cup", "Formula One", "fans of One
    Direction") is no quantity: mid-sentence, a capitalised word stands right before it (not
    "About", "The": ``quantity_name_exceptions``) or right after it."""
    num, text = ctx.num, ctx.text
    if not num.words or not text[num.start].isupper():
        return False
    before = text[max(ctx.lo, num.start - ctx.settings.name_reach) : num.start].rstrip()
    if not before or not before[-1].isalpha():
        return False  # the sentence (or a quote, a list item) opens with it: "Three died"
    previous = before.split()[-1]
    after = text[num.end : num.end + ctx.settings.name_reach].split()
    return (previous[0].isupper() and previous not in _NAME_EXCEPTIONS) or bool(
        after and after[0][0].isupper()
    )


def glued_to_letters(ctx: AttachContext) -> bool:
    """Model numbers and codes: "860BOX", "LGA1156", "06F6"."""
    text, e, start = ctx.text, ctx.end, ctx.num.start
    return (e < len(text) and text[e].isalpha()) or (
        not ctx.has_currency
        and start > 0
        and text[start - 1].isalpha()
        and not _GLUED_GROUPED.fullmatch(text, start, ctx.num.end)  # "Population8,412"
    )


def year_or_name(ctx: AttachContext) -> bool:
    """A bare four-digit year ("in 2019") or a number in a name ("Boeing 737") is no quantity."""
    num, text = ctx.num, ctx.text
    if not num.integer_digits or ctx.measured or ctx.scaled:
        return False
    settings = ctx.settings
    year_like = (
        settings.year_min <= ctx.value <= settings.year_max and len(text[num.start : num.end]) == 4
    )
    counted = counted_noun(text, ctx.end, ctx.hi, settings)
    if (
        year_like
        and (
            counted is None
            or _YEAR_DETERMINER.search(
                text, max(ctx.lo, num.start - settings.year_determiner_reach), num.start
            )
        )
        and ctx.qualifier in _YEAR_QUALIFIERS
    ):
        return True
    return (
        counted is None
        and ctx.qualifier is None
        and _in_name(text, num.start, ctx.lo, settings)
        and not _SCORE_AFTER.match(text, num.start)
    )


def _in_name(text: str, s: int, lo: int, settings: QuantitySettings) -> bool:
    """ "Boeing 737", "Windows 11", "Route 66": a capitalised word right before the number."""
    m = _CAP_NAME_WORD.search(text, max(lo, s - settings.name_reach), s)
    if not m:
        return False
    word = m.group(1)
    if word in _NAME_EXCEPTIONS or re.fullmatch(MONTHS, word):
        return False
    return not (m.start() > 0 and text[m.start() - 1].isalnum())
