"""Frame matchers: how a reporting cue is read in its sentence, as an ordered list of small rules.

Each matcher looks at one :class:`CueContext` and answers with a draft attribution (the frame
it reads applies), ``REJECT`` (the cue is no attribution here: a noun use, an infinitive, a
missing that-clause) or ``None`` (not its frame: the next matcher is asked). :data:`FRAME_MATCHERS`
runs them in order and the first answer wins, so a rule's place in the list is its precedence:

* prepositional:  "According to X, C."  /  "C, according to X."
* chained:        "X said A, adding that B."  -> second attribution, same speaker
* passive:        "It was reported that C."  -> no speaker (or the "by" agent)
* inverted:       "“C,” said X, a spokesman."  /  "The plan failed, said Smith."
* trailing:       "“C,” X said."  /  "C, X said."
* parenthetical:  "Back home, X said, he decided C."  -> the whole sentence
* leading:        "X said (that) C."  /  "X told Y that C."  /  "X said: “C.”"

with the rejections placed where the single reader had them. The draft of a decided frame is cut
by :mod:`readers`; the rejections of a cue that takes an object (a thing, a call, a name, a
prepositional phrase) live in :mod:`objects`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factkit.annotate.attribution.article import Draft
from factkit.annotate.attribution.content import content_before, few_words_before, interrupted
from factkit.annotate.attribution.context import (
    REJECT,
    CueContext,
    FrameResult,
    Rejected,
    decided,
)
from factkit.annotate.attribution.dashes import closes_dash_apposition
from factkit.annotate.attribution.evidence import verb_evidence, weak_inversion
from factkit.annotate.attribution.objects import (
    naming_call,
    no_clause_after,
    object_preposition,
    object_relative,
    phone_call,
    takes_object,
    takes_thing,
    thing_object,
)
from factkit.annotate.attribution.opening_cues import opening_cue
from factkit.annotate.attribution.readers import read_inverted, read_leading, read_prepositional
from factkit.annotate.attribution.rival import rival_subject
from factkit.annotate.attribution.subjects import by_agent, sentence_subject
from factkit.annotate.attribution.tokens import (
    BE,
    CHAIN_BEFORE,
    CLAUSE_JOINERS,
    ING_OK_BEFORE,
    ING_PREPOSITIONS,
    NON_SUBJECT,
    OBJECT_WORDS,
    PASSIVE_PARTICIPLES,
    PERSON_NON_SUBJECTS,
    POSSESSIVE_CLITICS,
    POSSESSIVE_ENDINGS,
    RELATIVES_BEFORE_SPEAKER,
    SPEAKER_POSSESSIVE_OK,
    VERB_OBJECT_STARTS,
    VERB_ONLY_FORMS,
    WORDS,
    Tok,
    is_negated,
)
from factkit.annotate.name_shapes import SPEAKER_PRONOUNS

FrameMatcher = Callable[[CueContext], FrameResult]

_REDUCED_PASSIVE_AFTER = frozenset({"as", "by", "of"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})
PLURAL_COUNTS = WORDS["plural_counts"]
# a score or an innings total right before a cue: "England made 589-8 and 173-1 declared"
_SCORE_RE = re.compile(r"\d+-\d+")

# ---------------------------------------------------------------------------- matchers


def prepositional(c: CueContext) -> FrameResult:
    """ "According to X, C." (a prepositional cue is read in no other frame)."""
    return decided(read_prepositional(c)) if c.family.prepositional else None


def infinitive(c: CueContext) -> FrameResult:
    """ "declined to say": no report."""
    return REJECT if c.before is not None and c.before.lower == "to" else None


def score_before(c: CueContext) -> FrameResult:
    """ "England made 589-8 and 173-1 declared": a cricket innings closed, nobody speaks."""
    return REJECT if c.before is not None and _SCORE_RE.fullmatch(c.before.text) else None


def reduced_passive(c: CueContext) -> FrameResult:
    """ "the suspect, only described as a man in his 30s, may", "16 men, described by
    Islamic State as": an -ed form right after a comma (adverbs aside) with as/by/of after it
    describes the noun before the comma; nobody speaks."""
    if (
        not c.form.endswith("ed")
        or not c.right
        or c.right[0].lower not in _REDUCED_PASSIVE_AFTER
        or not all(t.lower.endswith("ly") for t in c.aux)
    ):
        return None
    k = len(c.head_left) - 1
    if k > 0 and c.head_left[k].lower.endswith("ly"):
        k -= 1  # "only", too short for the adverbs the cue context skips
    return REJECT if k >= 0 and c.head_left[k].text == "," else None


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
        and not (c.prev is not None and _after_quoted_comma(c))
    ):
        return REJECT
    return None


def _after_quoted_comma(c: CueContext) -> bool:
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


def chained(c: CueContext) -> FrameResult:
    """ "X said A, adding that B" / "... and warned that B": the previous report's speaker."""
    prev, before = c.prev, c.before
    if (
        prev is None
        or before is None
        or (before.lower not in CHAIN_BEFORE and not (c.is_participle and _after_quoted_comma(c)))
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


def passive(c: CueContext) -> FrameResult:
    """ "It was reported that C": no speaker, or the agent of "by X"."""
    if not (_be_before(c) and c.form.endswith(("ed", *PASSIVE_PARTICIPLES))):
        return None
    if not (c.that_next or c.quote_next is not None):
        return REJECT
    return decided(read_leading(c, by_agent(c.right, c.rules.limits), None))


def _be_before(c: CueContext) -> bool:
    """A form of "be" among the auxiliaries ("was reported"), or "is" clipped onto the pronoun
    right before the cue: "It's believed that", "She's accused of sending". After "he"/"she"
    the clitic is "has" unless no object follows ("She's accused him of lying" reports)."""
    before = c.before
    clipped = (
        before is not None
        and bool(c.aux)
        and c.aux[0].start == before.end
        and c.aux[0].lower in POSSESSIVE_CLITICS
    )
    if any(t.lower in BE for t in (c.aux[1:] if clipped else c.aux)):
        return True
    if not clipped or before is None:
        return False
    if before.lower == "it":
        return True
    return (
        before.lower in SPEAKER_PRONOUNS
        and bool(c.right)
        and c.right[0].lower in _REDUCED_PASSIVE_AFTER
    )


def inverted_after_quote(c: CueContext) -> FrameResult:
    """ "“C,” said X": the cue right after a closing quotation mark (and its comma)."""
    before, head = c.before, c.head_left
    if before is None:
        return None
    if c.article.is_closing_mark(before.start) or (
        before.text == "," and len(head) > 1 and c.article.is_closing_mark(head[-2].start)
    ):
        return decided(read_inverted(c, head))
    if before.text == "'" and len(head) > 1 and head[-2].text in {",", "?", "!"}:
        # ",' said Smith": an ASCII closing mark the quotation finder could not pair
        return decided(read_inverted(c, head))
    return None


def speaker_after_quote(c: CueContext) -> FrameResult:
    """ "“C,” X said": a closing quotation mark, then the speaker, then the cue."""
    close = c.quote_close
    if close is None:
        return None
    quote_tail = c.article.text[max(0, close - c.rules.limits.mark_peek_chars) : close].rstrip(
        "”\"'’ "
    )[-1:]
    if quote_tail in {".", "!", "?"} and c.shape == "content":
        return None  # '“... .” Russia insisted that C': a new report after a full quotation
    fit = c.speaker_fit
    if fit is None:
        return REJECT
    start = c.s_start
    quote = c.article.quote_ending_at(close)
    if (
        quote is not None
        and c.article.text[start : quote.start].strip()
        and not c.article.starts_quote(c.article.sentence_start_for(quote.start))
    ):
        start = quote.start  # a run-on caption before the quotation is no part of it
    content = content_before(c.article, start, close)
    if content is None:
        return REJECT
    content = interrupted(c.article, c.rules, content, c.right, c.s_end)
    return Draft(fit.speaker, fit.title, c.cue, content)


def no_subject(c: CueContext) -> FrameResult:
    """Nothing left of the cue to be its speaker."""
    return REJECT if c.before is None or not c.subject_toks else None


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


def unquoted_inversion(c: CueContext) -> FrameResult:
    """ "The plan failed, said Smith." without quotation marks."""
    if c.before is None or c.before.text != ",":
        return None
    if weak_inversion(c.article, c.family, c.subject_toks, c.right, c.rules.limits):
        return decided(read_inverted(c, c.subject_toks))
    return None


def no_speaker(c: CueContext) -> FrameResult:
    """No speaker phrase ends right before the cue."""
    return REJECT if c.speaker_fit is None else None


def trailing(c: CueContext) -> FrameResult:
    """ "C, X said." (content before the speaker) and "Back home, X said, he decided C."
    (a parenthetical cue: the whole sentence)."""
    fit, shape, limits = c.speaker_fit, c.shape, c.rules.limits
    min_words = (
        limits.trailing_clause_min_words
        if shape == "end"
        else limits.parenthetical_clause_min_words
    )
    if (
        fit is None
        or fit.boundary is None
        or shape not in {"end", "paren"}
        or c.family.belief
        or c.family.stance
        or few_words_before(c.article, c.s_start, fit.boundary, min_words)
    ):
        return None
    if _after_relative(c.subject_toks, fit.speaker[0]):
        # "a new role, in which she advises the president": the clause before the relative
        # holds its antecedent, not what the speaker says
        return REJECT
    if shape == "end":
        content = content_before(c.article, c.s_start, fit.boundary)
    else:
        content = c.article.trim(c.article.quote_start_before(c.s_start, c.s_end), c.s_end)
    if content is None:
        return REJECT
    return Draft(fit.speaker, fit.title, c.cue, content)


def _after_relative(toks: list[Tok], speaker_start: int) -> bool:
    """The word right before the speaker phrase is "which" or "whom" (the speaker is the
    subject of a relative clause)."""
    before = [t for t in toks if t.end <= speaker_start]
    return bool(before) and before[-1].lower in RELATIVES_BEFORE_SPEAKER


def nothing_after(c: CueContext) -> FrameResult:
    """ "..., Smith told CNN." with no clause before: nothing to attribute."""
    return REJECT if c.shape == "end" else None


def missing_that_clause(c: CueContext) -> FrameResult:
    """A that-cue ("warned", a belief cue) with no that-clause, quotation or colon after it."""
    if c.family.needs_that and not (c.that_next or c.quote_next is not None or c.colon_next):
        return REJECT
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


# The order is the precedence: the first matcher that answers decides.
FRAME_MATCHERS: tuple[FrameMatcher, ...] = (
    prepositional,
    opening_cue,
    infinitive,
    score_before,
    reduced_passive,
    noun_without_verb_evidence,
    participle_without_subject,
    quote_only_without_quote,
    phone_call,
    chained,
    participle_after_clause,
    passive,
    inverted_after_quote,
    speaker_after_quote,
    no_subject,
    object_relative,
    subject_of_sentence,
    object_preposition,
    naming_call,
    thing_object,
    noun_use,
    unquoted_inversion,
    no_speaker,
    trailing,
    nothing_after,
    missing_that_clause,
    leading,
)


def read_frame(c: CueContext, matchers: tuple[FrameMatcher, ...] = FRAME_MATCHERS) -> Draft | None:
    """The draft of the first matcher that answers, or None (no attribution)."""
    for matcher in matchers:
        result = matcher(c)
        if result is None:
            continue
        return None if isinstance(result, Rejected) else result
    return None
