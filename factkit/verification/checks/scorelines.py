"""The scoreline check: a summary's "2-1" is judged as a whole, never as two counts.

A scoreline is held against the score the article gives its teams (``names`` reads whose score
it is); where no article sentence about those teams gives one, the score is supported when the
article gives it anywhere and otherwise held against the score of the passage the sentence
rests on. A score of a phase ("from the first leg") the article gives that phase otherwise is a
mismatch (``match_phases.py``). The number check (``checks/numbers.py``) runs this first and
leaves the settled spans alone.
"""

from __future__ import annotations

from collections.abc import Callable

from factkit.document import VerifyReason
from factkit.verification.checks.context import SentenceContext
from factkit.verification.match_phases import phase_score_rivals
from factkit.verification.number_reasons import number_mismatch, number_not_in_source
from factkit.verification.number_scorelines import (
    judge_scorelines,
    scoreline_spans,
    supported_scoreline_numbers,
)


def check_scorelines(
    ctx: SentenceContext, names: Callable[[str], set[str]]
) -> tuple[list[tuple[int, int]], list[VerifyReason]]:
    """The summary's scorelines, judged as a whole (their digits are no counts): the spans
    they settle, and a ``number_mismatch`` for each that meets another score of its match
    (``number_not_in_source`` where the article gives no score)."""
    part, src = ctx.part, ctx.src
    spans = [(a, b) for a, b, _, _ in scoreline_spans(ctx.text, part.start, part.end)]
    if not spans:
        return [], []
    # the passage the sentence rests on, read without the scores' digits
    digits = frozenset(
        t[0] for t in ctx.align.tokens if any(a <= t[1] and t[2] <= b for a, b in spans)
    )
    passage = ctx.near(ctx.window(digits)[1])
    verdicts = judge_scorelines(
        ctx.text,
        part.start,
        part.end,
        src.text,
        [(s.start, s.end) for s in src.body],
        passage,
        names,
    )
    settled = [(v.start, v.end) for v in verdicts]
    reasons = []
    for v in (v for v in verdicts if not v.held):
        said = ctx.text[v.start : v.end]
        if v.rival is None:
            detail = f"{said!r} is not in the article, which gives no score"
            reasons.append(number_not_in_source(v, detail))
            continue
        sa, sb = v.rival
        detail = f"summary says {said!r}, the article says {src.text[sa:sb]!r}"
        reasons.append(number_mismatch(v, (sa, sb), detail))
        ctx.decider.mark_certain("number")  # the score of the same teams: no threshold
    # a score no article sentence about its teams gives: supported when the article gives it
    # anywhere, else held against the passage's score
    settled += supported_scoreline_numbers(ctx.text, part.start, part.end, src.text)
    conflicts = _scoreline_conflicts(ctx, settled)
    settled += [r.summary_span for r in conflicts if r.summary_span is not None]
    # "lead 0-1 from the first leg" where the article's first-leg score is 3-1
    phased = phase_score_rivals(ctx.text, (part.start, part.end), src.text, src.body)
    if phased:
        ctx.decider.mark_certain("number")  # that phase's score: no threshold
    kept = [r for r in reasons + conflicts if r.summary_span not in phased]
    return settled + list(phased), kept + list(phased.values())


def _scoreline_conflicts(
    ctx: SentenceContext, supported: list[tuple[int, int]]
) -> list[VerifyReason]:
    """A scoreline of the summary that the article does not give, where the article gives
    another one in the passage the sentence rests on ("a 1-10 draw" for its "1-1 draw")."""
    part, src = ctx.part, ctx.src
    out = []
    for a, b, _, _ in scoreline_spans(ctx.text, part.start, part.end):
        if (a, b) in supported:
            continue
        own = frozenset(t[0] for t in ctx.align.tokens if a <= t[1] and t[2] <= b)
        best = ctx.window(own)[1]
        # the best sentences first, then the ones around them ("to secure a 1-1 draw" right
        # after the sentence that names the teams)
        around = ctx.near(best) | {p + 1 for p in best if p + 1 < len(src.body)}
        for p in [*best, *sorted(around - set(best))]:
            s = src.body[p]
            theirs = scoreline_spans(src.text, s.start, s.end)
            if theirs:
                sa, sb = theirs[0][0], theirs[0][1]
                detail = f"summary says {ctx.text[a:b]!r}, the article says {src.text[sa:sb]!r}"
                out.append(number_mismatch((a, b), (sa, sb), detail))
                break
    return out
