"""Spreadsheet formulas and cells of symbols are no speakers.

An article pasted from a spreadsheet, or a hostile one, holds tokens like ``=SUM(A1)`` or
``calc'!A0``; the speaker rules read any word before "said" as its subject, so "=SUM(A1) said
..." named "=SUM(A1)" the speaker, and "...calc'!A0, said Jane Doe" named the cell "A0". A
person's name or description has a letter, starts a word (after an opening quote or bracket at
most) and holds none of a formula's operators.
"""

from __future__ import annotations

import re

# A formula's operators no name or job title holds: "=" (or a leading "+") opens a formula,
# "|" makes a DDE call ("cmd|' /C calc'"), "!" joins a sheet to its cell ("Sheet1!A0"; "Yahoo!"
# ends a name), a name glued to a bracket calls a function ("SUM(", "HYPERLINK(").
_FORMULA = re.compile(r"^\+|[=|]|![$A-Za-z]|[A-Za-z_]\w*\(")
# What may stand, unspaced, before a speaker's first word: quotes, brackets, dashes.
_OPENING_MARKS = "\"'“‘«([{—–-"
# How far back a glued word is read: a cell reference sits right after its sheet's name, and a
# word of 100,000 characters is read once per speaker, not in full.
_GLUE_LOOKBACK_CHARS = 64


def _glued_prefix(text: str, start: int) -> str:
    """What stands between the start of the whitespace-separated word holding ``start`` and
    ``start``, opening quotes and brackets left off."""
    word_start, floor = start, max(0, start - _GLUE_LOOKBACK_CHARS)
    while word_start > floor and not text[word_start - 1].isspace():
        word_start -= 1
    return text[word_start:start].lstrip(_OPENING_MARKS)


def formula_like(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, read as a speaker, is a formula or its cell: no letter or
    digit in it, a formula's operator in it, or the tail of a word that holds one
    ("calc'!A0": the speaker rules cut "A0")."""
    phrase = text[start:end]
    if not any(ch.isalnum() for ch in phrase):
        return True  # a cell of symbols: "***", "=+"
    return bool(_FORMULA.search(phrase) or _FORMULA.search(_glued_prefix(text, start) + phrase))
