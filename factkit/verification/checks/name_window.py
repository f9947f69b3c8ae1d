"""Is a name the article gives in the summary sentence's window, and in its slot there? The
evidence the decision layer weighs for one summary name: whether the supporting passage gives
it, whether a rival fills its slot (``name_rivals.rival_name``), how its surroundings fit the
article's names, and the slot sides of the article's mentions (``name_alignment.py``)."""

from __future__ import annotations

import numpy as np

from factkit.document import VerifyReason
from factkit.verification.align import cooccurrence
from factkit.verification.checks.context import SentenceContext, name_word_match
from factkit.verification.checks.name_forms import (
    given_words,
    gives_name,
    known_word,
    name_mentions,
)
from factkit.verification.checks.name_reasons import (
    mismatch_in_window,
    not_mentioned,
    outside_window,
    rival_reason,
)
from factkit.verification.checks.name_rivals import rival_name
from factkit.verification.checks.name_unjudged import adds_place, describes_slot, locates_place
from factkit.verification.index import ArticleIndex, IndexedName
from factkit.verification.name_alignment import slot_sides
from factkit.verification.name_types import context_type, leads_group
from factkit.verification.names import NameSpan
from factkit.verification.neighbours import Neighbours, neighbours_of
from factkit.verification.places import reworded_place
from factkit.verification.text import local_context, stem_of


def check_name(
    ctx: SentenceContext,
    span: NameSpan,
    spans: list[NameSpan],
    head_map: dict[int, list[int]],
    absent: float = 0.0,
) -> VerifyReason | None:
    """Is a name the article gives in its slot here? Evidence for the decision layer: is it in
    the window, does a rival fill the slot, how its surroundings fit, and the share of its
    words the article never gives (``absent``: a given name before an article surname)."""
    cfg, src = ctx.config, ctx.src
    start, end, words = span
    positions = name_mentions(words, src)
    # a name the article gives only outside the annotated sentences (a heading, a credit) is
    # in no supporting sentence: judged as a name found elsewhere, with no mention to point at
    own = frozenset(stem_of(w) for w in words)
    scores, window = ctx.window(own)
    mine = local_context(ctx.align.tokens, start, end, None, cfg.number_context_words)
    # the sentence's other names, with the common words opening their runs as written: in
    # "Real Madrid can win ..., says Marca", "Real" (judged apart from "Madrid") still names
    # the sentence, so the article's "if Real win" is no rival of "Marca" nor evidence against it
    others = {w for _, _, ws in (*spans, *ctx.names) for w in ws if w not in words}
    if locates_place(ctx.text, span, spans, src):
        # "a bar in West Palm Beach in Florida": the name says where the place before it is,
        # which the article need not repeat in the passage (it gives the name somewhere)
        return None
    own_type = context_type(ctx.text, start, words)
    rival = rival_name(
        ctx, words, others, mine, scores, window, own_type, leads_group(ctx.text, end)
    )
    near = ctx.near(window)
    in_window = bool(set(positions) & near)
    if rival is None and _unjudged_by_window(ctx, span, spans, positions, in_window):
        return None
    around = neighbours_of(ctx.text, start, end, ctx.part.start, ctx.part.end)
    evidence = {
        "span_start": float(start),
        "span_end": float(end),
        "rule": float(int(rival is not None) * 2 + int(not in_window)),
        "words": float(len(words)),
        "absent": absent,
        **_name_context_fit(words, others, mine, around, window, near, src),
        **_name_slot_sides(ctx, span, near),
        **cooccurrence(start, head_map, len(src.body)),
        **ctx.evidence(own, head_map.get(start) or positions),
    }
    if not ctx.decider.flag("name", evidence, rival is not None or not in_window or absent > 0):
        return None
    return _flagged_name_reason(ctx, span, rival, absent, (scores, window), positions, near)


def _unjudged_by_window(
    ctx: SentenceContext,
    span: NameSpan,
    spans: list[NameSpan],
    positions: list[int],
    in_window: bool,
) -> bool:
    """With no rival in its slot, is the name one its window does not judge: a place the
    summary adds ("a Leicester bus station"), or a name that describes what fills the slot?"""
    start, end, _ = span
    return (
        adds_place(ctx, span)
        or reworded_place(ctx.text, start, end, ctx.src.text)  # "a Leicester bus station"
        or describes_slot(ctx, span, spans, positions, in_window)
    )


def _name_slot_sides(ctx: SentenceContext, span: NameSpan, near: set[int]) -> dict[str, float]:
    """The slot-side evidence (``name_alignment.slot_sides``) of the summary name against the
    article names that give it."""
    src = ctx.src
    given = given_words(span[2], src)  # the article's words that give the name's (memo)
    return slot_sides(
        ctx.text,
        (span[0], span[1]),
        (ctx.part.start, ctx.part.end),
        (n for n in src.names if gives_name(span[2], given, n.words)),
        near,
        src,
    )


def _flagged_name_reason(
    ctx: SentenceContext,
    span: NameSpan,
    rival: IndexedName | None,
    absent: float,
    support: tuple[np.ndarray, list[int]],
    positions: list[int],
    near: set[int],
) -> VerifyReason:
    """The reason for a name the decision layer flags (``support``: the alignment scores and
    the window; ``positions``: the name's mentions; ``near``: the window's neighbourhood)."""
    src, words = ctx.src, span[2]
    scores, window = support
    if absent > 0 and rival is None:  # the given name is the summary's own
        return not_mentioned(ctx, span, " ".join(w for w in words if known_word(w, src)))
    if rival is not None:  # the score tells a filled slot from a name found elsewhere
        return rival_reason(ctx, span, rival, f"(alignment {float(scores[rival.pos]):.2f})")
    if set(positions) & near:  # the passage names it: what it says around the name differs
        return mismatch_in_window(ctx, span, scores, window, [p for p in positions if p in near])
    return outside_window(ctx, span, scores, window, positions)


def _name_context_fit(
    words: list[str],
    others: set[str],
    mine: frozenset[str],
    around: Neighbours,
    window: list[int],
    near: set[int],
    src: ArticleIndex,
) -> dict[str, float]:
    """How the summary name's surroundings fit the article's names.

    ``ctx_*``: the share of its neighbouring content words found next to a mention of it,
    and next to a different article name in the supporting sentences. ``adj_*``: how well
    the words right next to it (0-4, ``Neighbours.fit``) agree with those next to a mention
    of it in the supporting sentences (or ``_any``where), and next to another name there:
    a swapped-in name sits where the article has a different one ("Scientology credits"
    for "Travolta credits"). A clipped form ("Hibs" for "Hibernian") is the name itself. (Names
    in a sentence that also gives the summary's still count as others: that is where a name
    swapped within one sentence finds its rival.)"""
    in_window = set(window)
    ctx_own = ctx_other = 0.0
    adj_own = adj_own_any = adj_other = 0
    given = given_words(words, src)

    def fit(n: IndexedName) -> float:
        return len(mine & n.context) / len(mine) if mine else 0.0

    for n in src.names:  # each fit is read only where it counts: most names are in no window
        if gives_name(words, given, n.words):  # the summary's name (``same_name``)
            ctx_own = max(ctx_own, fit(n))
            adjacent = n.fit(around)
            adj_own_any = max(adj_own_any, adjacent)
            if n.pos in near:
                adj_own = max(adj_own, adjacent)
            continue
        if n.pos in near:
            adj_other = max(adj_other, n.fit(around))
        if n.pos in in_window and not any(name_word_match(w, others) for w in n.words):
            ctx_other = max(ctx_other, fit(n))
    return {
        "ctx_own": ctx_own,
        "ctx_other": ctx_other,
        "adj_own": float(adj_own),
        "adj_own_any": float(adj_own_any),
        "adj_other": float(adj_other),
    }
