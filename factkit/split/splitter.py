"""The sentence splitter: units (blocks and lines of their own), then sentence ends inside each.

The rooms: :mod:`.units` cuts the text into units; in each, :mod:`.forced` sets the breaks news
rules force (lists, tweet bylines, page furniture, trailing photo credits) and
:mod:`.sentence_ends` decides at every place a sentence could end (Punkt's English model with the
news word lists); :mod:`.runons` cuts run-on sentences (:mod:`.caption_runs` again, with a lower
threshold, inside pieces with no full stop); segment kinds come from :mod:`.kinds`.
"""

from __future__ import annotations

from factkit.config import SplitterConfig
from factkit.document import SegmentKind, Sentence
from factkit.line_ends import lone_cr_as_lf, unicode_breaks_as_lf
from factkit.split.caption_runs import caption_run_cuts
from factkit.split.forced import forced_breaks
from factkit.split.kinds import Segment, Unit, classify
from factkit.split.patterns import CLOSERS, TERMINALS
from factkit.split.punkt_model import english_punkt_parameters
from factkit.split.runons import RunonModel, load_runon_model
from factkit.split.sentence_ends import PunktRules
from factkit.split.units import units

__all__ = ["SentenceSplitter"]

BYTE_ORDER_MARK = "\ufeff"


class SentenceSplitter:
    """Splits article text into typed segments. Build once (word sets, Punkt model), call often."""

    def __init__(self, config: SplitterConfig | None = None) -> None:
        self.config = config or SplitterConfig.model_validate({})
        extra = {a.strip().lower().rstrip(".") for a in self.config.extra_abbreviations}
        extra.discard("")
        self._punkt = PunktRules(english_punkt_parameters(), frozenset(extra))
        self._runons: RunonModel | None = None
        if self.config.runon_boundaries:
            self._runons = load_runon_model(self._punkt.ortho)

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
        # the rules read line ends as "\n"; offsets stay the same
        text = unicode_breaks_as_lf(lone_cr_as_lf(text))
        if text.startswith(BYTE_ORDER_MARK):
            # a byte order mark left by a file read as bytes is no text: a space for the rules,
            # so it is never a segment or part of the first one (one character: offsets stay)
            text = " " + text[1:]
        segments: list[Segment] = []
        unit_ranges: list[Unit] = []
        bylines: list[tuple[int, int]] = []  # (unit, segment) of every tweet byline
        for us, ue in units(text):
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

    # --- sentence boundaries inside a unit ----------------------------------------------------

    def _split_unit(self, text: str, us: int, ue: int, segments: list[Segment]) -> list[int]:
        """Append the unit's stripped segments; return the indices of tweet bylines among them."""
        forced = forced_breaks(text, us, ue)
        bounds = self._punkt.boundaries(text, us, ue, forced.breaks, forced.protected)
        if forced.breaks:
            bounds = sorted(set(bounds).union(forced.breaks))
        if self._runons is not None:
            bounds = self._runon_bounds(text, us, ue, bounds)
        embed_kind = "embed" if self.config.classify_segments else "body"
        return _append_segments(text, us, [*bounds, ue], forced.embeds, embed_kind, segments)

    def _runon_bounds(self, text: str, us: int, ue: int, bounds: list[int]) -> list[int]:
        """``bounds`` plus the run-on model's cuts inside each sentence they leave."""
        assert self._runons is not None
        out: list[int] = []
        prev = us
        for b in [*bounds, ue]:
            if b > prev:
                out += caption_run_cuts(self._runons, text, prev, b)
            if b < ue:
                out.append(b)
            prev = max(prev, b)
        return out


def _append_segments(
    text: str,
    us: int,
    bounds: list[int],
    embeds: list[tuple[int, int]],
    embed_kind: str,
    segments: list[Segment],
) -> list[int]:
    """Append the stripped, non-empty pieces between ``us`` and each of ``bounds`` (the last is
    the unit's end) to ``segments``; those starting in a tweet byline get ``embed_kind``. Returns
    the indices of the bylines' segments."""
    found: list[int] = []
    ei = 0  # next byline (bylines and segments both come in text order)
    first = len(segments)
    prev = us
    for b in bounds:
        if b <= prev:
            continue
        raw = text[prev:b]
        stripped = raw.strip()
        s = prev + len(raw) - len(raw.lstrip())
        if stripped and len(segments) > first and _is_stray_stop(text, segments[-1], s, stripped):
            segments[-1].end = s + len(stripped)
        elif stripped:
            kind = "body"
            while ei < len(embeds) and embeds[ei][1] <= s:
                ei += 1
            if ei < len(embeds) and embeds[ei][0] <= s:
                kind = embed_kind
                found.append(len(segments))
            segments.append(Segment(s, s + len(stripped), kind))
        prev = b
    return found


def _is_stray_stop(text: str, before: Segment, start: int, piece: str) -> bool:
    """``piece`` (at ``start``), with no letter or digit, follows a sentence that has ended on
    its line: a stray stop left where a scrape joined paragraphs ("... remaining.  . After an
    ..."), no sentence of its own. After an unstopped piece it stays apart (page furniture
    takes its own detached stop: "Scroll down for video ." is one segment, see
    :data:`factkit.layout.PAGE_FURNITURE`), and so does a line of its own ("* * *", a break)."""
    if any(c.isalnum() for c in piece) or "\n" in text[before.end : start]:
        return False
    last = text[before.start : before.end].rstrip(CLOSERS)
    return bool(last) and last[-1] in TERMINALS


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
