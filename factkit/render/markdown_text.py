"""Article text made inert inside a Markdown line.

Everything the checklist shows from the article (or from config) goes through :func:`inline`,
which keeps it text in every CommonMark/GFM viewer:

* raw HTML (``<img src=x onerror=...>``, ``<script>``, ``<!--``) and autolinks: ``<`` becomes
  ``&lt;``, and ``&`` becomes ``&amp;`` where it would start a character reference;
* emphasis, code spans, links and images, strikethrough, table cells and heading closers:
  ``\\``, ``*``, `````, ``[``, ``]``, ``~``, ``|`` and ``#`` are backslash-escaped, and ``_``
  wherever it could open or close emphasis (not inside a word such as ``seed_article``);
* line breaks: whitespace runs collapse to one space, so text never starts a new block;
* control characters (NUL, ESC, ...) are shown as their Unicode pictures (``U+241B`` for ESC), so
  no escape sequence reaches a terminal that prints the checklist;
* direction controls: an embedding, override or isolate the text opens and leaves open
  (``U+202E`` reverses what follows it) is closed at the text's end, so it cannot turn the
  rest of the line around.

:func:`block_start` also escapes what would make the text a block of its own when it opens a
line's content (``> # heading``, ``> - list``, ``> 1. list``, ``> > quote``).
"""

from __future__ import annotations

import re

from factkit.render.labels import shown_line

_BACKSLASHED = re.compile(r"([\\`*\[\]~|#])")
# ``_`` between two word characters can neither open nor close emphasis.
_LOOSE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_CHAR_REF = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# A block marker only counts before a space (``-3`` or ``3.5`` is no list); ``>`` always does.
_BLOCK_MARKER = re.compile(r"^(?:>|[-+=](?=[\s\-+=]|$)|\d{1,9}(?=[.)](?:\s|$)))")


_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_PDF, _PDI = "\u202c", "\u2069"  # pop directional formatting / isolate


def _close_direction_controls(text: str) -> str:
    """``text`` with the closers of the embeddings and isolates it leaves open, innermost first
    (a PDI also closes the embeddings opened inside its isolate, as the bidi algorithm does)."""
    open_: list[str] = []
    for m in _BIDI_CONTROL.finditer(text):
        ch = m.group()
        if ch == _PDF:
            if open_ and open_[-1] == _PDF:
                open_.pop()
        elif ch == _PDI:
            if _PDI in open_:
                del open_[len(open_) - 1 - open_[::-1].index(_PDI) :]
        else:
            open_.append(_PDI if ch >= "\u2066" else _PDF)
    return text + "".join(reversed(open_))


def inline(text: str) -> str:
    """``text`` on one line, shown literally wherever inline Markdown is allowed."""
    text = shown_line(text)
    text = _BACKSLASHED.sub(r"\\\1", text)
    text = _LOOSE_UNDERSCORE.sub(r"\\_", text)
    text = _CHAR_REF.sub("&amp;", text)
    if _BIDI_CONTROL.search(text):
        text = _close_direction_controls(text)
    return text.replace("<", "&lt;")


def block_start(text: str) -> str:
    """:func:`inline`, also safe as the first thing in a line or a block quote."""
    text = inline(text)
    match = _BLOCK_MARKER.match(text)
    if match is None:
        return text
    marker = match.group(0)
    if marker.isdigit():  # ``1.`` / ``1)`` start an ordered list: escape the delimiter
        return marker + "\\" + text[len(marker) :]
    return "\\" + text
