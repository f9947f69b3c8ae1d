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
clipped form of an article name ("Hibs" for "Hibernian") is that name, not a rival. Whether
and where the article gives a name, in its own words or another form of them (a clipped form,
an alias, a plural, an acronym, the surname alone), is read by ``name_forms.py``; the evidence
of a name's window by ``name_window.py``; the rival in its slot by ``name_rivals.py``; the
names a window does not judge by ``name_unjudged.py``; the reasons by ``name_reasons.py``."""

from __future__ import annotations

from functools import cache

from factkit.document import Quantity, TimeAnchor, VerifyReason
from factkit.lang import word_set
from factkit.verification.checks.context import SentenceContext
from factkit.verification.checks.demonyms import bare_demonym, demonym_rival
from factkit.verification.checks.name_forms import (
    alias_words,
    given_names_of_article_name,
    head_mentions,
    known_word,
    spelt_out_acronym,
)
from factkit.verification.checks.name_reasons import not_mentioned
from factkit.verification.checks.name_rivals import slot_reason
from factkit.verification.checks.name_window import check_name
from factkit.verification.names import (
    NameSpan,
    common_capitalized,
    drop_opening_common,
    lower_name_spans,
    short_form,
)
from factkit.verification.references import description_kind, is_demonym, short_form_of
from factkit.verification.text import NAME_LINKS, WORD_RE, honorific_words, norm_word


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
        return [not_mentioned(ctx, (start, end, words))]
    reason = check_name(ctx, (start, end, words), spans, head_map, absent)
    slot_found = slot_reason(ctx, (start, end, words), spans)
    reason = reason or slot_found
    if reason is None and is_demonym(ctx.text[start:end]):
        # "Iranian prosecutors say" where the article writes "German federal prosecutor": a
        # demonym before a noun says whose the noun is, with "the" before it or not
        return demonym_rival(ctx, span)
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
        if all(w in word_set("common_abbreviations") for w in words) and text[start:end].isupper():
            continue  # "TV", "the PM": a kind of thing or an office, not an article entity
        out.append((start, end, words))
    return out


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


def _office(words: list[str]) -> bool:
    """Is the name a title alone ("Prime Minister", "President", "Chancellor")? Like "the
    Frenchman", it refers to a person of the article without naming them. (A role noun
    alone, "Striker" opening a sentence, stays a name: the article may give it as one.)"""
    return all(w in honorific_words() for w in words)
