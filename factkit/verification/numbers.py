"""Numbers as people write them that the slot check cannot see as one value: scorelines
("beat Stoke 2-1", "a 1-0 win"), which the article may write the other way round ("lost 1-2")
or with another dash, and ages ("Elle, 51"); and :func:`slot_numbers`, the numbers of a
stretch of text that the slot check compares."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factkit.document import Quantity, TimeAnchor
from factkit.verification.text import _BARE_DIGITS_RE

# two small numbers joined by a dash, not part of a date, a range of years or a phone number
_SCORELINE_RE = re.compile(r"(?<![\w.,/-])(\d{1,2})\s?[-–—]\s?(\d{1,2})(?!\w|[.,/]\d|-\d)")


@lru_cache(maxsize=16)
def article_scorelines(text: str) -> frozenset[tuple[int, int]]:
    """Every scoreline of the article, both ways round."""
    out: set[tuple[int, int]] = set()
    for m in _SCORELINE_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        out |= {(a, b), (b, a)}
    return frozenset(out)


def scoreline_spans(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, first, second) of the scorelines in ``text[start:end]``."""
    return [
        (m.start(), m.end(), int(m.group(1)), int(m.group(2)))
        for m in _SCORELINE_RE.finditer(text, start, end)
    ]


def supported_scoreline_numbers(
    summary_text: str, start: int, end: int, article_text: str
) -> list[tuple[int, int]]:
    """Spans of the summary's scorelines that the article gives (either way round): the
    numbers inside them are supported as a pair."""
    known = article_scorelines(article_text)
    return [(a, b) for a, b, x, y in scoreline_spans(summary_text, start, end) if (x, y) in known]


# an age as news writes it: "51-year-old", "51 years old", "aged 51", "Elle, 51," or "Elle (51)"
_AGE_RES = (
    re.compile(r"(?<![\d.,])(\d{1,3})(?:-| )years?(?:-| )old\b"),
    re.compile(r"\baged?\s(\d{1,3})(?![\d.,]\d)"),
    re.compile(r"[A-Z][\w'’-]+,\s(\d{1,3}),"),
    re.compile(r"[A-Z][\w'’-]+\s\((\d{1,3})\)"),
)


_NAME_WORD_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
_AGE_REACH = 60  # characters before an article age in which its person is named


@lru_cache(maxsize=16)
def article_ages(text: str) -> dict[float, tuple[int, ...]]:
    """The ages the article gives, in any of the ways news writes them: value -> offsets."""
    out: dict[float, list[int]] = {}
    for r in _AGE_RES:
        for m in r.finditer(text):
            out.setdefault(float(m.group(1)), []).append(m.start(1))
    return {value: tuple(offsets) for value, offsets in out.items()}


def age_spans(text: str, start: int, end: int) -> list[tuple[int, int, float]]:
    """(start, end, value) of the digits of each age in ``text[start:end]``."""
    return [
        (m.start(1), m.end(1), float(m.group(1)))
        for r in _AGE_RES
        for m in r.finditer(text, start, end)
    ]


def supported_ages(summary_text: str, start: int, end: int, article_text: str) -> list[int]:
    """Start offsets of the summary's ages that the article gives as ages of the same person
    (in any form: the summary's "Elle, 51" is the article's "the 51-year-old"). The person: the
    last capitalized word of the summary sentence before the age, which the article must write
    within ``_AGE_REACH`` characters before its age (or just after it); with no such word, the
    value alone."""
    ages = article_ages(article_text)
    out = []
    for a, _, value in age_spans(summary_text, start, end):
        offsets = ages.get(value, ())
        before = _NAME_WORD_RE.findall(summary_text, start, a)
        if offsets and (
            not before
            or any(
                before[-1] in _NAME_WORD_RE.findall(article_text, max(0, o - _AGE_REACH), o + 60)
                for o in offsets
            )
        ):
            out.append(a)
    return out


def slot_numbers(
    text: str, start: int, end: int, found: Sequence[Quantity], times: Sequence[TimeAnchor]
) -> list[Quantity]:
    """The numbers the slot check compares in ``text[start:end]``: the quantity finder's
    ``found`` that are not dates, plus the bare digit runs it leaves out (each side of a score
    such as "2-0")."""
    kept = [q for q in found if not any(t.start < q.end and q.start < t.end for t in times)]
    taken = [(q.start, q.end) for q in kept] + [(t.start, t.end) for t in times]
    for m in _BARE_DIGITS_RE.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        try:
            value = float(m.group().replace(",", ""))
        except ValueError:
            continue
        kept.append(Quantity(m.group(), m.start(), m.end(), value))
    return sorted(kept, key=lambda q: q.start)
