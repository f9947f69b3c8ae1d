"""Article-level state: quotation and sentence lookups over one article, and the drafts found."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import accumulate

from factkit.annotate.attribution.limits import DEFAULT_LIMITS, AttributionLimits
from factkit.annotate.attribution.quotes import Quote
from factkit.annotate.attribution.tokens import Span
from factkit.document import Sentence


@dataclass(slots=True)
class Draft:
    speaker: Span | None
    title: Span | None
    cue: Span
    content: Span


@dataclass(slots=True)
class SpeakerFit:
    speaker: Span
    title: Span | None
    boundary: int | None  # where the clause before the speaker ends (content or intro)


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """The first draft of each cue span (a set, not a scan of the kept ones: linear)."""
    out: list[Draft] = []
    seen: set[Span] = set()
    for d in drafts:
        if d.cue in seen:
            continue
        seen.add(d.cue)
        out.append(d)
    return out


class SpanCover:
    """Does any of a fixed set of half-open spans ``[a, b)`` hold ``pos``? O(log n) a query:
    spans sorted by start, with the running maximum of their ends."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._max_end: list[int] = []
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self._max_end.append(furthest)

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos)
        return i > 0 and self._max_end[i - 1] > pos


class Article:
    """Quotation lookups over one article."""

    def __init__(
        self,
        text: str,
        quotes: list[Quote],
        sentences: list[Sentence],
        limits: AttributionLimits = DEFAULT_LIMITS,
    ) -> None:
        self.text = text
        self.lookback = limits.enclosing_quote_lookback_chars
        self.slack = limits.end_slack_chars
        self.max_content_before = limits.max_content_before_chars
        ordered = sorted(sentences, key=lambda s: s.start)
        self.sentence_starts = [s.start for s in ordered] or [0]
        self.sentence_ends = [s.end for s in ordered] or [len(text)]
        self.quotes = quotes
        self._starts = [q.start for q in quotes]
        # the furthest end of the quotations up to each: where it falls before a position, no
        # quotation that far back or further holds it
        self._max_end = list(accumulate((q.end for q in quotes), max))
        self._by_start = {q.start: q for q in quotes}
        self._by_end: dict[int, Quote] = {q.end: q for q in quotes}
        self._close_marks = {q.end - 1 for q in quotes if q.closed} | {
            q.end - 2 for q in quotes if q.closed and text[q.end - 2 : q.end] == "''"
        }

    def sentence_end_for(self, pos: int) -> int:
        """End of the sentence holding ``pos`` (``pos + 1`` when no sentence holds it)."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentence_ends[i]:
            return self.sentence_ends[i]
        return pos + 1

    def sentence_start_for(self, pos: int) -> int:
        """Start of the sentence holding ``pos`` (or of the quotation it opens inside)."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        start = self.sentence_starts[i] if i >= 0 else 0
        return self.quote_start_before(start, pos)

    def quote_at(self, pos: int) -> Quote | None:
        """The outermost quotation containing ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        best: Quote | None = None
        while i >= 0 and self._max_end[i] > pos:  # a scan of 20,000 chars of quotes otherwise
            q = self.quotes[i]
            if q.start <= pos < q.end and (best is None or q.end - q.start > best.end - best.start):
                best = q
            if self.quotes[i].start < pos - self.lookback:
                break
            i -= 1
            if best is not None and i >= 0 and self.quotes[i].end <= best.start:
                break
        return best

    def inside_quote(self, pos: int) -> bool:
        q = self.quote_at(pos)
        return q is not None and q.start < pos and q.words >= 1

    def starts_quote(self, pos: int) -> bool:
        return pos in self._by_start

    def is_closing_mark(self, pos: int) -> bool:
        return pos in self._close_marks

    def quote_ending_at(self, pos: int) -> Quote | None:
        return self._by_end.get(pos)

    def quote_start_before(self, s_start: int, boundary: int) -> int:
        """The sentence start, or the start of the quotation it lies inside."""
        q = self.quote_at(s_start)
        if q is not None and q.start < s_start and q.end <= boundary + self.slack:
            return q.start
        return s_start

    def last_quote_in(self, start: int, end: int) -> Quote | None:
        i = bisect.bisect_right(self._starts, end) - 1
        while i >= 0 and self.quotes[i].start >= start:
            q = self.quotes[i]
            if q.end <= end + self.slack and q.words >= 1:
                return q
            i -= 1
        return None

    def wholly_quoted(self, start: int, end: int) -> bool:
        q = self.quote_at(start)
        if q is None or q.start != start or q.words < 1:
            return False
        # Interrupted quotations "“A,” X said, “B.”" are direct too.
        tail = self.quote_at(end - 1)
        return tail is not None and tail.end >= end and (q.end >= end or tail.start > start)

    def trim(self, start: int, end: int) -> tuple[int, int] | None:
        """Strip spaces and sentence-final punctuation outside quotations."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and (
            text[end - 1].isspace() or (text[end - 1] in ".,;:" and not self.inside_quote(end - 1))
        ):
            end -= 1
        if end - start < 2 or not any(ch.isalnum() for ch in text[start:end]):
            return None
        return start, end
