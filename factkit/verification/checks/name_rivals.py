"""The article name that fills a summary name's slot instead of it. ``slot_reason``: the
rules sure of it, whatever the decision layer makes of the evidence (a slot of another type, a
"the" the article never writes before it, another name with the same words around it:
``name_slots.py``, ``name_subjects.py``, ``role_slots.py``, ``modifier_slots.py``).
``rival_name``: the name of a supporting sentence that shares neighbouring words with the
summary's and fits clearly better (``verify.name_slack``) than every mention of it, evidence for
the decision layer."""

from __future__ import annotations

import math
import re

import numpy as np

from factkit.document import VerifyReason
from factkit.lang import word_set
from factkit.verification.checks.context import SentenceContext, name_word_match
from factkit.verification.checks.name_forms import name_mentions, same_name, word_mentions
from factkit.verification.checks.name_reasons import clash_reason, entity_reason, rival_reason
from factkit.verification.determiners import determiner_clash
from factkit.verification.index import ArticleIndex, IndexedName
from factkit.verification.modifier_slots import modifier_rival
from factkit.verification.name_slots import anchored_rival, gap_rival, list_rival
from factkit.verification.name_subjects import pronoun_clash, subject_rival
from factkit.verification.name_types import context_type, leads_group, other_type
from factkit.verification.names import NameSpan, common_english, generic_name_words
from factkit.verification.person_sexes import sex_clash
from factkit.verification.references import in_quoted_title, is_demonym, short_form_of
from factkit.verification.role_slots import described_rival, role_rival
from factkit.verification.slot_query import SlotQuery
from factkit.verification.slot_types import slot_clash
from factkit.verification.text import opens_sentence, stem_of


def slot_reason(ctx: SentenceContext, span: NameSpan, spans: list[NameSpan]) -> VerifyReason | None:
    """A reason the rules are sure of, whatever the decision layer makes of the evidence: a
    name in a slot of another type (``slot_types.py``), or one whose neighbouring words (or,
    opening its sentence, whose predicate; in a summary list, whose list mate) hold another
    name in the aligned article sentence and never it (``name_slots.py``; the role noun right
    before it, another name after that noun: ``role_slots.py``; the word and preposition before
    it, another name after them: ``gap_rival``; the noun after it, another name before that
    noun: ``modifier_slots.py``)."""
    src = ctx.src
    words = span[2]
    _, window = ctx.window(frozenset(stem_of(w) for w in words))

    def is_same(n: IndexedName) -> bool:
        return same_name(words, n.words, src)

    sentence = (ctx.part.start, ctx.part.end)
    query = SlotQuery(ctx.text, span, sentence, spans, src, window, is_same)
    reason = _type_clash_reason(ctx, query)
    if reason is not None:
        return reason
    rival = _slot_rival(query)
    if rival is None:
        return None
    ctx.decider.mark_certain("name")
    return rival_reason(ctx, span, rival, "with the same words around it")


def _type_clash_reason(ctx: SentenceContext, query: SlotQuery) -> VerifyReason | None:
    """A name where the article has a name of another kind: a type clash of its slot, or a
    "the" the article never writes before it."""
    src, span = ctx.src, query.span
    start, end, words = span
    # "Duncan's District Court, 22,": a group where a person belongs; "Jerusalem was
    # substituted" where the article says "he was substituted"
    clash = slot_clash(
        ctx.text, span, query.spans, src.name_types, query.sentence, src.text, src.name_mentions
    )
    clash = clash or pronoun_clash(query)
    if clash is not None:
        ctx.decider.mark_certain("name")
        return clash_reason(ctx, span, clash)
    if determiner_clash(ctx.text, start, end, words, src.text, src.name_mentions):
        # "2nd in the Burnley": a name the article never writes after "the", in a slot of a
        # name that takes it ("the Premier League")
        ctx.decider.mark_certain("name")
        detail = (
            f"the article never writes 'the' before {ctx.text[start:end]!r}, as this sentence "
            "does: it uses the name where a name of another kind belongs"
        )
        return entity_reason(detail, (start, end))
    return _sex_clash_reason(ctx, query)


def _sex_clash_reason(ctx: SentenceContext, query: SlotQuery) -> VerifyReason | None:
    """A person whose own pronoun in the summary gives them the other sex than the article
    does ("Rickie Fowler was pictured alongside her sister": ``person_sexes.py``)."""
    src, (start, end, words) = ctx.src, query.span
    pronoun = sex_clash(
        ctx.text, query.span, query.spans, query.sentence, src.person_sexes, src.name_types
    )
    if pronoun is None:
        return None
    ctx.decider.mark_certain("name")
    said = ctx.text[pronoun[0] : pronoun[1]]
    detail = (
        f"this sentence calls {ctx.text[start:end]!r} {said!r}; the article's person of that "
        "name is the other sex: another person's name in their place"
    )
    positions = name_mentions(words, src)
    source = src.body[positions[0]] if positions else None
    return entity_reason(
        detail, (start, end), None if source is None else (source.start, source.end)
    )


def _slot_rival(query: SlotQuery) -> IndexedName | None:
    """The article name that fills the summary name's slot, its neighbouring words the same
    (the slot readers in the order they are trusted), or None."""
    src, (start, _, words) = query.src, query.span
    others = {w for _, _, ws in query.spans for w in ws if w not in words}
    own_type = context_type(query.text, start, words)

    def may_fill(n: IndexedName) -> bool:
        # a slot the article's words pin down on both sides (anchors), a predicate's subject
        # and the name after a word and its preposition hold one entity whatever its type: a
        # team where the article's person did it ("QPR has revealed votes" for "Mulumbu has
        # cast his vote"), a person where it has a club ("500th appearance for Ratchford")
        return (
            not same_name(words, n.words, src)
            and not any(name_word_match(w, others) or short_form_of(w, others) for w in n.words)
            # a real name, not a common word opening a glued caption ("Armed with")
            and not all(w in src.common_words or common_english(w) for w in n.words)
            and not in_quoted_title(src.text, n.start, n.end)
        )

    def may_rival(n: IndexedName) -> bool:
        # in a list or after a role noun a name of another type stands beside it, not for it
        # ("Chelsea boss Jose Mourinho": the club is no rival for the manager)
        return may_fill(n) and not other_type(words, n.words, src.name_types, own_type)

    rival = anchored_rival(query, may_fill)
    rival = rival or subject_rival(query, may_fill)
    rival = rival or list_rival(query, may_rival)
    rival = rival or role_rival(query, may_rival)
    rival = rival or described_rival(query, may_rival)
    rival = rival or gap_rival(query, may_fill)
    # a name made only of words many names share ("Rangers", "United") is held by any name
    # that has them: the article's own name for the noun it modifies, anywhere, says whose
    # noun it is ("Rangers keeper" where the article writes only "the Chelsea keeper")
    generic_only = all(w in generic_name_words() for w in words)
    return rival or modifier_rival(query, may_rival, anywhere=generic_only)


def rival_name(
    ctx: SentenceContext,
    words: list[str],
    others: set[str],
    mine: frozenset[str],
    scores: np.ndarray,
    window: list[int],
    own_type: str | None,
    leads: bool = False,
) -> IndexedName | None:
    """The article name that fills the summary name's slot instead of it: in a supporting
    sentence, sharing neighbouring words, and fitting clearly better (sentence alignment +
    shared neighbours) than every mention of the summary's name. Not a rival: a name the
    summary sentence also gives, or one in a sentence that mentions the summary's name too
    (neighbouring names share neighbouring words), nor a person whose possessive stands for
    the team they lead ("Sheik Mansour's club" where the summary names "City"), unless the
    summary's name does the same (``leads``: "Klopp's side" for "Guardiola's side")."""
    if not mine:
        return None
    cfg, src = ctx.config, ctx.src
    weight = cfg.number_context_weight

    def fit(n: IndexedName) -> float:
        return float(scores[n.pos]) + weight * len(mine & n.context) / len(mine)

    # the summary's name, or a clipped form ("Hibs"), by article name
    same = [same_name(words, n.words, src) for n in src.names]
    best_same = max(
        (fit(n) for n, is_same in zip(src.names, same, strict=True) if is_same), default=-math.inf
    )
    top = set(window[: cfg.name_rival_sentences])
    rivals = [
        n
        for n, is_same in zip(src.names, same, strict=True)
        if n.pos in top
        and not is_same
        and len(mine & n.context) >= min(len(mine), cfg.name_min_shared)
        # nor one the summary sentence names too, or by a clipped form ("Hibs", "Hibernian")
        and not any(name_word_match(w, others) or short_form_of(w, others) for w in n.words)
        and not any(n.pos in word_mentions(w, words, src) for w in words)
        # a person is no rival for a team, nor a team for a person
        and not other_type(words, n.words, src.name_types, own_type)
        and (leads or not leads_group(src.text, n.end))
        and not in_quoted_title(src.text, n.start, n.end)  # a song, a show: no one's slot
        and not no_slot_name(words, n, src)
    ]
    if not rivals:
        return None
    rival = max(rivals, key=fit)
    return rival if fit(rival) > best_same + cfg.name_slack else None


_NEXT_WORD = re.compile(r" ([a-z]+)")


def _before_noun(text: str, end: int) -> bool:
    """Does a lower-case content word follow the name ending at ``end``, one the name modifies
    ("American robotics designer"; not "Koreans and")?"""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) not in word_set("stop_words")


def no_slot_name(words: list[str], n: IndexedName, src: ArticleIndex) -> bool:
    """Is article name ``n`` one that fills no name's slot: a common word the article
    capitalises only once (mostly where it opens a sentence or a glued caption: "Titled",
    "Armed with"; "Arsenal", capitalised throughout, stays a name) or a caption's label
    capitalised only once ("Terrified:", ``_caption_label``), or a
    demonym before its noun ("designed by American designer David Hanson": where someone is
    from, beside the slot's name) unless the summary's is one too? (A demonym standing alone,
    "tension between African-Americans and", fills one.)"""
    if len(n.words) != 1:
        return False
    (word,) = n.words
    if word in src.common_words or common_english(word) or _caption_label(n, src):
        return sum(m.words == n.words for m in src.names) == 1
    return (
        is_demonym(src.text[n.start : n.end])
        and _before_noun(src.text, n.end)
        and not all(is_demonym(w.capitalize()) for w in words)
    )


def _caption_label(n: IndexedName, src: ArticleIndex) -> bool:
    """Does ``n`` open its sentence before a colon ("Terrified: Emma Jackson, 28, was ..."), the
    label a Daily Mail caption starts with? Said of the picture, it is no one's name."""
    return src.text.startswith(":", n.end) and opens_sentence(
        src.text, src.body[n.pos].start, n.start
    )
