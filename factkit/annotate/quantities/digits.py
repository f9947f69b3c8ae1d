"""Numbers written in digits: grouped thousands ("1,234,567", "1 414 021 100", "1.234,5"), decimals,
fractions ("3/4", "2 1/2", "½"), powers ("10^6", "1.2e5", "3 x 10^8") and scale suffixes ("10k",
"$1.13bn").
"""

from __future__ import annotations

import re

from factkit.annotate.quantities.lexicon import SP
from factkit.lang import alternation, entries

__all__ = [
    "DIGITS",
    "GLUED_SCALE",
    "GLUED_SCALES",
    "GLUED_SCALE_WORDS",
    "SCALE_ABBREVIATIONS",
    "SCALE_AFTER",
    "VULGAR",
    "VULGAR_CHARS",
    "VULGAR_NUMBER",
    "parse_digits",
    "read_digit_suffix",
]

# A digit number: grouped thousands (comma, dot, thin space), decimals, a leading dot.
DIGITS = (
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d]|[.,]\d)"
    r"|\d+(?:[.,]\d+)*|\.\d+)"
)
VULGAR = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅕": 0.2,
    "⅖": 0.4,
    "⅗": 0.6,
    "⅘": 0.8,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
VULGAR_CHARS = re.compile(f"[{''.join(VULGAR)}]")
VULGAR_NUMBER = re.compile(rf"(?<![\w.])(\d+{SP}?)?([{''.join(VULGAR)}])")

# Scale suffixes after digits: word scales are case-insensitive, abbreviations are exact.
SCALE_ABBREVIATIONS = {
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "MM": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "m": 1e6,
    "G": 1e9,
    "B": 1e9,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "T": 1e12,
    "tn": 1e12,
    "tln": 1e12,
    "trn": 1e12,
}
SCALE_AFTER = re.compile(
    rf"(?:{SP}?(?P<abbr>MM|mln|mil|mn|bln|bn|tln|trn|tn|[kKMGBT])"
    rf"|(?P<attached>[bm])|{SP}(?P<spaced>m))(?![\w°])"
)


def _glued_scales() -> dict[str, tuple[float, bool]]:
    """``number_glued_scales.txt``: scale word -> (multiplier, only after a currency symbol)."""
    out = {}
    for line in entries("number_glued_scales"):
        word, value, currency_only = line.split()
        out[word] = (float(value), currency_only == "yes")
    return out


# the whole table; the verifier's slot numbers read it too (factkit.verification.numbers)
GLUED_SCALES = _glued_scales()
# Scale words written straight after the digits ("$15million", "8million") that this finder
# reads: the long words; the short ones ("m", "bn") are :data:`SCALE_AFTER`'s.
GLUED_SCALE_WORDS = {word: value for word, (value, short) in GLUED_SCALES.items() if not short}
# not a longer word ("500millionaire" stays a code)
GLUED_SCALE = re.compile(rf"(?i:(?P<word>{alternation(GLUED_SCALE_WORDS)}))(?![\w°])")

_FRACTION_AFTER = re.compile(r"/(\d+)(?![\d/.,])")
_MIXED_FRACTION = re.compile(rf"{SP}+(\d+)/(\d+)(?![\d/])")
_POWER = re.compile(r"\^([-+−]*)(\d+)(?![\d.])")
_SCIENTIFIC = re.compile(rf"(?:[eE]([-+]?\d+)|{SP}?[x×]{SP}?10\^?([-+−]*)(\d+))(?![\w.])")


def parse_digits(s: str) -> list[tuple[int, int, float]]:
    """Value(s) of a digit token; a token with inconsistent separators splits into several.

    Returns (offset_start, offset_end, value) triples relative to the token.
    """
    s_clean = s.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in s_clean:
        head, _, dec = s_clean.partition(".")
        val = float(head.replace(" ", "") + ("." + dec if dec else ""))
        return [(0, len(s), val)]
    if s.startswith("."):
        return [(0, len(s), float("0" + s))]
    has_comma, has_dot = "," in s, "." in s
    if has_comma and has_dot:
        last = max(s.rfind(","), s.rfind("."))
        dec_sep = s[last]
        int_part, frac = s[:last], s[last + 1 :]
        thou = "," if dec_sep == "." else "."
        if dec_sep in int_part or not re.fullmatch(rf"\d{{1,3}}(?:\{thou}\d{{2,3}})*", int_part):
            return _split_token(s)
        return [(0, len(s), float(int_part.replace(thou, "") + "." + frac))]
    if has_comma:
        groups = s.split(",")
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return [(0, len(s), float(s.replace(",", "")))]
        # Indian grouping 12,34,567
        if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", s):
            return [(0, len(s), float(s.replace(",", "")))]
        if len(groups) == 2 and len(groups[1]) != 3:
            return [(0, len(s), float(groups[0] + "." + groups[1]))]  # decimal comma
        return _split_token(s)
    if has_dot:
        groups = s.split(".")
        if len(groups) == 2:
            return [(0, len(s), float(s))]
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return [(0, len(s), float(s.replace(".", "")))]
        return _split_token(s)
    return [(0, len(s), float(s))]


def _split_token(s: str) -> list[tuple[int, int, float]]:
    return [(m.start(), m.end(), float(m.group())) for m in re.finditer(r"\d+", s)]


def read_digit_suffix(
    text: str, end: int, hi: int, value: float, integer: bool
) -> tuple[float | None, int]:
    """The number's value and end after a fraction, exponent or power written right after it.

    ``integer``: the number is a plain digit integer (only those take a mixed fraction, "2 1/2").
    The value is None when the text is not a number after all ("5/0", an overflowing power or
    exponent).
    """
    m = _MIXED_FRACTION.match(text, end, hi)
    if m and integer and 0 < int(m.group(1)) < int(m.group(2)):
        value += int(m.group(1)) / int(m.group(2))
        end = m.end()
    else:
        m = _FRACTION_AFTER.match(text, end, hi)
        if m:
            den = int(m.group(1))
            if den == 0:
                return None, m.end()
            value /= den
            end = m.end()
    m = _SCIENTIFIC.match(text, end, hi)
    if m:
        try:  # "1e400" overflows like a power does
            if m.group(1) is not None:
                value *= 10.0 ** int(m.group(1))
            else:
                neg = m.group(2).count("-") + m.group(2).count("−")
                value *= 10.0 ** (-int(m.group(3)) if neg % 2 else int(m.group(3)))
        except OverflowError:
            return None, m.end()
        end = m.end()
    else:
        m = _POWER.match(text, end, hi)
        if m:
            neg = m.group(1).count("-") + m.group(1).count("−")
            exp = int(m.group(2))
            try:
                value = value ** (-exp if neg % 2 else exp)
            except (OverflowError, ZeroDivisionError):
                return None, m.end()
            end = m.end()
    return value, end
