"""Times of day written in words: "15 minutes past nine", "a quarter to three", "ten o'clock".

News writes most times in digits ("09:15", "9.15am"; ``numbers.times_of_day``), but a summary
may put "at 15 minutes past nine" for the article's "at about 09:15". Its "15" and "nine" are
then no count to hold against the article's numbers. Words give no am or pm, so a worded time
is a minute of a twelve-hour clock.

Digits make it easy to read a count as a time, so they need more: "N to M" with digits alone
is no time ("cut from 20 to 3 teams"): the minutes must be a word, or followed by "minutes",
or the direction "past"; an hour in digits must not be followed by a word other than am/pm
("45 minutes after 11 overs"), and "after"/"before" take an hour in words.
"""

from __future__ import annotations

import functools
import re

from factkit.annotate.quantities.words import TEENS, UNITS
from factkit.lang import alias_table, alternation

__all__ = ["worded_times"]

HALF_DAY = 12 * 60


@functools.cache
def _hours() -> dict[str, int]:
    """The hours of a clock as words, one to twelve (the number words' own values)."""
    return {word: int(value) for word, value in {**UNITS, **TEENS}.items() if 1 <= value <= 12}


@functools.cache
def _minutes() -> dict[str, int]:
    """Minutes a clock is read with before "past"/"to" ("quarter" -> 15)."""
    return {words: int(minutes[0]) for words, minutes in alias_table("clock_minute_words").items()}


@functools.cache
def _worded_re() -> re.Pattern[str]:
    hour = rf"(?P<hour>{alternation(_hours())}|1[0-2]|0?[1-9]|noon|midnight)"
    minute = rf"(?:an?\s+)?(?P<word>{alternation(_minutes())})|(?P<digits>[1-5]?\d)"
    return re.compile(
        rf"(?<![\w.,:-])(?:(?:{minute})(?P<unit>\s+minutes?)?\s+(?P<dir>past|after|to|before)"
        rf"\s+{hour}|(?P<whole>{alternation(_hours())}|1[0-2]|0?[1-9])\s+o['’]clock)(?![\w:.]\d|\w)",
        re.IGNORECASE,
    )


def worded_times(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, minute of a twelve-hour clock) of each time of day written in words in
    ``text[start:end]`` ("a quarter past nine" -> 555)."""
    out: list[tuple[int, int, int]] = []
    for m in _worded_re().finditer(text, start, end):
        if m.group("whole"):
            out.append((m.start(), m.end(), _hour(m.group("whole")) * 60 % HALF_DAY))
            continue
        digits, direction, hour = m.group("digits"), m.group("dir").lower(), m.group("hour")
        if digits and not m.group("unit") and direction != "past":
            continue  # "from 20 to 3 teams"
        if hour.isdigit() and (direction in ("after", "before") or _word_after(text, m.end())):
            continue  # "45 minutes after 11 overs"
        minutes = int(digits) if digits else _minutes()[_squeezed(m.group("word"))]
        sign = 1 if direction in ("past", "after") else -1
        out.append((m.start(), m.end(), (_hour(hour) * 60 + sign * minutes) % HALF_DAY))
    return out


_WORD_AFTER_RE = re.compile(r"\s*(?!(?:[ap]\.?\s?m)\b)[^\W\d_]")


def _word_after(text: str, pos: int) -> bool:
    """Does a word other than am/pm follow ``pos`` ("11 overs", not "9 am")?"""
    return _WORD_AFTER_RE.match(text, pos) is not None


def _hour(word: str) -> int:
    w = word.lower()
    if w in ("noon", "midnight"):
        return 0
    return int(w) if w.isdigit() else _hours()[w]


def _squeezed(words: str) -> str:
    return " ".join(words.lower().split())
