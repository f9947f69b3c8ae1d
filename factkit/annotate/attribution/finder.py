"""The attribution finder: every reporting cue of a body sentence read by the frame matchers, then
the article-level passes (quote-dash and transcript lines, noun cues, follow-on quotations), then
speakers resolved."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factkit.annotate.attribution.article import Article, Draft, dedupe
from factkit.annotate.attribution.caption_leads import caption_leads
from factkit.annotate.attribution.context import CueContext
from factkit.annotate.attribution.cues import CueFamily, load_cues
from factkit.annotate.attribution.formulas import formula_like
from factkit.annotate.attribution.frames import FRAME_MATCHERS, FrameMatcher, read_frame
from factkit.annotate.attribution.headlines import headline_drafts
from factkit.annotate.attribution.limits import DEFAULT_LIMITS, AttributionLimits, FrameRules
from factkit.annotate.attribution.lines import continue_quotes, line_drafts, noun_drafts
from factkit.annotate.attribution.quotes import count_words, find_quotes
from factkit.annotate.attribution.tokens import SENTENCE_OPENING_CUES, Span, Tok, tokens
from factkit.annotate.people import ArticlePeople
from factkit.annotate.speakers import (
    DETERMINERS,
    SPEAKER_PRONOUNS,
    SpeakerResolver,
    looks_like_name,
)
from factkit.config import AttributionConfig
from factkit.document import Attribution, Sentence
from factkit.lang import trie_alternation

CueMatch = tuple[re.Match[str], CueFamily, str]  # the match, its family, its lower-case form


@dataclass(frozen=True, slots=True)
class FoundAttributions:
    """What :meth:`AttributionFinder.read` found in one article."""

    attributions: list[Attribution]
    # photo captions glued before a quotation in a body sentence (``caption_leads``): their
    # names won no pronoun while a name of the narrative fitted
    caption_leads: list[Span]


class AttributionFinder:
    """Finds attributions in an article; build once, call :meth:`find` per article.

    ``matchers`` are the frame matchers tried, in order, on each cue (the first that answers
    decides); :data:`FRAME_MATCHERS` unless given. ``limits`` bound every search window.
    """

    def __init__(
        self,
        config: AttributionConfig | None = None,
        matchers: tuple[FrameMatcher, ...] = FRAME_MATCHERS,
        limits: AttributionLimits = DEFAULT_LIMITS,
    ) -> None:
        self.config = config or AttributionConfig()
        self.cues = load_cues(self.config.cues_file)
        # Cues are matched lower-case (so "United States" is no cue); a capitalised
        # "According to" is allowed too. A trie-shaped pattern keeps the scan fast.
        # "Said" too, opening a sentence before its speaker ("Said Ellis: ..."; opening_cues).
        opening = [form.capitalize() for form in SENTENCE_OPENING_CUES]
        alternation = trie_alternation([*self.cues, "According to", *opening])
        self.cue_re = re.compile(rf"(?<![\w’'\-])(?:{alternation})(?![\w’'\-])")
        self.min_quote_words = self.config.min_quote_words
        self.limits = limits
        self.rules = FrameRules(self.cues, self.min_quote_words, limits)
        self.matchers = matchers

    def find(
        self, text: str, sentences: list[Sentence], people: ArticlePeople | None = None
    ) -> list[Attribution]:
        """Attributions whose cue lies in a body sentence, in text order (:meth:`read`'s)."""
        return self.read(text, sentences, people).attributions

    def read(
        self, text: str, sentences: list[Sentence], people: ArticlePeople | None = None
    ) -> FoundAttributions:
        """Attributions whose cue lies in a body sentence, in text order, and the photo
        captions glued before a quotation the speakers were resolved past. ``people``: the
        article's name tables when the caller keeps them (read here when none are given); the
        speaker resolver reads them only when the config resolves speakers."""
        body = sorted((s for s in sentences if s.kind == "body"), key=lambda s: s.start)
        if not body or not text:
            return FoundAttributions([], [])
        quotes = find_quotes(text, self.limits.quote_paragraph_gap)
        article = Article(text, quotes, sentences, self.limits)
        drafts: list[Draft] = []
        for sent in body:
            start, end = max(0, sent.start), min(sent.end, len(text))
            if start < end:
                drafts.extend(self._sentence_drafts(article, start, end))
        drafts.extend(line_drafts(article, body, drafts, self.rules))
        drafts.extend(noun_drafts(article, body, drafts, self.limits))
        drafts.extend(headline_drafts(article, body, drafts, self.rules))
        drafts.sort(key=lambda d: d.cue[0])
        drafts = dedupe(drafts)
        continue_quotes(article, drafts, self.min_quote_words)
        leads = caption_leads(article, body, drafts, self.limits)
        resolver = (
            SpeakerResolver(text, body_spans(sentences), people, leads)
            if self.config.resolve_speakers
            else None
        )
        return FoundAttributions([self._finish(article, d, resolver) for d in drafts], leads)

    # ------------------------------------------------------------------ sentence cues
    def _cue_matches(
        self, article: Article, start: int, end: int
    ) -> tuple[list[CueMatch], list[CueMatch]]:
        """The sentence's cues outside quotations and markup: speech cues, then belief and
        stance cues ("a poll shows that", "X cited Y")."""
        text = article.text
        speech: list[CueMatch] = []
        other: list[CueMatch] = []
        lookback = self.limits.markup_lookback_chars
        for m in self.cue_re.finditer(text, start, end):
            form = m.group().lower()
            # A cue of several words may match across any whitespace ("according\nto").
            family = self.cues.get(form if form.isalpha() else " ".join(form.split()))
            if family is None or article.inside_quote(m.start()):
                continue
            lt = text.rfind("<", max(0, m.start() - lookback), m.start())
            if lt != -1 and ">" not in text[lt : m.start()]:
                continue  # inside markup: <tweet tweet-id=...>
            (other if family.belief or family.stance else speech).append((m, family, form))
        return speech, other

    def _sentence_drafts(self, article: Article, start: int, end: int) -> list[Draft]:
        """Speech cues first, left to right; then belief/stance cues where no report is."""
        out: list[Draft] = []
        contents = _Union()  # the drafts' contents and cue starts, for lookups in O(log n)
        cue_starts: list[int] = []
        window: _TokenWindow | None = None  # the sentence's tokens, made once when needed
        speech, other = self._cue_matches(article, start, end)
        for group in (speech, other):
            prev: Draft | None = None
            for m, family, form in group:
                cs, ce = m.span()
                if contents.covers(cs):
                    continue  # a report nested in an earlier one's content
                if window is None:
                    window = _TokenWindow(article.text, start, end, self.limits)
                left, right = window.around(cs, ce)
                cue = CueContext(
                    article,
                    self.rules,
                    family,
                    form,
                    (start, end),
                    (cs, ce),
                    prev,
                    left,
                    right,
                )
                draft = read_frame(cue, self.matchers)
                if draft is None:
                    continue
                if group is other and _any_in(cue_starts, *draft.content):
                    continue  # 'He plans to "press ...," the State Department said'
                out.append(draft)
                contents.add(*draft.content)
                bisect.insort(cue_starts, draft.cue[0])
                prev = draft
        return out

    # ------------------------------------------------------------------ output
    def _finish(self, article: Article, d: Draft, resolver: SpeakerResolver | None) -> Attribution:
        text = article.text
        (cstart, cend), direct = self._direct_content(article, d.content)
        if d.speaker is not None and (
            not text[d.speaker[0] : d.speaker[1]].strip() or formula_like(text, *d.speaker)
        ):
            d.speaker = None  # blank, or a spreadsheet formula ("=SUM(A1) said ...")
        speaker = text[d.speaker[0] : d.speaker[1]] if d.speaker else None
        resolved: str | None = None
        if speaker is not None and d.speaker is not None:
            resolved = _resolve(resolver, speaker, d.speaker[0], d.cue[0], (cstart, cend))
        return Attribution(
            speaker=speaker,
            speaker_start=d.speaker[0] if d.speaker else None,
            speaker_end=d.speaker[1] if d.speaker else None,
            cue=text[d.cue[0] : d.cue[1]],
            cue_start=d.cue[0],
            cue_end=d.cue[1],
            content=text[cstart:cend],
            content_start=cstart,
            content_end=cend,
            direct=direct,
            speaker_resolved=resolved,
            speaker_title=text[d.title[0] : d.title[1]] if d.title else None,
        )

    def _direct_content(self, article: Article, content: Span) -> tuple[Span, bool]:
        """The content and whether it is a direct quotation. 'He plans to "press ...
        Afghanistan," the State Department said': when one quotation carries most of the
        content, the quotation is the content."""
        cstart, cend = content
        if article.wholly_quoted(cstart, cend):
            return content, True
        limits = self.limits
        slack = limits.end_slack_chars
        q = article.last_quote_in(cstart, cend)
        if q is not None and q.words >= self.min_quote_words and q.end >= cend - slack:
            outside = count_words(article.text, cstart, q.start)
            if (
                outside * limits.quote_share <= q.words
                and outside <= limits.max_words_outside_quote
            ):
                cstart, cend = q.start, max(q.end, cend) if q.end - cend <= slack else q.end
                return (cstart, min(cend, len(article.text))), True
        return content, False


class _Union:
    """A union of half-open spans ``[a, b)`` kept as sorted disjoint runs: does it hold ``pos``?
    Scanning every draft of the sentence for each cue was quadratic in a sentence of thousands
    of cues (100 KB of 'He said "yes and ...' without a full stop)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def add(self, a: int, b: int) -> None:
        if a >= b:
            return  # an empty span holds nothing
        lo = bisect.bisect_left(self.ends, a)  # first run ending at or after a: touches [a, b)
        hi = bisect.bisect_right(self.starts, b)  # runs from lo to hi - 1 merge with it
        if lo < hi:
            a, b = min(a, self.starts[lo]), max(b, self.ends[hi - 1])
        self.starts[lo:hi] = [a]
        self.ends[lo:hi] = [b]


def _any_in(sorted_positions: list[int], a: int, b: int) -> bool:
    """Whether any of ``sorted_positions`` lies in ``[a, b)``."""
    i = bisect.bisect_left(sorted_positions, a)
    return i < len(sorted_positions) and sorted_positions[i] < b


class _TokenWindow:
    """A sentence's tokens, cut around each cue: up to ``cue_left_window_chars`` on its left,
    up to ``cue_right_window_chars`` on its right."""

    def __init__(self, text: str, start: int, end: int, limits: AttributionLimits) -> None:
        self.left_window = limits.cue_left_window_chars
        self.right_window = limits.cue_right_window_chars
        self.toks = tokens(text, start, end)
        self.starts = [t.start for t in self.toks]

    def around(self, cs: int, ce: int) -> tuple[list[Tok], list[Tok]]:
        lo = bisect.bisect_left(self.starts, cs - self.left_window)
        mid = bisect.bisect_left(self.starts, cs)
        left = [t for t in self.toks[lo:mid] if t.end <= cs]
        right_end = bisect.bisect_left(self.starts, ce + self.right_window)
        return left, self.toks[bisect.bisect_left(self.starts, ce) : right_end]


def _resolve(
    resolver: SpeakerResolver | None,
    speaker: str,
    speaker_start: int,
    cue_start: int,
    said: Span,
) -> str | None:
    """The speaker resolved to a name (none named in ``said``, the content); a bare pronoun or
    description that stays unresolved is None. A resolved name is noted for the next
    pronouns."""
    if resolver is None:
        return speaker
    found = resolver.resolve(speaker, speaker_start, said)
    if found is not None:
        if looks_like_name(found):
            resolver.note_speaker(cue_start, found)
        return found
    if speaker.split()[0].lower() in DETERMINERS or speaker.lower() in SPEAKER_PRONOUNS:
        return None
    return speaker


def body_spans(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """(start, end) of each body sentence, in text order: what the speaker resolver reads."""
    return [(s.start, s.end) for s in sorted(sentences, key=lambda s: s.start) if s.kind == "body"]


@lru_cache(maxsize=1)
def _default_finder() -> AttributionFinder:
    return AttributionFinder()


def find_attributions(text: str) -> list[Attribution]:
    """Split ``text`` into sentences and find its attributions with the default finder."""
    from factkit.split import split_sentences

    return _default_finder().find(text, split_sentences(text))
