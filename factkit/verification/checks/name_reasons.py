"""The ``entity_not_in_source`` reasons of the name check: what they tell an editor (a name
the article never writes, another name in its slot, a name the supporting passage does not
give, or gives with other words around it, a name of another kind) and the article span they
point at."""

from __future__ import annotations

import numpy as np

from factkit.document import ReasonType, VerifyReason
from factkit.verification.checks.context import SentenceContext
from factkit.verification.checks.name_forms import name_mentions
from factkit.verification.index import IndexedName
from factkit.verification.name_types import GROUP, PERSON
from factkit.verification.names import NameSpan


def entity_reason(
    detail: str, span: tuple[int, int], source: tuple[int, int] | None = None
) -> VerifyReason:
    """``entity_not_in_source`` for the summary's ``span``, pointing at the article's ``source``
    span where there is one."""
    start, end = source if source is not None else (None, None)
    return VerifyReason(ReasonType.ENTITY_NOT_IN_SOURCE, detail, span, start, end)


def not_mentioned(ctx: SentenceContext, span: NameSpan, known: str | None = None) -> VerifyReason:
    """The name flagged as one the article never writes; ``known``: the words of it the article
    does write (a given name before an article surname)."""
    start, end, _ = span
    detail = f"{ctx.text[start:end]!r} is not mentioned in the article"
    if known is not None:
        detail += f" (it names only {known!r})"
    return entity_reason(detail, (start, end))


def rival_reason(
    ctx: SentenceContext, span: NameSpan, rival: IndexedName, why: str
) -> VerifyReason:
    """The name flagged where the article has another name in its slot (``why``: how the slot
    was found, "(alignment 0.83)" or "with the same words around it")."""
    ctx.decider.mark_certain("rival")
    start, end, _ = span
    detail = (
        f"{ctx.text[start:end]!r} is not who/what the article names here: it says "
        f"{ctx.src.text[rival.start : rival.end]!r} {why}"
    )
    return entity_reason(detail, (start, end), (rival.start, rival.end))


def outside_window(
    ctx: SentenceContext,
    span: NameSpan,
    scores: np.ndarray,
    window: list[int],
    positions: list[int],
) -> VerifyReason:
    """The reason for a name the supporting passage does not give (the article may give it
    elsewhere, at ``positions``: the source span points at its best-aligned mention)."""
    src, (start, end, _) = ctx.src, span
    name = ctx.text[start:end]
    nearest = src.body[max(positions, key=lambda p: float(scores[p]))] if positions else None
    detail = f"{name!r} is not in the article sentences that support this one" + (
        f" (best support: sentence {src.body[window[0]].index}, alignment "
        f"{float(scores[window[0]]):.2f})"
        if window
        else ""
    )
    return entity_reason(
        detail, (start, end), None if nearest is None else (nearest.start, nearest.end)
    )


def mismatch_in_window(
    ctx: SentenceContext, span: NameSpan, scores: np.ndarray, window: list[int], named: list[int]
) -> VerifyReason:
    """The reason for a name the supporting passage does give but the decision layer still
    flags: saying the name is missing from the passage would send an editor looking for the
    wrong thing, so it points at the passage's mention (``named``: the passage sentences
    naming it) and says the surroundings differ."""
    start, end, words = span
    src, name = ctx.src, ctx.text[start:end]
    hits = [(n.start, n.end, n.pos) for n in src.names if n.pos in named and n.words & set(words)]
    if not hits:  # named in a clipped or alias form ("Spurs" for "Tottenham"): its sentence
        hits = [(src.body[p].start, src.body[p].end, p) for p in named]
    best = max(hits, key=lambda h: float(scores[h[2]])) if hits else None
    detail = (
        f"the article names {name!r} in the passage supporting this sentence, but what this "
        f"sentence says around it does not match what the passage says of it (best support: "
        f"sentence {src.body[window[0]].index}, alignment {float(scores[window[0]]):.2f})"
    )
    return entity_reason(detail, (start, end), None if best is None else best[:2])


_TYPE_WORDS = {PERSON: "a person", GROUP: "a team, organisation or place"}


def clash_reason(ctx: SentenceContext, span: NameSpan, clash: tuple[str, str]) -> VerifyReason:
    """``entity_not_in_source`` for a name in a slot of another type (``slot_types.py``),
    pointing at the article sentence that mentions it first."""
    start, end, words = span
    article, slot = clash
    positions = name_mentions(words, ctx.src)
    detail = (
        f"{ctx.text[start:end]!r} is {_TYPE_WORDS[article]} in the article, but this sentence "
        f"uses it as {_TYPE_WORDS[slot]}"
    )
    source = ctx.src.body[positions[0]] if positions else None
    return entity_reason(
        detail, (start, end), None if source is None else (source.start, source.end)
    )
