"""Stage 1 of the quantity finder: every number in the text, in digits or words, with its value.

A regex finds runs of number tokens ("twenty-one trillion and three hundred", "3 million",
"two-thirds", "1,234"); each run is read into one or more numbers by the word and digit parsers.
Numbers inside URLs, dates, times and the like are dropped (:mod:`.exclusions`); "one" as a
pronoun is not a number; "one over three" is a fraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factkit.annotate.quantities.cardinals import CardinalParser
from factkit.annotate.quantities.digits import (
    DIGITS,
    VULGAR,
    VULGAR_CHARS,
    VULGAR_NUMBER,
    parse_digits,
)
from factkit.annotate.quantities.exclusions import blocked
from factkit.annotate.quantities.lexicon import SP
from factkit.annotate.quantities.settings import QuantitySettings
from factkit.annotate.quantities.word_fractions import (
    bare_fraction,
    fraction_value,
    ordinal_is_fraction,
    scale_after_fraction,
)
from factkit.annotate.quantities.words import (
    AFTER_ARTICLE,
    CARDINAL_WORDS,
    DOZENS,
    ORDINAL_WORDS,
    SCALES,
    TENS,
    ordinal,
)
from factkit.lang import alternation, entries, trie_alternation, word_set

__all__ = ["NumberSpan", "find_numbers"]


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """One number found in the text (before units and context are attached)."""

    start: int
    end: int
    value: float
    words: bool  # written (at least partly) in words
    integer_digits: bool  # a plain digit integer without separators


_NUM_WORD = trie_alternation([*CARDINAL_WORDS, *ORDINAL_WORDS])
_WORD_TOKEN = rf"(?i:(?:{_NUM_WORD}))\b"
# a number never starts inside a digit group ("Water2,000" is no '000'); grouped thousands glued
# to a lower-case word are a fact-box value ("Population8,412"), read whole
GLUED_GROUPED = r"\d{1,3}(?:,\d{3})+(?![\d,.])"
_DIGIT_TOKEN = (
    rf"(?:(?<![A-Za-z]-)(?<![\w.])(?<!\d,)|(?<=\b[A-Za-z]{{3}})|(?<=[a-z])(?={GLUED_GROUPED}))"
    rf"{DIGITS}"
)
_FIRST_TOKEN = rf"(?:(?=[\d.]){_DIGIT_TOKEN}|(?<![\w-])(?i:({_NUM_WORD}))\b)"
_TOKEN = rf"(?:{DIGITS}(?!\w)|{_WORD_TOKEN})"
_JOIN = (
    rf"(?:{SP}*[-–]{SP}*|{SP}+(?:(?i:and)|&){SP}+|{SP}*&{SP}*|{SP}+"
    rf"|,{SP}*(?=(?i:(?:{_NUM_WORD}))\b)"
    rf"|{SP}+(?i:(?:and{SP}+|&{SP}*)?an?|of{SP}+an?){SP}+(?=(?i:(?:{_NUM_WORD}))\b))"
)
# A run of number tokens joined by hyphens, spaces, "and", "a"/"of a": read as one or more numbers.
_RUN = re.compile(rf"{_FIRST_TOKEN}(?:{_JOIN}{_TOKEN})*")
_TOKENIZE = re.compile(rf"{DIGITS}|[^\W\d_]+|&")
_ARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?i:an?){SP}+$")
_OVER = re.compile(rf"{SP}+(?i:over){SP}+")
_END = re.compile(r"[ \t]*(?:[.,;:!?)]|$)")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z]+)")
# "one" the pronoun: "the one you mentioned", "one of the", "one day"
_ONE_BEFORE = re.compile(rf"\b(?i:{alternation(entries('one_pronoun_before'))}){SP}+$")
_ONE_AFTER = re.compile(
    rf"{SP}+(?i:of{SP}+(?:{alternation(entries('one_pronoun_of'))})"
    rf"|{alternation(entries('one_pronoun_after'))})\b"
    # "one of Britain's greatest": one of a possessed group, like "one of the"
    rf"|{SP}+(?i:of){SP}+[A-Z][\w.-]*['’]s\b"
)
# "a robust one.", "the original one,": an article and an adjective before, a clause end after
_ONE_ADJECTIVE = re.compile(rf"\b(?i:an?|the){SP}+[a-z]+{SP}+$")

# ordinals that make a following "half" a period, not a fraction (the "second half")
PERIOD_ORDINALS = word_set("period_ordinals")
# words after or before "half" that make it a break in play or a part of the pitch
_HALF_AFTER_WORDS = word_set("half_after_words")
_HALF_BEFORE_WORDS = word_set("half_before_words")
_HALF_AFTER = re.compile(r"[-\s]([A-Za-z]+)")

_Spans = list[tuple[int, int, str]]  # (start, end, surface) of each token of a run


def find_numbers(text: str, start: int, end: int, settings: QuantitySettings) -> list[NumberSpan]:
    """The numbers in ``text[start:end]`` in text order, fractions "x over y" merged."""
    nums: list[NumberSpan] = []
    for m in _RUN.finditer(text, start, end):
        run_start = m.start()
        a = _ARTICLE_BEFORE.search(text, max(start, run_start - settings.article_reach), run_start)
        if a and m.group(1) and m.group(1).lower() in AFTER_ARTICLE:
            run_start = a.start()
        for n in _parse_run(text, run_start, text[run_start : m.end()], settings):
            if not blocked(text, n.start, n.end, settings):
                nums.append(n)
    if VULGAR_CHARS.search(text, start, end):
        nums = _vulgar(text, start, end, nums)
    nums.sort(key=lambda n: n.start)
    merged: list[NumberSpan] = []
    for n in nums:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and n.value
            and _OVER.fullmatch(text, prev.end, n.start)
            and float(prev.value).is_integer()
            and _END.match(text, n.end)
        ):
            # "one over three", "2000 over 3" (but "over 3 years" is a qualifier)
            merged[-1] = NumberSpan(prev.start, n.end, prev.value / n.value, True, False)
            continue
        merged.append(n)
    return merged


def _vulgar(text: str, start: int, end: int, nums: list[NumberSpan]) -> list[NumberSpan]:
    """ "½", "2½": unicode vulgar fractions."""
    for m in VULGAR_NUMBER.finditer(text, start, end):
        whole = float(m.group(1)) if m.group(1) else 0.0
        s = m.start()
        nums = [n for n in nums if not (n.start >= s and n.end <= m.end())]
        nums.append(NumberSpan(s, m.end(), whole + VULGAR[m.group(2)], False, False))
    return nums


def _parse_run(text: str, offset: int, run: str, settings: QuantitySettings) -> list[NumberSpan]:
    spans = [(m.start() + offset, m.end() + offset, m.group()) for m in _TOKENIZE.finditer(run)]
    toks = [s[2].lower() for s in spans]
    parser = CardinalParser(toks)
    out: list[NumberSpan] = []
    n = len(toks)
    next_ordinal = _next_ordinals(toks)
    i = 0
    while i < n:
        t = toks[i]
        if (t[0].isdigit() or t[0] == ".") and _digit_token(spans, toks, i, out):
            i += 1
            continue
        d = next_ordinal[i]
        if t == "half" and _half_not_fraction(text, spans, toks, i):
            i += 1  # "the second half", "at half-time", "his own half": no fraction
            continue
        after = _fraction_at(text, spans, toks, parser, i, d, out, settings)
        if after is not None:
            i = after
            continue
        stop = d if d is not None else n
        if stop == i:
            i += 1  # an ordinal on its own: "third", "fourth quarter"
            continue
        if (
            d is not None
            and d == stop
            and stop - 1 >= i
            and toks[stop - 1] in TENS
            and (ordinal(toks[stop]) or (0.0, False))[1]
        ):
            stop -= 1  # "twenty-first": the tens word belongs to the ordinal
            if stop == i:
                i = d + 1
                continue
        num, j = _cardinal(text, spans, toks, parser, i, stop, settings)
        if num is not None:
            out.append(num)
        i = j
    return out


def _fraction_at(
    text: str,
    spans: _Spans,
    toks: list[str],
    parser: CardinalParser,
    i: int,
    d: int | None,
    out: list[NumberSpan],
    settings: QuantitySettings,
) -> int | None:
    """Read a fraction that opens at token ``i`` ("half", "a quarter", "two thirds"; ``d``: the
    index of the next ordinal) into ``out``; the index after it, or None where none opens."""
    if d == i and toks[i] in ("half", "quarter"):
        res = bare_fraction(toks, i)
        if res is not None:
            value, j = res
            out.append(NumberSpan(spans[i][0], spans[j - 1][1], value, True, False))
            return j
    if (
        d is not None
        and d > i
        and ordinal_is_fraction(
            toks,
            i,
            d,
            _next_word(text, spans[d][1], settings) if d + 1 == len(toks) else toks[d + 1],
        )
    ):
        return _fraction(text, spans, toks, parser, i, d, out, settings)
    return None


def _next_ordinals(toks: list[str]) -> list[int | None]:
    """For each token, the index of the first ordinal at or after it (None: none follows).
    Built once per run, right to left: a scan forward from every token was quadratic on a long
    run of number words without an ordinal ("twenty-five thousand three hundred and ..." again
    and again)."""
    found: list[int | None] = [None] * (len(toks) + 1)
    for k in range(len(toks) - 1, -1, -1):
        found[k] = k if ordinal(toks[k]) is not None else found[k + 1]
    return found


def _digit_token(spans: _Spans, toks: list[str], i: int, out: list[NumberSpan]) -> bool:
    """Read the digit token ``i`` on its own into ``out``; False when a scale word follows it
    ("3 million", "2 dozen"), which the cardinal parser reads with it."""
    pieces = parse_digits(spans[i][2])
    if len(pieces) > 1:  # "192.168.1.2", "22,24,26": separate numbers
        for a, b, v in pieces:
            out.append(NumberSpan(spans[i][0] + a, spans[i][0] + b, v, False, False))
        return True
    if i + 1 >= len(toks) or (
        toks[i + 1] not in SCALES
        and toks[i + 1] not in DOZENS
        and toks[i + 1] not in ("hundred", "hundreds")
    ):
        out.append(NumberSpan(spans[i][0], spans[i][1], pieces[0][2], False, toks[i].isdigit()))
        return True
    return False


def _fraction(
    text: str,
    spans: _Spans,
    toks: list[str],
    parser: CardinalParser,
    i: int,
    d: int,
    out: list[NumberSpan],
    settings: QuantitySettings,
) -> int | None:
    """Read tokens[i..d] (``d`` an ordinal) as a fraction into ``out``, with any separate numbers
    before it; the index after it, or None when they are not a fraction."""
    fv = fraction_value(toks, i, d, parser)
    if fv is None:
        return None
    int_part, frac, int_scale, s = fv
    k = i
    while k < s:
        num, k = _cardinal(text, spans, toks, parser, k, s, settings)
        if num is not None:
            out.append(num)
    value, j = scale_after_fraction(toks, d + 1, int_part, frac, int_scale)
    out.append(NumberSpan(spans[s][0], spans[j - 1][1], value, True, False))
    return j


def _half_not_fraction(text: str, spans: _Spans, toks: list[str], i: int) -> bool:
    """ "the second half", "a first-half goal" (a period of play or of a year), "half-time", "a
    half-back", "in his own half", "the attacking half": token ``i`` ("half") is no 0.5."""
    if i > 0 and toks[i - 1] in PERIOD_ORDINALS:
        return True
    after = _HALF_AFTER.match(text, spans[i][1])
    if after is not None and after.group(1).lower() in _HALF_AFTER_WORDS:
        return True
    before = text[max(0, spans[i][0] - 20) : spans[i][0]].split()
    return bool(before) and before[-1].lower() in _HALF_BEFORE_WORDS


def _next_word(text: str, pos: int, settings: QuantitySettings) -> str:
    m = _NEXT_WORD.match(text, pos, pos + settings.next_word_reach)
    return m.group(1).lower() if m else ""


def _cardinal(
    text: str,
    spans: _Spans,
    toks: list[str],
    parser: CardinalParser,
    i: int,
    stop: int,
    settings: QuantitySettings,
) -> tuple[NumberSpan | None, int]:
    """The cardinal starting at token ``i`` (or None) and the index after it."""
    res = parser.parse(i, stop)
    if res is None:
        return None, i + 1
    value, j, _ = res
    if toks[i] in ("one",) and j - i == 1 and not _one_is_number(text, spans[i], settings):
        return None, j
    words = any(not tok[0].isdigit() and tok[0] != "." for tok in toks[i:j])
    plain = not words and j - i == 1 and toks[i].isdigit()
    return NumberSpan(spans[i][0], spans[j - 1][1], value, words, plain), j


def _one_is_number(text: str, span: tuple[int, int, str], settings: QuantitySettings) -> bool:
    """ "one" the pronoun ("the one you mentioned", "one of the") is not a count."""
    s, e, _ = span
    if _ONE_BEFORE.search(text, max(0, s - settings.one_pronoun_reach), s):
        return False
    if _END.match(text, e) and _ONE_ADJECTIVE.search(
        text, max(0, s - settings.one_pronoun_reach), s
    ):
        return False
    return not _ONE_AFTER.match(text, e)
