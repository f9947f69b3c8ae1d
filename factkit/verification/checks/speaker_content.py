"""Which article attribution says what a summary's attributed statement says.

Its own room because it is the speaker check's one search over the article: it compares
Porter stems of the statement's content words (so "looked tired" meets "looks to be tiring")
with each attribution's content, and with the quotation going on in the sentences after it,
first in the aligned window and then, for two stems or more, anywhere in the article.
"""

from __future__ import annotations

from collections.abc import Set
from functools import lru_cache

from factkit.summarization.porter import stem as porter_stem
from factkit.verification.checks.context import SentenceContext
from factkit.verification.checks.speaker_identity import attribution_speaker_words, same_speaker
from factkit.verification.text import content_words

# far from the aligned passage one shared word ("control freak" / "control") is chance
_FAR_MIN_SHARED = 2
_QUOTE_MARKS = ("'", '"', "‘", "“")


def same_content(ctx: SentenceContext, said: set[str], window: list[int]) -> int | None:
    """The article attribution in ``window`` whose statement holds the largest share (at least
    ``verify.speaker_content_similarity``) of the stems ``said``: its content, or a quotation
    continuing it in the window (see ``_continued_quotes``)."""
    best: tuple[float, int] | None = None
    attributed = {p for p in ctx.src.attribution_pos if p is not None}
    for k, sa in enumerate(ctx.src.attributions):
        pos = ctx.src.attribution_pos[k]
        if pos is None:
            continue
        shares = [len(said & _content_stems(sa.content)) / len(said)] if pos in window else []
        shares += [
            len(said & _content_stems(_sentence_text(ctx, p))) / len(said)
            for p in _continued_quotes(ctx, k, attributed)
            if p in window
        ]
        overlap = max(shares, default=0.0)
        if overlap >= ctx.config.speaker_content_similarity and (best is None or overlap > best[0]):
            best = (overlap, k)
    return None if best is None else best[1]


def _sentence_text(ctx: SentenceContext, pos: int) -> str:
    sentence = ctx.src.body[pos]
    return ctx.src.text[sentence.start : sentence.end]


def _continued_quotes(ctx: SentenceContext, k: int, attributed: Set[int]) -> list[int]:
    """The body sentences after attribution ``k`` of a quotation that go on quoting: each
    opens with a quotation mark and holds no attribution of its own (``attributed``: the
    positions of all): "He added: ‘We are not going to ... anyone. ‘The best way to help
    families ...", at most ``verify.antecedent_sentences`` of them."""
    src = ctx.src
    pos, att = src.attribution_pos[k], src.attributions[k]
    if pos is None or not (att.direct or att.content.startswith(_QUOTE_MARKS)):
        return []
    out: list[int] = []
    for p in range(pos + 1, min(len(src.body), pos + 1 + ctx.config.antecedent_sentences)):
        if p in attributed or not _sentence_text(ctx, p).lstrip().startswith(_QUOTE_MARKS):
            break
        out.append(p)
    return out


def same_content_anywhere(ctx: SentenceContext, said: set[str], claimed: set[str]) -> int | None:
    """The one article attribution anywhere whose content holds the largest share (at least
    ``verify.speaker_content_similarity``, and two stems) of the stems ``said``; None when two
    attributions tie for it, or when one naming a word of ``claimed`` holds that share as well
    (the summary's speaker said it too)."""
    src = ctx.src
    shares: list[tuple[float, int]] = []
    for k, sa in enumerate(src.attributions):
        if src.attribution_pos[k] is None:
            continue
        shared = len(said & _content_stems(sa.content))
        share = shared / len(said)
        if shared >= _FAR_MIN_SHARED and share >= ctx.config.speaker_content_similarity:
            shares.append((share, k))
    if not shares:
        return None
    shares.sort(reverse=True)
    if len(shares) > 1 and shares[1][0] == shares[0][0]:
        return None
    if any(
        same_speaker(claimed, attribution_speaker_words(src.attributions[k]), src.common_words)
        for _, k in shares
    ):
        return None
    return shares[0][1]


# every summary sentence's statement is held against every article attribution's content
@lru_cache(maxsize=4096)
def _content_stems(content: str) -> frozenset[str]:
    """Porter stems of the content words of an attribution's content: "looked tired" and
    "looks to be tiring", "get people into work" and "getting people working" share theirs
    (the verifier's six-letter stems do not)."""
    return frozenset(porter_stem(w) for w in content_words(content))
