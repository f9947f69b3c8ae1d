"""Article-level passes beside the frame matchers: quote-dash lines (“C” ― X), transcript lines
(SMITH: C), noun cues ("a warning from X that C", "X's claim that C"), and quotations that
continue an attribution with no cue of their own (PolNeAR convention)."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from factkit.annotate.attribution.article import Article, Draft, SpanCover
from factkit.annotate.attribution.limits import AttributionLimits, FrameRules
from factkit.annotate.attribution.quotes import next_quote_start
from factkit.annotate.attribution.tokens import (
    NOUN_CUE_FRONTING_WORDS,
    NOUN_CUE_OWNER_PRONOUNS,
    NOUN_CUES,
    Span,
)
from factkit.document import Sentence
from factkit.lang import entries, trie_alternation


@dataclass(frozen=True, slots=True)
class LinePatterns:
    """The line and noun-cue patterns, their lengths bounded by the finder's limits."""

    dash: re.Pattern[str]  # “C” ― X
    transcript: re.Pattern[str]  # SMITH: C
    noun_cue: re.Pattern[str]  # "a warning from X that C" / "X's claim that C"
    noun_owner: re.Pattern[str]  # the owner before a noun cue: "Donald J. Trump’s"


@functools.cache
def line_patterns(limits: AttributionLimits) -> LinePatterns:
    """The patterns for ``limits`` (compiled once per distinct limits)."""
    dash_name = limits.dash_name_max_chars - 1
    transcript_name = limits.transcript_name_max_chars - 2
    noun_speaker = limits.noun_speaker_max_words - 1
    owner = limits.owner_name_max_words - 1
    # Factored by prefixes like the cue pattern: a plain alternation of the nouns made this scan
    # a tenth of the finder's time.
    noun_cues = trie_alternation(sorted(NOUN_CUES))
    owner_pronouns = "|".join(sorted(NOUN_CUE_OWNER_PRONOUNS))
    return LinePatterns(
        dash=re.compile(
            r"(?<=[”\"'])[ \t\u00a0]*(?P<cue>―|—|–|--)[ \t\u00a0]*"
            rf"(?P<name>[A-Z][^\n.,;:“”\"()]{{1,{dash_name}}}?)[ \t\u00a0]*(?=[.\n,(]|$)"
        ),
        transcript=re.compile(
            rf"^(?P<lead>[ \t]*[\"“]?)(?P<name>[A-Z][A-Z.'’\- ]{{1,{transcript_name}}}[A-Z.])"
            r"(?P<cue>:)[ \t]+(?P<content>\S[^\n]*)",
            re.MULTILINE,
        ),
        noun_cue=re.compile(
            rf"\b(?P<cue>{noun_cues})\s+(?:(?:from|by)\s+"
            rf"(?P<speaker>(?:[\w’'.\-]+\s+){{0,{noun_speaker}}}?[\w’'.\-]+)\s+)?that\s"
        ),
        noun_owner=re.compile(
            rf"(?:([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,{owner}}})[’']s"
            rf"|(?<![\w’'])((?i:{owner_pronouns})))\s+(?:\w+\s+)?$"
        ),
    )


@functools.cache
def page_labels() -> frozenset[str]:
    """Page-furniture labels that open a line like a transcript speaker ("READ: ...",
    "VIDEO: ..."): the boilerplate phrases ending in a colon, lower-cased, colon dropped."""
    phrases = (" ".join(entry.lower().split()) for entry in entries("boilerplate"))
    return frozenset(p[:-1].strip() for p in phrases if p.endswith(":"))


class BodyIndex:
    """Which body sentence holds an offset (binary search over their starts)."""

    def __init__(self, body: list[Sentence]) -> None:
        self.body = body
        self._starts = [s.start for s in body]

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.body[i].start <= pos < self.body[i].end:
            return self.body[i]
        return None


def noun_drafts(
    article: Article, body: list[Sentence], drafts: list[Draft], limits: AttributionLimits
) -> list[Draft]:
    """Noun cues with a that-clause: "a warning from the United Nations that C",
    "Trump’s claim that C" (not inside a quotation or another attribution's content)."""
    text = article.text
    out: list[Draft] = []
    index = BodyIndex(body)
    contents = SpanCover([d.content for d in drafts])
    cue_starts = {d.cue[0] for d in drafts}
    patterns = line_patterns(limits)
    for m in patterns.noun_cue.finditer(text):
        cue = m.span("cue")
        sentence = index.sentence_at(cue[0])
        if sentence is None or article.inside_quote(cue[0]):
            continue
        end = min(sentence.end, len(text))
        if m.end() >= end or contents.covers(cue[0]) or cue[0] in cue_starts:
            continue
        speaker = _noun_speaker(text, m, sentence.start, patterns.noun_owner, limits)
        if speaker is None:
            continue  # "the claims that he made": a relative clause, no source
        content = article.trim(m.end(), _fronted_end(article, sentence.start, m.end(), end))
        if content is None:
            continue
        q = article.quote_at(content[1] - 1)
        if q is not None and q.end > content[1]:
            content = (content[0], q.end)
        out.append(Draft(speaker, None, cue, content))
    return out


def _fronted_end(article: Article, sentence_start: int, start: int, end: int) -> int:
    """ "Despite his claim that C, the plan went ahead": a noun cue in a phrase fronted by a
    word of [noun_cue_fronting_words] says C up to the phrase's comma (the first one after
    ``start`` outside a quotation), not the main clause after it; ``end`` otherwise."""
    first = article.text[sentence_start:start].split()[:1]
    if not first or first[0].strip("\"“‘'").lower() not in NOUN_CUE_FRONTING_WORDS:
        return end
    text = article.text
    comma = text.find(",", start, end)
    while comma >= 0 and article.inside_quote(comma):
        q = article.quote_at(comma)
        if q is not None and not text[comma + 1 : q.end].strip("\"”’' "):
            return q.end  # 'his claim that voters would "learn nothing," there would be'
        comma = text.find(",", comma + 1, end)
    return end if comma < 0 else comma


def _noun_speaker(
    text: str,
    m: re.Match[str],
    sentence_start: int,
    owner_re: re.Pattern[str],
    limits: AttributionLimits,
) -> Span | None:
    """ "from X" after the noun, or the owner before it ("Trump’s claim")."""
    if m.group("speaker"):
        return m.span("speaker")
    cue_start = m.start("cue")
    window_start = max(sentence_start, cue_start - limits.noun_owner_window_chars)
    owner = owner_re.search(text, window_start, cue_start)
    if owner is None:
        return None
    if not owner.group(1):
        return owner.span(2)  # a pronoun's: "his claim"
    start, end = owner.span(1)
    first, rest = text[start:end].split()[0], text[start:end].split(maxsplit=1)[1:]
    if first.lower() in NOUN_CUE_FRONTING_WORDS and rest:
        start = end - len(rest[0])  # "Despite Tom Reed's claim": Tom Reed's
    return start, end


def line_drafts(
    article: Article, body: list[Sentence], drafts: list[Draft], rules: FrameRules
) -> list[Draft]:
    """Quote-dash lines (“C” ― X) and transcript lines (SMITH: C) outside the drafts' content."""
    text = article.text
    out: list[Draft] = []
    index = BodyIndex(body)
    used = SpanCover([d.content for d in drafts])
    patterns = line_patterns(rules.limits)
    for m in patterns.dash.finditer(text):
        q = article.quote_ending_at(m.start())
        if (
            q is None
            or q.words < rules.min_quote_words
            or index.sentence_at(q.start) is None
            or used.covers(q.start)
        ):
            continue
        out.append(Draft(m.span("name"), None, m.span("cue"), (q.start, q.end)))
    for m in patterns.transcript.finditer(text):
        if index.sentence_at(m.start("name")) is None or used.covers(m.start("name")):
            continue
        name = m.group("name").strip()
        if (
            len(name.replace(".", "").replace(" ", "")) < 2
            or name.count(" ") > rules.limits.transcript_name_max_spaces
            or " ".join(name.lower().split()) in page_labels()  # "READ: ..." names nobody
        ):
            continue
        content = article.trim(m.start("content"), m.end("content"))
        if content is not None:
            speaker = (m.start("name"), m.start("name") + len(name))
            out.append(Draft(speaker, None, m.span("cue"), content))
    return out


def continue_quotes(article: Article, drafts: list[Draft], min_quote_words: int) -> None:
    """A quotation opening right after a quote-bearing attribution (same paragraph, or the
    next paragraph when that paragraph is only quotation) continues it when no cue of its
    own is near (PolNeAR joins such follow-on quotes to the attribution)."""
    cue_starts = sorted(d.cue[0] for d in drafts)
    for d in drafts:
        c_start, c_end = d.content
        if not (
            article.starts_quote(c_start)
            or article.quote_at(c_end - 1) is not None
            or d.cue[0] > c_end
        ):
            continue
        opened = article.quote_at(c_start)
        if opened is not None and opened.reopened:
            # a quotation reopened mark by mark has no closing mark to say where it ends:
            # what follows is not joined to it on a guess (the reopened part stays its own)
            continue
        anchor = max(c_end, d.cue[1], d.speaker[1] if d.speaker else 0)
        while True:
            end = _follow_on_quote_end(article, cue_starts, anchor, min_quote_words)
            if end is None:
                break
            d.content = (d.content[0], end)
            anchor = end


def _follow_on_quote_end(
    article: Article, cue_starts: list[int], anchor: int, min_quote_words: int
) -> int | None:
    """End of the quotation that continues the attribution ending at ``anchor``, if one does."""
    text = article.text
    nxt = next_quote_start(text, article.sentence_end_for(anchor - 1))
    if nxt is None:
        return None
    pos, crossed = nxt
    q = article.quote_at(pos)
    if q is None or q.start != pos or q.words < min_quote_words:
        return None
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end == -1 else line_end
    i = bisect.bisect_left(cue_starts, q.start)
    if i < len(cue_starts) and cue_starts[i] < line_end:
        return None  # the quotation has its own attribution
    if crossed and text[q.end : line_end].strip():
        return None  # next paragraph goes on after the quotation: not a pure quote paragraph
    return q.end
