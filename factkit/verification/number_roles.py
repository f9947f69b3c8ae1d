"""Which number goes with which name or role: a swapped number keeps its value in the article,
so the number check must read whose number it is, not only whether the value is given.

- **Respectively pairs**: "Kleine Scheidegg and Jungraujoch stand at 2061m and 3454m
  respectively" pairs the names and the numbers in order; a summary number that follows one
  of those names ("Jungraujoch (2061m)") must be that name's number.
- **Ranks**: "World No 66 Davis" is a rank; only a rank the article gives ("No 66", "ranked
  66th") supports it, not the digits of a score ("6-3") or a count, and not a rank the article
  gives only to somebody else where it gives Davis another (``rank_holders.py``).
- **Elapsed and remaining time**: "substituted 62 minutes into the match" is not "with 28
  minutes to go": the same minute count on the other side of the clock is another quantity.
- **Time since an event and a spell's length**: "wants justice 7 years after her son's death" is
  not "served seven years of a life sentence": the same years, counted from an event, are
  another quantity than those a spell lasted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from factkit.annotate.quantities.words import TEENS, TENS, UNITS, small_number
from factkit.lang import alternation, word_set
from factkit.verification.rank_holders import holders_rank
from factkit.verification.text import sentence_around, stem_of

Span = tuple[int, int]

# ------------------------------------------------------------------------ respectively pairs

# one number of a "respectively" list, with a unit glued or next to it ("2061m", "£5m",
# "12 per cent", "3 goals")
_LISTED = r"[£$€]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per cent|[a-zA-Z]{1,12}))?"
_RESPECTIVELY_RE = re.compile(
    rf"(?<![\w.,]){_LISTED}(?:,\s{_LISTED})*,?\s(?:and|&)\s{_LISTED},?\s(?:\w+\s)?respectively\b"
)
_DIGITS_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# a name: a run of capitalized words ("Kleine Scheidegg"); "The" opening a sentence is none
_NAME_RUN_RE = re.compile(r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*")
_CLAUSE_END_RE = re.compile(r"[.;!?]\s|\b(?:and|but|while|whereas)\b")
# characters before a summary number in which the name it belongs to stands
_OWNER_REACH = 40


@dataclass(frozen=True)
class Pair:
    """One name and its number in a "respectively" sentence: the name's words (what the
    ``names`` reader keeps of it), the number's value as written and its digits' span."""

    names: frozenset[str]
    value: float
    span: Span


def _digit_value(text: str) -> float | None:
    m = _DIGITS_RE.search(text)
    return float(m.group().replace(",", "")) if m else None


def respectively_pairs(
    text: str, start: int, end: int, names: Callable[[str], set[str]]
) -> list[list[Pair]]:
    """The "respectively" lists of ``text[start:end]``, each as its name-number pairs in order:
    the last as many names before the numbers as there are numbers (``names``: the name words
    of a stretch of text; a capitalized run without any is no name)."""
    out = []
    for m in _RESPECTIVELY_RE.finditer(text, start, end):
        numbers = [d for d in _DIGITS_RE.finditer(text, m.start(), m.end())]
        lo = max((e.end() for e in re.finditer(r"[.!?]\s", text[start : m.start()])), default=0)
        runs = [
            frozenset(found)
            for r in _NAME_RUN_RE.finditer(text, start + lo, m.start())
            if (found := names(r.group()))
        ]
        if len(runs) < len(numbers):
            continue
        out.append(
            [
                Pair(run, float(d.group().replace(",", "")), d.span())
                for run, d in zip(runs[-len(numbers) :], numbers, strict=True)
            ]
        )
    return out


def _owner(text: str, start: int, lo: int, names: Callable[[str], set[str]]) -> frozenset[str]:
    """The name words of the name that a summary number at ``start`` follows in its clause
    ("Jungraujoch (2061m)", "Smith scored 5"), or nothing."""
    before = text[max(lo, start - _OWNER_REACH) : start]
    cut = max((m.end() for m in _CLAUSE_END_RE.finditer(before)), default=0)
    for run in reversed(list(_NAME_RUN_RE.finditer(before, cut))):
        found = names(run.group())
        if found:
            return frozenset(found)
    return frozenset()


def judge_respectively(
    summary_text: str,
    start: int,
    end: int,
    numbers: list[Span],
    article_text: str,
    names: Callable[[str], set[str]],
    tolerance: float = 0.0,
) -> list[tuple[Span, Span]]:
    """(summary number span, article digits) for each summary number (``numbers``: spans in
    ``summary_text[start:end]``) that belongs to a name of an article "respectively" list but
    has the value the list gives another of its names ("Jungraujoch (2061m)" where the article
    pairs Kleine Scheidegg with 2061m and Jungraujoch with 3454m). The summary's own
    "respectively" list pairs its names the same way. Values are compared within the number
    check's relative ``tolerance``: "Kleine Scheidegg (3459m)" reads as Jungraujoch's 3454m
    there, so it is that name's number, not Kleine Scheidegg's 2061m."""
    if "respectively" not in article_text:
        return []
    groups = respectively_pairs(article_text, 0, len(article_text), names)
    own = {p.span: p.names for g in respectively_pairs(summary_text, start, end, names) for p in g}
    out = []
    for a, b in numbers:
        value = _digit_value(summary_text[a:b])
        digits = _DIGITS_RE.search(summary_text, a, b)
        if value is None or digits is None:
            continue
        owner = own.get(digits.span()) or _owner(summary_text, a, start, names)
        if not owner:
            continue
        for group in groups:
            mine = [p for p in group if p.names & owner]
            if len(mine) != 1 or _close(mine[0].value, value, tolerance):
                continue
            if any(_close(p.value, value, tolerance) for p in group if p is not mine[0]):
                out.append(((a, b), mine[0].span))
                break
    return out


def _close(listed: float, value: float, tolerance: float) -> bool:
    return math.isclose(listed, value, rel_tol=tolerance, abs_tol=1e-9)


# ------------------------------------------------------------------------------------- ranks

_WORD_VALUES = {**UNITS, **TEENS, **TENS}
_RANK_NUMBER = rf"(\d{{1,4}}|{alternation(_WORD_VALUES)})\b"
# a summary rank: "World No 66", "world number one", "the No 2 seed"
_SUMMARY_RANK_RE = re.compile(
    rf"\bworld\s(?:No\.?|number)\s?{_RANK_NUMBER}|\b(?:No\.?|number)\s?{_RANK_NUMBER}(?=\sseed)",
    re.IGNORECASE,
)
# an article rank: "No 7", "number one", "ranked 66th", "66th in the world", "fifth-ranked"
_ARTICLE_RANK_RE = re.compile(
    rf"\b(?:No\.?|[Nn]umber)\s?{_RANK_NUMBER}"
    r"|\branked\s(?:No\.?\s?|number\s)?(\d{1,4})(?:st|nd|rd|th)?\b"
    r"|\b(\d{1,4})(?:st|nd|rd|th)(?=[\s-](?:in the world|ranked|seed|in the rankings))",
    re.IGNORECASE,
)


def _rank_value(written: str) -> float:
    """The value of a rank's number, digits or a word below 100 ("66", "one")."""
    value = small_number(written.lower())
    assert value is not None, written  # _RANK_NUMBER matches only such numbers
    return value


def summary_ranks(text: str, start: int, end: int) -> list[tuple[Span, float]]:
    """The ranks of ``text[start:end]`` ("World No 66"): their numbers' spans and values."""
    out = []
    for m in _SUMMARY_RANK_RE.finditer(text, start, end):
        group = 1 if m.group(1) is not None else 2
        out.append((m.span(group), _rank_value(m.group(group))))
    return out


@lru_cache(maxsize=16)
def article_ranks(text: str) -> tuple[tuple[Span, float], ...]:
    """The ranks the article gives, in any of the ways news writes one."""
    out = []
    for m in _ARTICLE_RANK_RE.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        out.append((m.span(group), _rank_value(m.group(group))))
    return tuple(out)


# characters each side of a rank in which the person it ranks is named
_RANK_REACH = 25


def judge_ranks(
    summary_text: str,
    start: int,
    end: int,
    article_text: str,
    names: Callable[[str], set[str]],
) -> list[tuple[Span, Span | None]]:
    """Each summary rank with its verdict: ``(span, None)`` when the article gives that rank,
    ``(span, article span)`` when the article gives ranks but not this one; no verdict where
    the article gives no rank. The rank named is the one next to the most of the names next to
    the summary's rank (``_RANK_REACH`` characters each side; ``names``: the name words of a
    stretch of text), then the nearest in value."""
    theirs = article_ranks(article_text)
    if not theirs:
        return []
    out: list[tuple[Span, Span | None]] = []

    def near(span: Span) -> set[str]:
        """The names beside the article rank at ``span``, in its own sentence."""
        before, after = sentence_around(article_text, *span, _RANK_REACH)
        return names(before + " " + after)

    for span, value in summary_ranks(summary_text, start, end):
        if any(v == value for _, v in theirs):
            # "World No 7 Davis" where the article's No 7 is another player's
            out.append((span, holders_rank(summary_text[:end], (span, value), theirs, names, near)))
            continue
        own = names(
            summary_text[max(start, span[0] - _RANK_REACH) : min(end, span[1] + _RANK_REACH)]
        )

        def fit(
            rank: tuple[Span, float], own: set[str] = own, value: float = value
        ) -> tuple[int, float]:
            return len(own & near(rank[0])), -abs(rank[1] - value)

        out.append((span, max(theirs, key=fit)[0]))
    return out


# ------------------------------------------------------------------ elapsed and remaining time

_REMAINING_RE = re.compile(rf"\s(?:{alternation(word_set('time_remaining_words'))})\b")
_ELAPSED_RE = re.compile(r"\sinto\b")
_WITH_RE = re.compile(r"\bwith\s(?:just\s|only\s)?$")


def clock_side(text: str, start: int, end: int) -> str | None:
    """Is the time quantity ``text[start:end]`` ("28 minutes") time gone ("28 minutes into")
    or time left ("with 28 minutes to go", "28 minutes remaining")? None when it says neither."""
    if _REMAINING_RE.match(text, end) or _WITH_RE.search(text[max(0, start - 12) : start]):
        return "remaining"
    if _ELAPSED_RE.match(text, end):
        return "elapsed"
    return None


# ------------------------------------------------------ time since an event and a spell's length

_SINCE_RE = re.compile(rf"\s(?:{alternation(word_set('time_since_words'))})\b")
_SPELL_RE = re.compile(
    rf"\b(?:{alternation(word_set('time_spell_openers'))})\s(?:[a-z]+\s)?$", re.IGNORECASE
)
_SPAN_UNITS = frozenset(stem_of(unit) for unit in word_set("time_span_units"))


def span_side(text: str, start: int, end: int, unit: str | None) -> str | None:
    """Is the time quantity ``text[start:end]`` the length of a spell ("served seven years",
    "jailed for 12 years after ...") or the time since an event ("7 years after her son's
    death", "since")? None when it says neither, or when ``unit`` is no unit of time ("3 goals
    after the break")."""
    if unit is None or stem_of(unit) not in _SPAN_UNITS:
        return None
    if _SPELL_RE.search(text, max(0, start - 30), start):
        return "spell"
    return "since" if _SINCE_RE.match(text, end) else None
