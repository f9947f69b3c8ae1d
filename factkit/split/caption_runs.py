"""Runs of photo captions: pieces with no full stop, where a glued sentence is likelier.

Daily Mail captions carry no final punctuation, and the scrape glues them one after another
("... during her second-round match at the Family Circle Cup Bouchard shows her frustrations
...", "... top seed Bouchard has struggled recently ..."). The run-on model's threshold is set
for precision over every sentence, most of which hold no glued end at all; a piece the model
left with no full stop (its cut came after it, or the Punkt sentence has none) is caption text,
where a glued sentence start is far more common. There the model's gaps are read again with a
lower threshold: only those whose bound the first reading found above it (:meth:`RunonModel.cuts`
lists them), so the second reading costs next to nothing. A piece with a double quotation mark
is left alone: speech, not a caption.
"""

from __future__ import annotations

import re

from factkit.split.patterns import CLOSERS, TERMINALS
from factkit.split.runons import RunonModel

__all__ = ["CAPTION_THRESHOLD", "caption_run_cuts", "is_caption_text", "is_unstopped"]

# Chosen on the non-test articles (CNN/DM and XSum even halves, CLIFF val, PolNeAR dev): 1.0
# cut 21 more gaps (2 wrong), 0.75 27 (2 wrong), 0.5 42 (6 wrong), 0.0 70 (about 15 wrong).
CAPTION_THRESHOLD = 0.75
# a piece ending in one of these is no caption: a sentence, or a label that opens a list or a
# quotation ("He said:")
_STOPS = TERMINALS + ":;"
_DOUBLE_QUOTE = re.compile('["“”]')


def is_unstopped(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends in a word, not in a sentence's final punctuation (closing quotes
    and brackets read over)."""
    tail = text[start:end].rstrip().rstrip(CLOSERS)
    return bool(tail) and tail[-1] not in _STOPS


def is_caption_text(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` has no full stop at its end and no double quotation mark: a quotation
    running on with no stop is speech ('He said "yes and He said ...'), not a caption."""
    return is_unstopped(text, start, end) and not _DOUBLE_QUOTE.search(text, start, end)


def caption_run_cuts(model: RunonModel, text: str, start: int, end: int) -> list[int]:
    """The model's cuts in the sentence ``text[start:end]`` and, inside every piece they leave
    with no full stop, the gaps over :data:`CAPTION_THRESHOLD`."""
    near: list[tuple[int, int]] = []
    cuts = model.cuts(text, start, end, (CAPTION_THRESHOLD, near))
    if not near:
        return cuts
    more: list[int] = []
    for piece_start, piece_end in zip([start, *cuts], [*cuts, end], strict=True):
        if is_caption_text(text, piece_start, piece_end):
            more += model.recut(text, piece_start, piece_end, end, CAPTION_THRESHOLD, near)
    if not more:
        return cuts
    return sorted({*cuts, *more})
