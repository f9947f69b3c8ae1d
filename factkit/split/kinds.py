"""Segment kinds: which segments are datelines, headings, credits, captions and embeds.

The splitter cuts units (blocks between blank lines, or lines of their own) into segments, all
``body`` at first; :func:`classify` then labels whole lines (datelines, credits, photo captions),
parenthesised photo credits, embedded social-media content and page furniture, label captions
(:mod:`.captions`), one-line headings and the tweet before each tweet byline, and hands over
to ``factkit.layout`` for captions and the standfirst.
"""

from __future__ import annotations

from factkit.front_matter import front_matter_end
from factkit.layout import mark_layout
from factkit.line_ends import closes_line, opens_line
from factkit.split.caps_headings import is_caps_heading
from factkit.split.captions import is_label_caption
from factkit.split.glued_captions import mark_glued_captions
from factkit.split.link_lines import is_glued_link_line
from factkit.split.patterns import (
    AGENCY_DATELINE,
    BYLINE,
    BYLINE_FIRST_LETTERS,
    CAPTION_LABEL,
    CLOSERS,
    CREDIT_LABEL,
    CREDIT_LINE,
    DATE,
    DATELINE_MAX_WORDS,
    DATELINE_TOP_UNITS,
    EMBED_TAG,
    FURNITURE_LINE,
    GLUED_FURNITURE,
    LINE_KIND_MAX_CHARS,
    LIST_MARKER,
    MARKUP,
    MD_HEADING,
    MD_IMAGE,
    MD_ITALIC_LINE,
    MD_RULE,
    MD_UNDERLINE,
    PAREN_CREDIT,
    PHOTO_LABEL,
    QUOTES,
    RIGHTS_NOTICE,
    STAFF_CREDIT,
    TERMINALS,
    TWEET_MAX_CHARS,
    URL,
    WORD,
)
from factkit.text_markup import without_edge_markup

__all__ = ["Segment", "Unit", "classify"]

Unit = tuple[int, int, int, int]  # unit start/end in the text, its first/last segment index


class Segment:
    """A segment under construction: its kind changes while segments are classified."""

    __slots__ = ("end", "kind", "start")

    def __init__(self, start: int, end: int, kind: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind


def classify(
    text: str,
    segments: list[Segment],
    units: list[Unit],
    bylines: list[tuple[int, int]],
    heading_max_words: int,
) -> None:
    """Set the kind of every segment (in place); ``bylines`` are (unit, segment) pairs."""
    if metadata_end := front_matter_end(text):
        for seg in segments:  # a page's front matter is its metadata, like a dateline
            if seg.end > metadata_end:
                break
            seg.kind = "dateline"
    for u, (us, ue, first, last) in enumerate(units):
        if first == last:
            continue
        line = text[us:ue].strip()
        kind = _line_kind(line, u) or _italic_line_kind(line, u)
        if kind:
            for seg in segments[first:last]:
                if seg.kind == "body":
                    seg.kind = kind
            continue
        for i in range(first, last):
            if segments[i].kind == "body":
                own = _segment_kind(text, segments, i, i == first, heading_max_words)
                segments[i].kind = own or segments[i].kind
        if (
            last - first == 1
            and segments[first].kind == "body"
            and _is_heading(line, heading_max_words)
        ):
            segments[first].kind = "heading"
    for u, byline in bylines:
        _mark_tweet(text, segments, units, u, byline)
    mark_layout(text, segments, units, lambda t: bool(PAREN_CREDIT.fullmatch(t)))
    mark_glued_captions(text, segments)


def _segment_kind(
    text: str, segments: list[Segment], i: int, opens_unit: bool, heading_max_words: int
) -> str | None:
    """The kind of the body segment ``segments[i]`` by its own text, or None where it stays
    body; ``opens_unit``: it is the first segment of its unit."""
    seg = segments[i]
    seg_text = text[seg.start : seg.end]
    if seg_text[0] == "(" and seg_text[-1] == ")" and PAREN_CREDIT.fullmatch(seg_text):
        # a photo credit closing a caption belongs to the caption; alone it is a credit
        return "credit" if opens_unit else "caption"
    if (
        _is_embed(seg_text)
        or GLUED_FURNITURE.fullmatch(seg_text.lstrip(QUOTES))
        or FURNITURE_LINE.fullmatch(seg_text.strip(QUOTES))
        or is_glued_link_line(text, seg.start, seg.end)
    ):
        return "embed"  # embedded content, or page furniture ("Media playback ...")
    if seg_text[0] in "#!=-*_" and (
        markdown := _markdown_kind(text, segments, i, heading_max_words)
    ):
        return markdown
    if is_label_caption(seg_text):
        return "caption"  # "Guilty: Glenn Mason, 56, has said ..." (no full stop)
    if _is_byline_line(text, seg.start, seg.end) or _is_story_credit(seg_text):
        return "credit"  # the author's credit, no body text
    if is_caps_heading(seg_text) and opens_line(text, seg.start):
        return "heading"  # "THE BORROWING", cut off the paragraph it opens
    return None


def _is_story_credit(seg_text: str) -> bool:
    """A wire story's staff credit or a copyright notice, a segment of its own: "(Reporting by
    Valerie Volcovici; Editing by Will Dunham.)", "©2015 The Hollywood Reporter."."""
    first = seg_text[0]
    if first in "©CA":
        return RIGHTS_NOTICE.fullmatch(seg_text) is not None
    return first in "(-—–ERWaerw" and STAFF_CREDIT.fullmatch(seg_text) is not None


def _is_byline_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a line of its own that is a byline ("By John Smith, CNN"), with
    no final stop ("By Michael Powell." under a photo may be a caption's sentence)."""
    if text[start] not in BYLINE_FIRST_LETTERS or text[end - 1] in TERMINALS:
        return False
    return (
        closes_line(text, end)
        and opens_line(text, start)
        and BYLINE.fullmatch(text, start, end) is not None
    )


def _mark_tweet(
    text: str,
    segments: list[Segment],
    units: list[Unit],
    u: int,
    byline: int,
) -> None:
    """The text right before a tweet byline is the tweet: in the byline's unit, else the unit
    before it (when that unit is no longer than a tweet)."""
    first = units[u][2]
    byline_start = segments[byline].start
    had_text = False
    for i in range(byline - 1, first - 1, -1):
        seg = segments[i]
        if byline_start - seg.start > TWEET_MAX_CHARS:
            return
        if seg.kind == "embed" and not WORD.search(URL.sub(" ", text[seg.start : seg.end])):
            continue  # links only: the tweet's text is further up
        if seg.kind not in ("body", "heading", "embed"):
            return
        seg.kind = "embed"
        had_text = True
    if had_text or u == 0:
        return
    pfirst, plast = units[u - 1][2:]
    if plast > pfirst and segments[plast - 1].end - segments[pfirst].start <= TWEET_MAX_CHARS:
        for seg in segments[pfirst:plast]:
            if seg.kind in ("body", "heading"):
                seg.kind = "embed"


def _line_kind(line: str, unit_no: int) -> str | None:
    """Kind of a whole line/paragraph that is a dateline, credit or photo caption, else None."""
    if CAPTION_LABEL.match(line):
        return "caption"
    if len(line) > LINE_KIND_MAX_CHARS:
        return None
    last = line[-1]
    if CREDIT_LABEL.match(line):
        return "credit"
    label = PHOTO_LABEL.match(line)
    if label:
        rest = line[label.end() :]
        short = len(rest.split()) <= 6 and last not in ".!?"
        return "credit" if short or CREDIT_LINE.fullmatch(rest) else "caption"
    if CREDIT_LINE.fullmatch(line):
        return "credit"
    if AGENCY_DATELINE.fullmatch(line):
        return "dateline"
    if (
        unit_no < DATELINE_TOP_UNITS
        and last not in ".!?"
        and "@" not in line
        and "://" not in line
        and "pic.twitter.com/" not in line
        and len(line.split()) <= DATELINE_MAX_WORDS
        and DATE.search(line)
    ):
        return "dateline"
    return None


def _markdown_kind(text: str, segments: list[Segment], i: int, max_words: int) -> str | None:
    """A whole line of Markdown markup: a heading (when its words read as one: "# Breaking: the
    army fired 50 rockets." is a sentence, and its claims stay body), an image (its alt text
    is a caption), or a line of rule characters (:func:`_rule_kind`)."""
    seg = segments[i]
    seg_text = text[seg.start : seg.end]
    if not opens_line(text, seg.start):
        return None  # not the start of a line
    if MD_HEADING.fullmatch(seg_text):
        return "heading" if _is_heading(seg_text.lstrip("#").strip(), max_words) else None
    if MD_IMAGE.fullmatch(seg_text):
        return "caption"
    return _rule_kind(text, segments, i, max_words)


def _italic_line_kind(line: str, unit_no: int) -> str | None:
    """A Markdown line all in italics: what the line inside would be ("*Photo: ...*" a
    caption), else a caption when it is no sentence ("_Rescuers at the dam_"); an italic
    sentence stays body, its claims in the checklist."""
    m = MD_ITALIC_LINE.fullmatch(line)
    if m is None:
        return None
    inner = m.group(1) or m.group(2)
    if kind := _line_kind(inner, unit_no):
        return kind
    return None if inner[-1] in TERMINALS + CLOSERS else "caption"


def _rule_kind(text: str, segments: list[Segment], i: int, max_words: int) -> str | None:
    """A line of Markdown rule characters (at a line start): a setext heading's underline
    right under a line of its own (that line is the heading when its words read as one), else
    a thematic break, page furniture like "Scroll down for video" (``embed``)."""
    seg = segments[i]
    seg_text = text[seg.start : seg.end]
    underline = MD_UNDERLINE.fullmatch(seg_text) is not None
    if not (underline or MD_RULE.fullmatch(seg_text)):
        return None
    above = segments[i - 1] if i else None
    if (
        underline
        and above is not None
        and text.count("\n", above.end, seg.start) == 1  # the line right above
        and opens_line(text, above.start)
        and above.kind in ("body", "heading")
        and _is_heading(text[above.start : above.end], max_words)
    ):
        above.kind = "heading"
        return "heading"
    return "embed"


def _is_heading(line: str, max_words: int) -> bool:
    line = without_edge_markup(line)
    words = line.split()
    if not words or len(words) > max_words:
        return False
    head = line.lstrip(QUOTES + "([")
    if not head or not (head[0].isupper() or head[0].isdigit()) or URL.search(line):
        return False
    if LIST_MARKER.match(line):
        return False
    last = line[-1]
    ends_sentence = last in TERMINALS + ",;:" or (
        last in CLOSERS and len(line) > 1 and line[-2] in TERMINALS + ","
    )
    if not ends_sentence:
        return True
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and last == "." and all(c.isupper() for c in letters)  # "FULL TEXT."


def _is_link_line(seg_text: str) -> bool:
    """Links, handles, markup, emoji, hardly any words: "👉 https://t.co/x pic.twitter.com/y"."""
    has_markup = "<" in seg_text and bool(MARKUP.search(seg_text))
    if not has_markup:
        has_link = "://" in seg_text or "www." in seg_text or "pic.twitter.com/" in seg_text
        if not has_link or seg_text[-1] in TERMINALS:
            return False  # "See https://example.com now." is a sentence
    rest = MARKUP.sub(" ", URL.sub(" ", seg_text))
    return len(WORD.findall(rest)) <= 3


def _is_embed(seg_text: str) -> bool:
    """Embedded social-media content: a link line, a tweet with its picture link, embed markup."""
    return (
        "pic.twitter.com/" in seg_text or bool(EMBED_TAG.match(seg_text)) or _is_link_line(seg_text)
    )
