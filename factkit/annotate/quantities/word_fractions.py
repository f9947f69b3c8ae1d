"""Fractions written in words: "two-thirds", "five and a half million", "one one hundred
fifth", "half a dozen", and whether an ordinal word is a denominator at all ("a third of
voters", not "a third term").

The readers work on lower-cased tokens of one number run, as :mod:`.cardinals` does.
"""

from __future__ import annotations

from factkit.annotate.quantities.cardinals import CardinalParser
from factkit.annotate.quantities.words import (
    AND_WORDS,
    ARTICLES,
    DOZENS,
    SCALES,
    TENS,
    UNIT_ORDINALS,
    UNITS,
    ordinal,
)

__all__ = [
    "Fraction",
    "bare_fraction",
    "fraction_value",
    "ordinal_is_fraction",
    "scale_after_fraction",
]


Fraction = tuple[float, float, float, int]  # integer part, fraction, integer's scale, start


def fraction_value(toks: list[str], i: int, d: int, parser: CardinalParser) -> Fraction | None:
    """tokens[i:d+1] read as "[integer and] numerator denominator".

    Returns (integer part, fraction, the integer part's last scale, index where it starts); the
    start may be after ``i`` (tokens before it are separate numbers).
    """
    found = ordinal(toks[d])
    if found is None:
        return None
    denom, unit_ord = found
    word = toks[d]
    for s in range(i, d):
        # 1. a tens word joins a unit ordinal: "one hundred thirty-fifths" = 100/35
        if unit_ord and d - 1 > s and toks[d - 1] in TENS and toks[d - 2] != "and":
            num = _numerator(toks, s, d - 1, parser)
            if num is not None:
                return 0.0, num / (TENS[toks[d - 1]] + denom), 1.0, s
        if word.rstrip("s") in ("first", "second") and not (d - 1 >= s and toks[d - 1] in TENS):
            return None
        # 2. the whole span before the ordinal is the numerator: "twenty-three fifths"
        whole = _numerator_with_and(toks, s, d, denom, parser)
        if whole is not None:
            return (*whole, s)
        # 3. "one one hundred fifth" = 1/105
        if (
            unit_ord
            and d - 2 > s
            and toks[d - 1] in ("hundred", "thousand")
            and toks[d - 2] in UNITS
        ):
            num = _numerator(toks, s, d - 2, parser)
            if num is not None:
                scale = 100 if toks[d - 1] == "hundred" else 1000
                return 0.0, num / (UNITS[toks[d - 2]] * scale + denom), 1.0, s
    return None


def _numerator(toks: list[str], s: int, e: int, parser: CardinalParser) -> float | None:
    if e - s == 1 and toks[s] in ARTICLES:
        return 1.0
    return parser.parse_all(s, e)


def _numerator_with_and(
    toks: list[str], s: int, d: int, denom: float, parser: CardinalParser
) -> tuple[float, float, float] | None:
    """Numerator tokens[s:d] over ``denom``; "X and a half" adds a proper fraction to X."""
    for a in range(d - 1, s, -1):
        if toks[a] in AND_WORDS:
            frac_num = _numerator(toks, a + 1, d, parser)
            head = parser.parse(s, a)
            if frac_num is not None and head is not None and head[1] == a and frac_num < denom:
                return head[0], frac_num / denom, head[2]
            break
    num = _numerator(toks, s, d, parser)
    if num is None:
        return None
    return 0.0, num / denom, 1.0


def ordinal_is_fraction(toks: list[str], i: int, d: int, nxt: str) -> bool:
    """An ordinal word is a denominator only after a numerator in fraction-like context.

    ``nxt`` is the lower-cased word after the ordinal ("" at punctuation or the end).
    """
    prev = toks[d - 1]
    word = toks[d]
    plural = word.endswith("s") or word == "halves"
    if prev in ARTICLES:
        if word in ("half", "quarter", "quarters"):
            return True
        # "a third of voters" is a fraction, "a third term" an ordinal
        return nxt in ("", "of", "and") or nxt in SCALES or plural
    if prev in TENS and word.rstrip("s") in UNIT_ORDINALS and d - 1 == i:
        return plural  # "twenty-first" alone is an ordinal; "twenty fifths" is 20/5
    return prev not in AND_WORDS


def bare_fraction(toks: list[str], i: int) -> tuple[float, int] | None:
    """ "half" / "quarter" without a numerator: "half million", "half a dozen", "half"."""
    base = 0.5 if toks[i] == "half" else 0.25
    j = i + 1
    if (
        j + 1 < len(toks)
        and toks[j] in ARTICLES
        and (toks[j + 1] in SCALES or toks[j + 1] in DOZENS or toks[j + 1] == "hundred")
    ):
        t2 = toks[j + 1]
        mult = SCALES.get(t2) or (12.0 if t2 in DOZENS else 100.0)
        return base * mult, j + 2
    if j < len(toks) and toks[j] in SCALES:
        return base * SCALES[toks[j]], j + 1
    if toks[i] == "half":
        return 0.5, j
    return None


def scale_after_fraction(
    toks: list[str], j: int, int_part: float, frac: float, int_scale: float
) -> tuple[float, int]:
    """ "three quarters million", "five and a half million", "3 million and a half"."""
    k = j
    if k + 1 < len(toks) and toks[k] == "of" and toks[k + 1] in ARTICLES:
        k += 2
    if k < len(toks) and toks[k] in SCALES:
        scale = SCALES[toks[k]]
        if int_part >= scale * 1000:
            # "one billion and three quarters million": the integer keeps its own scale
            return int_part + frac * scale, k + 1
        return (int_part + frac) * scale, k + 1
    return int_part + frac * (int_scale if int_scale >= 1000 else 1.0), j
