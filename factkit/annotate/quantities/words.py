"""The number words of English and their values: units, teens, tens, scales ("lakh", "crore"),
"dozen", and the ordinals a fraction's denominator is written with ("fifths", "halves").

Read from ``factkit/lang/en/number_*.txt``, ``ordinal_*.txt`` and ``dozen_words.txt``; the
parsers (:mod:`.cardinals`, :mod:`.word_fractions`) look words up here.
"""

from __future__ import annotations

from factkit.lang import entries

__all__ = [
    "AFTER_ARTICLE",
    "AND_WORDS",
    "ARTICLES",
    "CARDINAL_WORDS",
    "DOZENS",
    "ORDINAL_WORDS",
    "SCALES",
    "TEENS",
    "TENS",
    "UNITS",
    "UNIT_ORDINALS",
    "ordinal",
    "small_number",
]


def _number_table(name: str) -> dict[str, int | float]:
    """``word value`` lines of a language-data file; integral values stay ints ("seven 7")."""
    table: dict[str, int | float] = {}
    for entry in entries(name):
        word, value = entry.split()
        table[word] = int(value) if value.isdigit() else float(value)
    return table


UNITS = _number_table("number_units")
TEENS = _number_table("number_teens")
TENS = _number_table("number_tens")
SCALES = _number_table("number_scales")
DOZENS = set(entries("dozen_words"))
# Ordinal words usable as a fraction's denominator ("three fifths"). "first"/"second" only count
# inside a compound ("twenty-first"): "a first class seat" is not a fraction.
UNIT_ORDINALS = _number_table("ordinal_units")
_ORD_OTHER = _number_table("ordinal_others")
AND_WORDS = ("and", "&")
ARTICLES = ("a", "an")


def ordinal(word: str) -> tuple[float, bool] | None:
    """(denominator, is_unit_ordinal) for an ordinal/fraction word or its plural."""
    for w in (word, word[:-1] if word.endswith("s") else None):
        if w is None:
            continue
        if w in UNIT_ORDINALS:
            return float(UNIT_ORDINALS[w]), True
        if w in _ORD_OTHER:
            return float(_ORD_OTHER[w]), False
    if word == "halves":
        return 2.0, False
    return None


ORDINAL_WORDS = sorted(
    {*UNIT_ORDINALS, *_ORD_OTHER}
    | {w + "s" for w in {*UNIT_ORDINALS, *_ORD_OTHER} if w != "half"}
    | {"halves"},
    key=len,
    reverse=True,
)
CARDINAL_WORDS = sorted(
    {*UNITS, *TEENS, *TENS, "hundred", "hundreds", *SCALES, *DOZENS, "point"},
    key=len,
    reverse=True,
)
# Words that "a"/"an" before them turns into a count of one: "a hundred", "a third".
AFTER_ARTICLE = frozenset({*entries("number_after_article"), *SCALES, *DOZENS})


def small_number(word: str) -> float | None:
    """Value of a single word or digit group below 100 ("seventy", "12"), or None."""
    if word in UNITS:
        return float(UNITS[word])
    if word in TEENS:
        return float(TEENS[word])
    if word in TENS:
        return float(TENS[word])
    if word.isdigit():
        return float(word)
    return None
