"""Attribution finder: who said what, in an article's body sentences.

Regex and light token heuristics only (no parser, no model): a few milliseconds per article.

1. Quotation marks are paired over the whole text ("straight", “curly”, ''doubled'', ‘single’),
   paragraph-continued quotes joined; a stray mark is dropped, never fatal.
2. Reporting cues come from a data file (``lexicons/cues.txt``: said, told, warned, according
   to, ...). Each cue in a body sentence, outside a quotation, is read in one of these frames:

   * prepositional:  "According to X, C."  /  "C, according to X."
   * trailing:       "C, X said."  /  "“C,” X said."  (C may span sentences of one quotation)
   * inverted:       "“C,” said X, a spokesman."
   * interrupted:    "“A,” X said, “B.”"  -> one attribution covering A..B
   * leading:        "X said (that) C."  /  "X told Y that C."  /  "X said: “C.”"
   * chained:        "X said A, adding that B."  -> second attribution, same speaker
   * passive:        "It was reported that C."  -> no speaker

   plus quote-dash lines (“C” ― X) and transcript lines (SMITH: C). A direct quotation right
   after a quote-bearing attribution in the same paragraph continues it (PolNeAR convention).
3. Speakers are cut from the clause with appositions split ("The UN human rights chief,
   Michelle Bachelet," -> speaker "Michelle Bachelet", title "The UN human rights chief") and
   resolved by :class:`factkit.claims.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from factkit.claims.speakers import (
    DETERMINERS,
    SPEAKER_PRONOUNS,
    SpeakerResolver,
    looks_like_name,
    split_apposition,
)
from factkit.config import AttributionConfig
from factkit.document import Attribution, Sentence

__all__ = ["AttributionFinder", "CueFamily", "Quote", "find_attributions", "find_quotes", "load_cues"]

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
DEFAULT_CUES = LEXICON_DIR / "cues.txt"

# ---------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class CueFamily:
    lemma: str
    forms: tuple[str, ...]
    takes_object: bool = False  # "told reporters that ..."
    prepositional: bool = False  # "according to X"
    belief: bool = False  # non-speech source ("a poll shows that ...")
    quote_only: bool = False  # only next to a quotation or a colon


def load_cues(path: str | Path | None = None) -> dict[str, CueFamily]:
    """Surface form -> cue family, from a cue lexicon file (see ``lexicons/cues.txt``)."""
    source = Path(path) if path else DEFAULT_CUES
    table: dict[str, CueFamily] = {}
    for raw in source.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        forms_part, _, flags_part = line.partition("|")
        forms = tuple(f.strip() for f in forms_part.split(",") if f.strip())
        flags = set(flags_part.split())
        if not forms:
            continue
        family = CueFamily(
            lemma=forms[0],
            forms=forms,
            takes_object="obj" in flags,
            prepositional="prep" in flags,
            belief="belief" in flags,
            quote_only="quote" in flags,
        )
        for form in forms:
            table.setdefault(form.lower(), family)
    return table


# ---------------------------------------------------------------------------- quotations

_MARK_RE = re.compile(r"''|``|[\"“”„«»]")
_SINGLE_RE = re.compile(r"(?<![\w’'])[‘'](?=[\w$])|(?<=[\w.,!?])[’'](?![\w’'])")
_OPEN_CHARS = frozenset("“„«`")
_CLOSE_CHARS = frozenset("”»")
_LEFT_OPEN_CONTEXT = frozenset("([{—–-/")
_RIGHT_CLOSE_CONTEXT = frozenset(",.;:!?)]}—–-")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation, marks included: ``text[start:end]``. ``closed`` is False when the closing
    mark was missing and the quotation was cut at its paragraph's end."""

    start: int
    end: int
    closed: bool
    words: int


def _mark_role(text: str, start: int, end: int) -> str:
    """'open', 'close' or 'either' for the quotation mark text[start:end], from its context."""
    prev = text[start - 1] if start > 0 else "\n"
    nxt = text[end] if end < len(text) else "\n"
    left_open = prev.isspace() or prev in _LEFT_OPEN_CONTEXT or prev in _OPEN_CHARS
    right_closed = nxt.isspace() or nxt in _RIGHT_CLOSE_CONTEXT
    mark = text[start]
    if mark in _OPEN_CHARS:
        return "close" if (not left_open and right_closed) else "open"
    if mark in _CLOSE_CHARS:
        return "open" if (left_open and nxt.isalnum()) else "close"
    if left_open and not right_closed:
        return "open"
    if right_closed and not left_open:
        return "close"
    return "either"


def _count_words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def find_quotes(text: str) -> list[Quote]:
    """Double-quoted spans (straight, curly, doubled single marks), paragraph-continued
    quotations joined, then single-quoted spans outside them. Sorted by start."""
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def paragraph_end(pos: int) -> int:
        i = bisect.bisect_left(newlines, pos)
        return newlines[i] if i < len(newlines) else len(text)

    def paragraph_of(pos: int) -> int:
        return bisect.bisect_left(newlines, pos)

    quotes: list[Quote] = []
    open_at: int | None = None
    open_par = -1
    for m in _MARK_RE.finditer(text):
        start, end = m.start(), m.end()
        role = _mark_role(text, start, end)
        par = paragraph_of(start)
        if open_at is not None and par != open_par:
            # A quotation left open at a paragraph's end continues only if the next paragraph
            # opens with a mark; otherwise it is cut at its paragraph's end.
            line_start = newlines[par - 1] + 1 if par > 0 else 0
            at_line_start = not text[line_start:start].strip()
            if role != "close" and at_line_start and par - open_par <= 2:
                open_par = par
                continue
            cut = paragraph_end(open_at)
            quotes.append(Quote(open_at, cut, False, _count_words(text, open_at, cut)))
            open_at = None
        if open_at is None:
            if role != "close":
                open_at, open_par = start, par
            continue
        if role == "open" and text[open_at] == text[start] and text[start] in _OPEN_CHARS:
            # Two openers in one paragraph: the first was stray.
            open_at, open_par = start, par
            continue
        quotes.append(Quote(open_at, end, True, _count_words(text, open_at, end)))
        open_at = None
    if open_at is not None:
        cut = paragraph_end(open_at)
        quotes.append(Quote(open_at, cut, False, _count_words(text, open_at, cut)))
    quotes.extend(_single_quotes(text, quotes))
    quotes.sort(key=lambda q: q.start)
    return quotes


def _single_quotes(text: str, doubles: list[Quote]) -> list[Quote]:
    """‘Single’ quotations that are not inside a double-quoted span (British style, headlines)."""
    found: list[Quote] = []
    open_at: int | None = None
    bounds = [(q.start, q.end) for q in doubles]
    starts = [b[0] for b in bounds]
    for m in _SINGLE_RE.finditer(text):
        pos = m.start()
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and bounds[i][0] <= pos < bounds[i][1]:
            continue
        opening = (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in ".,!?")) and (
            pos + 1 < len(text) and (text[pos + 1].isalnum() or text[pos + 1] == "$")
        )
        if opening:
            open_at = pos
        elif open_at is not None:
            if "\n" not in text[open_at:pos]:
                found.append(Quote(open_at, pos + 1, True, _count_words(text, open_at, pos + 1)))
            open_at = None
    return found


# ---------------------------------------------------------------------------- tokens

_TOKEN_RE = re.compile(r"\w+(?:[’'.&\-]\w+)*[’']?|''|``|[^\w\s]")
_AUX = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may",
     "might", "should", "must", "did", "does", "do", "also", "later", "then", "previously",
     "earlier", "repeatedly", "again", "once", "often", "publicly", "privately", "recently",
     "has", "already", "reportedly", "always", "never", "not", "just", "even", "first", "been",
     "being", "now", "still", "further", "explicitly", "flatly", "quickly", "simply", "told",
     "specifically", "subsequently", "frequently", "separately", "openly", "forcefully",
     "boldly", "correctly", "falsely", "wrongly", "initially", "finally", "angrily", "clearly"}
)
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "been", "being", "be"})
_CLAUSE_WORDS = frozenset(
    {"that", "because", "but", "while", "when", "although", "though", "since", "if", "where",
     "so", "whether", "after", "before", "until", "than", "once", "unless", "whereas", "as",
     "and", "or", "then", "what", "how", "why", "which", "said", "says", "say", "told"}
)
_NON_SUBJECT = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "of", "in", "to",
     "for", "with", "by", "on", "at", "from", "into", "about", "this", "these", "those", "new",
     "no", "any", "some", "every", "each", "such", "received", "recent", "official", "public",
     "initial", "first", "latest", "earlier", "own", "more", "many", "several", "other"}
)
_TEMPORAL = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year",
     "last", "this", "next", "earlier", "later", "recently", "then", "again", "also", "once",
     "previously", "publicly", "privately", "repeatedly", "ago", "now", "weekend", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "on", "in", "at", "during", "after", "before", "a", "an", "the",
     "his", "her", "their", "its", "statement", "interview", "email", "emailed", "phone",
     "speech", "conference", "news", "briefing", "press", "release", "letter", "post", "tweet",
     "twitter", "facebook", "television", "radio", "hearing", "rally", "event", "appearance",
     "call", "telephone", "written", "recent", "televised", "joint", "separate", "with", "to",
     "reporters", "journalists", "of", "for", "via", "through", "cnn", "it", "when", "asked",
     "about", "by", "late", "early", "day", "days", "weeks", "months", "years", "prepared",
     "remarks", "comments", "message", "video", "program", "show", "broadcast", "blog",
     "column", "op-ed", "article", "report", "forum", "debate", "campaign", "stop", "meeting",
     "session", "public", "private", "online", "recorded", "there", "here", "afterward",
     "afterwards", "bluntly", "simply", "flatly", "quietly", "frankly", "candidly", "openly"}
)
_OBJECT_WORDS = frozenset({"him", "her", "them", "me", "us", "you", "it", "reporters", "journalists"})
_SPEAKER_LEAD = frozenset({"the", "a", "an", "his", "her", "their", "its", "one", "another", "some", "many", "two", "three"})
_VERBISH = frozenset(
    {"is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "may",
     "might", "has", "have", "had", "did", "does", "do", "be", "been", "not", "that"}
)
_DASH_ATTR_RE = re.compile(r"(?<=[”\"'])\s*(?P<cue>―|—|–|--)\s*(?P<name>[A-Z][^\n.,;:“”\"]{1,60}?)\s*(?=[.\n]|$)")
_TRANSCRIPT_RE = re.compile(
    r"^(?P<lead>[ \t]*[\"“]?)(?P<name>[A-Z][A-Z.'’\- ]{1,40}[A-Z.])(?P<cue>:)[ \t]+(?P<content>\S[^\n]*)",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]


def _is_quote_tok(tok: _Tok) -> bool:
    return tok.text in {'"', "“", "”", "''", "``", "„", "«", "»", "‘", "’"}


def _is_cap(tok: _Tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


# ---------------------------------------------------------------------------- finder


@dataclass(slots=True)
class _Draft:
    speaker: tuple[int, int] | None
    title: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]
    quoted: bool  # content begins with a quotation (continuations may be appended)


class AttributionFinder:
    """Finds attributions in an article; build once, call :meth:`find` per article."""

    def __init__(self, config: AttributionConfig | None = None) -> None:
        self.config = config or AttributionConfig()
        self.cues = load_cues(self.config.cues_file)
        forms = sorted(self.cues, key=len, reverse=True)
        alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
        # Cues are matched lower-case (so "United States" is no cue); a capitalised sentence-
        # initial "According to" is allowed through the second alternative.
        self._cue_re = re.compile(rf"(?<![\w’'\-])(?:{alternation}|According\s+to)(?![\w’'\-])")
        self.min_quote_words = self.config.min_quote_words

    # ------------------------------------------------------------------ public API
    def find(self, text: str, sentences: list[Sentence]) -> list[Attribution]:
        body = sorted((s for s in sentences if s.kind == "body"), key=lambda s: s.start)
        if not body or not text:
            return []
        quotes = find_quotes(text)
        ctx = _Article(text, quotes)
        drafts: list[_Draft] = []
        taken: list[tuple[int, int]] = []
        for sent in body:
            start, end = sent.start, min(sent.end, len(text))
            drafts.extend(self._sentence_drafts(ctx, start, end, taken))
        drafts.extend(self._line_drafts(ctx, body, taken))
        drafts.sort(key=lambda d: d.cue[0])
        self._continue_quotes(ctx, drafts, body)
        resolver = (
            SpeakerResolver(text, [(s.start, s.end) for s in body]) if self.config.resolve_speakers else None
        )
        return [self._finish(ctx, d, resolver) for d in _dedupe(drafts)]

    # ------------------------------------------------------------------ sentence frames
    def _sentence_drafts(
        self, ctx: _Article, start: int, end: int, taken: list[tuple[int, int]]
    ) -> list[_Draft]:
        text = ctx.text
        out: list[_Draft] = []
        prev: _Draft | None = None
        for m in self._cue_re.finditer(text, start, end):
            cs, ce = m.start(), m.end()
            if ctx.inside_quote(cs) or any(a <= cs < b for a, b in taken):
                continue
            family = self.cues.get(" ".join(m.group().lower().split()))
            if family is None:
                family = self.cues.get("according to")
            if family is None:
                continue
            draft = self._read_frame(ctx, family, start, end, cs, ce, prev)
            if draft is None:
                continue
            out.append(draft)
            prev = draft
            taken.append(draft.content)
        return out

    def _read_frame(
        self,
        ctx: _Article,
        family: CueFamily,
        s_start: int,
        s_end: int,
        cs: int,
        ce: int,
        prev: _Draft | None,
    ) -> _Draft | None:
        text = ctx.text
        if family.prepositional:
            return self._prepositional(ctx, s_start, s_end, cs, ce)
        left = _tokens(text, max(s_start, cs - 400), cs)
        right = _tokens(text, ce, min(s_end, ce + 400))
        # Skip auxiliaries/adverbs left of the cue: "has also said".
        i = len(left)
        while i > 0 and left[i - 1].lower in _AUX and not (left[i - 1].lower == "told" and i == len(left)):
            i -= 1
        aux = left[i:]
        head_left = left[:i]
        if aux and aux[-1].lower == "to" or (head_left and head_left[-1].lower == "to"):
            return None  # infinitive: "declined to say"
        passive = any(t.lower in _PASSIVE_AUX for t in aux) and m_is_participle(text[cs:ce])
        quote_ctx = self._quote_adjacent(ctx, left, right, cs, ce)
        if family.quote_only and not quote_ctx:
            return None
        # Chained: "X said A, adding that B" / "... and added that B" / "... but cautioned that B".
        if prev is not None and head_left:
            last = head_left[-1].lower
            if last in {",", "and", "but", "while"} and prev.content[0] < cs:
                return self._leading(ctx, family, prev.speaker, prev.title, s_end, cs, ce, right)
        if head_left and head_left[-1].text == "," and text[cs:ce].endswith("ing") and prev is None:
            # Participle cue after the main clause: "The RNC filed a complaint, claiming that C".
            subject = self._sentence_subject(ctx, s_start, head_left[-1].start)
            if subject is not None:
                return self._leading(ctx, family, subject, None, s_end, cs, ce, right)
        if passive:
            by = self._by_agent(right)
            content = self._content_after(ctx, family, s_end, ce, right, skip_object=False)
            if content is None:
                return None
            return _Draft(by, None, (cs, ce), content, ctx.starts_quote(content[0]))
        # Inverted: "“C,” said X" / "C, said X, a spokesman."
        if head_left and self._inverted_ok(ctx, head_left, right):
            inv = self._inverted(ctx, s_start, s_end, cs, ce, head_left, right)
            if inv is not None:
                return inv
        if not head_left:
            return None
        if head_left[-1].lower in _NON_SUBJECT or head_left[-1].text in {"(", "-"}:
            return None  # a noun use: "the report", "his claims"
        speaker, title, boundary = self._speaker_left(ctx, head_left, s_start)
        if speaker is None:
            return None
        lead_text = text[s_start:speaker[0]] if boundary is None else text[s_start:boundary]
        rest_empty = self._rest_is_adverbial(ctx, family, right)
        if boundary is not None and rest_empty is not False and self._has_content_before(ctx, s_start, boundary):
            content = self._content_before(ctx, s_start, boundary)
            if content is None:
                return None
            content = self._interrupted(ctx, content, right, s_end)
            return _Draft(speaker, title, (cs, ce), content, ctx.starts_quote(content[0]))
        del lead_text
        if family.belief and not self._that_follows(right):
            return None
        if family.quote_only and not quote_ctx:
            return None
        return self._leading(ctx, family, speaker, title, s_end, cs, ce, right)

    # ---- frames
    def _prepositional(self, ctx: _Article, s_start: int, s_end: int, cs: int, ce: int) -> _Draft | None:
        text = ctx.text
        right = _tokens(text, ce, s_end)
        sp_toks: list[_Tok] = []
        for tok in right:
            if tok.text in {",", ";", ":", ".", "(", ")", "—", "–"} or _is_quote_tok(tok) or tok.lower in {"that", "which"}:
                break
            sp_toks.append(tok)
            if len(sp_toks) > 14:
                break
        while sp_toks and sp_toks[-1].text in {".", "’", "'"}:
            sp_toks.pop()
        if not sp_toks:
            return None
        speaker = (sp_toks[0].start, sp_toks[-1].end)
        before = text[s_start:cs]
        lead = before.strip().lower().rstrip(",")
        if not lead or lead in {"but", "and", "yet", "so", "also", "however", "still"} or before.rstrip().endswith(("—", ":")):
            after_sp = speaker[1]
            comma = text.find(",", after_sp, s_end)
            cstart = comma + 1 if comma != -1 and comma - after_sp < 60 else after_sp
            content = ctx.trim(cstart, s_end)
        else:
            cut = before.rstrip()
            cut_end = s_start + len(cut)
            if cut.endswith(","):
                cut_end -= 1
            content = ctx.trim(ctx.quote_start_before(s_start, cut_end), cut_end)
        if content is None:
            return None
        return _Draft(speaker, None, (cs, ce), content, ctx.starts_quote(content[0]))

    def _inverted_ok(self, ctx: _Article, head_left: list[_Tok], right: list[_Tok]) -> bool:
        last = head_left[-1]
        if not (last.text == "," or ctx.is_closing_mark(last.start)):
            return False
        if not right:
            return False
        first = right[0]
        lower = first.lower
        if lower in SPEAKER_PRONOUNS or lower in _SPEAKER_LEAD:
            pass
        elif not _is_cap(first) or lower in _TEMPORAL:
            return False
        quoted = ctx.is_closing_mark(last.start) or (
            len(head_left) > 1 and ctx.is_closing_mark(head_left[-2].start)
        )
        clause: list[_Tok] = []
        for tok in right:
            if tok.text in {",", ";", ".", ":"} or _is_quote_tok(tok):
                break
            clause.append(tok)
        if any(t.lower in _VERBISH for t in clause):
            return False
        if quoted:
            return True
        return len(clause) <= 10 and len(head_left) >= 6

    def _inverted(
        self,
        ctx: _Article,
        s_start: int,
        s_end: int,
        cs: int,
        ce: int,
        head_left: list[_Tok],
        right: list[_Tok],
    ) -> _Draft | None:
        sp: list[_Tok] = []
        for tok in right:
            if tok.text in {",", ";", ".", ":", "(", "—", "–"} or _is_quote_tok(tok):
                break
            sp.append(tok)
        if not sp:
            return None
        speaker = (sp[0].start, sp[-1].end)
        title = None
        after = sp[-1].end
        rest = ctx.text[after:s_end]
        if rest.startswith(","):
            # ", said John Smith, a spokesman for the agency."  -> title
            seg_end = after + 1
            seg_tokens = _tokens(ctx.text, seg_end, s_end)
            title_toks: list[_Tok] = []
            for tok in seg_tokens:
                if _is_quote_tok(tok) or tok.text in {";", "."} and tok.end >= s_end - 1:
                    break
                title_toks.append(tok)
            while title_toks and title_toks[-1].text in {",", "."}:
                title_toks.pop()
            if title_toks and not ctx.inside_quote(title_toks[0].start):
                title = (title_toks[0].start, title_toks[-1].end)
        boundary = head_left[-1].start
        if head_left[-1].text == "," and len(head_left) > 1 and ctx.is_closing_mark(head_left[-2].start):
            boundary = head_left[-1].start
        content = self._content_before(ctx, s_start, boundary)
        if content is None:
            return None
        content = self._interrupted(ctx, content, right, s_end)
        return _Draft(speaker, title, (cs, ce), content, ctx.starts_quote(content[0]))

    def _leading(
        self,
        ctx: _Article,
        family: CueFamily,
        speaker: tuple[int, int] | None,
        title: tuple[int, int] | None,
        s_end: int,
        cs: int,
        ce: int,
        right: list[_Tok],
    ) -> _Draft | None:
        content = self._content_after(ctx, family, s_end, ce, right, skip_object=family.takes_object)
        if content is None:
            return None
        return _Draft(speaker, title, (cs, ce), content, ctx.starts_quote(content[0]))

    # ---- pieces
    def _speaker_left(
        self, ctx: _Article, toks: list[_Tok], s_start: int
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int | None]:
        """Speaker (and title) ending at the end of ``toks``; the boundary offset before the
        speaker when content precedes it ("C, X said")."""
        segments: list[list[_Tok]] = []
        current: list[_Tok] = []
        boundary: int | None = None
        i = len(toks)
        if toks and toks[-1].text == ",":
            i -= 1  # "X, the envoy, said": apposition closed by a comma
        while i > 0:
            tok = toks[i - 1]
            if tok.text == ",":
                segments.append(current)
                current = []
                if len(segments) >= 4:
                    boundary = tok.start
                    break
                i -= 1
                continue
            if _is_quote_tok(tok) or tok.text in {";", ":", "(", ")", "—", "–", "--", "!", "?"} or (
                tok.text == "." and i >= 2 and toks[i - 2].text[:1].islower()
            ):
                boundary = tok.start if not ctx.is_closing_mark(tok.start) else tok.end
                break
            if tok.lower in _CLAUSE_WORDS and current:
                if tok.lower == "and" and i >= 2 and _is_cap(toks[i - 2]) and _is_cap(current[0]):
                    current.insert(0, tok)
                    i -= 1
                    continue
                boundary = tok.start
                break
            current.insert(0, tok)
            i -= 1
        segments.append(current)
        segments = [s for s in segments if s]
        if not segments:
            return None, None, None
        first = segments[0]
        if len(segments) == 1 or toks[-1].text != ",":
            sp = first[-12:] if len(first) > 12 else first
            if boundary is None and len(segments) > 1:
                boundary = segments[1][-1].end
            elif len(segments) > 1:
                boundary = segments[1][-1].end
            return (sp[0].start, sp[-1].end), None, boundary if len(segments) > 1 or boundary else None
        # Apposition chain, right to left: segments[0] is next to the cue.
        chain = segments[:3]
        head_seg = chain[-1]
        desc_seg = chain[-2] if len(chain) >= 2 else None
        if desc_seg is not None:
            head_str = ctx.text[head_seg[0].start:head_seg[-1].end]
            desc_str = ctx.text[desc_seg[0].start:desc_seg[-1].end]
            split = split_apposition(head_str, desc_str)
            if split is not None:
                name, _desc = split
                name_seg, title_seg = (head_seg, desc_seg) if name == head_str.strip(" ,") else (desc_seg, head_seg)
                extra_boundary = boundary if len(segments) <= len(chain) else segments[len(chain)][-1].end
                return (
                    (name_seg[0].start, name_seg[-1].end),
                    (title_seg[0].start, title_seg[-1].end),
                    extra_boundary,
                )
            # Not a name/description pair: the content may be "C, X," -> speaker is the
            # segment next to the cue only if it looks like a subject.
            if head_seg and desc_seg and (looks_like_name(desc_str) or desc_seg[0].lower in _SPEAKER_LEAD):
                return (desc_seg[0].start, desc_seg[-1].end), None, head_seg[-1].end
        sp = head_seg[-12:]
        return (sp[0].start, sp[-1].end), None, boundary

    def _sentence_subject(self, ctx: _Article, s_start: int, limit: int) -> tuple[int, int] | None:
        toks = _tokens(ctx.text, s_start, limit)
        sp: list[_Tok] = []
        for tok in toks:
            if tok.lower in _VERBISH or tok.text in {",", ";", ":"} or _is_quote_tok(tok):
                break
            if sp and not _is_cap(tok) and tok.lower not in {"of", "’s", "'s"} and not tok.lower.endswith(("’s", "'s")):
                if tok.lower.endswith(("ed", "s")) and len(sp) >= 1:
                    break
            sp.append(tok)
            if len(sp) > 8:
                return None
        if not sp:
            return None
        if sp[0].lower in SPEAKER_PRONOUNS:
            return sp[0].start, sp[0].end
        return sp[0].start, sp[-1].end

    def _by_agent(self, right: list[_Tok]) -> tuple[int, int] | None:
        for k, tok in enumerate(right[:4]):
            if tok.lower == "by":
                agent: list[_Tok] = []
                for t in right[k + 1:]:
                    if t.text in {",", ";", ".", ":"} or _is_quote_tok(t) or t.lower == "that":
                        break
                    agent.append(t)
                if agent:
                    return agent[0].start, agent[-1].end
        return None

    def _that_follows(self, right: list[_Tok]) -> bool:
        return any(t.lower == "that" for t in right[:6]) or (bool(right) and right[0].text == ":")

    def _quote_adjacent(self, ctx: _Article, left: list[_Tok], right: list[_Tok], cs: int, ce: int) -> bool:
        nxt = ctx.text[ce:ce + 4].lstrip(" ,:\n")
        if nxt[:1] in "\"“‘'" or ctx.text[ce:ce + 2].lstrip().startswith(":"):
            return True
        prev_text = ctx.text[max(0, cs - 60):cs]
        return any(ch in prev_text for ch in "”\"")

    def _rest_is_adverbial(self, ctx: _Article, family: CueFamily, right: list[_Tok]) -> bool | None:
        """True when nothing but adverbials/addressee follows the cue up to the clause end."""
        n = 0
        for k, tok in enumerate(right):
            if tok.text in {".", "!", "?"} and k == len(right) - 1:
                break
            if tok.text in {",", ";"}:
                nxt = right[k + 1] if k + 1 < len(right) else None
                return nxt is None or _is_quote_tok(nxt) or ctx.starts_quote(nxt.start) or n <= 8
            if _is_quote_tok(tok) or tok.lower == "that" or tok.text == ":":
                return False
            if tok.lower in _VERBISH and tok.lower != "that":
                return False
            if tok.lower not in _TEMPORAL and not _is_cap(tok) and tok.lower not in _OBJECT_WORDS:
                if not (family.takes_object and n < 6):
                    if tok.text not in {".", "-", "’s", "'s"}:
                        return False
            n += 1
            if n > 12:
                return False
        return True

    def _has_content_before(self, ctx: _Article, s_start: int, boundary: int) -> bool:
        start = ctx.quote_start_before(s_start, boundary)
        return len(ctx.text[start:boundary].split()) >= 2

    def _content_before(self, ctx: _Article, s_start: int, boundary: int) -> tuple[int, int] | None:
        start = ctx.quote_start_before(s_start, boundary)
        end = boundary
        seg = ctx.text[start:end].rstrip()
        end = start + len(seg)
        if seg.endswith(","):
            end -= 1
        return ctx.trim(start, end)

    def _content_after(
        self, ctx: _Article, family: CueFamily, s_end: int, ce: int, right: list[_Tok], skip_object: bool
    ) -> tuple[int, int] | None:
        text = ctx.text
        k = 0
        # Addressee: "told reporters (on Monday) that", "warned the Taliban that".
        if skip_object:
            for j, tok in enumerate(right[:10]):
                if tok.lower == "that" or tok.text == ":" or (tok.text == "," and j + 1 < len(right) and _is_quote_tok(right[j + 1])):
                    k = j
                    break
                if _is_quote_tok(tok) or tok.lower in _VERBISH - {"that"}:
                    break
            else:
                k = 0
            if k == 0 and right:
                j = 0
                if right[0].lower in _OBJECT_WORDS:
                    j = 1
                elif _is_cap(right[0]) and not ctx.starts_quote(right[0].start):
                    while j < len(right) and _is_cap(right[j]):
                        j += 1
                k = j
        # Adverbials between cue and content: "said Tuesday", "said in a statement".
        j = k
        while j < len(right) and j - k < 8 and right[j].lower in _TEMPORAL and not ctx.starts_quote(right[j].start):
            j += 1
        if j < len(right) and right[j].lower in {"that", ":", ","}:
            k = j
        elif j > k and j < len(right) and right[j].text in {",", ":"}:
            k = j
        while k < len(right) and right[k].text in {",", ":", "that", "-", "—", "–"}:
            k += 1
        if k >= len(right):
            # "X said:" at a paragraph's end followed by the quotation in the next paragraph.
            after = text[s_end:s_end + 6]
            nxt = s_end + len(after) - len(after.lstrip())
            q = ctx.quote_at(nxt)
            if q is not None and text[ce:s_end].rstrip().endswith(":"):
                return q.start, q.end
            return None
        start = right[k].start
        q = ctx.quote_at(start)
        if q is not None and q.start == start:
            return q.start, q.end
        end = s_end
        # Stop before a chained cue: ", adding that", "and warned".
        for j in range(k + 1, len(right)):
            tok = right[j]
            if tok.text in {",", "and", "but"} and not ctx.inside_quote(tok.start):
                nxt_tok = right[j + 1] if j + 1 < len(right) else None
                if nxt_tok is not None and nxt_tok.lower in {"also"} and j + 2 < len(right):
                    nxt_tok = right[j + 2]
                if nxt_tok is not None and self._is_chain_cue(nxt_tok.text):
                    end = tok.start
                    break
        return ctx.trim(start, end)

    def _is_chain_cue(self, word: str) -> bool:
        family = self.cues.get(word.lower())
        return family is not None and not family.belief and not family.prepositional and word.lower().endswith(("ing", "ed", "s")) and word.lower() not in {"is", "was"}

    def _interrupted(
        self, ctx: _Article, content: tuple[int, int], right: list[_Tok], s_end: int
    ) -> tuple[int, int]:
        """'“A,” X said, “B.”' -> one content span A..B."""
        if not ctx.starts_quote(content[0]):
            return content
        for k, tok in enumerate(right[:25]):
            q = ctx.quote_at(tok.start)
            if q is not None and q.start == tok.start and q.start > content[1]:
                if k > 0 and right[k - 1].text in {",", ":"}:
                    return content[0], q.end
                return content
            if tok.text in {".", ";", "!", "?"} and tok.end >= s_end - 1:
                break
        return content

    # ------------------------------------------------------------------ line patterns
    def _line_drafts(self, ctx: _Article, body: list[Sentence], taken: list[tuple[int, int]]) -> list[_Draft]:
        text = ctx.text
        out: list[_Draft] = []
        body_starts = [s.start for s in body]

        def in_body(pos: int) -> bool:
            i = bisect.bisect_right(body_starts, pos) - 1
            return i >= 0 and body[i].start <= pos < body[i].end

        for m in _DASH_ATTR_RE.finditer(text):
            q = ctx.quote_ending_at(m.start())
            if q is None or not in_body(q.start) or any(a <= q.start < b for a, b in taken):
                continue
            out.append(_Draft(m.span("name"), None, m.span("cue"), (q.start, q.end), True))
        for m in _TRANSCRIPT_RE.finditer(text):
            if not in_body(m.start("name")) or any(a <= m.start("name") < b for a, b in taken):
                continue
            name = m.group("name").strip()
            if len(name.replace(".", "").replace(" ", "")) < 2 or name.count(" ") > 3:
                continue
            content = ctx.trim(m.start("content"), m.end("content"))
            if content is not None:
                out.append(_Draft(m.span("name"), None, m.span("cue"), content, False))
        return out

    def _continue_quotes(self, ctx: _Article, drafts: list[_Draft], body: list[Sentence]) -> None:
        """A quotation opening right after a quote-bearing attribution, in the same paragraph,
        with no cue of its own, continues that attribution."""
        cue_starts = sorted(d.cue[0] for d in drafts)
        for d in drafts:
            if not (ctx.starts_quote(d.content[0]) or ctx.inside_quote(d.content[1] - 1)):
                continue
            anchor = max(d.content[1], d.cue[1], d.speaker[1] if d.speaker else 0)
            while True:
                # Next sentence end: after the attribution's own sentence.
                stop = ctx.text.find("\n", anchor)
                stop = len(ctx.text) if stop == -1 else stop
                gap_end = _skip_to_next_quote(ctx.text, anchor, stop)
                if gap_end is None:
                    break
                q = ctx.quote_at(gap_end)
                if q is None or q.start != gap_end or q.words < self.min_quote_words:
                    break
                i = bisect.bisect_left(cue_starts, q.start)
                if i < len(cue_starts) and cue_starts[i] < ctx.text.find("\n", q.end) % (len(ctx.text) + 1):
                    line_end = ctx.text.find("\n", q.end)
                    line_end = len(ctx.text) if line_end == -1 else line_end
                    if cue_starts[i] < line_end:
                        break
                d.content = (d.content[0], q.end)
                anchor = q.end

    # ------------------------------------------------------------------ output
    def _finish(self, ctx: _Article, d: _Draft, resolver: SpeakerResolver | None) -> Attribution:
        text = ctx.text
        cstart, cend = d.content
        direct = ctx.wholly_quoted(cstart, cend, self.min_quote_words)
        if not direct:
            # 'He plans to "press ... Afghanistan," the State Department said': when one
            # quotation carries most of the content, the quotation is the content.
            q = ctx.last_quote_in(cstart, cend)
            if q is not None and q.words >= self.min_quote_words and q.end >= cend - 2:
                outside = _count_words(text, cstart, q.start)
                if outside <= max(3, q.words // 4):
                    cstart, cend = q.start, min(q.end, cend) if q.end <= cend else q.end
                    direct = True
        speaker = text[d.speaker[0]:d.speaker[1]] if d.speaker else None
        title = text[d.title[0]:d.title[1]] if d.title else None
        resolved: str | None = None
        if speaker is not None:
            resolved = speaker
            if resolver is not None:
                found = resolver.resolve(speaker, d.speaker[0] if d.speaker else cstart)
                if found is not None:
                    resolved = found
                    if looks_like_name(found):
                        resolver.note_speaker(d.cue[0], found)
                elif speaker.split()[0].lower() in DETERMINERS or speaker.lower() in SPEAKER_PRONOUNS:
                    resolved = None
        return Attribution(
            speaker=speaker,
            speaker_start=d.speaker[0] if d.speaker else None,
            speaker_end=d.speaker[1] if d.speaker else None,
            cue=text[d.cue[0]:d.cue[1]],
            cue_start=d.cue[0],
            cue_end=d.cue[1],
            content=text[cstart:cend],
            content_start=cstart,
            content_end=cend,
            direct=direct,
            speaker_resolved=resolved,
            speaker_title=title,
        )


def m_is_participle(word: str) -> bool:
    return word.endswith(("ed", "told", "written", "said", "shown", "found", "thought"))


def _skip_to_next_quote(text: str, pos: int, stop: int) -> int | None:
    """Offset of the next non-space character after the sentence ending at/after ``pos`` if it
    is a quotation mark within this paragraph."""
    j = pos
    # Skip the rest of the attribution sentence ("the State Department said.").
    while j < stop and text[j] not in ".!?":
        if text[j] in "\"“‘'" and j > pos:
            break
        j += 1
    if j < stop and text[j] in ".!?":
        j += 1
    while j < stop and text[j] in " \t\u00a0":
        j += 1
    if j < stop and text[j] in "\"“‘'`":
        return j
    return None


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    out: list[_Draft] = []
    for d in drafts:
        if any(o.cue == d.cue for o in out):
            continue
        out.append(d)
    return out


class _Article:
    """Quotation lookups over one article."""

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        self.text = text
        self.quotes = quotes
        self._starts = [q.start for q in quotes]
        self._by_start = {q.start: q for q in quotes}
        self._by_end: dict[int, Quote] = {q.end: q for q in quotes}
        self._close_marks = {q.end - 1 for q in quotes if q.closed} | {q.end - 2 for q in quotes if q.closed and text[q.end - 2:q.end] == "''"}

    def quote_at(self, pos: int) -> Quote | None:
        """The outermost quotation containing ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        best: Quote | None = None
        while i >= 0:
            q = self.quotes[i]
            if q.start <= pos < q.end and (best is None or q.end - q.start > best.end - best.start):
                best = q
            if self.quotes[i].start < pos - 20000:
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
        """The sentence start, or the start of the quotation it lies inside (multi-sentence quotes)."""
        q = self.quote_at(s_start)
        if q is not None and q.start < s_start and q.end <= boundary + 2:
            return q.start
        return s_start

    def last_quote_in(self, start: int, end: int) -> Quote | None:
        i = bisect.bisect_right(self._starts, end) - 1
        while i >= 0 and self.quotes[i].start >= start:
            q = self.quotes[i]
            if q.end <= end + 2 and q.words >= 1:
                return q
            i -= 1
        return None

    def wholly_quoted(self, start: int, end: int, min_words: int) -> bool:
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
        while end > start and (text[end - 1].isspace() or (text[end - 1] in ".,;:" and not self.inside_quote(end - 1))):
            end -= 1
        if end - start < 2 or not any(ch.isalnum() for ch in text[start:end]):
            return None
        return start, end


@lru_cache(maxsize=1)
def _default_finder() -> AttributionFinder:
    return AttributionFinder()


def find_attributions(text: str) -> list[Attribution]:
    """Split ``text`` into sentences and find its attributions with the default finder."""
    from factkit.split import split_sentences

    return _default_finder().find(text, split_sentences(text))


def _iter_body(sentences: Iterable[Sentence]) -> Iterable[Sentence]:
    return (s for s in sentences if s.kind == "body")
