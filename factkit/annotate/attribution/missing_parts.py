"""A frame with a part missing reports nothing: no subject or speaker before the cue, no clause
before a cue that ends the sentence ("Smith told CNN."), no that-clause after a cue that needs one
("The company revealed its new phone").

Each matcher answers ``REJECT`` or ``None`` for :data:`.frames.FRAME_MATCHERS`; where it stands in
the list decides which frames had their chance first.
"""

from __future__ import annotations

from factkit.annotate.attribution.context import REJECT, CueContext, FrameResult

__all__ = ["missing_that_clause", "no_speaker", "no_subject", "nothing_after"]


def no_subject(c: CueContext) -> FrameResult:
    """Nothing left of the cue to be its speaker."""
    return REJECT if c.before is None or not c.subject_toks else None


def no_speaker(c: CueContext) -> FrameResult:
    """No speaker phrase ends right before the cue."""
    return REJECT if c.speaker_fit is None else None


def nothing_after(c: CueContext) -> FrameResult:
    """ "..., Smith told CNN." with no clause before: nothing to attribute."""
    return REJECT if c.shape == "end" else None


def missing_that_clause(c: CueContext) -> FrameResult:
    """A that-cue ("warned", a belief cue) with no that-clause, quotation or colon after it."""
    if c.family.needs_that and not (c.that_next or c.quote_next is not None or c.colon_next):
        return REJECT
    return None
