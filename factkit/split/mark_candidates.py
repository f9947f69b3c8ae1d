"""A candidate sentence end (terminal punctuation before whitespace, from ``CANDIDATE``) read
once: the word carrying the mark and the word after it, as :class:`Candidate`; or, where those
words already settle it, where the sentence ends. The rules of :mod:`.sentence_ends` read it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factkit.split.glued_breaks import glued_break
from factkit.split.patterns import (
    MAX_WORD,
    NEXT_WORD,
    NON_SPACE,
    NUMERIC,
    TRAILING_PUNCT,
    WRAPPERS,
)
from factkit.text_markup import INERT_OPENERS, INERT_PIECE

__all__ = ["NO_END", "Candidate", "read_candidate"]

NO_END = -1  # a rule's answer when the sentence does not end at the candidate


class Candidate(NamedTuple):
    """Terminal punctuation ``punct`` (and ``closers``) after ``word``, followed by the word
    ``next_type``."""

    text: str
    seg_start: int  # where the current segment starts
    ws: int  # where the word carrying the punctuation starts
    pstart: int  # where the punctuation starts
    mend: int  # the end of the punctuation and closers
    ue: int  # the end of the unit
    next_start: int  # where the next word starts
    word: str  # the word carrying the punctuation, as written
    core: str  # the word without quotes and brackets
    punct: str  # the terminal punctuation
    closers: str  # quotes and brackets after it
    dots: int  # periods in ``punct``, an ellipsis character counting three
    first: str  # the next word's first character
    next_type: str  # the next word in lower case, or "##number##"


def read_candidate(text: str, m: re.Match[str], ue: int, seg_start: int) -> Candidate | int:
    """The words around the candidate ``m``; or, where they already settle it, where the
    sentence ends (-1: it does not)."""
    pstart, mend = m.span()
    ws = pstart
    floor = max(seg_start, pstart - MAX_WORD)
    while ws > floor and not text[ws - 1].isspace():
        ws -= 1
    word = text[ws:pstart]
    if word and not word.strip(WRAPPERS):
        return NO_END  # '"...' / '[...]': punctuation right after an opening quote or bracket
    after = _past_markup(text, mend, ue)
    nxt = NEXT_WORD.match(text, after, ue)
    assert nxt is not None  # the pattern matches the empty string
    token = nxt.group(2)
    core_next = token.rstrip(TRAILING_PUNCT) or token
    first = core_next[:1]
    if first.islower():
        return NO_END  # a sentence does not start in lower case: "Yahoo! in", "great.' she said"
    if not first:
        # only punctuation/space follows: keep the punctuation with this sentence, and the
        # terminal escapes after it ("ended.ESC[0m" is no sentence of its own; markup is)
        return after if "<" not in text[mend:after] else mend
    core = word.strip(WRAPPERS)
    if mend == nxt.start(2) and not glued_break(core, token, text[pstart - 1]):
        return NO_END  # "Jane.Doe@example.com", "U.S.A", "Mr.Smith": no space, no sentence end
    next_type = core_next.lower()
    if NUMERIC.fullmatch(next_type):
        next_type = "##number##"
    closers = m.group(1)
    punct = text[pstart : mend - len(closers)]
    dots = punct.count(".") + 3 * punct.count("…")
    return Candidate(
        text,
        seg_start,
        ws,
        pstart,
        mend,
        ue,
        nxt.start(2),
        word,
        core,
        punct,
        closers,
        dots,
        first,
        next_type,
    )


def _past_markup(text: str, pos: int, ue: int) -> int:
    """The end of the tags, code elements, comments and terminal escapes that open the text
    after ``pos`` (``pos`` where none does): "came. <script>...</script> It spent" is read as
    "came. It spent", and "died.ESC[0m The mayor" as "died. The mayor", for neither is a word;
    "<" is an opening mark of :data:`NEXT_WORD`, so "script>..." was read as a lower-case word
    going on the sentence."""
    at = pos
    while (gap := NON_SPACE.search(text, at, ue)) is not None and (
        text[gap.start()] in INERT_OPENERS
    ):
        piece = INERT_PIECE.match(text, gap.start(), ue)
        if piece is None:
            break
        at = piece.end()
    return at
