"""Frames with the content before the speaker: inverted ("“C,” said X, a spokesman"; "The plan
failed, said Smith."), the speaker after a quotation ("“C,” X said"), trailing ("C, X said.")
and parenthetical ("Back home, X said, he decided C": the whole sentence).

Each matcher reads a draft or answers ``REJECT`` / ``None`` for :data:`.frames.FRAME_MATCHERS`.
The speaker-first frames are :mod:`.leading_frames`'s.
"""

from __future__ import annotations

from factkit.annotate.attribution.article import Draft
from factkit.annotate.attribution.content import content_before, few_words_before, interrupted
from factkit.annotate.attribution.context import REJECT, CueContext, FrameResult, decided
from factkit.annotate.attribution.evidence import weak_inversion
from factkit.annotate.attribution.readers import read_inverted
from factkit.annotate.attribution.tokens import RELATIVES_BEFORE_SPEAKER, Tok

__all__ = ["inverted_after_quote", "speaker_after_quote", "trailing", "unquoted_inversion"]


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


def unquoted_inversion(c: CueContext) -> FrameResult:
    """ "The plan failed, said Smith." without quotation marks."""
    if c.before is None or c.before.text != ",":
        return None
    if weak_inversion(c.article, c.family, c.subject_toks, c.right, c.rules.limits):
        return decided(read_inverted(c, c.subject_toks))
    return None


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
