"""Stage 2 of the quantity finder: what stands around one number makes it a quantity, or not.

:func:`attach` runs an ordered list of small rules over a shared :class:`AttachContext`: the digit
suffix ("3/4", "10^6"), a number word inside a name ("Capital One Cup"), a currency in front
("$", "C$"), a scale suffix or word ("bn", "million"), a unit or currency after ("km",
"percent"), letters glued on (model numbers), the words before (sign, "minus", "percent of",
qualifiers such as "at least"), years and names, and the counted noun ("183 deaths"). A rule
returns True when the number is not a quantity.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from factkit.annotate.quantities.digits import (
    GLUED_SCALE,
    GLUED_SCALE_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_AFTER,
    read_digit_suffix,
)
from factkit.annotate.quantities.exclusions import MONTHS
from factkit.annotate.quantities.lexicon import SP, UnitPatterns
from factkit.annotate.quantities.numbers import GLUED_GROUPED, PERIOD_ORDINALS, NumberSpan
from factkit.annotate.quantities.settings import QuantitySettings
from factkit.annotate.quantities.words import SCALES
from factkit.lang import alias_table, alternation, entries, word_set

__all__ = ["AttachContext", "FoundQuantity", "attach"]


@dataclass(slots=True)
class FoundQuantity:
    """A quantity being assembled: span, value, unit and qualifier, plus what the pair rules
    (:mod:`.pairs`) need to know about how it was written."""

    start: int
    end: int
    value: float
    unit: str | None
    qualifier: str | None
    measured: bool  # unit is a measurement unit (not a counted noun)
    scaled: bool  # a scale word/suffix was applied
    raw: float  # the value before scale


@dataclass(slots=True)
class AttachContext:
    """One number and what the rules have found around it so far."""

    text: str
    num: NumberSpan
    lo: int  # where the previous quantity ended: context never reaches behind it
    hi: int  # the end of the text being searched
    patterns: UnitPatterns
    settings: QuantitySettings
    count_nouns: bool  # a counted noun becomes the unit when no measurement unit is written
    digits_only: bool  # written in digits only, ending in a digit
    start: int
    end: int
    value: float
    raw: float = 0.0
    unit: str | None = None
    measured: bool = False
    scaled: bool = False
    has_currency: bool = False
    qualifier: str | None = None


_QUALIFIERS = list(entries("quantity_qualifiers"))
_QUALIFIER_CANON = {
    surface: canonical
    for surface, (canonical,) in alias_table("quantity_qualifier_canon", separator=" = ").items()
}
_QUALIFIER_SET = frozenset(q for q in _QUALIFIERS if q[0].isalpha())
# "more about 529 plans": the word before makes the qualifier a preposition
_PREPOSITION_HEADS = frozenset(entries("qualifier_preposition_heads"))
_QUALIFIER_SYMBOLS = {sym: _QUALIFIER_CANON[sym] for sym in ("~", "<", ">", "≥", "≤", "±")}
# Qualifiers that still let a bare four-digit number be a year ("over 2019" is not a count).
_YEAR_QUALIFIERS = (None, "over", "under", "below", "above", "between", "only", "just", "some")
_NOT_NOUNS = word_set("quantity_not_nouns")
_IRREGULAR_PLURALS = word_set("irregular_plurals")
_IRREGULAR_HEADS = tuple(entries("irregular_plural_heads"))
_NAME_EXCEPTIONS = word_set("quantity_name_exceptions")
_INCH_CONTEXT = re.compile(
    r"(?:[ \t]*$|[ \t]*[.,;:)!?]|[ \t]+(?:" + alternation(entries("inch_context_words")) + r")\b)"
)
_YEAR_DETERMINER = re.compile(rf"\b(?i:{alternation(entries('year_determiners'))}) $")
_CAP_NAME_WORD = re.compile(r"([A-Z][A-Za-z]*)[ \u00a0]$")
# a score after a team ("Chelsea 2-1"): small numbers either side of a dash, unlike a model
# number ("Boeing 737-800")
_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
# a number-hyphen compound before a noun ("400-bed hospital"), not one going on ("one-of-a-kind")
_COMPOUND_NOUN = re.compile(r"-([a-z]+)(?=[ \t\u00a0]+[A-Za-z])")
_COMPOUND_NOT_NOUNS = word_set("number_compound_not_nouns")
_GLUED_GROUPED = re.compile(GLUED_GROUPED)
_SCORE_AFTER = re.compile(r"\d{1,2}[-–]\d{1,2}(?![\d.,]?\d)")
# "half an hour", "a hundredth of a second": the unit after a fraction written in words
_FRACTION_OF_A = re.compile(r"[ \t]+(?:of[ \t]+)?an?[ \t]+([A-Za-z]+)\b")


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


# --------------------------------------------------------------------------- the rules, in order


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


def glued_to_letters(ctx: AttachContext) -> bool:
    """Model numbers and codes: "860BOX", "LGA1156", "06F6"."""
    text, e, start = ctx.text, ctx.end, ctx.num.start
    return (e < len(text) and text[e].isalpha()) or (
        not ctx.has_currency
        and start > 0
        and text[start - 1].isalpha()
        and not _GLUED_GROUPED.fullmatch(text, start, ctx.num.end)  # "Population8,412"
    )


def left_context(ctx: AttachContext) -> bool:
    """Sign, "minus", "percent of" and the qualifier from the words before the number."""
    negative, ctx.start, ctx.qualifier, percent_of = _read_left(ctx)
    if negative:
        ctx.value, ctx.raw = -ctx.value, -ctx.raw
    if percent_of and ctx.unit is None:
        ctx.unit, ctx.measured = "percent", True
    return False


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


def counted_noun_unit(ctx: AttachContext) -> bool:
    """Without a measurement unit the counted noun is the unit ("183 deaths" -> "deaths"; "a
    400-bed hospital" -> "bed")."""
    if ctx.unit is None and ctx.count_nouns:
        ctx.unit = counted_noun(ctx.text, ctx.end, ctx.hi, ctx.settings) or _compound_noun(ctx)
    return False


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


# --------------------------------------------------------------------------- helpers


def _read_left(ctx: AttachContext) -> tuple[bool, int, str | None, bool]:
    """(negative, new span start, qualifier, "percent of" before) from the words before."""
    text, lo, s, num = ctx.text, ctx.lo, ctx.start, ctx.num
    seg_lo = max(lo, s - ctx.settings.left_context_chars)
    seg = text[seg_lo:s]
    negative = False
    if (
        seg[-1:] in ("-", "−")
        and not num.words
        and (s < 2 or text[s - 2] in " \t\n([$€£¥:=" or ctx.has_currency)
    ):
        negative = True
        if not ctx.has_currency:
            s -= 1
        seg = seg[:-1]
    elif seg[-2:] in ("- ", "− ") and seg_lo == 0 and not seg[:-2].strip():
        negative, s, seg = True, s - 2, seg[:-2]  # "- 1 4/5" at the very start
    qualifier = _QUALIFIER_SYMBOLS.get(seg[-1:]) if seg else None
    words = seg.split()
    if words and seg_lo > 0 and not text[seg_lo - 1].isspace() and seg_lo > lo:
        words = words[1:]  # the window cut the first word
    max_words = ctx.settings.qualifier_max_words
    clean = [w.strip('("“‘[').lower() for w in words[-max_words:]]
    if not negative and clean and clean[-1] in ("minus", "negative"):
        negative = True
        s = seg_lo + seg.rfind(words[-1])
        clean.pop()
    percent_of = (
        clean[-2:] in (["percent", "of"], ["percents", "of"]) or clean[-3:] == ["per", "cent", "of"]
    ) and not any(ch.isdigit() for ch in " ".join(words[-4:-2]))
    if percent_of:
        s = seg_lo + seg.rfind(words[-3] if clean[-3:] == ["per", "cent", "of"] else words[-2])
    if qualifier is None:
        for k in range(max_words, 0, -1):
            if len(clean) >= k:
                phrase = " ".join(clean[-k:])
                if phrase in _QUALIFIER_SET:
                    headed = " ".join(clean[-k - 1 :]) if len(clean) > k else ""
                    if headed not in _PREPOSITION_HEADS:
                        qualifier = _QUALIFIER_CANON.get(phrase, phrase)
                    break
    return negative, s, qualifier, percent_of


def _compound_noun(ctx: AttachContext) -> str | None:
    """ "a 400-bed hospital", "a three-match ban": the word joined on counts, not the noun after
    it (a whole number only: "half-time" is no count)."""
    m = _COMPOUND_NOUN.match(ctx.text, ctx.end, ctx.hi)
    if not m or not ctx.value.is_integer():
        return None
    word = m.group(1).lower()
    # a participle ("three-wheeled", "four-sided", "three-putting") describes, it counts nothing
    participle = len(word) > 4 and word.endswith(("ed", "ing"))
    if participle or word in _COMPOUND_NOT_NOUNS or word in _NOT_NOUNS:
        return None
    return m.group(1)


def _in_name(text: str, s: int, lo: int, settings: QuantitySettings) -> bool:
    """ "Boeing 737", "Windows 11", "Route 66": a capitalised word right before the number."""
    m = _CAP_NAME_WORD.search(text, max(lo, s - settings.name_reach), s)
    if not m:
        return False
    word = m.group(1)
    if word in _NAME_EXCEPTIONS or re.fullmatch(MONTHS, word):
        return False
    return not (m.start() > 0 and text[m.start() - 1].isalnum())


@functools.cache
def _noun_words(max_words: int) -> re.Pattern[str]:
    # a word may open with a size or an age ("three 10-year-old boys", "six 8ft poles"): the
    # first number counts the noun after it
    return re.compile(rf"(?:{SP}+(?:[A-Za-z]|\d[\d.,]*-?[A-Za-z])[A-Za-z'’-]*){{1,{max_words}}}")


# an acronym ("US", "TV") or its plural ("MPs"): a name, never the pronoun "us"
_ACRONYM = re.compile(r"[A-Z]{2,}s?")


def _compound_plural(word: str) -> bool:
    """ "schoolchildren", "policemen", "gunmen": a word built on an irregular plural ending."""
    return any(word.endswith(h) and len(word) > len(h) + 1 for h in _IRREGULAR_HEADS)


def counted_noun(text: str, e: int, hi: int, settings: QuantitySettings) -> str | None:
    """ "183 deaths" -> "deaths", "34 provincial capitals" -> "provincial capitals"."""
    m = _noun_words(settings.counted_noun_max_words).match(text, e, hi)
    if not m:
        return None
    words = m.group().split()
    in_name: str | None = None  # a plural inside a capitalised run, if no noun follows the run
    for k, w in enumerate(words):
        lw = w.lower()
        acronym = _ACRONYM.fullmatch(w) is not None
        if (lw in _NOT_NOUNS and not acronym) or lw.endswith("ly") or "'" in w or "’" in w:
            return in_name
        if (
            lw in _IRREGULAR_PLURALS
            or _compound_plural(lw)
            or (
                lw.endswith("s")
                and (len(lw) > 3 or (acronym and w[-1] == "s"))
                and not lw.endswith(("ss", "us", "is", "ous"))
            )
        ):
            if not (w[0].isupper() and k + 1 < len(words) and words[k + 1][0].isupper()):
                return " ".join(words[: k + 1])
            # "436 Champions League goals": the run names the noun's kind; the noun comes
            # after it. A title-case line ("350 People Attended A") has none: the plural stands.
            in_name = in_name or " ".join(words[: k + 1])
    return in_name
