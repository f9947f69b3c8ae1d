"""The speaker a cue has when no phrase stands right before it: the subject opening the sentence
("Meanwhile, it attacked Trump, saying ..." -> "it"), or a passive cue's agent ("It was reported by
the Times that ..." -> "the Times")."""

from __future__ import annotations

from factkit.annotate.attribution.article import Article
from factkit.annotate.attribution.limits import AttributionLimits
from factkit.annotate.attribution.speaker_trim import (
    after_lead_phrase,
    drop_lead_adverbs,
    pronoun_alone,
)
from factkit.annotate.attribution.tokens import (
    ARTICLES,
    AUX,
    CLAUSE_JOINERS,
    INTRO_WORDS,
    IRREGULAR_PASTS,
    LY_ADJECTIVES,
    LY_NOUNS,
    PREPOSITIONS,
    TRAILING_TIME,
    Span,
    Tok,
    is_cap,
    is_past_form,
    is_quote_tok,
    is_verbish,
    tokens,
)
from factkit.annotate.name_shapes import SPEAKER_PRONOUNS

_LY_NOT_ADVERBS = LY_NOUNS | LY_ADJECTIVES


def _drop_trailing_time(sp: list[Tok]) -> list[Tok]:
    """ "Charities last night welcomed the move, saying", "Scott also told": lower-case time
    words closing the subject are no part of it (a capitalised day may end a name: "The Mail
    on Sunday"). A time phrase left with its bare article ("A year later", "After a week")
    stays whole: it was never a speaker, and "A" is none either."""
    out = list(sp)
    while len(out) > 1 and out[-1].text.islower() and out[-1].lower in TRAILING_TIME:
        out.pop()
    return sp if out and out[-1].lower in ARTICLES else out


def sentence_subject(
    article: Article, s_start: int, end: int, limits: AttributionLimits
) -> Span | None:
    """The noun phrase opening the sentence, past a short introductory phrase
    ("Meanwhile, it attacked Trump, saying ..." -> "it") or an opening "But"/"And"."""
    toks = _after_intro_phrase(tokens(article.text, s_start, end), limits)
    if len(toks) > 1 and toks[0].lower in CLAUSE_JOINERS:
        toks = toks[1:]  # "But Tory benefits chief ... and insisted": the conjunction is no name
    dropped = drop_lead_adverbs(toks)
    if len(dropped) < len(toks) and len(dropped) > 1 and dropped[0].text == ",":
        dropped = dropped[1:]  # "Recently, however, it issued": the second intro word, then "it"
    toks = dropped
    sp: list[Tok] = []
    for k, tok in enumerate(toks):
        if is_verbish(tok) or tok.text in {",", ";", ":"} or is_quote_tok(tok):
            break
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if sp and not is_cap(tok) and _ends_subject(tok) and not _plural_before_verb(tok, nxt):
            break  # "The company based in Ohio", "Woodley gave": a verb past the head
        sp.append(tok)
        if len(sp) > limits.subject_max_tokens:
            return None
    sp = _drop_trailing_time(sp)
    if sp and sp[0].lower in PREPOSITIONS:
        sp = _subject_after_phrase(sp)
    if not sp:
        return None
    if sp[0].lower in SPEAKER_PRONOUNS:
        return sp[0].start, sp[0].end
    sp = pronoun_alone(sp)
    return sp[0].start, sp[-1].end


def _after_intro_phrase(toks: list[Tok], limits: AttributionLimits) -> list[Tok]:
    """The tokens past a short introductory phrase and its comma ("Meanwhile, it"). A phrase
    opened by a preposition may run longer before its comma ("During a national security
    speech earlier in the day, Trump attacked ..."): it holds no verb, so the comma ends it."""
    first = toks[0] if toks else None
    if first is None:
        return toks
    window = (
        limits.prepositional_intro_tokens
        if first.lower in PREPOSITIONS
        else limits.intro_phrase_tokens
    )
    comma = next((k for k, t in enumerate(toks[:window]) if t.text == ","), None)
    if comma is None or comma + 1 >= len(toks):
        return toks
    if (
        first.lower in PREPOSITIONS
        or first.lower in AUX
        or first.lower in INTRO_WORDS
        or (first.lower.endswith("ly") and comma == 1)
    ):
        return toks[comma + 1 :]
    return toks


def _ends_subject(tok: Tok) -> bool:
    """A lower-case word past the subject's first word that ends it: a verb form ("based",
    "says", "gave") or an adverb ("the Governor certainly understood", "Brass previously
    defended"; not a noun or adjective in -ly, "the family", "a few early supporters")."""
    if tok.lower.endswith("ly") and tok.lower not in _LY_NOT_ADVERBS:
        return True
    return tok.lower.endswith(("ed", "s")) or tok.lower in IRREGULAR_PASTS


def _plural_before_verb(tok: Tok, nxt: Tok | None) -> bool:
    """An -s word right before a verb is the subject's plural head, not a verb ("Health
    inspectors visited and said", "Fire crews have said"; "Smith says he" stays a verb)."""
    return (
        nxt is not None
        and tok.lower.endswith("s")
        and not tok.lower.endswith(("ss", "'s", "’s"))
        and (is_verbish(nxt) or is_past_form(nxt.lower))
    )


def _subject_after_phrase(sp: list[Tok]) -> list[Tok]:
    """The subject after a phrase opening the sentence with no comma ("During the trial Ayrton"
    -> "Ayrton", "On September 27 they" -> "they"), or [] where none follows it ("In a briefing
    note sent to AMs, TLP disputed": the subject is past the comma)."""
    rest = after_lead_phrase(sp)
    if rest:
        return [] if all(t.lower in TRAILING_TIME for t in rest) else rest  # not "on Monday"
    k = max((i for i, t in enumerate(sp) if t.lower in SPEAKER_PRONOUNS), default=0)
    return sp[k : k + 1] if k else []


def by_agent(right: list[Tok], limits: AttributionLimits) -> Span | None:
    """The agent of a passive cue: "It was reported by the Times that C" -> "the Times"."""
    for k, tok in enumerate(right[: limits.by_agent_window_tokens]):
        if tok.lower == "by":
            agent: list[Tok] = []
            for t in right[k + 1 :]:
                if t.text in {",", ";", ".", ":"} or is_quote_tok(t) or t.lower == "that":
                    break
                agent.append(t)
            if agent:
                return agent[0].start, agent[-1].end
    return None
