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

with the rejections placed where the single reader had them. This module holds only the order;
the matchers live by family: :mod:`.leading_frames` (speaker before the content: prepositional,
chained, leading), :mod:`.trailing_frames` (content before the speaker: inverted, trailing,
parenthetical), :mod:`.passives`, :mod:`.non_reports` (the cue word reports nothing where it
stands: an infinitive, a noun), :mod:`.missing_parts` (no speaker, no clause) and
:mod:`.objects` (a cue that takes an object: a thing, a call, a name, a prepositional phrase).
The draft of a decided frame is cut by :mod:`.readers`.
"""

from __future__ import annotations

from collections.abc import Callable

from factkit.annotate.attribution.article import Draft
from factkit.annotate.attribution.context import CueContext, FrameResult, Rejected
from factkit.annotate.attribution.leading_frames import (
    chained,
    leading,
    participle_after_clause,
    prepositional,
    subject_of_sentence,
)
from factkit.annotate.attribution.missing_parts import (
    missing_that_clause,
    no_speaker,
    no_subject,
    nothing_after,
)
from factkit.annotate.attribution.non_reports import (
    infinitive,
    noun_use,
    noun_without_verb_evidence,
    participle_without_subject,
    quote_only_without_quote,
    score_before,
)
from factkit.annotate.attribution.objects import (
    naming_call,
    object_preposition,
    object_relative,
    phone_call,
    thing_object,
)
from factkit.annotate.attribution.opening_cues import opening_cue
from factkit.annotate.attribution.passives import passive, reduced_passive
from factkit.annotate.attribution.trailing_frames import (
    inverted_after_quote,
    speaker_after_quote,
    trailing,
    unquoted_inversion,
)

__all__ = ["FRAME_MATCHERS", "FrameMatcher", "read_frame"]

FrameMatcher = Callable[[CueContext], FrameResult]


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
