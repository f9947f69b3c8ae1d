"""Closing quote marks a scrape moved to the start of the next line.

XSum's BBC articles keep one paragraph a line, and the quote mark that closes a paragraph's
quotation opens the next line instead: 'object.\\n"The researchers, based in Australia, ...'.
That mark ends the sentence before it. A straight quote at a line's start closes the quotation
the lines before left open when the rest of its line cannot be a quotation that goes on:

* the next line opens with no quote mark, and the rest of this line has an even number of
  them (a quotation going on would be left open at the paragraph's end with no mark on the
  next line to carry it, which scraped and well-formed text never do);
* or the rest of the line opens a quotation after a colon ('"She added: "We are clear ...'),
  which a quotation going on does not do.

Elsewhere the mark opens the line's quotation ('"We asked, ..." he said.'), or the reading is
open (British quotations run over paragraphs, each opened again), and the splitter leaves it.
A line that the scrape broke before a comma or a lower-case word goes on the line before it.
"""

from __future__ import annotations

import re

from factkit.split.patterns import CLOSERS, TERMINALS

__all__ = ["closing_marks_at_line_starts"]

# a straight quote mark first on a line (after spaces)
_LINE_START_QUOTE = re.compile(r'\n[^\S\n]*"')
# the line's own quotation opened after a colon: 'Mr Flynn said: "Teenie's owners ...'
_COLON_QUOTE = re.compile(r':\s*"')


def closing_marks_at_line_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets of the straight quote marks at line starts in ``text[start:end]`` that close the
    quotation left open by the lines before them (in the same range), in text order."""
    if _LINE_START_QUOTE.search(text, start, end) is None:
        return []
    lines = _logical_lines(text, start, end)
    marks: list[int] = []
    open_quote = False  # a quotation left open at the end of the line before
    for i, (ls, le) in enumerate(lines):
        if not (open_quote and text[ls] == '"'):
            open_quote ^= text.count('"', ls, le) % 2 == 1
            continue
        rest_quotes = text.count('"', ls + 1, le)
        next_opens = i + 1 < len(lines) and text[lines[i + 1][0]] == '"'
        if next_opens:
            first = text.find('"', ls + 1, le)
            closes = first >= 0 and _COLON_QUOTE.search(text, ls + 1, first + 1) is not None
        else:
            closes = rest_quotes % 2 == 0
        if closes and _ends_sentence(text, lines[i - 1]):
            marks.append(ls)
            open_quote = rest_quotes % 2 == 1
        else:  # the mark opens this line's quotation (again)
            open_quote = rest_quotes % 2 == 0
    return marks


def _logical_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(first, last + 1)`` of the non-blank lines' stripped text; a line that opens with a
    comma or a lower-case letter goes on the line before it ('magnificent\\n, that ...')."""
    lines: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        raw = text[pos:line_end]
        stripped = raw.strip()
        if stripped:
            ls = pos + len(raw) - len(raw.lstrip())
            le = ls + len(stripped)
            if lines and (stripped[0].islower() or stripped[0] in ",;:"):
                lines[-1] = (lines[-1][0], le)
            else:
                lines.append((ls, le))
        pos = line_end + 1
    return lines


def _ends_sentence(text: str, line: tuple[int, int]) -> bool:
    """The line ends in a sentence end ("object." / 'wait?"' / "(2km).")."""
    last = text[line[1] - 1]
    return last in TERMINALS or (last in CLOSERS and text[line[1] - 2] in TERMINALS)
