"""A cue opening its sentence before the speaker: 'Said Ellis: “I don’t get the sense ...”'.

Feature writing fronts the cue ("Said Ellis:", "Said one aide, “...”"). The frames read a
speaker before the cue, and cues are matched lower case, so this report was never read. A
capitalised cue of ``[sentence_opening_cues]`` is matched too and read here, only where it opens
the sentence and a short name follows it, then a colon, or a comma and a quotation; any other
capitalised match ("Edward Said said", "Said Jalili, Iran's negotiator, said") is rejected (the
lower-case cue after it is read as before)."""

from __future__ import annotations

from factkit.annotate.attribution.article import Draft
from factkit.annotate.attribution.context import REJECT, CueContext, FrameResult
from factkit.annotate.attribution.tokens import SPEAKER_LEAD, Span, is_cap


def opening_cue(c: CueContext) -> FrameResult:
    """ "Said Ellis: C." / 'Said Ellis, “C.”': the name after the cue speaks, C after the mark."""
    if c.family.prepositional or not c.article.text[c.cs : c.ce][:1].isupper():
        return None  # a lower-case cue, or "According to X"
    found = _name_then_mark(c) if c.before is None else None
    if found is None:
        return REJECT
    speaker, content_start = found
    content = c.article.trim(content_start, c.s_end)
    return REJECT if content is None else Draft(speaker, None, c.cue, content)


def _name_then_mark(c: CueContext) -> tuple[Span, int] | None:
    """The name right after the cue (a capitalised word or a determiner first, words only) and
    where the text after its colon or comma starts; None without one."""
    right = c.right
    limit = c.rules.limits.opening_cue_name_max_tokens
    for k, tok in enumerate(right[: limit + 1]):
        comma_quote = (
            tok.text == "," and k + 1 < len(right) and c.article.starts_quote(right[k + 1].start)
        )
        if tok.text == ":" or comma_quote:
            return ((right[0].start, right[k - 1].end), tok.end) if k else None
        if not tok.text[:1].isalnum():
            return None
        if k == 0 and not (is_cap(tok) or tok.lower in SPEAKER_LEAD):
            return None
    return None
