"""Frames with the speaker before the content: "X said (that) C", "According to X, C", a
chained report ("X said A, adding that B"), the sentence's subject after a clause ("The RNC
filed a complaint, claiming that C") or after "and" ("... and said the bill was dead").

Each matcher reads a draft (:mod:`.readers`) or answers ``REJECT`` / ``None`` for
:data:`.frames.FRAME_MATCHERS`. Content before the speaker is :mod:`.trailing_frames`'s.
"""

from __future__ import annotations

from factkit.annotate.attribution.context import REJECT, CueContext, FrameResult, decided
from factkit.annotate.attribution.objects import no_clause_after, takes_object, takes_thing
from factkit.annotate.attribution.readers import read_leading, read_prepositional
from factkit.annotate.attribution.rival import rival_subject
from factkit.annotate.attribution.subjects import sentence_subject
from factkit.annotate.attribution.tokens import (
    BE,
    CHAIN_BEFORE,
    CLAUSE_JOINERS,
    ING_PREPOSITIONS,
    Tok,
)

__all__ = [
    "after_quoted_comma",
    "chained",
    "leading",
    "participle_after_clause",
    "prepositional",
    "subject_of_sentence",
]


def prepositional(c: CueContext) -> FrameResult:
    """ "According to X, C." (a prepositional cue is read in no other frame)."""
    return decided(read_prepositional(c)) if c.family.prepositional else None


def chained(c: CueContext) -> FrameResult:
    """ "X said A, adding that B" / "... and warned that B": the previous report's speaker."""
    prev, before = c.prev, c.before
    if (
        prev is None
        or before is None
        or (before.lower not in CHAIN_BEFORE and not (c.is_participle and after_quoted_comma(c)))
        or not prev.content[0] < c.cs
        or (before.text == "," and not c.is_participle and c.quote_close is not None)
    ):
        return None
    if (c.family.needs_that and not (c.that_next or c.quote_next is not None)) or takes_object(c):
        return REJECT  # "... and accused of theft": no report
    # "commented X while Y believes ..., saying": Y's clause stands between, Y speaks
    after = max(prev.cue[1], prev.speaker[1] if prev.speaker else 0)
    rival = rival_subject(c.left, after)
    if rival is not None:
        return decided(read_leading(c, rival, None))
    return decided(read_leading(c, prev.speaker, prev.title))


def after_quoted_comma(c: CueContext) -> bool:
    """'Peabody said: "... a decade ago," adding that B': the comma before the cue sits inside
    the quotation, so a closing mark, not the comma, is the word before the cue (a chained
    cue; with no report before it in the sentence the participle stays rejected)."""
    head = c.head_left
    return (
        c.before is not None
        and len(head) > 1
        and head[-2].text == ","
        and c.article.is_closing_mark(c.before.start)
    )


def participle_after_clause(c: CueContext) -> FrameResult:
    """ "The RNC filed a complaint, claiming that C": the sentence's subject speaks."""
    if c.before is None or c.before.text != "," or not c.is_participle:
        return None
    if any(t.lower in BE for t in c.aux):
        return None  # "Ms Edwards, a minister, is now calling on": a progressive, title kept
    rival = rival_subject(c.left, c.s_start)
    if rival is not None:
        return decided(read_leading(c, rival, None))  # "..., while Y believes ..., saying"
    return _subject_speaks(c, c.before)


def subject_of_sentence(c: CueContext) -> FrameResult:
    """ "... and began by saying he would", "... and has called for": the sentence subject."""
    before = c.before
    if before is None:
        return None
    if (c.is_participle and before.lower in ING_PREPOSITIONS) or (
        c.prev is None and before.lower in CLAUSE_JOINERS
    ):
        if no_clause_after(c) or takes_object(c) or takes_thing(c):
            # "... and charged him with theft", "... and accused of fraud", "... and have
            # conceded 20 goals" ("... and called 999" is phone_call's, before)
            return REJECT
        return _subject_speaks(c, before)
    return None


def leading(c: CueContext) -> FrameResult:
    """ "X said (that) C.": the speaker before the cue, the content after it."""
    fit = c.speaker_fit
    if fit is None:
        return REJECT
    return decided(read_leading(c, fit.speaker, fit.title))


def _subject_speaks(c: CueContext, before: Tok) -> FrameResult:
    subject = sentence_subject(c.article, c.s_start, before.start, c.rules.limits)
    if subject is None:
        return REJECT
    return decided(read_leading(c, subject, None))
