"""The relation check: who did what to whom. A name-verb-name relation of the summary sentence
("Chelsea beat Arsenal") that an article sentence naming both states the other way round
("Arsenal were beaten by Chelsea" agrees; "Arsenal beat Chelsea" does not), with the same verb
and no article sentence stating it the summary's way -> ``relation_mismatch``, with the span of
the summary's two names and of the article's reversed relation (``relations.py`` reads them).
A match result is a relation too, however it is written ("Spain's 2-0 defeat by Holland" is
"Holland beat Spain"; ``outcomes.py``), and so is a place in a place ("Great Falls Park in
Virginia"; ``containment.py``). Two neighbouring summary names that an article sentence has the
other way round around the same words are one too, however long or verbless the stretch
between them ("Okafor has one year left on his contract at Kingsmead Rovers";
``mirrored_names.py``), and so are two whose slots an article sentence naming both gives
each other's name ("then-head coach Real" where the article has "then-head coach Louis van
Gaal"; ``traded_slots.py``), and so are two whose surrounding words an article sentence
naming both has around each other (``context_trades.py``), and so are a person the summary
puts before a role noun as the employer of the name after it and that name, where the article
describes the person with it ("Britt McHenry reporter ESPN" where the article has "ESPN's Britt
McHenry"; ``swapped_describers.py``).
One entity in both roles of one relation ("PSV have informed PSV") is an error of the summary
alone -> ``relation_mismatch`` with the span of the relation and no article span.
A result that keeps one team of an article result in its role against another opponent
("Vitolo beat Spain 2-0" where the article has "Spain's 2-0 defeat by Holland") ->
``entity_not_in_source`` on that opponent, with the article's (``result_rivals.py``)."""

from __future__ import annotations

from collections.abc import Iterator

from factkit.document import ReasonType, VerifyReason
from factkit.verification.aliases import aliases_of_name
from factkit.verification.checks.context import SentenceContext
from factkit.verification.checks.name_forms import same_name
from factkit.verification.containment import LIES_IN, containments
from factkit.verification.context_trades import context_trade
from factkit.verification.index import ArticleIndex
from factkit.verification.mirrored_names import mirrored, summary_pairs
from factkit.verification.names import NameSpan
from factkit.verification.outcomes import outcomes
from factkit.verification.relations import (
    Relation,
    neighbour_names,
    relations,
    reversed_relations,
    self_relations,
)
from factkit.verification.result_rivals import at_ground, result_rival, scores
from factkit.verification.swapped_describers import swapped_describer
from factkit.verification.traded_slots import traded_slot


def check_relations(ctx: SentenceContext) -> list[VerifyReason]:
    """``relation_mismatch`` for each relation of the sentence the article has reversed, and
    for each with one entity in both roles."""
    src = ctx.src
    reasons: list[VerifyReason] = []
    for start, end in self_relations(ctx.text, ctx.part.start, ctx.part.end, src.common_words):
        reasons.append(
            VerifyReason(
                ReasonType.RELATION_MISMATCH,
                f"summary has one entity in both roles ({ctx.text[start:end]!r})",
                (start, end),
                None,
                None,
            )
        )
    reported: set[tuple[int, int]] = set()
    for claim in _relations(ctx.text, ctx.part.start, ctx.part.end, src.common_words):
        together = _both_named(ctx, claim)
        reasons.extend(_opponent_reason(ctx, claim, bool(together)))
        stated = [r for p in together for r in _sentence_relations(ctx, p)]
        for c, s in reversed_relations([claim], stated):
            if c.span in reported:
                continue  # "Spain beat Holland" reversed both as a verb and as a result
            reported.add(c.span)
            agent = ctx.text[c.agent[0] : c.agent[1]]
            patient = ctx.text[c.patient[0] : c.patient[1]]
            start, end = s.span
            reasons.append(
                VerifyReason(
                    ReasonType.RELATION_MISMATCH,
                    f"summary has {agent!r} {_role_words(c)} {patient!r}; the article has it the "
                    f"other way round ({src.text[start:end]!r})",
                    c.span,
                    start,
                    end,
                )
            )
    reasons.extend(_mirror_reasons(ctx, reported))
    reasons.extend(_context_reasons(ctx, reported))
    reasons.extend(_describer_reasons(ctx, reported))
    return reasons


def _mirror_reasons(ctx: SentenceContext, reported: set[tuple[int, int]]) -> list[VerifyReason]:
    """``relation_mismatch`` for each two neighbouring summary names that an article sentence
    has the other way round around the same words (``mirrored_names.py``), unless a reversed
    relation of them is reported already."""
    src = ctx.src
    reasons: list[VerifyReason] = []
    for first, second, claimed in summary_pairs(
        ctx.text, ctx.part.start, ctx.part.end, src.common_words
    ):
        if any(a < second[1] and first[0] < b for a, b in reported):
            continue
        both = _naming(src, frozenset(first[2])) & _naming(src, frozenset(second[2]))
        stated = [(src.text, src.body[p].start, src.body[p].end) for p in sorted(both)]
        found = mirrored(first, second, claimed, stated, src.common_words)
        if found is None:
            reasons.extend(_traded_reason(ctx, first, second, both, reported))
            continue
        reported.add(found.span)
        reasons.append(
            _pair_reason(ctx, first, second, found.span, found.source, "the wrong way round")
        )
    return reasons


def _pair_reason(
    ctx: SentenceContext,
    first: NameSpan,
    second: NameSpan,
    span: tuple[int, int],
    source: tuple[int, int],
    how: str,
) -> VerifyReason:
    """``relation_mismatch`` for two summary names (``span``) that stand ``how`` ("the wrong
    way round") against the article's ``source`` span: one wording for the pair tests."""
    start, end = source
    return VerifyReason(
        ReasonType.RELATION_MISMATCH,
        f"summary has {ctx.text[first[0] : first[1]]!r} and "
        f"{ctx.text[second[0] : second[1]]!r} {how}: the article has {ctx.src.text[start:end]!r}",
        span,
        start,
        end,
    )


def _traded_reason(
    ctx: SentenceContext,
    first: NameSpan,
    second: NameSpan,
    both: set[int],
    reported: set[tuple[int, int]],
) -> list[VerifyReason]:
    """``relation_mismatch`` for two neighbouring summary names one of whose slots an article
    sentence naming both (body positions ``both``) gives the other (``traded_slots.py``)."""
    src = ctx.src
    found = traded_slot(ctx.text, first, second, src.text, src.names, both)
    if found is None:
        return []
    reported.add(found.span)
    return [_pair_reason(ctx, first, second, found.span, found.source, "in each other's place")]


def _unreported_pairs(
    ctx: SentenceContext, reported: set[tuple[int, int]]
) -> Iterator[tuple[NameSpan, NameSpan]]:
    """Each two neighbouring names of the summary part that no relation reported so far covers
    (``reported`` is read as the caller's loop goes: a pair it reports on the way counts)."""
    bounds = (ctx.part.start, ctx.part.end)
    for first, second in neighbour_names(ctx.text, *bounds, ctx.src.common_words):
        if not any(a < second[1] and first[0] < b for a, b in reported):
            yield first, second


def _context_reasons(ctx: SentenceContext, reported: set[tuple[int, int]]) -> list[VerifyReason]:
    """``relation_mismatch`` for each two neighbouring summary names, however far apart,
    whose surroundings an article sentence naming both gives each other
    (``context_trades.py``), unless a relation of them is reported already."""
    src = ctx.src
    bounds = (ctx.part.start, ctx.part.end)
    reasons: list[VerifyReason] = []
    for first, second in _unreported_pairs(ctx, reported):
        if set(first[2]) & set(second[2]):
            continue
        both = _naming(src, frozenset(first[2])) & _naming(src, frozenset(second[2]))
        sentences = [(src.body[p].start, src.body[p].end) for p in sorted(both)]
        found = context_trade(ctx.text, bounds, first, second, src.text, sentences, src.names)
        if found is None:
            continue
        reported.add(found.span)
        how = "in each other's surroundings"
        reasons.append(_pair_reason(ctx, first, second, found.span, found.source, how))
    return reasons


def _describer_reasons(ctx: SentenceContext, reported: set[tuple[int, int]]) -> list[VerifyReason]:
    """``relation_mismatch`` for each person the summary puts before a role noun as the
    employer of the name after it, where the article describes that person with that name
    (``swapped_describers.py``), unless a relation of them is reported already."""
    reasons: list[VerifyReason] = []
    for first, second in _unreported_pairs(ctx, reported):
        found = swapped_describer(ctx.text, first, second, ctx.src)
        if found is None:
            continue
        reported.add(found.span)
        how = "in each other's place (the article describes the first with the second)"
        reasons.append(_pair_reason(ctx, first, second, found.span, found.source, how))
    return reasons


def _opponent_reason(ctx: SentenceContext, claim: Relation, together: bool) -> list[VerifyReason]:
    """``entity_not_in_source`` for a summary result whose one team the article has in that
    role against another opponent (``result_rivals.py``). ``together``: does an article
    sentence name both of its names?"""
    src = ctx.src
    claimed_scores = scores(ctx.part.text)
    if together and not claimed_scores:
        return []  # no score says which match: the article may report theirs in other words
    named = _naming(src, claim.agent_words) | _naming(src, claim.patient_words)
    stated = [
        (r, scores(src.text[src.body[p].start : src.body[p].end]))
        for p in sorted(named)
        for r in _sentence_relations(ctx, p)
        if not at_ground(src.text, r)
    ]
    found = result_rival(claim, stated, claimed_scores, src.name_words)
    if found is None:
        return []
    if same_name(sorted(found.odd_words), found.opponent_words, src):
        return []  # another form of the article's opponent ("Spurs" for "Tottenham")
    ctx.decider.mark_certain("name")
    (start, end), result = found.odd, found.result
    won = src.text[result.agent[0] : result.agent[1]]
    lost = src.text[result.patient[0] : result.patient[1]]
    return [
        VerifyReason(
            ReasonType.ENTITY_NOT_IN_SOURCE,
            f"summary has {ctx.text[start:end]!r} in a result the article gives as {won!r} "
            f"beating {lost!r}",
            (start, end),
            found.opponent[0],
            found.opponent[1],
        )
    ]


def _role_words(relation: Relation) -> str:
    """What the reason says the agent does to the patient: lies "in" it, or acts on it."""
    return "in" if relation.verbs == {LIES_IN} else "acting on"


def _both_named(ctx: SentenceContext, claim: Relation) -> list[int]:
    """Body positions of the article sentences naming both of the relation's names."""
    src = ctx.src
    return sorted(_naming(src, claim.agent_words) & _naming(src, claim.patient_words))


def _naming(src: ArticleIndex, words: frozenset[str]) -> set[int]:
    """Body positions naming a word of the name or an alias of it ("Rangers" names the
    summary's "Light Blues")."""
    return {p for w in words | aliases_of_name(words) for p in src.mentions_of(w)}


def _sentence_relations(ctx: SentenceContext, position: int) -> list[Relation]:
    """The relations of a body sentence, read once per article (every summary relation naming
    the sentence's two names reads them)."""
    src = ctx.src
    got = src.relation_memo.get(position)
    if got is None:
        s = src.body[position]
        got = src.relation_memo[position] = _relations(src.text, s.start, s.end, src.common_words)
    return got


def _relations(text: str, start: int, end: int, common_words: set[str]) -> list[Relation]:
    """The verb relations of ``text[start:end]``, its match results (``outcomes.py``) and its
    places in places (``containment.py``)."""
    return (
        relations(text, start, end, common_words)
        + outcomes(text, start, end, common_words)
        + containments(text, start, end, common_words)
    )
