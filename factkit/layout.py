"""News page layout on top of the splitter's segments: photo captions and the standfirst.

The splitter (factkit.split) finds segments and labels datelines, headings, credits and embeds
line by line. Captions and the standfirst need a look at whole paragraphs and at their
neighbours, which this module does once the segments exist:

* **caption**: a short paragraph that ends in a parenthesised photo credit ("Khalilzad hopes to
  ... government. (Susan Walsh / Reuters)") or is followed by a paragraph that is only a photo
  credit ("Getty Images"); a credit closing a caption is part of the caption. Also an
  image-description line: a segment with a picture-position marker ("(left)", "(pictured)",
  "pictured") and no final punctuation, the way captions sit in scraped pages.
* **standfirst**: the opening body paragraph (the teaser under the headline) when a paragraph
  soon after it restates it: most of its content words come back in one later paragraph. Such a
  teaser is a duplicate of the lede, not the lede; a teaser the body does not restate stays
  ``body`` and can lead a summary.
* ``Scroll down for video`` and similar page furniture at the start of a paragraph is an
  ``embed`` of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

__all__ = ["PAGE_FURNITURE", "mark_layout"]

# Page furniture that opens a paragraph and is split off as a segment of its own, with its
# stop: also a detached one on its line ("Scroll down for video . Pippa ..."), the mark a scrape
# leaves where it joined paragraphs, which would otherwise be a segment of its own.
PAGE_FURNITURE = re.compile(
    # the first letters first: tried at every character of every unit, the alternation alone
    # cost the splitter more than twice as much
    r"(?=[swc])(?:Scroll down for (?:the )?videos?|Scroll down to watch(?: the)? videos?|"
    r"Watch the video below|CLICK HERE(?: for [^.\n]{1,60})?)(?:[ \t]*[.:])?(?=\s|\Z)",
    re.IGNORECASE,
)
_PHOTO_POSITION = re.compile(
    r"\((?:left|right|centre|center|middle|pictured|above|below|top|bottom|inset|front|back|"
    r"L-R|R-L|left to right|from left(?: to right)?|file photo|first photo|second photo|"
    r"second left|second right|far left|far right|top left|top right|bottom left|bottom right)"
    r"\)|\bpictured\b",
    re.IGNORECASE,
)
# A parenthesised credit: "(Susan Walsh / Reuters)", "(AP Photo/Jane Doe)", "(Getty Images)".
_PAREN_CREDIT_LIKE = re.compile(r"\([^()\n]{2,80}\)")
_QUOTE = re.compile('["“”]')
_SOURCE_NOTE = re.compile(  # also in brackets or after dashes: "(Reporting by ...; Editing by ...)"
    r"[(—–-]*\s*(?:sources?|copyright|courtesy|additional reporting|(?:reporting )?by"
    r"|all rights reserved)\b|©",
    re.IGNORECASE,
)
_CONTENT_WORD = re.compile(r"[a-z][a-z'’-]{3,}")
_TERMINAL_END = re.compile(r"[.!?…][\"'”’)\]]*\Z")

CAPTION_MAX_WORDS = 60  # a caption paragraph is short
CAPTION_MAX_SENTENCES = 2
STANDFIRST_TOP_UNITS = 3  # the standfirst is one of the first paragraphs
STANDFIRST_LOOKAHEAD = 6  # the restatement comes within this many paragraphs after it
STANDFIRST_MIN_WORDS = 15  # a teaser sentence, not a headline
STANDFIRST_MIN_CONTENT_WORDS = 8
STANDFIRST_COVERAGE = 0.6  # share of its content words found again in one later paragraph


class _Seg(Protocol):
    start: int
    end: int
    kind: str


def _content_words(text: str) -> set[str]:
    return {w.rstrip("'’-") for w in _CONTENT_WORD.findall(text.lower())}


def mark_layout(
    text: str,
    segments: Sequence[_Seg],
    units: Sequence[tuple[int, int, int, int]],
    is_credit: Callable[[str], bool],
) -> None:
    """Relabel caption, credit and standfirst segments in place.

    ``units`` are the splitter's paragraphs ``(start, end, first segment, last segment + 1)``;
    ``is_credit(segment_text)`` says whether a segment is a parenthesised photo credit.
    """
    for seg in segments:
        if seg.kind in ("body", "heading"):
            seg_text = text[seg.start : seg.end]
            if PAGE_FURNITURE.fullmatch(seg_text):
                seg.kind = "embed"
            elif _PHOTO_POSITION.search(seg_text) and not _TERMINAL_END.search(seg_text):
                seg.kind = "caption"  # "Mata (right) celebrates ...": no sentence, a caption
    for u, (us, ue, first, last) in enumerate(units):
        if last - first < 1:
            continue
        if len(text[us:ue].split()) > CAPTION_MAX_WORDS:
            continue
        tail = segments[last - 1]
        tail_text = text[tail.start : tail.end]
        ends_in_credit = (
            last - first > 1
            and tail.kind in ("caption", "credit")
            and bool(_PAREN_CREDIT_LIKE.fullmatch(tail_text) and is_credit(tail_text))
        )
        if ends_in_credit:  # the credit closing a caption keeps the caption's kind
            tail.kind = "caption"
            _relabel(segments, first, last - 1, "caption")
        elif (
            last - first <= CAPTION_MAX_SENTENCES
            and u + 1 < len(units)
            and not _QUOTE.search(text, us, ue)  # a quoted statement above a photo is content
            and _is_photo_credit_unit(text, segments, units[u + 1])
        ):
            # a line above a photo credit is its caption, even when short like a heading
            _relabel(segments, first, last, "caption", ("body", "heading"))
    _mark_standfirst(text, segments, units)


def _relabel(
    segments: Sequence[_Seg],
    first: int,
    last: int,
    kind: str,
    replaces: tuple[str, ...] = ("body",),
) -> None:
    for seg in segments[first:last]:
        if seg.kind in replaces:
            seg.kind = kind


def _is_photo_credit_unit(
    text: str, segments: Sequence[_Seg], unit: tuple[int, int, int, int]
) -> bool:
    """A paragraph that is only a photo credit line ("Getty Images", "(Jane Doe / AP)"), not a
    source note ("Source: AP", "Copyright ...") that closes the story nor a byline ("By Jane
    Doe, CNN") under the headline."""
    first, last = unit[2], unit[3]
    if last - first != 1 or segments[first].kind != "credit":
        return False
    return not _SOURCE_NOTE.match(text, segments[first].start, segments[first].end)


def _mark_standfirst(
    text: str, segments: Sequence[_Seg], units: Sequence[tuple[int, int, int, int]]
) -> None:
    """The first body paragraph is a standfirst when a later paragraph restates it."""
    body_units = [
        (u, unit)
        for u, unit in enumerate(units)
        if unit[3] > unit[2] and all(s.kind == "body" for s in segments[unit[2] : unit[3]])
    ]
    if len(body_units) < 3:
        return
    u0, (us, ue, first, last) = body_units[0]
    if u0 >= STANDFIRST_TOP_UNITS:
        return
    words = _content_words(text[us:ue])
    if len(text[us:ue].split()) < STANDFIRST_MIN_WORDS or len(words) < STANDFIRST_MIN_CONTENT_WORDS:
        return
    long_words = [w for w in text[us:ue].split() if len(w) > 3 and w[0].isalpha()]
    if sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
        return  # a headline in Title Case
    for _, (vs, ve, _, _) in body_units[1 : 1 + STANDFIRST_LOOKAHEAD]:
        if len(words & _content_words(text[vs:ve])) >= STANDFIRST_COVERAGE * len(words):
            _relabel(segments, first, last, "standfirst")
            return
