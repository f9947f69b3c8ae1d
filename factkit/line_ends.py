"""Line ends as the text rules read them: a ground helper for ingest and the splitter alike.

Both the metadata/credit patterns (ingest) and the splitter's line rules read line ends as "\\n";
a file with old Mac line ends (a lone "\\r") would otherwise be one long line. The helper lives
below both so the splitter need not import ingest for it.
"""

from __future__ import annotations

import re

__all__ = ["closes_line", "lone_cr_as_lf", "opens_line", "unicode_breaks_as_lf"]

_LONE_CR = re.compile(r"\r(?!\n)")
# Unicode's other line ends: line and paragraph separators (U+2028, U+2029, left by word
# processors and some CMSs), next line (U+0085), vertical tab and form feed
_UNICODE_BREAKS = "\u2028\u2029\x85\x0b\x0c"
_UNICODE_BREAKS_AS_LF = str.maketrans(dict.fromkeys(_UNICODE_BREAKS, "\n"))


def lone_cr_as_lf(text: str) -> str:
    r"""``text`` with each lone "\r" (an old Mac line end) as "\n", for the patterns and rules
    that read line ends as "\n": the length is the same, so an offset into the result is an
    offset into ``text``. A Windows "\r\n" stays as it is (one line end, not a blank line)."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text


def unicode_breaks_as_lf(text: str) -> str:
    r"""``text`` with Unicode's other line ends (U+2028, U+2029, U+0085, "\v", "\f") as "\n",
    one character for one, so offsets stay: the splitter's line rules read "\n" alone, and a
    caption ended by a line separator ran on into the next sentence."""
    if not any(c in text for c in _UNICODE_BREAKS):
        return text
    return text.translate(_UNICODE_BREAKS_AS_LF)


def opens_line(text: str, pos: int) -> bool:
    """Whether only whitespace stands between the start of ``pos``'s line and ``pos``, that is
    ``not text[text.rfind("\\n", 0, pos) + 1 : pos].strip()``, read back from ``pos`` over the
    whitespace alone: the slice and the search cost the line's length at every call, which
    grew with the square of a one-line article's length."""
    k = pos - 1
    while k >= 0 and text[k] != "\n" and text[k].isspace():
        k -= 1
    return k < 0 or text[k] == "\n"


def closes_line(text: str, pos: int) -> bool:
    """Whether only whitespace stands between ``pos`` and the end of its line (or of
    ``text``): :func:`opens_line` read forward, over the whitespace alone."""
    k = pos
    while k < len(text) and text[k] != "\n" and text[k].isspace():
        k += 1
    return k == len(text) or text[k] == "\n"
