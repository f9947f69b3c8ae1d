"""Text in an article that is not prose: terminal escape sequences and HTML-like markup. A number
inside one is no quantity: "ESC[31m" colours a terminal (it is not "31m", 31 million), and
``<script>alert(1)</script>`` or ``<img width=300>`` in a plain-text article is code, not a claim.

The text itself is left as it is (offsets stay true): the quantity and time finders read a copy
with each span blanked to spaces of its length, so "ESC[31m40" is "     40", a number of its own,
and ``<time datetime="2019-05-04">`` dates nothing; the splitter's heading rule reads a line
without the escapes and tags at its ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from factkit.document import Quantity, TimeAnchor

__all__ = [
    "CODE_ELEMENT",
    "CSI_ESCAPE",
    "INERT_OPENERS",
    "INERT_PIECE",
    "TAG",
    "blanked",
    "blanked_window",
    "inert_spans",
    "moved_back",
    "without_edge_markup",
]

# what a finder reads from a blanked copy: a span of the text with its surface
_Found = TypeVar("_Found", Quantity, TimeAnchor)

# CSI: colours, cursor moves ("ESC[31m", "ESC[2J"); the splitter reads one after a full stop
CSI_ESCAPE = r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
_TERMINAL_ESCAPE = (
    CSI_ESCAPE + r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: a window title, a hyperlink
    r"|\x1b[ -/]*[0-~]"  # the two- and three-character escapes
)
# One tag, its attributes included ("<p>", "</a>", "<img width=300 />", "<fb:post>"); the
# splitter's link-line rule reads it too (split.patterns.MARKUP).
TAG = r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>"
# An element whose content is code, a comment, or one tag. An element or comment left open runs
# to the end of the text searched, as a browser reads it.
_CODE_ELEMENT = r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)"
_MARKUP = rf"{_CODE_ELEMENT}|<!--.*?(?:-->|$)|{TAG}"
# one code element (the splitter gives one after a sentence end a segment of its own)
CODE_ELEMENT = re.compile(_CODE_ELEMENT, re.IGNORECASE | re.DOTALL)
# one escape sequence or piece of markup where it starts (the splitter reads past them, as it
# does past markup, to the word after a full stop: "died.ESC[0m The mayor")
INERT_PIECE = re.compile(f"{_TERMINAL_ESCAPE}|(?i:{_MARKUP})", re.DOTALL)
# the characters one of them starts with
INERT_OPENERS = ("<", "\x1b", "\x9b")


def inert_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The escape sequences and markup in ``text[start:end]``, as (start, end) offsets."""
    if all(text.find(opener, start, end) < 0 for opener in INERT_OPENERS):
        return []  # prose, as nearly every sentence is: no search
    return [m.span() for m in INERT_PIECE.finditer(text, start, end)]


def blanked(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with each of ``spans`` (offsets into ``text``, inside ``lo:hi``) made
    spaces: the same length, so every offset into it is ``lo`` short of the one into ``text``."""
    pieces, at = [], lo
    for s, e in spans:
        pieces += [text[at:s], " " * (e - s)]
        at = e
    pieces.append(text[at:hi])
    return "".join(pieces)


def blanked_window(text: str, start: int, end: int, margin: int) -> tuple[str, int] | None:
    """For a finder reading ``text[start:end]`` and up to ``margin`` characters beside it: that
    stretch with the escapes and markup of ``start:end`` blanked (:func:`blanked`), and the offset
    ``lo`` where it begins; None where ``start:end`` holds neither (read the text as it is)."""
    inert = inert_spans(text, start, end)
    if not inert:
        return None
    lo, hi = max(0, start - margin), min(len(text), end + margin)
    return blanked(text, lo, hi, inert), lo


def moved_back(found: Sequence[_Found], text: str, lo: int) -> list[_Found]:
    """What a finder found in a :func:`blanked_window` copy beginning at ``lo``, with offsets
    into ``text`` and the surfaces ``text`` writes there."""
    return [
        replace(f, text=text[f.start + lo : f.end + lo], start=f.start + lo, end=f.end + lo)
        for f in found
    ]


def without_edge_markup(text: str) -> str:
    """``text`` stripped of the escapes and markup that open or close it (and of the white space
    beside them): "ESC[31mThe mayor said 40 people came.ESC[0m" ends a sentence as its words
    do, "came.</p>" too (a reset or a closing tag after the full stop made the splitter read it
    as a heading). A text with neither is returned as it is."""
    if all(opener not in text for opener in INERT_OPENERS):
        return text
    spans = inert_spans(text, 0, len(text))
    lo, hi = 0, len(text)
    for s, e in spans:
        if text[lo:s].strip():
            break
        lo = e
    for s, e in reversed(spans):
        if e <= lo or text[e:hi].strip():
            break
        hi = s
    return text if (lo, hi) == (0, len(text)) else text[lo:hi].strip()
