"""Passive cues: "It was reported that C" (no speaker, or the agent of "by X"), and the reduced
passive "the suspect, described as a man in his 30s," that reports nothing.

Both turn on a form of "be" (written, or clipped onto a pronoun: "It's believed") and on the word
after the cue ("as", "by", "of"), so they share that reading apart from the active frames
(:mod:`.leading_frames`, :mod:`.trailing_frames`).
"""

from __future__ import annotations

from factkit.annotate.attribution.context import REJECT, CueContext, FrameResult, decided
from factkit.annotate.attribution.readers import read_leading
from factkit.annotate.attribution.subjects import by_agent
from factkit.annotate.attribution.tokens import BE, PASSIVE_PARTICIPLES, POSSESSIVE_CLITICS
from factkit.annotate.name_shapes import SPEAKER_PRONOUNS

__all__ = ["passive", "reduced_passive"]

_REDUCED_PASSIVE_AFTER = frozenset({"as", "by", "of"})


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
