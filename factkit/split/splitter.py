"""The sentence splitter: units (blocks and lines of their own), then sentence ends inside each.

Punkt's English model decides at every period (abbreviation / initial / number / ellipsis rules and
the orthographic heuristic), visiting only the places where a sentence could end; news rules
(lists, tweet bylines, page furniture, trailing photo credits) force extra breaks. Segment kinds
come from :mod:`factkit.split.kinds`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factkit.config import SplitterConfig
from factkit.document import SegmentKind, Sentence
from factkit.layout import PAGE_FURNITURE
from factkit.line_ends import lone_cr_as_lf
from factkit.split.kinds import Segment, Unit, classify
from factkit.split.lists import list_boundaries
from factkit.split.patterns import (
    AGENCY_DATELINE,
    ATTRIBUTION,
    BLANK_LINE,
    BULLETS,
    CANDIDATE,
    CLOSERS,
    CONTINUATION_WORDS,
    INTRO_PREPOSITIONS,
    LIST_MARKER,
    LIST_MARKER_WORD,
    MAX_WORD,
    MD_RULE,
    MD_UNDERLINE,
    MULTI_PERIOD_ABBREVIATION,
    NEWS_ABBREVIATIONS,
    NEWS_STARTERS,
    NEXT_WORD,
    NON_SPACE,
    NUMBER_PREFIXES,
    NUMERIC,
    PAREN_CREDIT,
    QUOTES,
    TERMINALS,
    TIME_ABBREVIATIONS,
    TIME_FOLLOWERS,
    TITLES,
    TRAILING_PAREN_CREDIT,
    TRAILING_PUNCT,
    TWEET_BYLINE,
    WRAPPERS,
    is_emoji,
    last_non_space,
)
from factkit.split.punkt_model import ORTHO_LC, ORTHO_MID_UC, english_punkt_parameters
from factkit.split.runons import RunonModel, load_runon_model

__all__ = ["SentenceSplitter"]


class _Period(NamedTuple):
    """A period (not an ellipsis) after ``core``, followed by the word ``next_type``."""

    text: str
    seg_start: int  # where the current segment starts
    ws: int  # where the word carrying the period starts
    mend: int  # the end of the punctuation and closers
    next_start: int  # where the next word starts
    core: str  # the word without quotes and brackets
    first: str  # the next word's first character
    next_type: str  # the next word in lower case, or "##number##"


class SentenceSplitter:
    """Splits article text into typed segments. Build once (word sets, Punkt model), call often."""

    def __init__(self, config: SplitterConfig | None = None) -> None:
        self.config = config or SplitterConfig.model_validate({})
        params = english_punkt_parameters()
        extra = {a.strip().lower().rstrip(".") for a in self.config.extra_abbreviations}
        extra.discard("")
        self._abbreviations = frozenset(params.abbrev_types) | NEWS_ABBREVIATIONS | extra
        self._titles = TITLES
        self._ortho: dict[str, int] = dict(params.ortho_context)
        self._collocations = frozenset(params.collocations)
        self._starters = frozenset(params.sent_starters) | NEWS_STARTERS
        self._runons: RunonModel | None = None
        if self.config.runon_boundaries:
            self._runons = load_runon_model(self._ortho)

    # --- public API --------------------------------------------------------------------------

    def split(self, text: str) -> list[Sentence]:
        """Segments in order; ``text[s.start:s.end] == s.text``, stripped, never empty."""
        segments = self.spans(text)
        return [
            Sentence(i, s, e, SegmentKind(kind), text[s:e])
            for i, (s, e, kind) in enumerate(segments)
        ]

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of every segment: the work of :meth:`split` without objects."""
        text = lone_cr_as_lf(text)  # the rules read line ends as "\n"; offsets stay the same
        segments: list[Segment] = []
        unit_ranges: list[Unit] = []
        bylines: list[tuple[int, int]] = []  # (unit, segment) of every tweet byline
        for us, ue in self._units(text):
            first = len(segments)
            found = self._split_unit(text, us, ue, segments)
            bylines.extend((len(unit_ranges), i) for i in found)
            unit_ranges.append((us, ue, first, len(segments)))
        if self.config.classify_segments:
            classify(text, segments, unit_ranges, bylines, self.config.heading_max_words)
        out: list[tuple[int, int, str]] = []
        max_len = self.config.max_len
        for seg in segments:
            start, end, kind = seg.start, seg.end, seg.kind
            if max_len and end - start > max_len:
                out.extend((s, e, kind) for s, e in _cut(text, start, end, max_len))
            else:
                out.append((start, end, kind))
        return out

    # --- units: blocks between blank lines, cut at line breaks that end a line of its own ------

    def _units(self, text: str) -> list[tuple[int, int]]:
        units: list[tuple[int, int]] = []
        pos = 0
        n = len(text)
        while pos < n:
            # search from the blank line's second newline: it may open the next blank line
            blank = BLANK_LINE.search(text, max(pos - 1, 0))
            block_end = blank.start() if blank else n
            if block_end > pos:
                if text.find("\n", pos, block_end) < 0:
                    units.append((pos, block_end))
                else:
                    self._cut_lines(text, pos, block_end, units)
            pos = blank.end() if blank else n
        return units

    def _cut_lines(self, text: str, start: int, end: int, units: list[tuple[int, int]]) -> None:
        unit_start = start
        line_start = start
        while True:
            nl = text.find("\n", line_start, end)
            if nl < 0:
                break
            line = text[line_start:nl].strip()
            nxt = NON_SPACE.search(text, nl, end)
            if line and nxt and self._line_ends_unit(line, text, nxt.start(), end):
                units.append((unit_start, nl))
                unit_start = nl
            line_start = nl + 1
        units.append((unit_start, end))

    def _line_ends_unit(self, line: str, text: str, next_start: int, end: int) -> bool:
        first = text[next_start]
        if first.islower():
            return False  # wrapped prose continues on the next line
        if first in BULLETS or is_emoji(first) or LIST_MARKER.match(text, next_start, end):
            return True
        last = line[-1]
        if last in TERMINALS or (last in CLOSERS and len(line) > 1 and line[-2] in TERMINALS):
            return False  # the period logic decides (abbreviations such as "Mr." at a line end)
        if AGENCY_DATELINE.fullmatch(line):
            return True
        if last in "-=" and (MD_RULE.fullmatch(line) or MD_UNDERLINE.fullmatch(line)):
            return True  # "---" is a rule (or front matter's end), not a line that goes on
        if last in ",([{-–—/&":
            return False
        return line.rsplit(None, 1)[-1].lower() not in CONTINUATION_WORDS

    # --- sentence boundaries inside a unit ----------------------------------------------------

    def _split_unit(self, text: str, us: int, ue: int, segments: list[Segment]) -> list[int]:
        """Append the unit's stripped segments; return the indices of tweet bylines among them."""
        forced: list[int] = []  # boundaries set by news rules, independent of punctuation
        protected: list[tuple[int, int]] = []  # spans no period may cut (bylines)
        embeds: list[tuple[int, int]] = []
        if text.find("(@", us, ue) >= 0:
            for m in TWEET_BYLINE.finditer(text, us, ue):
                forced += (m.start(), m.end())
                protected.append((m.start(), m.end()))
                embeds.append((m.start(), m.end()))
        list_boundaries(text, us, ue, forced)
        for furniture in PAGE_FURNITURE.finditer(text, us, ue):
            k = last_non_space(text, us, furniture.start())
            if k < 0 or text[k] in TERMINALS + CLOSERS:  # "Scroll down for video" opens a segment
                forced += (furniture.start(), furniture.end())
        tail = text[ue - 1] if ue > us else ""
        if tail == ")" or (tail.isspace() and text[us:ue].rstrip().endswith(")")):
            credit = TRAILING_PAREN_CREDIT.search(text, us, ue)
            if credit and PAREN_CREDIT.fullmatch(credit.group(1)):
                forced.append(credit.start(1))
        if forced:
            forced.sort()
        bounds = self._punctuation_boundaries(text, us, ue, forced, protected)
        if forced:
            bounds = sorted(set(bounds).union(forced))
        if self._runons is not None:
            bounds = self._runon_bounds(text, us, ue, bounds)
        found: list[int] = []
        embed_kind = "embed" if self.config.classify_segments else "body"
        ei = 0  # next byline (bylines and segments both come in text order)
        prev = us
        for b in [*bounds, ue]:
            if b <= prev:
                continue
            raw = text[prev:b]
            stripped = raw.strip()
            if stripped:
                s = prev + len(raw) - len(raw.lstrip())
                kind = "body"
                while ei < len(embeds) and embeds[ei][1] <= s:
                    ei += 1
                if ei < len(embeds) and embeds[ei][0] <= s:
                    kind = embed_kind
                    found.append(len(segments))
                segments.append(Segment(s, s + len(stripped), kind))
            prev = b
        return found

    def _runon_bounds(self, text: str, us: int, ue: int, bounds: list[int]) -> list[int]:
        """``bounds`` plus the run-on model's cuts inside each sentence they leave."""
        assert self._runons is not None
        out: list[int] = []
        prev = us
        for b in [*bounds, ue]:
            if b > prev:
                out += self._runons.cuts(text, prev, b)
            if b < ue:
                out.append(b)
            prev = max(prev, b)
        return out

    def _punctuation_boundaries(
        self,
        text: str,
        us: int,
        ue: int,
        forced: list[int],
        protected: list[tuple[int, int]],
    ) -> list[int]:
        bounds: list[int] = []
        seg_start = us
        fi = 0  # next forced boundary not yet passed
        n_forced = len(forced)
        pi = 0  # next protected span (spans and candidates both come in text order)
        for m in CANDIDATE.finditer(text, us, ue):
            pstart, mend = m.span()
            if mend >= ue:
                break  # the unit ends here anyway
            if protected:
                while pi < len(protected) and protected[pi][1] <= mend:
                    pi += 1
                if pi < len(protected) and protected[pi][0] < mend:
                    continue
            while fi < n_forced and forced[fi] <= pstart:
                seg_start = max(seg_start, forced[fi])
                fi += 1
            cut = self._decide(text, m, pstart, mend, ue, seg_start)
            if cut >= 0:
                bounds.append(cut)
                seg_start = cut
        return bounds

    def _decide(
        self, text: str, m: re.Match[str], pstart: int, mend: int, ue: int, seg_start: int
    ) -> int:
        """Where the sentence ends at this candidate (-1: it does not)."""
        # the word the punctuation is attached to
        ws = pstart
        floor = max(seg_start, pstart - MAX_WORD)
        while ws > floor and not text[ws - 1].isspace():
            ws -= 1
        word = text[ws:pstart]
        closers = m.group(1)
        punct = text[pstart : mend - len(closers)]
        if word and not word.strip(WRAPPERS):
            return -1  # '"...' / '[...]': punctuation right after an opening quote or bracket

        nxt = NEXT_WORD.match(text, mend, ue)
        assert nxt is not None  # the pattern matches the empty string
        token = nxt.group(2)
        core_next = token.rstrip(TRAILING_PUNCT) or token
        first = core_next[:1]
        if first.islower():
            return -1  # a sentence does not start in lower case: "Yahoo! in", "great.' she said"
        if not first:
            return mend  # only punctuation/space follows: keep the punctuation with this sentence
        core = word.strip(WRAPPERS)
        if mend == nxt.start(2) and not _glued_break(core, token, text[pstart - 1]):
            return -1  # "Jane.Doe@example.com", "U.S.A", "Mr.Smith": no space, no sentence end
        next_type = core_next.lower()
        if NUMERIC.fullmatch(next_type):
            next_type = "##number##"
        if (
            closers
            and any(c in QUOTES for c in closers)
            and next_type not in self._starters
            and ATTRIBUTION.match(text, mend, ue)
        ):
            return -1  # '"Why?" Smith asked.'
        if "?" in punct or "!" in punct or "‽" in punct:
            return mend
        dots = punct.count(".") + 3 * punct.count("…")
        if dots == 3 or (dots > 3 and not word):
            # an ellipsis (three dots, detached or attached): Punkt treats it like an abbreviation;
            # ". . . ." detached is the sentence's own period plus an ellipsis
            if dots >= 4 or is_emoji(first) or text.find("\n", mend, nxt.start(2)) >= 0:
                return mend
            return mend if self._starts_sentence(text, seg_start, ws, first, next_type) else -1
        if dots >= 4:
            # "that.... She left" / "compounds. . . . The practice": a period, then an ellipsis;
            # a spaced ellipsis after the period opens the next sentence (an omission at its start)
            return pstart + 1 if punct[1] == " " else mend
        at = _Period(text, seg_start, ws, mend, nxt.start(2), core, first, next_type)
        return self._period(at)

    def _period(self, at: _Period) -> int:
        """Where the sentence ends at a period after a word: Punkt's abbreviation, initial and
        number rules with the news word lists (-1: it does not end)."""
        text, seg_start, ws, mend = at.text, at.seg_start, at.ws, at.mend
        core, first, next_type = at.core, at.first, at.next_type
        low = core.lower()
        if "@" in core or "://" in core or low.startswith("www."):
            return mend  # e-mail, URL or @handle: its final period is the sentence's
        if (
            LIST_MARKER_WORD.fullmatch(core)
            and ws - seg_start < MAX_WORD
            and not text[seg_start:ws].strip().strip(BULLETS).strip()
        ):
            return -1  # "1. The first item": a list marker opens the segment
        if low in self._titles:
            return -1
        if first.isdigit() and low in NUMBER_PREFIXES:
            return -1
        if (low, next_type) in self._collocations:
            return -1
        emoji_next = is_emoji(first)
        if len(core) == 1 and core.isalpha():
            return self._initial(text, seg_start, ws, low, first, next_type, mend, emoji_next)
        typ = low.rsplit("-", 1)[-1] if "-" in low else low
        if (
            typ in self._abbreviations
            or low in self._abbreviations
            or MULTI_PERIOD_ABBREVIATION.fullmatch(low)
        ):
            if first.isdigit():
                return -1  # "Sept. 11", "U.S. 1"
            if emoji_next or text.find("\n", mend, at.next_start) >= 0:
                return mend
            if low in TIME_ABBREVIATIONS:
                if next_type in TIME_FOLLOWERS or _opens_with_time(text, seg_start, ws):
                    return -1
                return mend if first.isupper() else -1
            if first.isupper() and _after_comma(text, seg_start, ws):
                return mend  # "in Scranton, Pa. Sure, ...": a place abbreviation closes a phrase
            return mend if self._starts_sentence(text, seg_start, ws, first, next_type) else -1
        if NUMERIC.fullmatch(low) and ("##number##", next_type) in self._collocations:
            return -1
        return mend

    def _initial(
        self,
        text: str,
        seg_start: int,
        ws: int,
        low: str,
        first: str,
        next_type: str,
        mend: int,
        emoji_next: bool,
    ) -> int:
        """A single letter and a period: Punkt's rules for initials."""
        if first.isdigit():
            return -1  # "p. 55"
        if emoji_next:
            return mend
        if low in self._abbreviations:
            # Punkt learned this letter as an abbreviation ("E. Smith", "Laurence H. Tribe"): only a
            # word that starts sentences ends it ("vitamin C. The ...")
            if next_type in self._starters and self._ortho.get(next_type, 0) & ORTHO_LC:
                return mend if first.isupper() else -1
            return -1
        ctx = self._ortho.get(next_type, 0)
        if first.isupper() and not ctx & ORTHO_LC:
            return -1  # the next word is never seen in lower case: a name ("Albert I. Jones")
        return mend

    def _starts_sentence(
        self, text: str, seg_start: int, ws: int, first: str, next_type: str
    ) -> bool:
        """Punkt's orthographic heuristic plus starter words, for a capitalised next word."""
        if not first.isupper():
            return False
        ctx = self._ortho.get(next_type, 0)
        if not ctx & ORTHO_LC:
            return False  # always capitalised ("I", names): capitals prove nothing
        if ctx & ORTHO_MID_UC and next_type not in self._starters:
            return False
        return not _title_case(text, seg_start, ws)


def _glued_break(core: str, token: str, before: str) -> bool:
    """A terminal mark with no space after it ("(£34,000).Equatorial", 'unanswered."They')
    ends a sentence only between plain words, never inside URLs, e-mails or abbreviations."""
    if len(core) < 2 or not (before.islower() or before.isdigit() or before in "%)]\"'”’"):
        return False
    glued = core + token
    return not any(c in glued for c in "@/\\:") and "." not in token.rstrip(TRAILING_PUNCT)


def _opens_with_time(text: str, seg_start: int, word_start: int) -> bool:
    words = text[seg_start : min(word_start, seg_start + MAX_WORD)].split()
    return len(words) <= 3 and bool(words) and words[0].lower() in INTRO_PREPOSITIONS


def _after_comma(text: str, seg_start: int, ws: int) -> bool:
    k = ws - 1
    while k > seg_start and text[k].isspace():
        k -= 1
    return k > seg_start and text[k] == ","


def _title_case(text: str, seg_start: int, ws: int) -> bool:
    """The sentence so far is a headline in Title Case, where capitals say nothing."""
    start = max(seg_start, ws - MAX_WORD)  # the last words are enough; bounded work per call
    words = [w for w in text[start:ws].split()[1:] if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _cut(text: str, start: int, end: int, max_len: int) -> list[tuple[int, int]]:
    """Cut an over-long segment into pieces of at most ``max_len`` chars, at a comma or space."""
    pieces: list[tuple[int, int]] = []
    while end - start > max_len:
        limit = start + max_len
        floor = start + max_len // 2
        cut = text.rfind(", ", floor, limit)
        if cut >= 0:
            cut += 1  # keep the comma with the first piece
        else:
            cut = max(text.rfind(" ", floor, limit + 1), text.rfind("\n", floor, limit + 1))
            if cut <= start:
                cut = limit
        piece = text[start:cut].rstrip()
        if piece:
            pieces.append((start, start + len(piece)))
        rest = text[cut:end]
        start = cut + len(rest) - len(rest.lstrip())
    if end > start:
        pieces.append((start, end))
    return pieces
