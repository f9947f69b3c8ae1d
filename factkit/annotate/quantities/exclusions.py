"""Numbers that are not quantities because of where they stand: inside URLs, e-mail addresses,
handles, dates, times of day, ordinals, decades, phone numbers and list numbering.
"""

from __future__ import annotations

import re

from factkit.annotate.quantities.lexicon import SP
from factkit.annotate.quantities.settings import QuantitySettings
from factkit.lang import alternation, entries, word_set

__all__ = ["MONTHS", "blocked"]

_MONTH_NAMES = [*entries("months"), *entries("month_abbreviations")]
MONTHS = f"(?:{alternation(_MONTH_NAMES, capitalize=True)})\\.?"
# Spans that never hold a quantity; a number overlapping one is skipped. Checked per number:
# the first set inside the number's whitespace-free chunk, the second in a small window.
_IN_CHUNK = [
    r"(?:https?://|www\.)\S+",  # URLs
    r"[\w.-]+\.(?:com|org|net|gov|edu|co|io|ly|uk|ru|de|fr|info|tv|me)/\S*",
    r"[\w.+-]+@[\w-]+\.[\w.]+",  # e-mail
    r"(?<![\w@])[@#][A-Za-z_]\w*",  # handles, hashtags
    r"(?<![\w.])\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2})?)?",  # ISO date
    r"(?<![\w./])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\w/])",  # 8/10/2021, 10.08.21
    r"(?<![\w.])\d{1,2}(?::\d{2}){1,2}(?:(?i:[ap]\.?m\.?))?(?!\w)",  # 10:30
    r"(?<![\w.])\d{1,2}(?:\.\d{2})?(?i:[ap]\.m\.|[ap]m\b)",  # 2.17pm
    r"(?<![\w.])\d+(?:st|nd|rd|th)\b",  # ordinals
    r"(?<![\w.])(?:1[5-9]|20)\d0s\b|['’]\d0s\b|(?<!\w)['’]\d\d\b",  # decades, '57
    r"(?<![\w.])(?:1[5-9]|20)\d\d[-–/](?:\d\d|(?:1[5-9]|20)\d\d)(?![\d.,]\d)",  # 2013-14
    r"(?<![\w.])(?:24/7|9/11|7/7)(?![\w/])",  # fixed expressions
    r"\+?\d{1,3}-\d{3}-\d{3,4}(?:[-/]\d{3,4})?",  # phone numbers with dashes
]
_EXCLUDED_IN_CHUNK = re.compile("|".join(_IN_CHUNK))
# The same without the web address and the e-mail, which need a "/" or an "@" and are read from
# every character of a chunk to its end (up to chunk_reach each side: 4.5 ms a number in a long
# token such as "twenty-twenty-..."). Where the chunk has neither they never match, so leaving
# them out finds the same spans.
_EXCLUDED_IN_PLAIN_CHUNK = re.compile("|".join(_IN_CHUNK[:1] + _IN_CHUNK[3:]))
_MONTH_WORDS = word_set("months") | word_set("month_abbreviations")
_AM_PM = frozenset({"am", "pm", "a.m", "p.m", "am.", "pm.", "am,", "pm,"} | {"am ", "pm "})
_EXCLUDED_NEAR = re.compile(
    "|".join(
        [
            r"(?<!\w)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)",
            r"(?<![\w.])\d{1,2}(?:[.:]\d{2})?\s+(?i:[ap]\.m\.|[ap]m\b)",  # 9 a.m., 2 pm
            rf"\b{MONTHS}{SP}+\d{{1,2}}(?:st|nd|rd|th)?(?:,?{SP}+\d{{4}})?(?![\d,.]\d)",  # Aug 10
            rf"(?<![\w.,])\d{{1,2}}(?:st|nd|rd|th)?{SP}+(?:of{SP}+)?{MONTHS}"
            rf"(?:,?{SP}+\d{{4}})?\b",  # 10 August 2021
            rf"\b{MONTHS},?{SP}+\d{{4}}\b",  # August 2021
            r"(?:^|(?<=\n))[ \t]*\(?\d{1,2}[.)](?=[ \t])",  # list numbering
        ]
    )
)


# A list number after a sentence end, on a list flattened onto one line ("... learned. 1. Dick
# Advocaat might stay. 2. Gary Cahill ..."); the line-start form is in _EXCLUDED_NEAR.
_LIST_NUMBER_AFTER = re.compile(r"\.[ \t]+[A-Z‘'\"“]")
_SENTENCE_END_BEFORE = re.compile(r"[.!?][ \t\u00a0]*$")


def _flattened_list_number(text: str, a: int, b: int) -> bool:
    return (
        b - a <= 2
        and text[a:b].isdigit()
        and _LIST_NUMBER_AFTER.match(text, b) is not None
        and _SENTENCE_END_BEFORE.search(text, max(0, a - 4), a) is not None
    )


def blocked(text: str, a: int, b: int, settings: QuantitySettings) -> bool:
    """Whether text[a:b] overlaps a URL, handle, date, time, phone number, ordinal, ..."""
    if _flattened_list_number(text, a, b):
        return True
    lo, hi = a, b
    floor, ceil = max(0, a - settings.chunk_reach), min(len(text), b + settings.chunk_reach)
    while lo > floor and not text[lo - 1].isspace():
        lo -= 1
    while hi < ceil and not text[hi].isspace():
        hi += 1
    if hi - lo > b - a:
        plain = text.find("/", lo, hi) < 0 and text.find("@", lo, hi) < 0
        pattern = _EXCLUDED_IN_PLAIN_CHUNK if plain else _EXCLUDED_IN_CHUNK
        for m in pattern.finditer(text, lo, hi):
            if m.start() < b and a < m.end():
                return True
    hint = settings.hint_chars
    before, after = text[max(0, a - hint) : a], text[b : b + hint]
    near_words = before.split()[-1:] + after.split()[:2]
    if (
        any(w.strip(".,").lower() in _MONTH_WORDS for w in near_words)
        or after.lstrip()[:3].lower() in _AM_PM
        or (after[:1] in (" ", ".", "-", ")") and after[1:4].isdigit())
        or before[-1:] in ("(", "+", "\n", "", "-", ".")
        or before.endswith(") ")
    ):
        window = settings.near_window
        for m in _EXCLUDED_NEAR.finditer(text, max(0, a - window), min(len(text), b + window)):
            if m.start() < b and a < m.end():
                return True
    return False
