"""A figure given for another match or another part of one: "The Portuguese side lead 0-1 from
the first leg" where the article's first-leg score is "3-1" (its 1-0 is a league win), or "beat
Pakistan by 75 runs in the second Test" where its 75 is the margin of "England's 75-run defeat
in the first Test".

A phase (``lang/en/match_phases.txt``: a leg, a Test, half-time, the aggregate) belongs to the
figure nearest to it in its sentence, within ``_REACH`` characters. A summary scoreline of a
phase is judged against the article's scorelines of that phase: where the article gives that
phase another score and never the summary's, the summary's is a ``number_mismatch`` against
it. A summary margin (``number_margins``) of a phase is judged against the article's numbers of
its value and unit: where each has a phase and none the summary's, the margin is another
match's. Figures without a phase are left to the other checks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import entries
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_margins import margin_unit
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_scorelines import scoreline_spans

_REACH = 40  # characters between a figure and the phase that is its
_PHASE_RE = re.compile(
    r"\b(?:"
    + "|".join(
        r"[\s-]".join(re.escape(w) for w in p.split())
        for p in sorted(entries("match_phases"), key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)

_Span = tuple[int, int]


class _Phase(NamedTuple):
    """A phase as written (``text[start:end]``) and as compared (``key``: lower case, a space
    for a hyphen)."""

    start: int
    end: int
    written: str
    key: str


def _phases(text: str, start: int, end: int) -> list[_Phase]:
    """The phases in ``text[start:end]``."""
    return [
        _Phase(m.start(), m.end(), m.group(0), re.sub(r"[\s-]+", " ", m.group(0).lower()))
        for m in _PHASE_RE.finditer(text, start, end)
    ]


def _gap(a: _Span, b: _Span) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def _phase_of(figures: Sequence[_Span], text: str, bounds: _Span) -> dict[_Span, _Phase]:
    """The phase of each figure among ``figures`` (spans in ``text``, all in the sentence
    ``bounds``) that has one: each phase of the sentence goes to the figure nearest to it,
    within ``_REACH``."""
    out: dict[_Span, _Phase] = {}
    for phase in _phases(text, *bounds):
        near = [f for f in figures if _gap(f, phase[:2]) <= _REACH]
        if near:
            out.setdefault(min(near, key=lambda f: _gap(f, phase[:2])), phase)
    return out


def phase_score_rivals(
    text: str, part: _Span, article_text: str, body: Sequence[Sentence]
) -> dict[_Span, VerifyReason]:
    """A ``number_mismatch`` for each scoreline of ``text[part[0]:part[1]]`` whose phase the
    article gives another score and never this one (either way round), by its span."""
    mine = scoreline_spans(text, *part)
    tied = _phase_of([(a, b) for a, b, _, _ in mine], text, part)
    if not tied:
        return {}
    theirs: dict[str, list[tuple[_Span, frozenset[int]]]] = {}
    for s in body:
        scores = {(a, b): (x, y) for a, b, x, y in scoreline_spans(article_text, s.start, s.end)}
        for span, phase in _phase_of(list(scores), article_text, (s.start, s.end)).items():
            theirs.setdefault(phase.key, []).append((span, frozenset(scores[span])))
    out = {}
    for a, b, x, y in mine:
        own = tied.get((a, b))
        given = theirs.get(own.key, []) if own else []
        if own is None or not given or any(score == {x, y} for _, score in given):
            continue
        (sa, sb), _ = given[0]
        detail = (
            f"summary gives {text[a:b]!r} to the {own.written!r}, the article's score of "
            f"it is {article_text[sa:sb]!r}"
        )
        out[(a, b)] = number_mismatch((a, b), (sa, sb), detail)
    return out


def phase_margin_rivals(
    text: str, part: _Span, quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A ``number_mismatch`` for each margin among ``quantities`` that the summary gives a
    phase ("by 75 runs in the second Test") where each of the article's numbers of its value
    and unit has another phase ("75-run defeat in the first Test"), by its start."""
    tied = _phase_of([(q.start, q.end) for q in quantities], text, part)
    out = {}
    for q in quantities:
        phase = tied.get((q.start, q.end))
        unit = None if phase is None else margin_unit(text, q)
        if phase is None or unit is None:
            continue  # only a margin the summary ties to a phase is judged
        same = src.numbers_of(q.value, unit)
        if not same:
            continue
        theirs = [p for p in (_article_phase(src, n) for n in same) if p is not None]
        if len(theirs) < len(same) or any(p.key == phase.key for p in theirs):
            continue  # a number of the margin's value without a phase, or of its phase
        given = same[0].quantity
        detail = (
            f"summary gives the margin {q.text!r} to the {phase.written!r}, the article's "
            f"{given.text!r} is of the {theirs[0].written!r}"
        )
        out[q.start] = number_mismatch(q, given, detail)
    return out


def _article_phase(src: ArticleIndex, n: IndexedNumber) -> _Phase | None:
    """The phase of the article number ``n`` among the numbers of its body sentence."""
    if n.pos is None:
        return None
    s = src.body[n.pos]
    figures = [(m.quantity.start, m.quantity.end) for m in src.numbers if m.pos == n.pos]
    return _phase_of(figures, src.text, (s.start, s.end)).get((n.quantity.start, n.quantity.end))
