"""The speaker check: an attributed statement in the summary is matched to the article attribution
in its window holding at least ``verify.speaker_content_similarity`` of its content words
(Porter stems: "looked tired" is "looked to be tiring"), in its content or in a quotation going on
in the sentences after it with no cue of its own; when none in the window holds it, to the one
attribution anywhere in the article that does. A named summary speaker sharing no name
word with that attribution's speaker (written, resolved or title, or another article phrase for
the resolved person, "Tory benefits chief Iain Duncan Smith"; a demonym/inflection prefix or
Porter stem of a capitalized word counts, "Belgian"/"Belgium", "Tories"/"Tory", not one of a
common word, "Promotions"/"promoter") -> ``speaker_mismatch`` with the article speaker's span,
unless the article attribution is unnamed ("he", "officials") and the summary's speaker is named
in the window before the "he" (a pronoun points back, not forward), or the article's statement
names the summary's speaker, with the summary's cue after them, before what is said ("Lawrence
decided ... and plans to donate ..., KSL reports"; not when the summary's own content names them
as well). An unnamed article speaker the annotator left unresolved ("The pundit said") is taken
to be the named speaker of the attribution just before it (within
``verify.antecedent_sentences``), unless the summary's speaker is named in the attribution's
sentence or the ones before it. A possessive description ("his manager",
``factkit/lang/en/speaker_description_openers.txt``) is somebody else than the person it points
back to: resolved to a name, only that name fits; unresolved, it is no evidence for a person the
passage names, unless the article gives that person the description ("manager Jose Mourinho"). A
summary speaker that is a role ("the Prime Minister", "the White House press secretary": ends in
a word of ``factkit/lang/en/speaker_role_words.txt``) is left unjudged, and so is one named
before an article speaker in apposition ("David Rush, 33, from Lisburn, Northern Ireland,
felt"). A summary line in the headline form "Scott Kelly: the spacecraft will ..." is that
name's statement (the attribution finder reads only capitals there, "NASA: ..."). A statement no
article attribution holds, given with a speech cue (``factkit/lang/en/speaker_statement_cues.txt``)
to a speaker the article never gives a statement, while a named speaker speaks in the passage
that supports it, is a ``speaker_mismatch`` too ("Referee Michael Oliver insisted ...").

This room picks the summary attributions to judge and gives the verdict; which article
attribution holds the statement is ``speaker_content``, whether a name names its speaker
``speaker_identity``, and whom an unnamed article speaker stands for ``speaker_antecedents``."""

from __future__ import annotations

import re
from typing import cast

from factkit.document import Attribution, ReasonType, VerifyReason
from factkit.lang import word_set
from factkit.summarization.porter import stem as porter_stem
from factkit.verification.checks.context import SentenceContext, mentions
from factkit.verification.checks.speaker_antecedents import unnamed_speaker
from factkit.verification.checks.speaker_content import same_content, same_content_anywhere
from factkit.verification.checks.speaker_identity import (
    gives_statement,
    named_before_appositive,
    nested_speaker,
    person_phrases,
    person_words,
    same_speaker,
)
from factkit.verification.name_types import GROUP
from factkit.verification.names import common_capitalized, proper_words
from factkit.verification.references import is_description
from factkit.verification.text import WORD_RE, content_words, norm_word, stem_of

_ROLE_WORDS = word_set("speaker_role_words")
_STATEMENT_CUES = word_set("speaker_statement_cues")
_PERSON_PRONOUNS = word_set("person_subject_pronouns")
# "Scott Kelly: Russian flight controllers ...": a summary line opening with a name and a colon
# gives that name's statement (the headline form; the annotator reads only "NASA: ...", in
# capitals, as a transcript line, since in an article "Quiet: Ms Jackson and ..." is a caption)
_HEADLINE_SPEAKER = re.compile(
    r"[\"“‘']?(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}):[ \t]+(?P<content>\S[^\n]*)"
)
# ", Sweden, police officer" after a speaker: "City, Country, role" (not ", a police officer",
# which follows a real name)
_PLACE_QUALIFIER = re.compile(
    r"\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*,\s*(?!(?:a|an|the|who|which|whose)\b)[a-z]"
)


def check_speakers(ctx: SentenceContext, atts: list[Attribution]) -> list[VerifyReason]:
    """A named summary speaker must be the article's speaker for that content: the article
    attribution in the sentences that best support the rest of the summary sentence whose
    content shares most words with the summary's."""
    reasons: list[VerifyReason] = []
    for a in [*atts, *_headline_attribution(ctx, atts)]:
        claimed = proper_words(a.speaker or "", ctx.src.common_words)
        if not claimed or a.speaker_start is None or a.speaker_end is None:
            continue  # "he", "the actor", "Opponents": nothing to hold against the article
        span = (a.speaker_start, a.speaker_end, sorted(claimed))
        if common_capitalized(ctx.text, ctx.part.start, span, ctx.src.name_words):
            continue  # "Relatives said": a description, not a name
        if is_description(ctx.text, a.speaker_start, a.speaker_end):
            continue  # "the Frenchman said": a reference, not a name to hold against it
        if _PLACE_QUALIFIER.match(ctx.text, a.speaker_end):
            continue  # "says Uppsala, Sweden, police officer": a place qualifying a role
        if _titled_role(a.speaker or ""):
            continue  # "the Prime Minister", "the White House press secretary": a role
        said = {porter_stem(w) for w in content_words(a.content) - claimed}
        if not said:
            continue
        reason = _check_speaker(ctx, a, claimed, said)
        if reason is not None:
            reasons.append(reason)
    return reasons


def _headline_attribution(ctx: SentenceContext, atts: list[Attribution]) -> list[Attribution]:
    """The headline form "Name: statement" at the start of the summary sentence, when the
    attribution finder read no attribution there (it reads only capitals: "NASA: ...")."""
    m = _HEADLINE_SPEAKER.match(ctx.text, ctx.part.start, ctx.part.end)
    if m is None or any(a.cue_start <= m.end("name") for a in atts):
        return []
    content_end = m.start("content") + len(m.group("content").rstrip(" .!?\"”’'"))
    return [
        Attribution(
            speaker=m.group("name"),
            speaker_start=m.start("name"),
            speaker_end=m.end("name"),
            cue=":",
            cue_start=m.end("name"),
            cue_end=m.end("name") + 1,
            content=ctx.text[m.start("content") : content_end],
            content_start=m.start("content"),
            content_end=content_end,
            direct=False,
        )
    ]


def _check_speaker(
    ctx: SentenceContext, a: Attribution, claimed: set[str], said: set[str]
) -> VerifyReason | None:
    """``speaker_mismatch`` when the article attribution of the same content (``said``: its
    stems) names someone else than ``claimed``."""
    src = ctx.src
    _, window = ctx.window(frozenset(stem_of(w) for w in claimed))
    named_nearby = any(mentions(w, src, ctx.near(window)) for w in claimed)
    best = same_content(ctx, said, window)
    if best is None:
        # the statement may be attributed far from the passage that best supports the rest
        # ("Tory benefits chief Iain Duncan Smith ... insisted that ..." in the lead, the
        # sentence aligned best a quotation twenty sentences on)
        best = same_content_anywhere(ctx, said, claimed)
        if best is None:
            # no article attribution of this content: the name check decides, unless the
            # summary's speaker never speaks in the article while someone else does here
            return _silent_speaker(ctx, a, claimed, window)
        window = [cast(int, src.attribution_pos[best])]
        named_nearby = any(mentions(w, src, ctx.near(window)) for w in claimed)
    real = src.attributions[best]
    phrases = person_phrases(src.attributions, real)
    if same_speaker(claimed, person_words(real, phrases), src.common_words):
        return None
    if named_before_appositive(ctx, real, claimed):
        return None
    if nested_speaker(a, real, claimed, said):
        return None
    # "Chelsea playmaker", "United boss": a description whose name words only qualify
    # it; it fits when the article names them around its own speaker
    assert a.speaker_start is not None and a.speaker_end is not None
    head = ctx.text[a.speaker_start : a.speaker_end].split()[-1]
    pos = src.attribution_pos[best]
    if head[:1].islower() and (
        (pos is not None and all(mentions(w, src, ctx.near([pos])) for w in claimed))
        or any(claimed | {norm_word(head)} <= content_words(p) for p in phrases)
    ):
        return None  # ... or the article calls its speaker so ("Manny Pacquiao's promoter")
    article_speaker: str | None = real.speaker_resolved or real.speaker
    # An article speaker named in the attribution itself outweighs a mention nearby;
    # a "he" or "officials" there may well be the summary's speaker named earlier.
    if not proper_words(real.speaker or "", src.common_words):
        article_speaker = unnamed_speaker(ctx, best, claimed, named_nearby)
        if article_speaker is None:
            return None
    return _mismatch(a, article_speaker, real.speaker_start, real.speaker_end)


def _mismatch(
    a: Attribution, article_speaker: str | None, start: int | None, end: int | None
) -> VerifyReason:
    """``speaker_mismatch`` of summary attribution ``a`` against the article's speaker at
    [``start``, ``end``)."""
    return VerifyReason(
        ReasonType.SPEAKER_MISMATCH,
        f"summary attributes this to {a.speaker!r}; the article to {article_speaker!r}",
        (cast(int, a.speaker_start), cast(int, a.speaker_end)),
        start,
        end,
    )


def _titled_role(speaker: str) -> bool:
    """The speaker ends in a title or role word with no name after it ("Prime Minister",
    "the White House press secretary", "Police and Crime Commissioner (PCC)")."""
    words = [norm_word(m.group()) for m in WORD_RE.finditer(speaker.split("(")[0])]
    return bool(words) and words[-1] in _ROLE_WORDS


def _silent_speaker(
    ctx: SentenceContext, a: Attribution, claimed: set[str], window: list[int]
) -> VerifyReason | None:
    """``speaker_mismatch`` when the summary gives a statement ("Michael Oliver insisted ...")
    to someone the article never gives one (no attribution's speaker, resolved or written,
    names them), while the passage that supports it is someone else's named statement."""
    if norm_word(a.cue.split()[0]) not in _STATEMENT_CUES:
        return None
    if (a.speaker or "").split()[-1][:1].islower():
        return None  # "Ebola survivors", "Chelsea fans": a description, its name word a qualifier
    src = ctx.src
    if gives_statement(src.attributions, claimed, src.common_words):
        return None
    near = ctx.near(window)
    group = all(src.name_types.get(w) == GROUP for w in claimed)  # every word: not "Anna Green"
    for k, att in enumerate(src.attributions):
        if src.attribution_pos[k] not in near:
            continue
        name = att.speaker_resolved or att.speaker or ""
        # "she said" is a person's statement: not the party or club the summary gives it to
        person = group and norm_word(att.speaker or "") in _PERSON_PRONOUNS
        if not proper_words(name, src.common_words) and not person:
            continue
        return VerifyReason(
            ReasonType.SPEAKER_MISMATCH,
            f"summary attributes this to {a.speaker!r}; the article gives them no statement, "
            f"and this passage to {name!r}",
            (cast(int, a.speaker_start), cast(int, a.speaker_end)),
            att.speaker_start,
            att.speaker_end,
        )
    return None
