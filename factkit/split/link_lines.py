"""Link lines glued to the sentence after them on scraped BBC pages.

A page's related-story links, subheadings and bylines lose their line break when the page is
scraped: "Chilcot report: Coverage in fullMr Blair has apologised ...". The splitter cuts the
sentence off at the glued capital; what is left at the line's start, with no final stop, is the
link's title, no body text ("embed", like the glued "Media playback ..." furniture).
"""

from __future__ import annotations

import re

from factkit.line_ends import opens_line
from factkit.split.patterns import CLOSERS, TERMINALS

__all__ = ["is_glued_link_line"]

# A longer unstopped line glued to the next is a body sentence that lost its full stop ("...
# had been in a waterway on the 11th holeMr Lahiff, speaking from ..."), unless it is itself a
# run of glued titles ("... was downedHow Russia's sanctions could hit Turkey", "... fighting
# in Ukraine?BBC team attacked ...").
MAX_LINK_WORDS = 12
GLUED_TITLES = re.compile(r"[a-z]{3}[?!]?[A-Z][a-zA-Z]")


def is_glued_link_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens its line, ends with no stop and runs straight on, with no
    space, into a capitalised word: a link's title on a scraped page."""
    seg_text = text[start:end]
    if seg_text[-1] in TERMINALS + CLOSERS + ":;," or not text[end : end + 1].isupper():
        return False
    if not opens_line(text, start) and not _after_moved_quote(text, start):
        return False  # the line start as the kinds read it
    return len(seg_text.split()) <= MAX_LINK_WORDS or bool(GLUED_TITLES.search(seg_text))


def _after_moved_quote(text: str, start: int) -> bool:
    """``start`` follows a quote mark that opens its line, the closing mark of the line before
    that the scrape moved there (split.moved_quotes): '...happened.\n"More stories from ...'."""
    return start > 0 and text[start - 1] == '"' and opens_line(text, start - 1)
