"""The name check. Capitalized name spans (sentence-opening common English words such as
"Relatives", shouted boilerplate such as "READ:" and function words excluded; in lower-cased
text, the words the article only writes capitalized) must occur in the article (acronyms and
demonym prefixes allowed) -> else ``entity_not_in_source``. They must also be in their window;
and no *rival* may fill their slot: a different article name in the best supporting sentence
that shares ``verify.name_min_shared`` neighbouring words with the summary name and fits
clearly better (``verify.name_slack``) than every mention of the summary's name, in a sentence
that does not mention it -> ``entity_not_in_source`` with the rival's or the nearest mention's
span. The decision layer weighs that evidence.

A description standing for an article entity ("the Frenchman", "the Portuguese side") is
never ``entity_not_in_source``: it is left unjudged unless its words are the article's. A
clipped form of an article name ("Hibs" for "Hibernian") is that name, not a rival. A name
that describes what fills the slot ("Bournemouth manager Eddie Howe", "Pep Guardiola's side")
and a name of a summary list the article gives together ("Russell Brand, Olly Murs and Dermot
O'Leary") are not judged by their window: only a rival fills their slot. Nor is a place the
summary locates its story in that the article writes as a place ("a billboard in County Down",
``places.py``). Whether and where the article gives a name, in its own words or another form
of them (a clipped form, an alias, a plural, an acronym, the surname alone), is read by
``name_forms.py``."""

from __future__ import annotations

import math
import re
from functools import cache

import numpy as np

from factkit.document import Quantity, ReasonType, TimeAnchor, VerifyReason
from factkit.lang import alternation, entries, word_set
from factkit.verification.align import cooccurrence
from factkit.verification.checks.context import SentenceContext, mentions, name_word_match
from factkit.verification.checks.demonyms import bare_demonym, demonym_rival
from factkit.verification.checks.name_forms import (
    alias_words,
    given_names_of_article_name,
    given_words,
    head_mentions,
    honorific_words,
    known_word,
    name_mentions,
    same_name,
    spelt_out_acronym,
)
from factkit.verification.determiners import determiner_clash
from factkit.verification.index import ArticleIndex, IndexedName, Neighbours, neighbours_of
from factkit.verification.modifier_slots import modifier_rival
from factkit.verification.name_alignment import slot_sides
from factkit.verification.name_slots import (
    anchored_rival,
    gap_rival,
    list_rival,
    pronoun_clash,
    subject_rival,
)
from factkit.verification.name_types import (
    GROUP,
    PERSON,
    context_type,
    leads_group,
    other_type,
    qualifies_role,
    type_of,
)
from factkit.verification.names import (
    NameSpan,
    common_capitalized,
    common_english,
    drop_opening_common,
    lower_name_spans,
    short_form,
)
from factkit.verification.places import article_places, reworded_place, summary_locates
from factkit.verification.references import (
    description_kind,
    in_quoted_title,
    is_demonym,
    short_form_of,
)
from factkit.verification.role_slots import role_rival
from factkit.verification.slot_query import SlotQuery
from factkit.verification.slot_types import slot_clash
from factkit.verification.text import (
    NAME_LINKS,
    WORD_RE,
    local_context,
    name_lists,
    norm_word,
    stem_of,
)

# "in" or "at" right before a place ("in West Palm Beach")
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+$")
# what closes a place chain ("Kilkee, County Clare."): punctuation or a lower-case word that
# is no list joiner
_CHAIN_END = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?!and\b|or\b)[a-z]")
# body sentences within which an article gives the names of one list ("Russell Brand. Guilty.
# Dermot O'Leary.": a list the splitter cut into sentences)
_LIST_REACH = 2


def check_names(
    ctx: SentenceContext,
    quantities: list[Quantity],
    times: list[TimeAnchor],
    earlier: list[VerifyReason],
) -> list[VerifyReason]:
    """Each name must be in the article, and in the sentences that support the rest of the
    summary sentence (or just before them). ``earlier``: the other checks' reasons (a speaker
    already reported is not judged again)."""
    src = ctx.src
    # a speaker already reported, or a name reported misspelt (``spelling.py``)
    kinds = ("speaker_mismatch", "entity_not_in_source")
    flagged = [r.summary_span for r in earlier if r.type in kinds and r.summary_span is not None]
    numbers = [(q.start, q.end) for q in quantities]
    spans = _summary_names(ctx)
    head_map = {sp[0]: head_mentions(sp[2], src) if sp[2] else [] for sp in spans}
    reasons: list[VerifyReason] = []
    for span in spans:
        # already reported as the wrong speaker or misspelt; numbers ("Seventeen") have their
        # own check
        if _overlaps(span, flagged) or _overlaps(span, numbers):
            continue
        # a date opening the run ("Saturday's FA Cup") has its own check, the name after it
        # is still judged
        after = _after_date(ctx.text, span, times)
        if after is None:
            continue  # a date inside or closing the run ("Theresa May"): left to the date check
        reasons.extend(_name_reasons(ctx, after, spans, head_map))
    return reasons


def _overlaps(span: NameSpan, others: list[tuple[int, int]]) -> bool:
    """Does the name overlap one of the ``others`` spans?"""
    return any(a < span[1] and span[0] < b for a, b in others)


def _name_reasons(
    ctx: SentenceContext, span: NameSpan, spans: list[NameSpan], head_map: dict[int, list[int]]
) -> list[VerifyReason]:
    """The reasons for one summary name (``spans``: the sentence's names; ``head_map``: the
    body positions naming each one's last word, by its start)."""
    start, end, words = span
    bare = bare_demonym(ctx, span)  # "under pressure from Irish": a demonym for a name
    if bare is not None:
        return [bare]
    # "the Frenchman": a reference to a person of the article, left unjudged; "the
    # Portuguese side": unjudged unless its words are the article's, then held to its
    # slot like a name (a swapped-in team)
    kind = description_kind(ctx.text, start, end)
    if kind == "demonym" or _office(words):
        # "Prime Minister", "the President": an office, a reference to its holder; "the
        # Turkish genocide": a demonym, judged only by whose noun the article says it is
        return demonym_rival(ctx, span) if kind == "demonym" else []
    judged = _judged_words(ctx, end, words, kind)
    if judged is None:
        return []
    words, absent = judged
    if absent == 1.0:
        return [_not_mentioned(ctx, (start, end, words))]
    reason = _check_name(ctx, (start, end, words), spans, head_map, absent)
    slot_reason = _slot_reason(ctx, (start, end, words), spans)
    reason = reason or slot_reason
    return [] if reason is None else [reason]


def _judged_words(
    ctx: SentenceContext, end: int, words: list[str], kind: str | None
) -> tuple[list[str], float] | None:
    """The words a name ending at ``end`` is judged by and the share of them the article does
    not give (1.0: none of it, or not as given names of an article name); None for a
    description (``kind``) with words the article does not give, which is left unjudged."""
    src = ctx.src
    # a short form of a given name ("Alex" for "Alexander") before a known surname; a
    # clipped form of an article name ("Hibs" for "Hibernian") is that name, and so is an alias
    # of one ("Gers" for "Rangers")
    aliased = alias_words(words, src)
    missing = [
        w
        for k, w in enumerate(words)
        if not known_word(w, src)
        and w not in aliased
        and not (k < len(words) - 1 and short_form(w, src.name_words))
        and not short_form_of(w, src.name_words)
    ]
    if missing and kind is not None:
        return None
    acronym = spelt_out_acronym(ctx.text, end, words, src) if missing else None
    if acronym is not None:
        # "Ulster Defence Regiment (UDR)" where the article writes "UDR": judged as "UDR"
        return [acronym], 0.0
    absent = len(missing) / len(words)
    if missing and not given_names_of_article_name(words, missing, src):
        absent = 1.0
    return words, absent


def _after_date(text: str, span: NameSpan, times: list[TimeAnchor]) -> NameSpan | None:
    """The name after the dates that open its capitalized run ("Saturday's FA Cup" -> "FA
    Cup", "Tuesday Gerard Pique"): a summary writing a match day before a competition must
    still have the competition right. None when a date sits inside or at the end of the run
    ("Theresa May", "Easter Sunday"), or nothing follows it."""
    start, end, words = span
    for t in sorted(times, key=lambda t: t.start):
        if not (t.start < end and start < t.end):
            continue
        if t.start > start or t.end >= end:
            return None
        # the first whole word after the date ("Saturday’s FA Cup": "FA", not the "s")
        m = next((w for w in WORD_RE.finditer(text, start, end) if w.start() >= t.end), None)
        if m is None:
            return None
        dropped = {norm_word(w.group()) for w in WORD_RE.finditer(text, start, m.start())}
        start, words = m.start(), [w for w in words if w not in dropped]
    return (start, end, words) if words else None


def _slot_reason(
    ctx: SentenceContext, span: NameSpan, spans: list[NameSpan]
) -> VerifyReason | None:
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
    return _rival_reason(ctx, span, rival, "with the same words around it")


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
        return _clash_reason(ctx, span, clash)
    if determiner_clash(ctx.text, start, end, words, src.text, src.name_mentions):
        # "2nd in the Burnley": a name the article never writes after "the", in a slot of a
        # name that takes it ("the Premier League")
        ctx.decider.mark_certain("name")
        detail = (
            f"the article never writes 'the' before {ctx.text[start:end]!r}, as this sentence "
            "does: it uses the name where a name of another kind belongs"
        )
        return _entity_reason(detail, (start, end))
    return None


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
    rival = rival or gap_rival(query, may_fill)
    return rival or modifier_rival(query, may_rival)


def _summary_names(ctx: SentenceContext) -> list[NameSpan]:
    """The name spans of the summary sentence."""
    text, part, src = ctx.text, ctx.part, ctx.src
    if any(c.isupper() for c in part.text):
        spans = [
            sp for sp in ctx.names if not common_capitalized(text, part.start, sp, src.name_words)
        ]
    else:  # lower-cased text: names are the words the article only writes capitalized
        spans = lower_name_spans(text, part.start, part.end, src.name_words)
    out = []
    for sp in spans:
        start, end, words = drop_opening_common(text, part.start, sp, src.common_words)
        start = _first_name_word(text, start, end, words)
        if all(w in _common_abbreviations() for w in words) and text[start:end].isupper():
            continue  # "TV", "the PM": a kind of thing or an office, not an article entity
        out.append((start, end, words))
    return out


@cache
def _common_abbreviations() -> frozenset[str]:
    return word_set("common_abbreviations")


@cache
def _opening_function_words() -> frozenset[str]:
    return word_set("sentence_starters")


def _first_name_word(text: str, start: int, end: int, words: list[str]) -> int:
    """Where the name itself begins: after the closed-class words the capitalized run opens
    with ("But PM", "The QPR", "of 'American Pie"; not "New York", "Sir Bradley"), so the
    reported span is the name, not its article, conjunction or preposition."""
    for m in WORD_RE.finditer(text, start, end):
        word = norm_word(m.group())
        if word == words[0] or (word not in _opening_function_words() and word not in NAME_LINKS):
            return m.start()
    return start


def _check_name(
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
    others = {w for _, _, ws in spans for w in ws if w not in words}
    if _locates_place(ctx.text, span, spans, src):
        # "a bar in West Palm Beach in Florida": the name says where the place before it is,
        # which the article need not repeat in the passage (it gives the name somewhere)
        return None
    own_type = context_type(ctx.text, start, words)
    rival = _rival_name(
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
        _adds_place(ctx, span)
        or reworded_place(ctx.text, start, end, ctx.src.text)  # "a Leicester bus station"
        or _describes_slot(ctx, span, spans, positions, in_window)
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
        (n for n in src.names if not given.isdisjoint(n.words)),
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
        return _not_mentioned(ctx, span, " ".join(w for w in words if known_word(w, src)))
    if rival is not None:  # the score tells a filled slot from a name found elsewhere
        return _rival_reason(ctx, span, rival, f"(alignment {float(scores[rival.pos]):.2f})")
    if set(positions) & near:  # the passage names it: what it says around the name differs
        return _mismatch_in_window(ctx, span, scores, window, [p for p in positions if p in near])
    return _outside_window(ctx, span, scores, window, positions)


def _entity_reason(
    detail: str, span: tuple[int, int], source: tuple[int, int] | None = None
) -> VerifyReason:
    """``entity_not_in_source`` for the summary's ``span``, pointing at the article's ``source``
    span where there is one."""
    start, end = source if source is not None else (None, None)
    return VerifyReason(ReasonType.ENTITY_NOT_IN_SOURCE, detail, span, start, end)


def _not_mentioned(ctx: SentenceContext, span: NameSpan, known: str | None = None) -> VerifyReason:
    """The name flagged as one the article never writes; ``known``: the words of it the article
    does write (a given name before an article surname)."""
    start, end, _ = span
    detail = f"{ctx.text[start:end]!r} is not mentioned in the article"
    if known is not None:
        detail += f" (it names only {known!r})"
    return _entity_reason(detail, (start, end))


def _rival_reason(
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
    return _entity_reason(detail, (start, end), (rival.start, rival.end))


def _outside_window(
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
    return _entity_reason(
        detail, (start, end), None if nearest is None else (nearest.start, nearest.end)
    )


def _mismatch_in_window(
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
    return _entity_reason(detail, (start, end), None if best is None else best[:2])


def _describes_slot(
    ctx: SentenceContext,
    span: NameSpan,
    spans: list[NameSpan],
    positions: list[int],
    in_window: bool,
) -> bool:
    """Does the name describe what fills the sentence's slot rather than fill it, so that with
    no rival in the slot it is not judged by its window (``positions``: its mentions)?"""
    start, end, _ = span
    if leads_group(ctx.text, end):
        # "Pep Guardiola's side": the team he leads, which the phrase stands for, fills the
        # slot; only a rival manager in it makes the name wrong
        return True
    if in_window:
        return False
    # "Bournemouth manager Eddie Howe": a description of the person next to it, which the
    # article gives; the person, not it, fills the sentence's slot. "the Mars-sized object":
    # the name only shapes a description of something else. "include Russell Brand, Olly Murs
    # and Dermot O'Leary": the article lists them together, wherever that is; the list, not
    # each name, fills the sentence's slot
    return (
        qualifies_role(ctx.text, end)
        or _compound_modifier().match(ctx.text, start) is not None
        or _listed_with_mates(ctx, span, spans, positions)
    )


def _adds_place(ctx: SentenceContext, span: NameSpan) -> bool:
    """Does the summary locate something in a place the article also writes as a place ("a
    billboard in County Down" where it says "from Donaghadee, County Down")? A detail the
    article gives (``places.py``), not the filler of the sentence's slot."""
    start, _, words = span
    mentions = ((n.start, n.words) for n in ctx.src.names)
    return summary_locates(ctx.text, start) and article_places(ctx.src.text, mentions, words)


@cache
def _compound_modifier() -> re.Pattern[str]:
    """A name that shapes a hyphenated description before its noun: "Mars-sized object",
    "Oxford-educated lawyer", "US-led forces" (endings in ``compound_modifier_endings.txt``)."""
    endings = alternation(entries("compound_modifier_endings"))
    # the whole name, then the noun it describes ("Mars-sized object"; not "in NYC-based,")
    return re.compile(r"[A-Z][\w'’.]*-[a-z]*(?:" + endings + r")\s+[a-z]")


def _locates_place(text: str, span: NameSpan, spans: list[NameSpan], src: ArticleIndex) -> bool:
    """Does the name locate the place the summary names right before it, both after "in" or
    "at" ("in West Palm Beach in Florida", "at Kilkee, County Clare."), the earlier one a name
    the article gives? Not a name of a list ("in Leeds, York and Hull"), nor another place
    than the article locates it in ("Hamilton Live in Washington, D.C.")."""
    start, end, _ = span
    before = [sp for sp in spans if sp[1] <= start]
    if not before:
        return False
    place = before[-1]
    gap = text[place[1] : start]
    if gap not in (" in ", ", ") or not _PLACE_BEFORE.search(text, 0, place[0]):
        return False
    if gap == ", " and not _CHAIN_END.match(text, end):
        return False  # "in Leeds, York and Hull": a list, its names judged one by one
    # both names the article gives, the locating one no ordinary English word ("Moving") and
    # no person ("in Washington, CEO Neil Portnow": a title opens it)
    if text[end - 2 : end] in entries("possessive_endings"):
        return False  # "in Alzheimer's": a possessive, no place
    words = span[2]
    named = all(known_word(w, src) for w in place[2]) and not any(map(common_english, words))
    titled = words[0] in _common_abbreviations() | honorific_words() | _role_words()
    person = PERSON in (type_of(words, src.name_types), context_type(text, start, words))
    return named and not titled and not person and not _located_otherwise(text, place, words, src)


def _located_otherwise(text: str, place: NameSpan, words: list[str], src: ArticleIndex) -> bool:
    """Does the article locate the place itself, with another name ("Hamilton Live in
    Washington, D.C." where the summary says "Washington, Arizona")?"""
    head = re.escape(text[place[0] : place[1]])
    for m in re.finditer(head + r"(?:,\s+|\s+in\s+)([A-Z][\w'’.-]*)", src.text):
        if not name_word_match(norm_word(m.group(1)), set(words)):
            return True
    return False


_TYPE_WORDS = {PERSON: "a person", GROUP: "a team, organisation or place"}


def _clash_reason(ctx: SentenceContext, span: NameSpan, clash: tuple[str, str]) -> VerifyReason:
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
    return _entity_reason(
        detail, (start, end), None if source is None else (source.start, source.end)
    )


def _list_mates(text: str, span: NameSpan, spans: list[NameSpan]) -> list[NameSpan]:
    """The other names of the summary list ``span`` is in ("Russell Brand, Olly Murs and
    Dermot O'Leary"): the names joined to it by commas, "and", "or" or "&" only."""
    k = next((i for i, sp in enumerate(spans) if sp[0] == span[0]), None)
    members = next((ks for ks in name_lists(text, spans) if k in ks), [])
    return [spans[i] for i in members if i != k]


def _listed_with_mates(
    ctx: SentenceContext, span: NameSpan, spans: list[NameSpan], positions: list[int]
) -> bool:
    """Is ``span`` a name of a summary list that the article gives within ``_LIST_REACH``
    body sentences of another name of that list (``positions``: its mentions)?"""
    for _, _, words in _list_mates(ctx.text, span, spans):
        theirs = set(name_mentions(words, ctx.src))
        if any(abs(p - q) <= _LIST_REACH for p in positions for q in theirs):
            return True
    return False


def _rival_name(
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
        and not any(mentions(w, src, {n.pos}) for w in words)
        # a person is no rival for a team, nor a team for a person
        and not other_type(words, n.words, src.name_types, own_type)
        and (leads or not leads_group(src.text, n.end))
        and not in_quoted_title(src.text, n.start, n.end)  # a song, a show: no one's slot
        and not _no_slot_name(words, n, src)
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


def _no_slot_name(words: list[str], n: IndexedName, src: ArticleIndex) -> bool:
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
    opening = src.text[src.body[n.pos].start : n.start]
    return src.text.startswith(":", n.end) and not opening.strip(" \t\n\"“‘'(")


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
        if not given.isdisjoint(n.words):  # the summary's name (``same_name``)
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


def _office(words: list[str]) -> bool:
    """Is the name a title alone ("Prime Minister", "President", "Chancellor")? Like "the
    Frenchman", it refers to a person of the article without naming them. (A role noun
    alone, "Striker" opening a sentence, stays a name: the article may give it as one.)"""
    return all(w in honorific_words() for w in words)


@cache
def _role_words() -> frozenset[str]:
    return word_set("name_roles")
