"""Numbers as people write them that the slot check cannot see as one value: scorelines
("beat Stoke 2-1", "a 1-0 win"), which the article may write the other way round ("lost 1-2")
or with another dash."""

from __future__ import annotations

import re
from functools import lru_cache

# two small numbers joined by a dash, not part of a date, a range of years or a phone number
_SCORELINE_RE = re.compile(r"(?<![\w.,/-])(\d{1,2})\s?[-–—]\s?(\d{1,2})(?!\w|[.,/]\d|-\d)")


@lru_cache(maxsize=16)
def article_scorelines(text: str) -> frozenset[tuple[int, int]]:
    """Every scoreline of the article, both ways round."""
    out: set[tuple[int, int]] = set()
    for m in _SCORELINE_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        out |= {(a, b), (b, a)}
    return frozenset(out)


def scoreline_spans(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, first, second) of the scorelines in ``text[start:end]``."""
    return [
        (m.start(), m.end(), int(m.group(1)), int(m.group(2)))
        for m in _SCORELINE_RE.finditer(text, start, end)
    ]


def supported_scoreline_numbers(
    summary_text: str, start: int, end: int, article_text: str
) -> list[tuple[int, int]]:
    """Spans of the summary's scorelines that the article gives (either way round): the
    numbers inside them are supported as a pair."""
    known = article_scorelines(article_text)
    return [(a, b) for a, b, x, y in scoreline_spans(summary_text, start, end) if (x, y) in known]
