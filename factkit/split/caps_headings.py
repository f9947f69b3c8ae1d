"""Section headings in capitals glued to the paragraph they open.

Some papers print a section's heading in capitals at the start of its first paragraph, with no
line break or full stop of its own ("THE BORROWING Back when he wrote his book, ..."). Punkt has
no mark to cut at, so the heading ran into the sentence, which then opened with words that are
not its own (a summary line or claim starting "SPEND A QUARTER This step ..."). A heading here is
a run of words in capitals at a line's start, at least two of them three letters or longer, then
a capitalised word and a lower-case one (the sentence's opening): the break goes between them.
Acronyms before a name or a noun ("US NAVY Seals", "A GTC Scotland hearing") have one long word.
"""

from __future__ import annotations

import re

__all__ = ["caps_heading_breaks", "is_caps_heading"]

# capitalised words, then (not taken) the sentence's capitalised first word and a lower-case one
CAPS_RUN = re.compile(r"[ \t]*((?:[A-Z][A-Z'’&-]*[ \t]+)+)(?=[A-Z][a-z]+[ \t]+[a-z])")
CAPS_WORDS = re.compile(r"[A-Z][A-Z'’&-]*(?:[ \t]+[A-Z][A-Z'’&-]*)+")
MIN_LONG_WORDS = 2  # words of at least LONG_WORD letters in the run: a heading, not an acronym
LONG_WORD = 3


def caps_heading_breaks(text: str, us: int, ue: int, breaks: list[int]) -> None:
    """Add a break after each capitals heading that opens a line of ``text[us:ue]``."""
    line_start = us
    while line_start < ue:
        run = CAPS_RUN.match(text, line_start, ue)
        if run is not None and _is_heading(run.group(1)):
            breaks.append(run.end())
        next_line = text.find("\n", line_start, ue)
        if next_line < 0:
            return
        line_start = next_line + 1


def is_caps_heading(seg_text: str) -> bool:
    """``seg_text`` is such a heading cut off its paragraph: capitals only, no final stop."""
    return bool(CAPS_WORDS.fullmatch(seg_text)) and _is_heading(seg_text)


def _is_heading(run: str) -> bool:
    return sum(len(word) >= LONG_WORD for word in run.split()) >= MIN_LONG_WORDS
