"""The number check: each summary number must be the article's number in the same slot.

A number is described by its unit and the content words next to it. Every article number
gets a slot score (its sentence's alignment without the number + shared neighbouring words +
same measurement unit; a clashing unit counts against it). The summary number is supported
when an article number of its value fits within ``verify.number_slack`` of the best-fitting
one (the decision layer weighs that evidence); otherwise ``number_mismatch`` or
``number_not_in_source``. Opposite bounds are a mismatch, a dropped one a note."""

from __future__ import annotations

import math

import numpy as np

from factkit.document import Quantity, ReasonType, VerifyReason
from factkit.verification.checks.context import SentenceContext
from factkit.verification.index import _around, _Number
from factkit.verification.numbers import supported_ages, supported_scoreline_numbers
from factkit.verification.text import _DIGITS_RE, _bound, _local_context, _words


def check_numbers(
    ctx: SentenceContext, quantities: list[Quantity], notes: list[VerifyReason]
) -> list[VerifyReason]:
    """The reasons against the summary sentence's numbers; qualifier notes go to ``notes``."""
    part, src = ctx.part, ctx.src
    scorelines = supported_scoreline_numbers(ctx.text, part.start, part.end, src.text)
    ages = supported_ages(ctx.text, part.start, part.end, src.text)
    reasons: list[VerifyReason] = []
    for q in quantities:
        if any(a <= q.start and q.end <= b for a, b in scorelines):
            continue  # one side of a scoreline the article gives ("2-1", "1-2")
        if q.start in ages:
            continue  # an age the article gives as an age ("Elle, 51" / "51-year-old")
        reason = _check_number(ctx, q, reasons, notes)
        if reason is not None:
            reasons.append(reason)
    return reasons


def _check_number(
    ctx: SentenceContext, q: Quantity, reasons: list[VerifyReason], notes: list[VerifyReason]
) -> VerifyReason | None:
    """The reason against one summary number, or None (a qualifier finding goes to
    ``reasons`` or ``notes`` directly)."""
    cfg, src, tokens = ctx.config, ctx.src, ctx.align.tokens
    mine = _local_context(tokens, q.start, q.end, q.unit, cfg.number_context_words)
    own = frozenset(t[0] for t in tokens if q.start <= t[1] and t[2] <= q.end)
    scores, best = ctx.window(own)
    window = set(best)
    ranked = sorted(
        ((_slot_score(ctx, q, mine, n, scores), k) for k, n in enumerate(src.numbers)),
        reverse=True,
    )
    top_score, top = ranked[0] if ranked else (0.0, -1)
    match = next(
        ((sc, k) for sc, k in ranked if _same_number(ctx, q, src.numbers[k].quantity)),
        None,
    )
    if match is not None:
        same_value = [n for n in src.numbers if _same_number(ctx, q, n.quantity)]
        values = [n.pos for n in same_value if n.pos is not None]
        fits = match[0] >= top_score - cfg.number_slack
        evidence = {
            "span_start": float(q.start),
            "span_end": float(q.end),
            "rule": float(not fits),
            "slot_gap": top_score - match[0],
            **_number_adjacency(ctx, q, same_value, window),
            **ctx.evidence(own, values),
        }
        if not ctx.decider.flag("number", evidence, not fits):
            _check_qualifier(ctx, q, src.numbers[match[1]].quantity, reasons, notes)
            return None
    counterpart = src.numbers[top] if top >= 0 else None
    span = (q.start, q.end)
    if (
        counterpart is not None
        and counterpart.pos in window
        and not _value_match(ctx, q, counterpart.quantity)
        and (
            mine & counterpart.context
            or (q.unit and _unit_key(q.unit) == _unit_key(counterpart.quantity.unit))
        )
    ):
        sq = counterpart.quantity
        detail = f"summary says {_qty_label(q)!r}, the article says {_qty_label(sq)!r}"
        return VerifyReason(ReasonType.NUMBER_MISMATCH, detail, span, sq.start, sq.end)
    if match is not None:
        sq = src.numbers[match[1]].quantity
        detail = f"the article gives {_qty_label(q)!r} only in another context ({_qty_label(sq)!r})"
        return VerifyReason(ReasonType.NUMBER_MISMATCH, detail, span, sq.start, sq.end)
    detail = f"{_qty_label(q)!r} is not in the article"
    return VerifyReason(ReasonType.NUMBER_NOT_IN_SOURCE, detail, span, None, None)


def _value_match(ctx: SentenceContext, claimed: Quantity, actual: Quantity) -> bool:
    a, b = claimed.value, actual.value
    if math.isclose(a, b, rel_tol=ctx.config.number_tolerance, abs_tol=1e-9):
        return True
    step = _precision(claimed)
    return step > 0 and abs(a - b) <= step / 2 * (1 + 1e-9)


def _same_number(ctx: SentenceContext, claimed: Quantity, actual: Quantity) -> bool:
    """Same value (within the summary's precision) in no clashing unit."""
    return _value_match(ctx, claimed, actual) and not _units_clash(ctx, claimed.unit, actual.unit)


def _measured(ctx: SentenceContext, unit: str | None) -> bool:
    return bool(unit) and ctx.quantity_finder.is_measurement_unit(unit or "")


def _units_clash(ctx: SentenceContext, a: str | None, b: str | None) -> bool:
    if not a or not b or _unit_key(a) == _unit_key(b):
        return False
    finder = ctx.quantity_finder
    return finder.is_measurement_unit(a) or finder.is_measurement_unit(b)


def _slot_score(
    ctx: SentenceContext, q: Quantity, mine: frozenset[str], n: _Number, scores: np.ndarray
) -> float:
    """How well the article number ``n`` fits the summary number's slot: its sentence's
    alignment, the shared neighbouring words, the unit."""
    weight = ctx.config.number_context_weight
    score = float(scores[n.pos]) if n.pos is not None else 0.0
    if mine:
        score += weight * len(mine & n.context) / len(mine)
    if _unit_key(q.unit) == _unit_key(n.quantity.unit) and _measured(ctx, q.unit):
        score += weight / 2  # counted nouns are in the context already
    elif _units_clash(ctx, q.unit, n.quantity.unit):
        score -= weight
    return score


def _number_adjacency(
    ctx: SentenceContext, q: Quantity, same_value: list[_Number], window: set[int]
) -> dict[str, float]:
    """The words right next to the summary's number (``_Around.fit``, 0-4) against those
    next to an article number of its value (``same_value``), and next to an article number
    of another value in the supporting sentences; and whether the article writes the very
    same quantity ("more than 70 animals")."""
    around = _around(ctx.text, q.start, q.end, ctx.part.start, ctx.part.end)
    wording = " ".join(_words(q.text))
    own = max((around.fit(n.around) for n in same_value), default=0)
    same = any(" ".join(_words(n.quantity.text)) == wording for n in same_value)
    mine = {id(n) for n in same_value}
    other = max(
        (around.fit(n.around) for n in ctx.src.numbers if n.pos in window and id(n) not in mine),
        default=0,
    )
    return {"adj_own": float(own), "adj_other": float(other), "same_text": float(same)}


def _check_qualifier(
    ctx: SentenceContext,
    q: Quantity,
    sq: Quantity,
    reasons: list[VerifyReason],
    notes: list[VerifyReason],
) -> None:
    span = (q.start, q.end)
    claimed, actual = _bound(q.qualifier), _bound(sq.qualifier)
    if {claimed, actual} == {"lower", "upper"}:
        reasons.append(
            VerifyReason(
                ReasonType.NUMBER_MISMATCH,
                f"qualifier changed: summary says {_qty_label(q)!r}, the article "
                f"says {_qty_label(sq)!r}",
                span,
                sq.start,
                sq.end,
            )
        )
    elif actual in ("lower", "upper") and claimed is None:
        kind = (
            ReasonType.NUMBER_MISMATCH
            if ctx.config.strict_qualifiers
            else ReasonType.QUALIFIER_DROPPED
        )
        note = VerifyReason(
            kind,
            f"qualifier dropped: summary says {_qty_label(q)!r}, the article says "
            f"{_qty_label(sq)!r}",
            span,
            sq.start,
            sq.end,
        )
        (reasons if kind == ReasonType.NUMBER_MISMATCH else notes).append(note)


def _precision(q: Quantity) -> float:
    """The place value of the summary's last significant digit, scaled: how far off the article
    may be and still round to it ("1.1bn" -> 1e8, "about 180" -> 10, "3 million" -> 1e6).

    Zero (exact match needed) for a bare integer such as "180" or a number in words: written
    without "about" or a scale word, trailing zeros count as significant.
    """
    digits = _DIGITS_RE.findall(q.text)
    if not digits:
        return 0.0
    written = digits[-1].replace(",", "")
    try:
        number = float(written)
    except ValueError:
        return 0.0
    if number == 0:
        return 0.0
    scale = abs(q.value / number)
    if "." in written:
        return 10.0 ** -len(written.split(".")[1]) * scale
    if scale >= 1000 or _bound(q.qualifier) == "approx":
        trailing = len(written) - len(written.rstrip("0"))
        return 10.0**trailing * scale
    return 0.0


def _unit_key(unit: str | None) -> str:
    if not unit:
        return ""
    u = unit.lower().strip()
    return u[:-1] if u.endswith("s") and not u.endswith("ss") else u


def _qty_label(q: Quantity) -> str:
    if q.qualifier and not q.text.lower().startswith(q.qualifier.lower()):
        return f"{q.qualifier} {q.text}"
    return q.text
