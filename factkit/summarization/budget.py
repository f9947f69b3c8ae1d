"""The length budget: the picked sentences in article order, the last one cut at a clause or
word boundary when the word budget or the character limit would be exceeded."""

from __future__ import annotations

import math
from collections.abc import Mapping

from factkit.document import Claim, Sentence, SummarySentence
from factkit.summarization.select import Length, spend, trim_end


def fit_budget(
    text: str,
    chosen: list[Sentence],
    scores: Mapping[int, float],
    claims: Mapping[int, Claim],
    length: Length,
    max_chars: int | None,
) -> tuple[SummarySentence, ...]:
    """Summary sentences in article order, the last one cut at a clause or word boundary when
    the word budget or ``max_chars`` would be exceeded (offsets stay exact: ``text[start:end]``)."""
    chosen = sorted(chosen, key=lambda s: s.start)
    out: list[SummarySentence] = []
    words_left = length.words
    chars_left = max_chars
    for sentence in chosen:
        end = sentence.end
        if words_left is not None or chars_left is not None:
            end = sentence.start + trim_end(sentence.text, words_left, chars_left)
            if end - sentence.start < len(sentence.text) and out and end - sentence.start < 20:
                break  # only a scrap would be left: stop at the whole sentences before it
            if end <= sentence.start:
                break
        piece = text[sentence.start : end]
        claim = claims.get(sentence.index)
        carries = claim is not None and (
            end == sentence.end or not claim.quantities or claim.quantities[0].start < end
        )
        out.append(
            SummarySentence(
                index=sentence.index,
                start=sentence.start,
                end=end,
                score=scores[sentence.index] if math.isfinite(scores[sentence.index]) else 0.0,
                text=piece,
                claim_ids=(claim.id,) if carries and claim is not None else (),
            )
        )
        words_left, chars_left = spend(words_left, chars_left, piece)
        if end < sentence.end:
            break
    return tuple(out)
