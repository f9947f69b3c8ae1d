"""Title-case lines: a headline left in the body text ("Black Lawmakers Rip Donald Trump As A
'Disgusting Fraud.'"), whose capitalised words run onto the names in it."""

from __future__ import annotations

import re

from factkit.annotate.function_words import WORD_LISTS

__all__ = ["title_case_line"]

_FUNCTION_WORDS = WORD_LISTS["headline_function_words"]
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
# a headline is one short line; a longer stretch without a line break is body text (and
# reading no further keeps the test linear on an article of one long line)
_MAX_LINE_CHARS = 200
_MIN_WORDS = 4


def title_case_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is written in title case: every word of four letters or more
    is capitalised and so is a short function word after its first ("... Rip Donald Trump As
    A ..."); a name list or a one-name caption has no function word."""
    start = text.rfind("\n", max(0, pos - _MAX_LINE_CHARS), pos) + 1
    if start == 0 and pos > _MAX_LINE_CHARS:
        return False
    end = text.find("\n", pos, pos + _MAX_LINE_CHARS)
    if end == -1:
        if len(text) - pos > _MAX_LINE_CHARS:
            return False
        end = len(text)
    words = _WORD_RE.findall(text, start, end)
    if len(words) < _MIN_WORDS or any(len(w) >= 4 and w[0].islower() for w in words):
        return False
    return any(w[0].isupper() and w.lower() in _FUNCTION_WORDS for w in words[1:])
