"""Cue words that report nothing where they stand: an infinitive ("declined to say"), a cricket
score ("173-1 declared"), a noun ("the report", "his claims"), an adjective between a possessive
and its noun ("Perry's alleged comments"), an -ing form with no subject ("It's worth noting") and
a quote-only cue with no quotation ("The talks continued").

Each matcher answers ``REJECT`` or ``None`` (not its case) for :data:`.frames.FRAME_MATCHERS`. They
judge the cue word's use, before any frame is read; a cue whose object shows it reports nothing
is :mod:`.objects`'s, a frame with a part missing :mod:`.missing_parts`'s.
"""

from __future__ import annotations

import re

from factkit.annotate.attribution.context import REJECT, CueContext, FrameResult
from factkit.annotate.attribution.dashes import closes_dash_apposition
from factkit.annotate.attribution.evidence import verb_evidence
from factkit.annotate.attribution.leading_frames import after_quoted_comma
from factkit.annotate.attribution.tokens import (
    ING_OK_BEFORE,
    NON_SUBJECT,
    OBJECT_WORDS,
    PERSON_NON_SUBJECTS,
    POSSESSIVE_ENDINGS,
    SPEAKER_POSSESSIVE_OK,
    VERB_OBJECT_STARTS,
    VERB_ONLY_FORMS,
    WORDS,
    Tok,
    is_negated,
)

__all__ = [
    "infinitive",
    "noun_use",
    "noun_without_verb_evidence",
    "participle_without_subject",
    "quote_only_without_quote",
    "score_before",
]

INDEFINITE_ARTICLES = frozenset({"a", "an"})
PLURAL_COUNTS = WORDS["plural_counts"]
# a score or an innings total right before a cue: "England made 589-8 and 173-1 declared"
_SCORE_RE = re.compile(r"\d+-\d+")


def infinitive(c: CueContext) -> FrameResult:
    """ "declined to say": no report."""
    return REJECT if c.before is not None and c.before.lower == "to" else None


def score_before(c: CueContext) -> FrameResult:
    """ "England made 589-8 and 173-1 declared": a cricket innings closed, nobody speaks."""
    return REJECT if c.before is not None and _SCORE_RE.fullmatch(c.before.text) else None


def noun_without_verb_evidence(c: CueContext) -> FrameResult:
    """A noun-ambiguous cue ("claims", "report") with nothing showing a verb use."""
    first_word = c.form.split()[0]
    if (
        c.family.noun
        and not first_word.endswith(("ed", "ing"))
        and first_word not in VERB_ONLY_FORMS
        and not verb_evidence(c.article, c.aux, c.before, c.right)
    ):
        return REJECT
    return REJECT if c.family.noun and _bare_form_after_indefinite(c) else None


def _bare_form_after_indefinite(c: CueContext) -> bool:
    """'A new 1,000 rupee note "with a new design" will be introduced': a bare form ("note",
    not "notes") with no auxiliary after a subject opened by "a"/"an" is no verb of that
    singular subject, unless the subject counts many ("a number of experts note", "a few
    analysts claim": [plural_counts])."""
    fit = c.speaker_fit
    if c.aux or c.form != c.family.lemma or fit is None:
        return False
    words = c.article.text[fit.speaker[0] : fit.speaker[1]].lower().split()
    return bool(words) and words[0] in INDEFINITE_ARTICLES and not PLURAL_COUNTS & set(words)


def participle_without_subject(c: CueContext) -> FrameResult:
    """ "It's worth noting", "a warning from": an -ing form with no subject-like word before."""
    before = c.before
    if (
        c.is_participle
        and not c.aux
        and (before is None or not (before.lower in ING_OK_BEFORE or is_negated(before)))
        and not (c.prev is not None and after_quoted_comma(c))
    ):
        return REJECT
    return None


def quote_only_without_quote(c: CueContext) -> FrameResult:
    """A quote-only cue ("joked", "continued") with no quotation, that-clause or colon beside it."""
    before = c.before
    if (
        c.family.quote_only
        and c.quote_next is None
        and not c.that_next
        and not c.colon_next
        and not (before is not None and c.article.is_closing_mark(before.start))
        and c.quote_close is None
    ):
        return REJECT
    return None


def noun_use(c: CueContext) -> FrameResult:
    """ "the report", "his claims": the cue is a noun; "the group's declared goal", "Perry's
    alleged comments": a participle between a possessive and its noun is an adjective; "the
    official said" is a person's speech ("said" is no noun, unlike "the official report")."""
    before = c.before
    if before is not None and (before.lower in NON_SUBJECT or before.text in {"(", "-", "<", "/"}):
        if before.lower in PERSON_NON_SUBJECTS and c.form in VERB_ONLY_FORMS:
            return None
        if before.text == "-" and closes_dash_apposition(c.head_left):
            return None  # "Kall -- co-editor of a book -- said": a dash pair's closing dash
        return REJECT
    if c.left and c.form.endswith("ed") and _possessive_before_noun(c.left[-1], c.right):
        return REJECT  # the token right before the cue, no auxiliary skipped
    return None


def _possessive_before_noun(before: Tok, right: list[Tok]) -> bool:
    """ "Sarah's" (not "he's", a subject and its auxiliary) before the cue, and a lower-case
    word after it that opens no object or clause ("goal", not "that", "the", "him")."""
    nxt = right[0] if right else None
    return (
        before.lower.endswith(POSSESSIVE_ENDINGS)
        and before.lower not in SPEAKER_POSSESSIVE_OK
        and nxt is not None
        and nxt.text[:1].islower()
        and nxt.lower not in VERB_OBJECT_STARTS
        and nxt.lower not in OBJECT_WORDS
    )
