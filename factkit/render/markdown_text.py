"""Article text made inert inside a Markdown line.

Everything the checklist shows from the article (or from config) goes through :func:`inline`,
which keeps it text in every CommonMark/GFM viewer:

* raw HTML (``<img src=x onerror=...>``, ``<script>``, ``<!--``) and autolinks: ``<`` becomes
  ``&lt;``, and ``&`` becomes ``&amp;`` where it would start a character reference;
* emphasis, code spans, links and images, strikethrough, table cells and heading closers:
  ``\\``, ``*``, `````, ``[``, ``]``, ``~``, ``|`` and ``#`` are backslash-escaped, and ``_``
  wherever it could open or close emphasis (not inside a word such as ``seed_article``);
* line breaks: whitespace runs collapse to one space, so text never starts a new block.

:func:`block_start` also escapes what would make the text a block of its own when it opens a
line's content (``> # heading``, ``> - list``, ``> 1. list``, ``> > quote``).
"""

from __future__ import annotations

import re

_BACKSLASHED = re.compile(r"([\\`*\[\]~|#])")
# ``_`` between two word characters can neither open nor close emphasis.
_LOOSE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_CHAR_REF = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# A block marker only counts before a space (``-3`` or ``3.5`` is no list); ``>`` always does.
_BLOCK_MARKER = re.compile(r"^(?:>|[-+=](?=[\s\-+=]|$)|\d{1,9}(?=[.)](?:\s|$)))")


def inline(text: str) -> str:
    """``text`` on one line, shown literally wherever inline Markdown is allowed."""
    text = " ".join(text.split())
    text = _BACKSLASHED.sub(r"\\\1", text)
    text = _LOOSE_UNDERSCORE.sub(r"\\_", text)
    text = _CHAR_REF.sub("&amp;", text)
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
