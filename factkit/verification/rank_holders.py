"""A rank the article gives to somebody else: "World No 7 Davis" where the article's "world No
7" is Bouchard ("in control this time against the world No 7") and Davis is "ranked 66th".

The summary rank's holder is the name right after it ("No 7 Davis"). Where the article names
that holder beside ranks (``near``: the names beside an article rank, in its sentence) and
never beside a rank of the summary's value, the summary's rank is somebody else's, and the
holder's own rank in the article is the figure to quote. A rank with no name after it ("Davis,
the world No 7") is left to the value check."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

Span = tuple[int, int]

# the capitalized words right after a rank's number: its holder ("No 7 Eugenie Bouchard")
_HOLDER_RE = re.compile(r" ((?:[A-Z][\w'’-]*(?: |$))*[A-Z][\w'’-]*)")


def holders_rank(
    summary_text: str,
    rank: tuple[Span, float],
    theirs: Sequence[tuple[Span, float]],
    names: Callable[[str], set[str]],
    near: Callable[[Span], set[str]],
) -> Span | None:
    """The article rank of the holder of the summary ``rank`` (its number's span and value)
    among the article's ranks (``theirs``), where the article never names the holder beside a
    rank of that value; else None. ``names`` reads the name words of a stretch of text."""
    (_, end), value = rank
    m = _HOLDER_RE.match(summary_text, end)
    holder = names(m.group(1)) if m else set()
    if not holder:
        return None
    held = [(span, v) for span, v in theirs if holder & near(span)]
    if not held or any(v == value for _, v in held):
        return None
    return held[0][0]
