"""A rating the summary writes on the article's own scale must be one of the article's ratings.

A review roundup marks each product on one scale ("5/10", "8/10"); a summary line "150/10"
or "40/10" reads as the value 15 or 4, and a value check finds that in "£14.95" (rounded) or
"four", though the article never rates anything so. A figure written as a rating, two whole
numbers joined by a slash, is judged as the pair it is: where the article writes ratings out of
the same number, the summary's must be one of them (a rating out of another number, "3/4" beside
"8/10", is left to the value check). A date ("8/10/2021") or a web path is no rating.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.index import ArticleIndex
from factkit.verification.number_reasons import number_mismatch

# two whole numbers joined by a slash, not part of a date, a longer fraction or a path
RATING_RE = re.compile(r"(?<![\w./])(\d{1,3})/(\d{1,3})(?![\w/]|[.,]\d)")


def ratings(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, int]]:
    """(start, end, mark, scale) of each rating written in ``text[start:end]``."""
    return [
        (m.start(), m.end(), int(m.group(1)), int(m.group(2)))
        for m in RATING_RE.finditer(text, start, len(text) if end is None else end)
    ]


def rating_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each rating of a summary sentence (``summary``: its
    text and sentence) that the article's ratings out of the same number do not give, by the
    start of the first of its ``quantities`` (a rating reads as one fraction, "150/10", or as
    its two numbers)."""
    text, part = summary
    ours = ratings(text, part.start, part.end)
    theirs = ratings(src.text) if ours else []  # the article is read only for a rating
    out: dict[int, VerifyReason] = {}
    for a, b, mark, scale in ours:
        same_scale = [r for r in theirs if r[3] == scale]
        if not same_scale or any(r[2] == mark for r in same_scale):
            continue
        q = next((q for q in quantities if a <= q.start < b), None)
        if q is None:
            continue
        start, end, _, _ = min(same_scale, key=lambda r: abs(r[2] - mark))
        detail = (
            f"summary rates {text[a:b]!r}, the article's ratings out of {scale} give no such "
            f"mark (nearest {src.text[start:end]!r})"
        )
        out[q.start] = number_mismatch((a, b), (start, end), detail)
    return out
