"""The date check: each date of the summary, anchored against the article date, must resolve
to a date the article mentions (else ``date_mismatch``, with the support sentence's date when
there is one); and a date the article gives elsewhere must not be contradicted by the date of
the sentence that supports it."""

from __future__ import annotations

import re

import numpy as np

from factkit.document import ReasonType, TimeAnchor, VerifyReason
from factkit.lang import word_set
from factkit.verification.checks.context import SentenceContext
from factkit.verification.index import ArticleIndex
from factkit.verification.text import (
    MONTHS_DAYS,
    STOP_WORDS,
    WORD_RE,
    YEAR_RE,
    norm_word,
    stem_of,
    word_list,
)

_WEEKDAYS = word_set("weekdays")


def check_dates(
    ctx: SentenceContext, times: list[TimeAnchor], top: list[int]
) -> list[VerifyReason]:
    """The reasons against the summary sentence's ``times`` (``top``: its best-aligned body
    positions)."""
    src = ctx.src
    reasons: list[VerifyReason] = []
    for t in times:
        if _given(t, src):
            rival = _rival_date(ctx, t, [o for o in times if o is not t])
            if rival is not None:
                reasons.append(
                    VerifyReason(
                        ReasonType.DATE_MISMATCH,
                        f"summary says {t.text!r}; the sentence that supports it says "
                        f"{rival.text!r}",
                        (t.start, t.end),
                        rival.start,
                        rival.end,
                    )
                )
            continue
        other = next(
            (
                st
                for pos in top
                for st in src.times
                if src.body[pos].start <= st.start < src.body[pos].end
            ),
            None,
        )
        said = f"{t.text!r}" + (f" ({t.resolved})" if t.resolved else "")
        detail = f"the article never gives the date {said}"
        if other is not None:
            detail += f"; its supporting sentence says {other.text!r}" + (
                f" ({other.resolved})" if other.resolved else ""
            )
        reasons.append(
            VerifyReason(
                ReasonType.DATE_MISMATCH,
                detail,
                (t.start, t.end),
                other.start if other else None,
                other.end if other else None,
            )
        )
    return reasons


def _given(t: TimeAnchor, src: ArticleIndex) -> bool:
    """Does the article give the date ``t`` (resolved: the same day, month or year; else
    the same words)?"""
    if t.resolved:
        return any(
            st.resolved
            and (st.resolved.startswith(t.resolved) or t.resolved.startswith(st.resolved))
            for st in src.times
        )
    key = _time_key(t.text)
    return key in {_time_key(st.text) for st in src.times} or key in _time_key(src.text)


def _rival_date(ctx: SentenceContext, t: TimeAnchor, own: list[TimeAnchor]) -> TimeAnchor | None:
    """A date the article gives elsewhere can still be the wrong one here: the best
    supporting sentence, aligned without the date's own words (as names and numbers are),
    dates the event with another date of the same kind (a weekday for a weekday, a year for
    a year), and neither the k best-aligned sentences nor the best one's neighbours have
    the summary's. Not a rival: a date the summary sentence gives too (``own``: "between
    1999 and 2010" where the passage says only "starting in 1999")."""
    src = ctx.src
    kind = _date_kind(t.text)
    scores = ctx.align.scores(frozenset(stem_of(w) for w in word_list(t.text)))
    if kind is None or not len(scores):
        return None
    top = np.argsort(-scores, kind="stable")[: ctx.config.top_k]
    best = int(top[0])
    # a date is often told one sentence away from its event ("... said Monday. The six
    # were arrested Sunday")
    nearby = {int(j) for j in top} | {best - 1, best + 1}
    if any(src.body_position(st.start) in nearby and _same_date(t, st) for st in src.times):
        return None
    # the article dates the same event with the summary's date wherever it tells it: the same
    # word right before the date ("The six were arrested Sunday")
    event = _word_before(ctx.text, t.start, ctx.part.start)
    if event is not None and any(
        _same_date(t, st) and _word_before(src.text, st.start, _sentence_start(src, st)) == event
        for st in src.times
    ):
        return None
    sentence = src.body[best]
    return next(
        (
            st
            for st in src.times
            if sentence.start <= st.start < sentence.end
            and _date_kind(st.text) == kind
            and not _same_date(t, st)
            and not any(_same_date(o, st) for o in own)
        ),
        None,
    )


def _word_before(text: str, start: int, lo: int) -> str | None:
    """The stem of the nearest content word before ``start`` within ``text[lo:start]``, past
    function words and at most two words back ("arrested on Sunday" -> "arrest")."""
    before = list(WORD_RE.finditer(text, lo, start))[-3:]
    for m in reversed(before):
        word = norm_word(m.group())
        if word not in STOP_WORDS:
            return stem_of(word)
    return None


def _sentence_start(src: ArticleIndex, st: TimeAnchor) -> int:
    pos = src.body_position(st.start)
    return src.body[pos].start if pos is not None else max(0, st.start - 80)


def _same_date(t: TimeAnchor, st: TimeAnchor) -> bool:
    """Does the article's anchor ``st`` give the summary's date ``t``: its words, or the same
    resolved date at the precision of the less precise one ("January 2014" in "January 1
    2014")?"""
    if t.resolved and st.resolved:
        return st.resolved.startswith(t.resolved) or t.resolved.startswith(st.resolved)
    return _time_key(t.text) in _time_key(st.text)


def _date_kind(text: str) -> str | None:
    """Which part of a date a time anchor names first: "weekday", "month" or "year"."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & _WEEKDAYS:
        return "weekday"
    if words & (MONTHS_DAYS - _WEEKDAYS):
        return "month"
    return "year" if YEAR_RE.search(text) else None


def _time_key(text: str) -> str:
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.lower())
    return " ".join(re.sub(r"^(on|in|at|the|last|this|next)\s+", "", t.strip()).split())
