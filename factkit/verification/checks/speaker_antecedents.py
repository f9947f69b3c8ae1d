"""Whom an article attribution that names nobody ("he", "the pundit", "his manager") stands for.

Its own room because this is where the speaker check reads back through the article: a pronoun
points back to a person named before it (in its sentence or up to
``verify.antecedent_sentences`` before; a photo caption the annotate stage found glued before
the quotation is no part of that window), an unresolved description to the named speaker just
before, and a possessive description ("his manager") is somebody else than the person it points
back to unless the article gives that person the description ("manager Jose Mourinho").
"""

from __future__ import annotations

import re

from factkit.document import Attribution
from factkit.lang import entries, word_set
from factkit.verification.checks.context import SentenceContext, mentions, name_word_match
from factkit.verification.checks.speaker_identity import gives_statement
from factkit.verification.index import ArticleIndex
from factkit.verification.names import proper_words
from factkit.verification.text import WORD_RE, content_words, norm_word, stem_of, word_list

_PRONOUNS = word_set("subject_pronouns") | word_set("pronouns_relative")
_DESCRIPTION_OPENERS = word_set("speaker_description_openers")
_PERSON_PRONOUNS = word_set("person_subject_pronouns")
# how many words from a description's noun a name may stand and still be the one described
_DESCRIPTION_REACH = 4
# a sentence ending between a description's noun and a name: the name is not described
_SENTENCE_END = re.compile(r"[.!?]['\"’”]?\s")


def unnamed_speaker(
    ctx: SentenceContext, k: int, claimed: set[str], named_nearby: bool
) -> str | None:
    """Whom to hold against the summary's speaker ``claimed`` when article attribution ``k``
    names nobody ("he", "his manager"), or None when the summary's speaker may be the one meant.
    """
    src = ctx.src
    real = src.attributions[k]
    pos = src.attribution_pos[k]
    head = _description_head(real.speaker or "")
    if proper_words(real.speaker_resolved or "", src.common_words):
        # resolved to a name; "his manager" resolved to "his manager" is as unnamed as before.
        # A "he" may be the summary's speaker named before it; "his manager" is not "him".
        if head is None and named_nearby and _named_before(ctx, k, claimed):
            return None
        return real.speaker_resolved
    # "The pundit said" right after "Michael Owen said": the unnamed speaker is the one named
    # just before, unless the summary's speaker is named there too
    referent = _antecedent_speaker(ctx, k)
    if referent is not None and pos is not None:
        if any(name_word_match(w, content_words(referent)) for w in claimed) or any(
            mentions(w, src, ctx.near([pos])) for w in claimed
        ):
            return None
        return referent
    # "his manager insisted" that nothing resolves: no evidence for any person the passage
    # names ("Eden Hazard insists"), or that the article names only far off and never quotes,
    # unless the article gives them that description ("manager Jose Mourinho"); a pronoun, a
    # speaker the article never names, or one it quotes elsewhere ("Mourinho said") is left alone
    if head is None and _named_only_after(ctx, k, claimed):
        return real.speaker  # "'I want to stay,' he said. ... Chris Hughton's side": not him
    if head is None or _described_as(src.text, claimed, head):
        return None
    if not named_nearby and (
        not any(src.mentions_of(w) for w in claimed)
        or gives_statement(src.attributions, claimed, src.common_words)
    ):
        return None
    return real.speaker


def _named_only_after(ctx: SentenceContext, k: int, claimed: set[str]) -> bool:
    """Is attribution ``k``'s speaker "he" or "she", and does the article name the summary's
    speaker ``claimed`` only after it? A pronoun points back to someone already named, so it
    cannot be the person the article first names later on."""
    src = ctx.src
    real = src.attributions[k]
    if real.speaker_start is None or norm_word(real.speaker or "") not in _PERSON_PRONOUNS:
        return False
    if not any(src.mentions_of(w) for w in claimed):
        return False  # never named: the name check judges it
    before = set(word_list(src.text[: real.speaker_start]))
    return not any(name_word_match(w, before) for w in claimed)


def _named_before(ctx: SentenceContext, k: int, claimed: set[str]) -> bool:
    """Is a name word of ``claimed`` written before the speaker of attribution ``k``, in its
    sentence or up to ``verify.antecedent_sentences`` before: where a "he" can point back to
    (not "in which he said ..., blogger David Tyrer")?"""
    src = ctx.src
    real, pos = src.attributions[k], src.attribution_pos[k]
    if pos is None or real.speaker_start is None:
        return True  # nowhere to look: keep the benefit of the doubt
    before = set(word_list(_narrative(src, src.body[pos].start, real.speaker_start)))
    if any(name_word_match(w, before) for w in claimed):
        return True
    if _resolved_in_sentence(real, before, src.common_words):
        return False  # "Sterling risked angering fans after he said": its own sentence's name
    earlier = set(range(max(0, pos - ctx.config.antecedent_sentences), pos))
    if not any(mentions(w, src, earlier) for w in claimed):
        return False
    return not _resolved_nearer(ctx, real, claimed, min(earlier))


def _resolved_nearer(
    ctx: SentenceContext, real: Attribution, claimed: set[str], first: int
) -> bool:
    """Is the name the annotator resolved ``real``'s pronoun to written after the last mention
    of the summary's speaker ``claimed``, between body sentence ``first`` and the pronoun? The
    annotator took the nearest fitting person; the summary's, named further back, was passed
    over ("... Ferdinand ... Sherwood and Ramsey ... 'this is the biggest game,' he said": he
    is Ramsey, not Ferdinand)."""
    src = ctx.src
    resolved = proper_words(real.speaker_resolved or "", src.common_words)
    if not resolved or real.speaker_start is None:
        return False
    words = word_list(_narrative(src, src.body[first].start, real.speaker_start))
    claimed_at = [i for i, w in enumerate(words) if name_word_match(w, claimed)]
    resolved_at = [i for i, w in enumerate(words) if name_word_match(w, resolved)]
    return bool(claimed_at and resolved_at) and resolved_at[-1] > claimed_at[-1]


def _narrative(src: ArticleIndex, start: int, end: int) -> str:
    """The article text from ``start`` to ``end`` less the photo captions glued before a
    quotation there (``ArticleIndex.caption_leads``): a "he" after the quotation points back
    past them, as the annotate stage resolved it."""
    pieces: list[str] = []
    for lead_start, lead_end in src.caption_leads:
        if lead_end <= start or lead_start >= end:
            continue
        pieces.append(src.text[start:lead_start])
        start = max(start, lead_end)
    pieces.append(src.text[start:end])
    return " ".join(pieces)


def _resolved_in_sentence(real: Attribution, before: set[str], common: set[str]) -> bool:
    """Is the name the annotator resolved attribution ``real``'s pronoun to written in its own
    sentence before it (``before``: those words)? That name is the nearest one the pronoun can
    point back to, nearer than any named in the sentences before."""
    resolved = proper_words(real.speaker_resolved or "", common)
    return any(name_word_match(w, before) for w in resolved)


def _description_head(speaker: str) -> str | None:
    """The noun a description of one speaker ends in ("his manager" -> "manager"), or None for
    a pronoun, a bare plural ("Officials") or nothing."""
    words = word_list(speaker)
    if len(words) < 2 or words[0] not in _DESCRIPTION_OPENERS or words[-1] in _PRONOUNS:
        return None
    return words[-1]


def _described_as(text: str, claimed: set[str], head: str) -> bool:
    """Does ``text`` put the description's noun ``head`` within a few words of a name word of
    ``claimed`` ("manager Jose Mourinho", "Mourinho, the Chelsea manager"), not as theirs
    ("Hazard's manager")?"""
    found = list(WORD_RE.finditer(text))
    norm = [norm_word(m.group()) for m in found]
    reach = _DESCRIPTION_REACH
    for i, word in enumerate(norm):
        if word != head and stem_of(word) != stem_of(head):
            continue
        for j in range(max(0, i - reach), min(len(norm), i + reach + 1)):
            possessive = found[j].group().endswith(entries("possessive_endings"))
            if j == i or possessive or not name_word_match(norm[j], claimed):
                continue
            first, last = sorted((found[i], found[j]), key=lambda m: m.start())
            if not _SENTENCE_END.search(text, first.end(), last.start()):
                return True  # not "... fighter Billy Hope. His trainer ...": another sentence
    return False


def _antecedent_speaker(ctx: SentenceContext, k: int) -> str | None:
    """The named speaker of the closest attribution before attribution ``k``, in its sentence
    or up to ``verify.antecedent_sentences`` before it: whom an unresolved "the pundit" or
    "the minister" most likely is."""
    src = ctx.src
    pos = src.attribution_pos[k]
    if pos is None:
        return None
    for j in range(k - 1, -1, -1):
        before = src.attribution_pos[j]
        if before is None or before > pos:
            continue
        if pos - before > ctx.config.antecedent_sentences:
            return None
        for name in (src.attributions[j].speaker_resolved, src.attributions[j].speaker):
            if name and proper_words(name, src.common_words):
                return name
    return None
