"""Numbers as people write them that the slot check cannot see as one value: ranges ("1 to 15
years"); times of day ("10 am" is "10am" and "10:00"); and :func:`slot_numbers`, the numbers of
a stretch of text that the slot check compares, with a number a tokenizer spaced out ("235,
000", "1. 3 billion") read as one and a scale word glued to the digits ("$500million",
"£1.5bn", "half-a-billion") read with its scale.

Scorelines live in ``number_scorelines.py`` and ages in ``number_ages.py``."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate

from factkit.annotate.quantities.digits import GLUED_SCALES
from factkit.document import Quantity, TimeAnchor
from factkit.lang import alias_table, word_set
from factkit.verification.text import BARE_DIGITS_RE, DIGITS_RE
from factkit.verification.worded_times import HALF_DAY, worded_times

# a range of two numbers: "1 to 15 years", "from 2% to 5%", "between £5m and £10m"; a dash
# is left to scorelines; a tokenizer may space the currency off its digits ("between £ 700")
_RANGE_NUMBER = r"(?:[£$€]\s?)?(\d[\d,]*(?:\.\d+)?)(?:\s?(?:%|per cent|[a-z]{1,7}))?"
_RANGE_RE = re.compile(
    rf"(?<![\w.,£$€-]){_RANGE_NUMBER}\sto\s{_RANGE_NUMBER}"
    rf"|\bbetween\s{_RANGE_NUMBER}\sand\s{_RANGE_NUMBER}"
)


Span = tuple[int, int]


def number_ranges(text: str, start: int, end: int) -> list[tuple[Span, Span]]:
    """The ranges in ``text[start:end]``: the spans of their low and high numbers' digits."""
    out = []
    for m in _RANGE_RE.finditer(text, start, end):
        first = 1 if m.group(1) is not None else 3
        out.append((m.span(first), m.span(first + 1)))
    return out


def _range_value(text: str, span: Span) -> float:
    return float(text[span[0] : span[1]].replace(",", ""))


@lru_cache(maxsize=16)
def _article_ranges(text: str) -> tuple[tuple[tuple[float, float], tuple[Span, Span]], ...]:
    """The article's ranges, read once per article: ((low, high) values, their digit spans)."""
    return tuple(
        ((_range_value(text, low), _range_value(text, high)), (low, high))
        for low, high in number_ranges(text, 0, len(text))
    )


def judge_ranges(
    summary_text: str, start: int, end: int, article_text: str
) -> list[tuple[Span, Span]]:
    """The ends of the summary's ranges that the article's range of the same other end gives
    otherwise: (summary digits, article digits) for "1 to 45 years" where the article says "1
    to 15 years" (and gives no range from 1 to 45)."""
    theirs = _article_ranges(article_text)
    out = []
    for low, high in number_ranges(summary_text, start, end):
        a, b = _range_value(summary_text, low), _range_value(summary_text, high)
        if any(values == (a, b) for values, _ in theirs):
            continue
        for (x, y), (their_low, their_high) in theirs:
            if x == a and y != b:
                out.append((high, their_high))
                break
            if y == b and x != a:
                out.append((low, their_low))
                break
    return out


# a time of day: "10am", "10.30 pm", "7. 30 pm", "3 : 30 pm", "17:30"; a race time's "4:22.60"
# (minutes, seconds, hundredths) is none
_CLOCK_RE = re.compile(
    r"(?<![\w.:,])(\d{1,2})(?:\s?[:.]\s?([0-5]\d))?\s?([ap])(?:\.\s?m\.|\s?m\b)"
    r"|(?<![\w.:,])([01]?\d|2[0-3])\s?:\s?([0-5]\d)(?![\d:]|\.\d)",
    re.IGNORECASE,
)


def times_of_day(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """(start, end, minute of the day) of each time of day in ``text[start:end]``, in any of the
    ways news writes one ("10am" and "10 a.m." are both 600)."""
    out = []
    for m in _CLOCK_RE.finditer(text, start, len(text) if end is None else end):
        if m.group(3):
            hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
            minute = int(m.group(2) or 0)
        else:
            hour, minute = int(m.group(4)), int(m.group(5))
        if hour < 24:
            out.append((m.start(), m.end(), hour * 60 + minute))
    return out


@lru_cache(maxsize=16)
def _article_minutes(text: str) -> frozenset[int]:
    return frozenset(minute for _, _, minute in times_of_day(text))


def supported_times(
    summary_text: str, start: int, end: int, article_text: str
) -> list[tuple[int, int]]:
    """Spans of the summary's times of day that the article gives, in any form; one written
    in words ("a quarter past nine") at either half of the day."""
    known = _article_minutes(article_text)
    spans = [(a, b) for a, b, minute in times_of_day(summary_text, start, end) if minute in known]
    half_day = {minute % HALF_DAY for minute in known}
    worded = worded_times(summary_text, start, end)
    return spans + [(a, b) for a, b, minute in worded if minute in half_day]


# a number as a tokenizer leaves it ("235, 000", "1. 3 billion"), inside one sentence
_SPACED_NUMBER_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:, \d{3})+|\d+\. \d+)(?![\d])")
# a decimal point a splitter took for a full stop ("Around 1. | 3 billion"): the first half
# ends the sentence before, the second opens this one
_CUT_BEFORE_RE = re.compile(r"(?<![\w.,])(\d{1,3})\. $")
_CUT_AFTER_RE = re.compile(r"\d{1,2}(?![\d,.])")


def _join_spaced(text: str, start: int, end: int, numbers: list[Quantity]) -> list[Quantity]:
    """``numbers`` with the pieces of each tokenized number ("235", "000") joined into one
    quantity with the scale, unit and qualifier its pieces carry ("$ 1. 8 million")."""
    before = _CUT_BEFORE_RE.search(text[max(0, start - 6) : start])
    after = _CUT_AFTER_RE.match(text, start, end)
    if before and after:
        first = next((q for q in numbers if q.start == start), None)
        if first is not None:
            a = start - len(before.group())
            base = float(after.group())
            scale = first.value / base if base else 1.0
            value = float(f"{before.group(1)}.{after.group()}") * scale
            joined = Quantity(text[a : first.end], a, first.end, value, first.unit, None)
            numbers = [q for q in numbers if q is not first] + [joined]
    for m in _SPACED_NUMBER_RE.finditer(text, start, end):
        pieces = [q for q in numbers if q.start < m.end() and m.start() < q.end]
        if not pieces:
            continue
        first, last = pieces[0], pieces[-1]
        written = DIGITS_RE.findall(last.text)
        base = float(written[-1].replace(",", "")) if written else 0.0
        scale = last.value / base if base else 1.0
        value = float(m.group().replace(" ", "").replace(",", "")) * scale
        a, b = min(first.start, m.start()), max(last.end, m.end())
        joined = Quantity(text[a:b], a, b, value, last.unit or first.unit, first.qualifier)
        numbers = [q for q in numbers if not any(q is p for p in pieces)] + [joined]
    return numbers


def _currency_symbols() -> dict[str, str]:
    """One-character currency symbols ("$", "£") -> the quantity finder's unit name."""
    out: dict[str, str] = {}
    for name, aliases in alias_table("quant_currencies").items():
        for alias in aliases:
            if alias.startswith("=") and len(alias) == 2 and not alias[1].isalnum():
                out.setdefault(alias[1], name)
    return out


_SCALES = GLUED_SCALES  # scale word -> (multiplier, only after a currency symbol)


def short_scale_words() -> dict[str, str]:
    """Short scale words and the long word of the same value ("m" -> "million", "bn" ->
    "billion"), from ``number_glued_scales.txt``."""
    longs = {value: word for word, (value, short) in _SCALES.items() if not short}
    return {word: longs[value] for word, (value, short) in _SCALES.items() if short}


_CURRENCIES = _currency_symbols()
# a long scale word may carry a doubled letter ("$50miillion"): the article's typo still
# says millions
_SCALE_PATTERNS = {
    word: "".join(f"{re.escape(c)}+" for c in word) if len(word) > 2 else re.escape(word)
    for word in sorted(_SCALES, key=len, reverse=True)
}
_SCALE_PATTERN = "|".join(_SCALE_PATTERNS.values())
_GLUED_RE = re.compile(
    r"(?<![\w.,])(?:(?P<cur>[^\w\s])?(?P<num>\d+(?:\.\d+)?)|(?P<half>half-an?-))"
    rf"(?P<scale>{_SCALE_PATTERN})\b",
    re.IGNORECASE,
)


def glued_numbers(text: str, start: int, end: int) -> list[Quantity]:
    """Numbers whose scale word is glued to them ("$500million", "8million", "£1.5bn", a typo's
    "$50miillion") or hyphenated ("half-a-billion", which the quantity finder reads as "half");
    :func:`slot_numbers` keeps the finder's own reading where it gives the same value."""
    out = []
    for m in _GLUED_RE.finditer(text, start, end):
        scale = next(
            w for w, p in _SCALE_PATTERNS.items() if re.fullmatch(p, m.group("scale"), re.I)
        )
        multiplier, currency_only = _SCALES[scale]
        unit = _CURRENCIES.get(m.group("cur") or "")
        if m.group("cur") and unit is None:
            continue
        if currency_only and unit is None and not _counted(text, start, end, m):
            continue  # "a 5m fall" is metres
        base = 0.5 if m.group("half") else float(m.group("num"))
        a = m.start("cur") if unit else m.start()
        out.append(Quantity(text[a : m.end()], a, m.end(), base * multiplier, unit, None))
    return out


_WORD_RE = re.compile(r"[a-z]+")


def _counted(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    """Is the number a count, so that a bare glued "m" is millions ("population will rise from
    63.4m to 77.4m")? Its sentence (``text[start:end]``) counts people or things, and no
    length word is next to it ("the 100m sprint", "an elevation of 2061m")."""
    words = _WORD_RE.findall(text[start:end].lower())
    if not _COUNT_WORDS.intersection(words):
        return False
    first = m.start()  # "2061m and 3454m": a figure joined to one before it is read as that one
    while joined := _JOINED_BEFORE_RE.search(text, max(start, first - 24), first):
        first = joined.start()
    before = _WORD_RE.findall(text[max(start, first - 30) : first].lower())[-3:]
    after = _WORD_RE.findall(text[m.end() : min(end, m.end() + 30)].lower())[:2]
    return not _LENGTH_WORDS.intersection(before + after)


# a glued figure and what joins the next one to it: "2061m and 3454m", "63.4m to 77.4m"
_JOINED_BEFORE_RE = re.compile(
    rf"(?<![\w.,])\d+(?:\.\d+)?(?:{_SCALE_PATTERN})(?:,?\s(?:and|or|to)\s|,\s)$", re.IGNORECASE
)
_COUNT_WORDS = word_set("count_context_words")
_LENGTH_WORDS = word_set("length_context_words")


class _SpanIndex:
    """Does any of a fixed set of spans overlap ``[a, b)``? O(log n) a query (a scan of all
    spans for each digit run was quadratic in a sentence of thousands of numbers)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_end = list(accumulate((b for _, b in ordered), max))

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)  # the spans starting before b
        return i > 0 and self.max_end[i - 1] > a


def slot_numbers(
    text: str, start: int, end: int, found: Sequence[Quantity], times: Sequence[TimeAnchor]
) -> list[Quantity]:
    """The numbers the slot check compares in ``text[start:end]``: the quantity finder's
    ``found`` that are not dates, plus the bare digit runs it leaves out (each side of a score
    such as "2-0") and the numbers with a glued scale word ("$500million", "half-a-billion",
    which replace the finder's "half"); a number a tokenizer spaced out ("235, 000") is one
    number."""
    glued = [
        g
        for g in glued_numbers(text, start, end)
        if not any(q.start < g.end and g.start < q.end and q.value == g.value for q in found)
    ]
    kept = [
        q
        for q in found
        if not any(t.start < q.end and q.start < t.end for t in times)
        and not any(g.start < q.end and q.start < g.end for g in glued)
    ]
    kept += glued
    taken = _SpanIndex([(q.start, q.end) for q in kept] + [(t.start, t.end) for t in times])
    for m in BARE_DIGITS_RE.finditer(text, start, end):
        if taken.overlaps(m.start(), m.end()):
            continue
        try:
            value = float(m.group().replace(",", ""))
        except ValueError:
            continue
        kept.append(Quantity(m.group(), m.start(), m.end(), value))
    return sorted(_join_spaced(text, start, end, kept), key=lambda q: q.start)
