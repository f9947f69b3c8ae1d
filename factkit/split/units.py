"""Units: the blocks between blank lines, cut at the line breaks that end a line of its own
(a heading, a credit, a list item, an embed), inside which sentence ends are looked for."""

from __future__ import annotations

from factkit.split.patterns import (
    AGENCY_DATELINE,
    BLANK_LINE,
    BULLETS,
    CLOSERS,
    CONTINUATION_WORDS,
    DATELINE_AGENCY_TAG,
    DATELINE_PLACE,
    LINE_CONTINUING_MARKS,
    LIST_LABEL_AT_END,
    LIST_MARKER,
    MD_RULE,
    MD_UNDERLINE,
    NON_SPACE,
    POSSESSIVE_S,
    TERMINALS,
    is_emoji,
)

__all__ = ["units"]


def units(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every unit of ``text``, in order (unstripped)."""
    found: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        # search from the blank line's second newline: it may open the next blank line
        blank = BLANK_LINE.search(text, max(pos - 1, 0))
        block_end = blank.start() if blank else n
        if block_end > pos:
            if text.find("\n", pos, block_end) < 0:
                found.append((pos, block_end))
            else:
                _cut_lines(text, pos, block_end, found)
        pos = blank.end() if blank else n
    return found


def _cut_lines(text: str, start: int, end: int, found: list[tuple[int, int]]) -> None:
    """Append the units of the block ``text[start:end]``, cut where a line ends one."""
    unit_start = start
    line_start = start
    while True:
        nl = text.find("\n", line_start, end)
        if nl < 0:
            break
        line = text[line_start:nl].strip()
        nxt = NON_SPACE.search(text, nl, end)
        if line and nxt and _line_ends_unit(line, text, nxt.start(), end):
            found.append((unit_start, nl))
            unit_start = nl
        line_start = nl + 1
    found.append((unit_start, end))


def _line_ends_unit(line: str, text: str, next_start: int, end: int) -> bool:
    first = text[next_start]
    last = line[-1]
    if first.islower() or first in LINE_CONTINUING_MARKS or POSSESSIVE_S.match(text, next_start):
        # wrapped prose continues on the next line, also at a mark the scrape put on it ('"In
        # our view\n, this misses ...', "Nathan Lyon\n: \"We're ...", '"Google\n/YouTube will
        # ...', 'against this\n?" asks his father', '"He\n\'s come up trumps'): none opens a
        # sentence
        return False
    if first in BULLETS or is_emoji(first) or LIST_MARKER.match(text, next_start, end):
        return True
    if last == ":" and LIST_LABEL_AT_END.search(line):
        return False  # "(Waalwijk). Loan:\nMorgaro Gomis, midfielder ...": the label's list
    if _opens_quote_at_end(line):
        return False  # 'said Smith. "\nHe used to ...': the quote opens the next line's sentence
    if last in TERMINALS or (last in CLOSERS and len(line) > 1 and line[-2] in TERMINALS):
        return False  # the period logic decides (abbreviations such as "Mr." at a line end)
    if AGENCY_DATELINE.fullmatch(line):
        return True
    if DATELINE_PLACE.fullmatch(line) and DATELINE_AGENCY_TAG.match(text, next_start, end):
        return False  # "WASHINGTON\n(AP) -- The Senate ...": the place's agency goes on it
    if last in "-=" and (MD_RULE.fullmatch(line) or MD_UNDERLINE.fullmatch(line)):
        return True  # "---" is a rule (or front matter's end), not a line that goes on
    if last in ",([{-–—/&":
        return False
    return line.rsplit(None, 1)[-1].lower() not in CONTINUATION_WORDS


def _opens_quote_at_end(line: str) -> bool:
    """A line that ends in a quote mark opening a quotation (scraped pages break the line after
    it): an opening curly quote, or a straight quote alone or after a space, the line's only
    unpaired double quote (its count is odd), so "... the end. "" closes no quotation."""
    last = line[-1]
    if last in "“‘":
        return True
    if last not in "\"'" or (len(line) > 1 and not line[-2].isspace()):
        return False
    return last == "'" or line.count('"') % 2 == 1
