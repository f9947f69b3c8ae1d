"""The noun a number counts: "183 deaths" -> "deaths", "34 provincial capitals" -> "provincial
capitals", "a 400-bed hospital" -> "bed".

Without a measurement unit the counted noun becomes the quantity's unit; the year and name rule
(:mod:`.not_quantities`) asks too, since "2019 cars" is a count and "in 2019" a year.
"""

from __future__ import annotations

import functools
import re

from factkit.annotate.quantities.attach_context import AttachContext
from factkit.annotate.quantities.lexicon import SP
from factkit.annotate.quantities.settings import QuantitySettings
from factkit.lang import entries, word_set

__all__ = ["counted_noun", "counted_noun_unit"]

_NOT_NOUNS = word_set("quantity_not_nouns")
_IRREGULAR_PLURALS = word_set("irregular_plurals")
_IRREGULAR_HEADS = tuple(entries("irregular_plural_heads"))
# a number-hyphen compound before a noun ("400-bed hospital"), not one going on ("one-of-a-kind")
_COMPOUND_NOUN = re.compile(r"-([a-z]+)(?=[ \t\u00a0]+[A-Za-z])")
_COMPOUND_NOT_NOUNS = word_set("number_compound_not_nouns")


def counted_noun_unit(ctx: AttachContext) -> bool:
    """Without a measurement unit the counted noun is the unit ("183 deaths" -> "deaths"; "a
    400-bed hospital" -> "bed")."""
    if ctx.unit is None and ctx.count_nouns:
        ctx.unit = counted_noun(ctx.text, ctx.end, ctx.hi, ctx.settings) or _compound_noun(ctx)
    return False


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
