"""Attribution finder: who said what, in an article's body sentences.

Regex and light token heuristics only (no parser, no model): a few milliseconds per article.

1. Quotation marks are paired over the whole text ("straight", “curly”, ''doubled'', ‘single’),
   paragraph-continued quotes joined; a stray mark is dropped, never fatal.
2. Reporting cues come from a data file (``factkit/lang/en/cues.txt``: said, told, warned, according
   to, ...). Each cue in a body sentence, outside a quotation, is read in one of these frames:

   * prepositional:  "According to X, C."  /  "C, according to X."
   * trailing:       "C, X said."  /  "“C,” X said."  (C may span sentences of one quotation)
   * inverted:       "“C,” said X, a spokesman."
   * interrupted:    "“A,” X said, “B.”"  -> one attribution covering A..B
   * leading:        "X said (that) C."  /  "X told Y that C."  /  "X said: “C.”"
   * parenthetical:  "Back home, X said, he decided C."  -> the whole sentence
   * chained:        "X said A, adding that B."  -> second attribution, same speaker
   * passive:        "It was reported that C."  -> no speaker

   plus noun cues ("a warning from X that C", "X's claim that C"), quote-dash lines
   (“C” ― X) and transcript lines (SMITH: C). Speech cues are read first; belief cues
   ("a poll shows that") and stance cues ("X cited Y") only where no report already covers
   the words, and only in leading frames. A report nested in another's content is skipped; a
   coordinated one ("..., but she noted that B") ends the first content. A direct quotation
   right after an attribution (same paragraph, or a next paragraph that is only quotation)
   with no cue of its own continues it (PolNeAR convention).
3. Speakers are cut from the clause with appositions split ("The UN human rights chief,
   Michelle Bachelet," -> speaker "Michelle Bachelet", title "The UN human rights chief") and
   resolved by :class:`factkit.annotate.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from factkit.annotate.speakers import (
    DETERMINERS,
    SPEAKER_PRONOUNS,
    WORD_LISTS,
    SpeakerResolver,
    looks_like_name,
)
from factkit.config import AttributionConfig
from factkit.document import Attribution, Sentence
from factkit.lang import entries

__all__ = [
    "AttributionFinder",
    "CueFamily",
    "Quote",
    "find_attributions",
    "find_quotes",
    "load_cues",
]


_WORDS = WORD_LISTS

# ---------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class CueFamily:
    lemma: str
    forms: tuple[str, ...]
    takes_object: bool = False  # "told reporters that ..."
    prepositional: bool = False  # "according to X"
    belief: bool = False  # non-speech source ("a poll shows that ...")
    quote_only: bool = False  # only next to a quotation or a colon
    noun: bool = False  # bare/-s forms are also nouns ("the state", "his claims")
    needs_that: bool = False  # only with a that-clause, colon or quotation after it
    stance: bool = False  # a stance or intention, not speech ("criticized X", "wants to")


def load_cues(path: str | Path | None = None) -> dict[str, CueFamily]:
    """Surface form -> cue family, from ``factkit/lang/en/cues.txt`` or a file in its format."""
    lines = Path(path).read_text(encoding="utf-8").splitlines() if path else entries("cues")
    table: dict[str, CueFamily] = {}
    for raw in lines:
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
            noun="noun" in flags,
            needs_that="that" in flags or "belief" in flags,
            stance="stance" in flags,
        )
        for form in forms:
            table.setdefault(form.lower(), family)
    return table


# ---------------------------------------------------------------------------- quotations

_NEWLINE_RE = re.compile("\n")
_MARK_RE = re.compile(r"''|``|[\"“”„«»]")
_SINGLE_OPEN_RE = re.compile(r"(?<![\w’'])[‘'](?=[\w$])")
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
    newlines = [m.start() for m in _NEWLINE_RE.finditer(text)]

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
    if _SINGLE_OPEN_RE.search(text) is None:
        return found
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

_TOKEN_RE = re.compile(r"\w+(?:[’'.&\-]\w+)*(?:n[’']t)?[’']?|''|``|[^\w\s]")
_AUX = _WORDS["aux"]
_BE = frozenset({"is", "are", "was", "were", "been", "being", "be", "am", "’s", "'s"})
_CLAUSE_WORDS = _WORDS["clause_words"]
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_NON_SUBJECT = _WORDS["non_subject"]
_PREPOSITIONS = _WORDS["prepositions"]
_TEMPORAL = _WORDS["adverbials"]
_TRAILING_TIME = _WORDS["trailing_time"]
_OBJECT_WORDS = _WORDS["object_words"]
_SPEAKER_LEAD = _WORDS["speaker_lead"]
_APPOSITIVE_LEAD = _WORDS["appositive_lead"]
_VERBISH = _WORDS["verbish"]
_ING_OK_BEFORE = _WORDS["ing_ok_before"]
_ING_PREPOSITIONS = frozenset({"by", "after", "before", "without", "while", "when", "from", "in"})
_INTRO_WORDS = frozenset({"however", "meanwhile", "instead", "still", "yet", "so", "but", "and"})
_PHONE_PARTICLES = frozenset({"in", "into", "off", "up", "back"})
_SUBORDINATORS = _WORDS["subordinators"]
_COORDINATORS = frozenset({"and", "but", "while", "although", "though", "whereas", "yet"})
_CHAIN_BEFORE = frozenset({",", "and", "but", "while", "then", "also", "later", "before", "after"})
_HARD_BOUNDARY = frozenset({";", ":", "(", ")", "—", "–", "--", "!", "?", "[", "]"})
_DASH_ATTR_RE = re.compile(
    r"(?<=[”\"'])[ \t\u00a0]*(?P<cue>―|—|–|--)[ \t\u00a0]*"
    r"(?P<name>[A-Z][^\n.,;:“”\"()]{1,60}?)[ \t\u00a0]*(?=[.\n,(]|$)"
)
_TRANSCRIPT_RE = re.compile(
    r"^(?P<lead>[ \t]*[\"“]?)(?P<name>[A-Z][A-Z.'’\- ]{1,40}[A-Z.])(?P<cue>:)"
    r"[ \t]+(?P<content>\S[^\n]*)",
    re.MULTILINE,
)
_NOUN_CUES = (
    r"warnings?|statements?|claims?|announcements?|assertions?|allegations?|reports?|"
    r"predictions?|promises?|pledges?|threats?|admissions?|suggestions?|estimates?|"
    r"assurances?|accusations?|insistence|contentions?|arguments?|remarks?|comments?"
)
# "a warning from X that C" / "X's claim that C" (the speaker is a short phrase or a name).
_NOUN_CUE_RE = re.compile(
    rf"\b(?P<cue>{_NOUN_CUES})\s+"
    rf"(?:(?:from|by)\s+(?P<speaker>(?:[\w’'.\-]+\s+){{0,6}}?[\w’'.\-]+)\s+)?that\s"
)
_NOUN_OWNER_RE = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4})[’']s\s+(?:\w+\s+)?$")
_QUOTE_SENTENCE_END_RE = re.compile(r"[.!?][”\"](?=\s+[A-Z“\"])|[.!?](?=\s+[“\"][A-Z])")


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    lower: str


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out = []
    for m in _TOKEN_RE.finditer(text, start, end):
        word = m.group()
        out.append(_Tok(word, m.start(), m.end(), word.lower()))
    return out


_QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``", "„", "«", "»", "‘", "’"})


def _is_quote_tok(tok: _Tok) -> bool:
    return tok.text in _QUOTE_TOKENS


def _is_cap(tok: _Tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


_ABBREVIATIONS = _WORDS["abbreviations"]


def _abbreviation(tok: _Tok) -> bool:
    """A token a period after it does not end: an initial ("R") or a title ("Mr")."""
    return (len(tok.text) == 1 and tok.text.isupper()) or tok.lower in _ABBREVIATIONS


def _is_verbish(tok: _Tok) -> bool:
    lower = tok.lower
    return lower in _VERBISH or lower.endswith(("n't", "n’t"))


Span = tuple[int, int]
# Contractions before a cue that are subject + auxiliary, not possessives ("he's said").
SPEAKER_POSSESSIVE_OK = frozenset(
    {"he’s", "he's", "she’s", "she's", "it’s", "it's", "that’s", "that's", "who’s", "who's"}
)

# ---------------------------------------------------------------------------- finder


@dataclass(slots=True)
class _Draft:
    speaker: Span | None
    title: Span | None
    cue: Span
    content: Span


@dataclass(slots=True)
class _SpeakerFit:
    speaker: Span
    title: Span | None
    boundary: int | None  # where the clause before the speaker ends (content or intro)


class AttributionFinder:
    """Finds attributions in an article; build once, call :meth:`find` per article."""

    def __init__(self, config: AttributionConfig | None = None) -> None:
        self.config = config or AttributionConfig()
        self.cues = load_cues(self.config.cues_file)
        # Cues are matched lower-case (so "United States" is no cue); a capitalised
        # "According to" is allowed too. A trie-shaped pattern keeps the scan fast.
        alternation = _trie_pattern([*self.cues, "According to"])
        self.cue_re = re.compile(rf"(?<![\w’'\-])(?:{alternation})(?![\w’'\-])")
        self.min_quote_words = self.config.min_quote_words

    # ------------------------------------------------------------------ public API
    def find(self, text: str, sentences: list[Sentence]) -> list[Attribution]:
        """Attributions whose cue lies in a body sentence, in text order."""
        body = sorted((s for s in sentences if s.kind == "body"), key=lambda s: s.start)
        if not body or not text:
            return []
        ctx = _Article(text, find_quotes(text), sentences)
        drafts: list[_Draft] = []
        for sent in body:
            start, end = max(0, sent.start), min(sent.end, len(text))
            if start < end:
                drafts.extend(self._sentence_drafts(ctx, start, end))
        drafts.extend(self._line_drafts(ctx, body, drafts))
        drafts.extend(self._noun_drafts(ctx, body, drafts))
        drafts.sort(key=lambda d: d.cue[0])
        drafts = _dedupe(drafts)
        self._continue_quotes(ctx, drafts)
        resolver = (
            SpeakerResolver(text, [(s.start, s.end) for s in body])
            if self.config.resolve_speakers
            else None
        )
        return [self._finish(ctx, d, resolver) for d in drafts]

    # ------------------------------------------------------------------ sentence frames
    def _sentence_drafts(self, ctx: _Article, start: int, end: int) -> list[_Draft]:
        """Speech cues first, left to right; then belief/stance cues where no report is."""
        text = ctx.text
        speech: list[tuple[re.Match[str], CueFamily]] = []
        other: list[tuple[re.Match[str], CueFamily]] = []
        for m in self.cue_re.finditer(text, start, end):
            family = self.cues.get(" ".join(m.group().lower().split()))
            if family is None or ctx.inside_quote(m.start()):
                continue
            lt = text.rfind("<", max(0, m.start() - 200), m.start())
            if lt != -1 and ">" not in text[lt : m.start()]:
                continue  # inside markup: <tweet tweet-id=...>
            (other if family.belief or family.stance else speech).append((m, family))
        out: list[_Draft] = []
        toks: list[_Tok] | None = None  # the sentence's tokens, made once when needed
        starts: list[int] = []
        for group in (speech, other):
            prev: _Draft | None = None
            for m, family in group:
                cs, ce = m.start(), m.end()
                if any(d.content[0] <= cs < d.content[1] for d in out):
                    continue  # a report nested in an earlier one's content
                if toks is None:
                    toks = _tokens(text, start, end)
                    starts = [t.start for t in toks]
                lo = bisect.bisect_left(starts, cs - 360)
                mid = bisect.bisect_left(starts, cs)
                left = [t for t in toks[lo:mid] if t.end <= cs]
                right = toks[bisect.bisect_left(starts, ce) :]
                draft = self._read_frame(
                    ctx, family, m.group().lower(), start, end, cs, ce, prev, left, right
                )
                if draft is None:
                    continue
                if group is other and any(
                    draft.content[0] <= d.cue[0] < draft.content[1] for d in out
                ):
                    continue  # 'He plans to "press ...," the State Department said'
                out.append(draft)
                prev = draft
        return out

    def _read_frame(
        self,
        ctx: _Article,
        family: CueFamily,
        form: str,
        s_start: int,
        s_end: int,
        cs: int,
        ce: int,
        prev: _Draft | None,
        left: list[_Tok],
        right: list[_Tok],
    ) -> _Draft | None:
        """One cue in its sentence: ``left``/``right`` are the sentence's tokens around it."""
        if family.prepositional:
            return self._prepositional(ctx, s_start, s_end, cs, ce, right)
        # Auxiliaries and adverbs between subject and cue: "has also said", "wouldn't say".
        i = len(left)
        while i > 0 and (
            left[i - 1].lower in _AUX
            or left[i - 1].lower.endswith(("n't", "n’t"))
            or (
                left[i - 1].text.endswith("ly")
                and left[i - 1].text.islower()
                and len(left[i - 1].text) > 4
            )
        ):
            i -= 1
        aux = left[i:]
        head_left = left[:i]
        before = head_left[-1] if head_left else None
        if before is not None and before.lower == "to":
            return None  # infinitive: "declined to say"
        first_word = form.split()[0]
        if (
            family.noun
            and not first_word.endswith(("ed", "ing"))
            and first_word not in {"told", "said", "wrote"}
            and not self._verb_evidence(ctx, aux, before, right)
        ):
            return None
        if (
            form.endswith("ing")
            and not aux
            and (
                before is None
                or not (before.lower in _ING_OK_BEFORE or before.lower.endswith(("n't", "n’t")))
            )
        ):
            return None  # "It's worth noting", "a warning from"
        quote_next = self._quote_after(ctx, right)
        that_next = self._that_follows(right, family)
        if (
            family.quote_only
            and quote_next is None
            and not that_next
            and not (right and right[0].text == ":")
            and not (before is not None and ctx.is_closing_mark(before.start))
            and not self._closing_quote_before(ctx, head_left)
        ):
            return None
        # Chained: "X said A, adding that B" / "... and warned that B".
        if (
            prev is not None
            and before is not None
            and before.lower in _CHAIN_BEFORE
            and prev.content[0] < cs
            and not (
                before.text == ","
                and not form.endswith("ing")
                and self._closing_quote_before(ctx, head_left)
            )
        ):
            if family.needs_that and not (that_next or quote_next is not None):
                return None
            return self._leading(ctx, family, prev.speaker, prev.title, s_end, cs, ce, right)
        if before is not None and before.text == "," and form.endswith("ing"):
            # Participle after the main clause: "The RNC filed a complaint, claiming that C".
            subject = self._sentence_subject(ctx, s_start, before.start)
            if subject is None:
                return None
            return self._leading(ctx, family, subject, None, s_end, cs, ce, right)
        if any(t.lower in _BE for t in aux) and form.endswith(
            ("ed", "told", "said", "written", "shown", "found", "thought")
        ):
            # Passive: "It was reported that C" (agent from "by X" when given).
            if not (that_next or quote_next is not None):
                return None
            return self._leading(ctx, family, self._by_agent(right), None, s_end, cs, ce, right)
        # "“C,” said X" -- the cue right after a closing quotation mark.
        if before is not None and (
            ctx.is_closing_mark(before.start)
            or (
                before.text == ","
                and len(head_left) > 1
                and ctx.is_closing_mark(head_left[-2].start)
            )
        ):
            return self._inverted(ctx, s_start, s_end, cs, ce, head_left, right)
        # "“C,” X said" -- a closing quotation mark before the speaker.
        qclose = self._closing_quote_before(ctx, head_left)
        if qclose is not None and (
            ctx.text[max(0, qclose - 3) : qclose].rstrip("”\"'’ ")[-1:] not in {".", "!", "?"}
            or self._right_shape(ctx, family, right) != "content"
        ):
            fit = self._speaker_left(ctx, [t for t in head_left if t.start >= qclose])
            if fit is None:
                return None
            content = self._content_before(ctx, s_start, qclose)
            if content is None:
                return None
            content = self._interrupted(ctx, content, right, s_end)
            return _Draft(fit.speaker, fit.title, (cs, ce), content)
        if qclose is not None:
            head_left = [
                t for t in head_left if t.start >= qclose
            ]  # '“... .” Russia insisted that'
        if before is None or not head_left:
            return None
        if (form.endswith("ing") and before.lower in _ING_PREPOSITIONS) or (
            prev is None and before.lower in {"and", "but"}
        ):
            # "... and began by saying he would", "... and has called for": the sentence subject.
            subject = self._sentence_subject(ctx, s_start, before.start)
            if subject is None:
                return None
            return self._leading(ctx, family, subject, None, s_end, cs, ce, right)
        if right and right[0].lower in _PHONE_PARTICLES and family.lemma == "call":
            return None  # "called into the radio show"
        if before.lower in _NON_SUBJECT or before.text in {"(", "-", "<", "/"}:
            return None  # a noun use: "the report", "his claims"
        if before.text == "," and self._weak_inversion(family, ctx, head_left, right, s_end):
            return self._inverted(ctx, s_start, s_end, cs, ce, head_left, right)
        fit = self._speaker_left(ctx, head_left)
        if fit is None:
            return None
        shape = self._right_shape(ctx, family, right)
        if (
            fit.boundary is not None
            and shape in {"end", "paren"}
            and not (family.belief or family.stance)
            and self._words(ctx, s_start, fit.boundary) >= (3 if shape == "end" else 1)
        ):
            if shape == "end":
                content = self._content_before(ctx, s_start, fit.boundary)
            else:
                # "Back in Virginia, Mr. Clarke said, he decided ...": the whole sentence.
                content = ctx.trim(ctx.quote_start_before(s_start, s_end), s_end)
            if content is None:
                return None
            return _Draft(fit.speaker, fit.title, (cs, ce), content)
        if shape == "end":
            # "..., Smith told CNN." with nothing before: the previous quotation, if adjacent.
            return None
        if family.needs_that and not (
            that_next or quote_next is not None or (right and right[0].text == ":")
        ):
            return None
        return self._leading(ctx, family, fit.speaker, fit.title, s_end, cs, ce, right)

    # ---- evidence helpers
    def _verb_evidence(
        self, ctx: _Article, aux: list[_Tok], before: _Tok | None, right: list[_Tok]
    ) -> bool:
        """A noun-ambiguous form ("states", "claims", "report") used as a verb."""
        if before is None or before.lower in _NON_SUBJECT or before.lower in _PREPOSITIONS:
            return False
        if before.text[:1].isdigit() or (
            before.lower.endswith(("’s", "'s", "s’", "s'"))
            and before.lower not in SPEAKER_POSSESSIVE_OK
        ):
            return False  # "18 states", "Editor’s note"
        if any(t.lower in _VERBISH or t.lower.endswith(("n't", "n’t")) for t in aux):
            return True
        nxt = right[0] if right else None
        if before.text.islower() and before.lower not in SPEAKER_PRONOUNS:
            # "angry tweets", "member states": after a lower-case word only "that"/":"/a quote.
            return nxt is not None and (
                nxt.lower == "that"
                or nxt.text == ":"
                or ctx.starts_quote(nxt.start)
                or _is_quote_tok(nxt)
            )
        if (
            nxt is None
            or nxt.text in {",", ":", "."}
            or _is_quote_tok(nxt)
            or ctx.starts_quote(nxt.start)
        ):
            return True
        lower = nxt.lower
        if lower in {
            "that",
            "the",
            "a",
            "an",
            "his",
            "her",
            "their",
            "its",
            "he",
            "she",
            "they",
            "it",
            "we",
            "i",
            "to",
            "this",
            "these",
            "in",
            "on",
            "at",
            "for",
            "him",
            "them",
            "me",
            "us",
            "you",
            "there",
            "about",
        }:
            return True
        return _is_cap(nxt)

    def _quote_after(self, ctx: _Article, right: list[_Tok]) -> int | None:
        """Index in ``right`` of a quotation opening right after the cue (adverbials allowed)."""
        for k, tok in enumerate(right[:12]):
            if ctx.starts_quote(tok.start):
                q = ctx.quote_at(tok.start)
                return k if q is not None and q.words >= self.min_quote_words else None
            if tok.text in {",", ":"} or tok.lower in _TEMPORAL or _is_cap(tok):
                continue
            return None
        return None

    def _that_follows(self, right: list[_Tok], family: CueFamily) -> bool:
        """A "that"-clause (or colon) right after the cue, past adverbials or an addressee."""
        if right and right[0].text == ":":
            return True
        for n, tok in enumerate(right[:14]):
            if tok.lower == "that":
                return True
            if tok.text in {".", ";", "?", "!", ","} or _is_verbish(tok):
                return False
            if not family.takes_object and tok.lower not in _TEMPORAL and not _is_cap(tok):
                return False
            if n >= 10:
                return False
        return False

    def _closing_quote_before(self, ctx: _Article, head_left: list[_Tok]) -> int | None:
        """End offset of a closing quotation mark followed only by a speaker phrase."""
        for n, tok in enumerate(reversed(head_left)):
            if ctx.is_closing_mark(tok.start):
                q = ctx.quote_ending_at(tok.end)
                if q is None or q.words < 1 or n == 0:
                    return None
                # The clause before the speaker must open with this quotation (or one ending
                # right before it: '“A,” “B,” X said' / 'Mills “got it,” Jordan said' is not).
                sent_lead = ctx.text[ctx.sentence_start_for(q.start) : q.start]
                if sent_lead.strip() and not ctx.starts_quote(ctx.sentence_start_for(q.start)):
                    return None
                return tok.end
            if (
                _is_quote_tok(tok)
                or tok.text in {";", ":", "?", "!"}
                or (tok.text == "." and n == 0)
            ):
                return None
            if tok.lower in _SUBORDINATORS or (tok.lower in self.cues and tok.text.islower()):
                return None
            if n >= 45:
                return None
        return None

    def _right_shape(self, ctx: _Article, family: CueFamily, right: list[_Tok]) -> str:
        """What follows the cue: 'end' (only adverbials/addressee), 'paren' (adverbials, a comma,
        more clause: a parenthetical "X said,"), 'quote' or 'content'."""
        for k, tok in enumerate(right):
            if tok.text in {".", "!", "?"} and k >= len(right) - 2:
                return "end"
            if _is_quote_tok(tok) and k == len(right) - 1:
                return "end"
            if tok.text in {",", ";", "—", "–", "--"}:
                nxt = right[k + 1] if k + 1 < len(right) else None
                if nxt is None:
                    return "end"
                if ctx.starts_quote(nxt.start) or _is_quote_tok(nxt):
                    return "quote"
                if self._is_chain_cue(nxt.text) or nxt.lower in {"and", "but", "adding", "saying"}:
                    return "end"
                return "paren"
            if ctx.starts_quote(tok.start) or _is_quote_tok(tok):
                return "quote"
            if tok.lower == "that" or tok.text == ":" or _is_verbish(tok):
                return "content"
            if (
                tok.lower not in _TEMPORAL
                and not _is_cap(tok)
                and tok.lower not in _OBJECT_WORDS
                and tok.text not in {".", "-", "’s", "'s", "&"}
            ):
                return "content"
            if k >= 14:
                return "content"
        return "end"

    def _weak_inversion(
        self, family: CueFamily, ctx: _Article, head_left: list[_Tok], right: list[_Tok], s_end: int
    ) -> bool:
        """ "The plan failed, said Smith." without quotation marks: only say-type cues, a
        speaker-like phrase ending the sentence, and a clause (not an apposition) before."""
        if family.takes_object or family.needs_that or not right:
            return False
        first = right[0]
        if not (
            first.lower in _SPEAKER_LEAD
            or (first.text[:1].isupper() and first.lower not in _TEMPORAL)
        ):
            return False
        n = 0
        for k, tok in enumerate(right):
            if tok.text in {",", ".", ";"}:
                after = right[k + 1] if k + 1 < len(right) else None
                if (
                    tok.text == ","
                    and after is not None
                    and after.text[:1].isupper()
                    and after.lower not in _APPOSITIVE_LEAD
                ):
                    return False
                break
            if _is_verbish(tok) or _is_quote_tok(tok):
                return False
            n += 1
        if n > 7:
            return False
        segments = self._segments(head_left[:-1])
        for seg in segments[:5]:
            if seg and looks_like_name(ctx.text[seg[0].start : seg[-1].end]):
                return False  # "Donna Rawlings, 59, of Ashton, Md., said ...": an apposition
            if seg and not self._appositive(seg):
                break
        return len(head_left) >= 6

    # ---- frames
    def _prepositional(
        self, ctx: _Article, s_start: int, s_end: int, cs: int, ce: int, right: list[_Tok]
    ) -> _Draft | None:
        text = ctx.text
        sp: list[_Tok] = []
        for tok in right:
            if (
                tok.text in {",", ";", ":", "(", ")", "—", "–", "--"}
                or _is_quote_tok(tok)
                or tok.lower in {"that", "which", "who"}
            ):
                break
            sp.append(tok)
            if len(sp) > 14:
                break
        while sp and sp[-1].text in {".", "’", "'"}:
            sp.pop()
        if not sp:
            return None
        speaker = (sp[0].start, sp[-1].end)
        before = text[s_start:cs]
        lead = before.strip().lower().rstrip(",")
        if (
            not lead
            or lead in {"but", "and", "yet", "so", "also", "however", "still", "now"}
            or before.rstrip().endswith(("—", ":"))
        ):
            comma = text.find(",", speaker[1], s_end)
            cstart = comma + 1 if comma != -1 and comma - speaker[1] < 80 else speaker[1]
            content = ctx.trim(cstart, s_end)
        else:
            cut_end = s_start + len(before.rstrip())
            if text[cut_end - 1 : cut_end] == ",":
                cut_end -= 1
            content = ctx.trim(ctx.quote_start_before(s_start, cut_end), cut_end)
        if content is None:
            return None
        return _Draft(speaker, None, (cs, ce), content)

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
            if tok.text == "." and sp and _abbreviation(sp[-1]) and tok.end < s_end - 1:
                sp.append(tok)  # "said Ronald R. Fieldstone", "said Mr. Smith"
                continue
            if tok.text in {",", ";", ".", ":", "(", "—", "–", "--"} or _is_quote_tok(tok):
                break
            sp.append(tok)
        while sp and sp[0].lower in _TEMPORAL and sp[0].lower not in _SPEAKER_LEAD:
            sp.pop(0)  # "said Tuesday Smith" is rare; "said Tuesday" leaves nothing
        if not sp:
            return None
        speaker: Span = (sp[0].start, sp[-1].end)
        title: Span | None = None
        if ctx.text[sp[-1].end : sp[-1].end + 1] == ",":
            # ", said John Smith, a spokesman for the agency."
            title_toks: list[_Tok] = []
            for tok in _tokens(ctx.text, sp[-1].end + 1, s_end):
                if _is_quote_tok(tok) or ctx.starts_quote(tok.start):
                    break
                title_toks.append(tok)
            while title_toks and title_toks[-1].text in {",", ".", ";"}:
                title_toks.pop()
            if (title_toks and title_toks[0].lower in _APPOSITIVE_LEAD | {"a", "an", "the"}) or (
                title_toks and not title_toks[0].text[:1].isupper()
            ):
                title = (title_toks[0].start, title_toks[-1].end)
        boundary = head_left[-1].start if head_left[-1].text == "," else head_left[-1].end
        content = self._content_before(ctx, s_start, boundary)
        if content is None:
            return None
        content = self._interrupted(ctx, content, right, s_end)
        return _Draft(speaker, title, (cs, ce), content)

    def _leading(
        self,
        ctx: _Article,
        family: CueFamily,
        speaker: Span | None,
        title: Span | None,
        s_end: int,
        cs: int,
        ce: int,
        right: list[_Tok],
    ) -> _Draft | None:
        content = self._content_after(ctx, family, s_end, ce, right)
        if content is None:
            return None
        return _Draft(speaker, title, (cs, ce), content)

    # ---- speaker phrases
    def _segments(self, toks: list[_Tok]) -> list[list[_Tok]]:
        """Comma-separated segments right to left, stopping at a hard clause boundary."""
        segments: list[list[_Tok]] = []
        current: list[_Tok] = []
        depth = 0
        for tok in reversed(toks):
            if tok.text == ")" and not depth:
                depth = 1  # "Rep. Elijah E. Cummings (D-Md.) said": keep the parenthesis
                current.insert(0, tok)
                continue
            if depth:
                current.insert(0, tok)
                if tok.text == "(":
                    depth = 0
                continue
            if tok.text == ",":
                segments.append(current)
                current = []
                if len(segments) > 5:
                    return segments
                continue
            if _is_quote_tok(tok) or tok.text in _HARD_BOUNDARY:
                break
            current.insert(0, tok)
        segments.append(current)
        return segments

    def _np_from_right(self, seg: list[_Tok]) -> list[_Tok]:
        """The noun phrase ending a segment: cut at the last clause word ("But Megan Hester")."""
        out: list[_Tok] = []
        for k in range(len(seg) - 1, -1, -1):
            tok = seg[k]
            if tok.lower in _CLAUSE_WORDS and out:
                if tok.lower == "and" and k > 0 and _is_cap(seg[k - 1]) and _is_cap(out[0]):
                    out.insert(0, tok)
                    continue
                break
            if tok.lower in _RELATIVES and not out:
                return [tok]  # "the company, which said" -> "which"
            if tok.lower in _CLAUSE_WORDS and not out:
                return []  # "... or even directly declare": no subject
            out.insert(0, tok)
        return out

    def _speaker_left(self, ctx: _Article, toks: list[_Tok]) -> _SpeakerFit | None:
        """Speaker (and title) ending right before the cue, appositions split."""
        segments = self._segments(toks)
        if not segments:
            return None
        if segments[0]:
            np = self._np_from_right(segments[0])
            np = self._clean_speaker(np)
            if not np:
                return None
            cut = len(np) < len(segments[0])
            boundary: int | None = None
            if cut:
                boundary = np[0].start
            elif len(segments) > 1 and segments[1]:
                boundary = segments[1][-1].end
            else:
                # A quotation mark or dash before the speaker: '..." the State Department said'.
                i = next((k for k, t in enumerate(toks) if t.start == np[0].start), 0)
                if i > 0 and (_is_quote_tok(toks[i - 1]) or toks[i - 1].text in _HARD_BOUNDARY):
                    boundary = toks[i - 1].end
            return _SpeakerFit((np[0].start, np[-1].end), None, boundary)
        # The cue follows a comma: an apposition chain "Name, description, said".
        chain: list[list[_Tok]] = []
        k = 1
        while k < len(segments) and segments[k]:
            seg = segments[k]
            chain.append(seg)
            if not self._appositive(seg) or k == len(segments) - 1:
                break
            k += 1
        if not chain:
            return None
        head = self._np_from_right(chain[-1])
        chain[-1] = head
        names = [s for s in chain if s and looks_like_name(ctx.text[s[0].start : s[-1].end])]
        boundary = None
        if k + 1 < len(segments) and segments[k + 1] and len(head) == len(segments[k]):
            boundary = segments[k + 1][-1].end
        elif len(head) < len(segments[k] if k < len(segments) else head):
            boundary = head[0].start if head else None
        if names and len(chain) == 1 and k + 1 < len(segments) and len(head) == len(segments[k]):
            # "The UN human rights chief, Michelle Bachelet, said": a description opening the
            # clause before the name is its title.
            lead = segments[k + 1]
            if (
                lead
                and lead[0].lower in {"the", "a", "an"}
                and len(lead) <= 12
                and not any(_is_verbish(t) for t in lead)
                and (k + 2 >= len(segments) or not segments[k + 2])
            ):
                chain.append(lead)
                boundary = None
        if names:
            name = names[-1]
            desc = [s for s in chain if s is not name]
            title = None
            if desc:
                d = desc[-1] if chain.index(name) == len(chain) - 1 else desc[0]
                d = self._clean_title(d)
                if d:
                    title = (d[0].start, d[-1].end)
            clean = self._clean_speaker(name)
            if not clean:
                return None
            return _SpeakerFit((clean[0].start, clean[-1].end), title, boundary)
        clean = self._clean_speaker(chain[-1])
        if not clean:
            return None
        return _SpeakerFit((clean[0].start, clean[-1].end), None, boundary)

    def _appositive(self, seg: list[_Tok]) -> bool:
        first = seg[0]
        return (
            first.lower in _APPOSITIVE_LEAD
            or not first.text[:1].isupper()
            or (
                len(seg) >= 2
                and any(t.lower in {"of", "at", "for"} for t in seg[1:])
                and first.text[:1].isupper()
                and not looks_like_name(" ".join(t.text for t in seg))
            )
            or (len(seg) >= 3 and seg[1].lower in {"of", "at", "for"})
        )

    def _clean_title(self, seg: list[_Tok]) -> list[_Tok]:
        out = list(seg)
        while out and out[-1].text in {",", ".", "’", "'"}:
            out.pop()
        return out

    def _clean_speaker(self, np: list[_Tok]) -> list[_Tok]:
        """Drop trailing time words ("Trump this week"), reject clauses and prepositions."""
        out = list(np)
        while len(out) > 1 and out[-1].lower in _TRAILING_TIME:
            out.pop()
        if len(out) > 1 and out[-1].lower in SPEAKER_PRONOUNS and out[-2].text[:1].islower():
            return []  # reduced relative clause: "the rate he proposed", "the mail they asked for"
        while out and out[0].text in {"-", "—", "–", "."}:
            out.pop(0)
        if not out or len(out) > 25:
            return []
        if out[0].lower in _PREPOSITIONS:
            # "In a Bloomberg interview Trump declared": the name ending the phrase.
            run = len(out)
            while run > 0 and (out[run - 1].text[:1].isupper() or out[run - 1].text == "."):
                run -= 1
            if run == 0 or run == len(out) or out[run - 1].lower in {"the", "a", "an"}:
                return []
            out = out[run:]
        seen_relative = False
        for tok in out:
            if tok.lower in _RELATIVES or tok.lower == "whose":
                seen_relative = True
            elif _is_verbish(tok) and not seen_relative:
                return []
        return out

    def _sentence_subject(self, ctx: _Article, s_start: int, limit: int) -> Span | None:
        """The noun phrase opening the sentence, past a short introductory phrase
        ("Meanwhile, it attacked Trump, saying ..." -> "it")."""
        toks = _tokens(ctx.text, s_start, limit)
        comma = next((k for k, t in enumerate(toks[:7]) if t.text == ","), None)
        if comma is not None and comma + 1 < len(toks):
            first = toks[0]
            if (
                first.lower in _PREPOSITIONS
                or first.lower in _AUX
                or first.lower in _INTRO_WORDS
                or (first.lower.endswith("ly") and comma == 1)
            ):
                toks = toks[comma + 1 :]
        sp: list[_Tok] = []
        for tok in toks:
            if _is_verbish(tok) or tok.text in {",", ";", ":"} or _is_quote_tok(tok):
                break
            if (
                sp
                and not _is_cap(tok)
                and tok.lower not in {"of", "the"}
                and tok.lower.endswith(("ed", "s"))
            ):
                break
            sp.append(tok)
            if len(sp) > 8:
                return None
        if not sp:
            return None
        if sp[0].lower in SPEAKER_PRONOUNS:
            return sp[0].start, sp[0].end
        return sp[0].start, sp[-1].end

    def _by_agent(self, right: list[_Tok]) -> Span | None:
        for k, tok in enumerate(right[:4]):
            if tok.lower == "by":
                agent: list[_Tok] = []
                for t in right[k + 1 :]:
                    if t.text in {",", ";", ".", ":"} or _is_quote_tok(t) or t.lower == "that":
                        break
                    agent.append(t)
                if agent:
                    return agent[0].start, agent[-1].end
        return None

    # ---- content
    def _words(self, ctx: _Article, s_start: int, boundary: int) -> int:
        start = ctx.quote_start_before(s_start, boundary)
        return len(ctx.text[start:boundary].split())

    def _content_before(self, ctx: _Article, s_start: int, boundary: int) -> Span | None:
        start = ctx.quote_start_before(s_start, boundary)
        end = start + len(ctx.text[start:boundary].rstrip())
        if ctx.text[end - 1 : end] == ",":
            end -= 1
        return ctx.trim(start, end)

    def _content_after(
        self, ctx: _Article, family: CueFamily, s_end: int, ce: int, right: list[_Tok]
    ) -> Span | None:
        text = ctx.text
        k = 0
        if family.takes_object:
            # Addressee: "told reporters (on Monday) that", "tells MSNBC’s “Morning Joe” that".
            for j, tok in enumerate(right[:10]):
                if tok.lower in self.cues and j > 0:
                    break
                if tok.lower == "that" or tok.text == ":":
                    k = j
                    break
                if tok.text == "," and j + 1 < len(right) and ctx.starts_quote(right[j + 1].start):
                    k = j
                    break
                if _is_verbish(tok) or tok.text in {".", ";"}:
                    break
            if k == 0 and right:
                j = 0
                if right[0].lower in _OBJECT_WORDS:
                    j = 1
                elif _is_cap(right[0]) and not ctx.starts_quote(right[0].start):
                    while j < len(right) and (_is_cap(right[j]) or right[j].lower in {"’s", "'s"}):
                        j += 1
                k = j
        # Adverbials between cue and content: "said Tuesday that", "said in a statement:".
        j = k
        while (
            j < len(right)
            and j - k < 10
            and (right[j].lower in _TEMPORAL or (j > k and _is_cap(right[j])))
            and not ctx.starts_quote(right[j].start)
        ):
            j += 1
        if j < len(right) and (right[j].lower == "that" or right[j].text in {":", ","}):
            k = j
        while (k < len(right) and right[k].text in {",", ":", "-", "—", "–", "--"}) or (
            k < len(right) and right[k].lower == "that" and k < 12
        ):
            k += 1
        if k >= len(right) or (right[k].text in {".", "!", "?"} and k >= len(right) - 1):
            # "X said:" closing its paragraph, the quotation in the next one.
            if text[ce:s_end].rstrip().endswith(":"):
                pos = s_end
                while pos < len(text) and text[pos].isspace():
                    pos += 1
                q = ctx.quote_at(pos)
                if q is not None and q.start == pos:
                    return q.start, q.end
                eol = text.find("\n", pos)
                return ctx.trim(pos, len(text) if eol == -1 else eol) if pos < len(text) else None
            return None
        start = right[k].start
        q = ctx.quote_at(start)
        if q is not None and q.start == start:
            tail = text[q.end : s_end]
            inner_end = text[max(q.start, q.end - 3) : q.end]
            if (
                q.end >= s_end - 2
                or any(ch in inner_end for ch in ",.!?:;")
                or len(tail.split()) < 2
                or tail.lstrip()[:1] in {",", "."}
            ):
                return q.start, q.end
        end = s_end
        for j in range(k + 1, len(right)):
            tok = right[j]
            if ctx.inside_quote(tok.start):
                continue
            if tok.text in {",", "and", "but", ";"}:
                nxt = right[j + 1] if j + 1 < len(right) else None
                if (
                    nxt is not None
                    and nxt.lower in {"also", "later", "then"}
                    and j + 2 < len(right)
                ):
                    nxt = right[j + 2]
                if nxt is not None and self._is_chain_cue(nxt.text):
                    end = tok.start
                    break
            if j > k + 2 and self._coordinated_report(right, k, j):
                end = self._coordinated_report(right, k, j) or end
                break
        # A closing quotation mark ending a sentence inside the span ends the content too
        # (the splitter may have kept '... “was unhinged.” She says ...' together).
        m = _QUOTE_SENTENCE_END_RE.search(text, start, end)
        if m is not None:
            end = m.end()
        return ctx.trim(start, end)

    def _coordinated_report(self, right: list[_Tok], k: int, j: int) -> int | None:
        """Start of a coordinated new report inside a content span ("..., but he said B",
        "...; Smith said B"): the content ends there. ``right[j]`` is a candidate cue."""
        tok = right[j]
        family = self.cues.get(tok.lower)
        if family is None or family.belief or family.prepositional or not tok.text[:1].islower():
            return None
        if family.noun and not tok.lower.endswith(("ed", "ing")):
            return None  # "his rubble comment was"
        if j + 1 < len(right) and right[j + 1].lower != "that" and _is_verbish(right[j + 1]):
            return None  # "his rubble comment was"
        i = j
        while i > k and (right[i - 1].lower in _AUX or right[i - 1].lower.endswith(("n't", "n’t"))):
            i -= 1
        n = 0
        while (
            i > k
            and right[i - 1].lower not in _COORDINATORS
            and right[i - 1].text not in {",", ";"}
        ):
            i -= 1
            n += 1
            if n > 6:
                return None
        if n == 0 or i <= k:
            return None
        first = right[i]
        if not (first.lower in SPEAKER_PRONOUNS or first.lower in _SPEAKER_LEAD or _is_cap(first)):
            return None
        boundary = right[i - 1]
        if boundary.lower in _COORDINATORS and i - 2 > k and right[i - 2].text == ",":
            boundary = right[i - 2]
        return boundary.start

    def _is_chain_cue(self, word: str) -> bool:
        family = self.cues.get(word.lower())
        return (
            family is not None
            and not family.belief
            and not family.prepositional
            and word[:1].islower()
            and word.lower().endswith(("ing", "ed", "s", "told", "said", "wrote"))
        )

    def _interrupted(self, ctx: _Article, content: Span, right: list[_Tok], s_end: int) -> Span:
        """'“A,” X said, “B.”' -> one content span A..B."""
        if not ctx.starts_quote(content[0]):
            return content
        for k, tok in enumerate(right[:30]):
            q = ctx.quote_at(tok.start)
            if q is not None and q.start == tok.start and q.start > content[1]:
                if k > 0 and right[k - 1].text in {",", ":"}:
                    return content[0], q.end
                return content
            if tok.text in {";", "!", "?"} or (tok.text == "." and tok.end >= s_end - 2):
                break
        return content

    # ------------------------------------------------------------------ line patterns
    def _noun_drafts(
        self, ctx: _Article, body: list[Sentence], drafts: list[_Draft]
    ) -> list[_Draft]:
        """Noun cues with a that-clause: "a warning from the United Nations that C",
        "Trump’s claim that C" (not inside a quotation or another attribution's content)."""
        text = ctx.text
        out: list[_Draft] = []
        body_starts = [s.start for s in body]
        contents = _SpanCover([d.content for d in drafts])
        cue_starts = {d.cue[0] for d in drafts}
        for m in _NOUN_CUE_RE.finditer(text):
            cue = m.span("cue")
            i = bisect.bisect_right(body_starts, cue[0]) - 1
            if i < 0 or cue[0] >= body[i].end or ctx.inside_quote(cue[0]):
                continue
            end = min(body[i].end, len(text))
            if m.end() >= end or contents.covers(cue[0]) or cue[0] in cue_starts:
                continue
            speaker: Span
            if m.group("speaker"):
                speaker = m.span("speaker")
            else:
                owner = _NOUN_OWNER_RE.search(text, max(body[i].start, cue[0] - 80), cue[0])
                if owner is None:
                    continue  # "the claims that he made": a relative clause, no source
                speaker = owner.span(1)
            content = ctx.trim(m.end(), end)
            if content is None:
                continue
            q = ctx.quote_at(content[1] - 1)
            if q is not None and q.end > content[1]:
                content = (content[0], q.end)
            out.append(_Draft(speaker, None, cue, content))
        return out

    def _line_drafts(
        self, ctx: _Article, body: list[Sentence], drafts: list[_Draft]
    ) -> list[_Draft]:
        text = ctx.text
        out: list[_Draft] = []
        body_starts = [s.start for s in body]
        used = _SpanCover([d.content for d in drafts])

        def in_body(pos: int) -> bool:
            i = bisect.bisect_right(body_starts, pos) - 1
            return i >= 0 and body[i].start <= pos < body[i].end

        def free(pos: int) -> bool:
            return not used.covers(pos)

        for m in _DASH_ATTR_RE.finditer(text):
            q = ctx.quote_ending_at(m.start())
            if (
                q is None
                or q.words < self.min_quote_words
                or not in_body(q.start)
                or not free(q.start)
            ):
                continue
            out.append(_Draft(m.span("name"), None, m.span("cue"), (q.start, q.end)))
        for m in _TRANSCRIPT_RE.finditer(text):
            if not in_body(m.start("name")) or not free(m.start("name")):
                continue
            name = m.group("name").strip()
            if len(name.replace(".", "").replace(" ", "")) < 2 or name.count(" ") > 3:
                continue
            content = ctx.trim(m.start("content"), m.end("content"))
            if content is not None:
                out.append(
                    _Draft(
                        (m.start("name"), m.start("name") + len(name)), None, m.span("cue"), content
                    )
                )
        return out

    def _continue_quotes(self, ctx: _Article, drafts: list[_Draft]) -> None:
        """A quotation opening right after a quote-bearing attribution (same paragraph, or the
        next paragraph when that paragraph is only quotation) continues it when no cue of its
        own is near (PolNeAR joins such follow-on quotes to the attribution)."""
        text = ctx.text
        cue_starts = sorted(d.cue[0] for d in drafts)
        for d in drafts:
            c_start, c_end = d.content
            if not (
                ctx.starts_quote(c_start) or ctx.quote_at(c_end - 1) is not None or d.cue[0] > c_end
            ):
                continue
            anchor = max(c_end, d.cue[1], d.speaker[1] if d.speaker else 0)
            while True:
                nxt = _next_quote_start(text, ctx.sentence_end_for(anchor - 1))
                if nxt is None:
                    break
                pos, crossed = nxt
                q = ctx.quote_at(pos)
                if q is None or q.start != pos or q.words < self.min_quote_words:
                    break
                line_end = text.find("\n", q.end)
                line_end = len(text) if line_end == -1 else line_end
                i = bisect.bisect_left(cue_starts, q.start)
                if i < len(cue_starts) and cue_starts[i] < line_end:
                    break  # the quotation has its own attribution
                if crossed and text[q.end : line_end].strip():
                    break  # next paragraph goes on after the quotation: not a pure quote paragraph
                d.content = (d.content[0], q.end)
                anchor = q.end

    # ------------------------------------------------------------------ output
    def _finish(self, ctx: _Article, d: _Draft, resolver: SpeakerResolver | None) -> Attribution:
        text = ctx.text
        cstart, cend = d.content
        direct = ctx.wholly_quoted(cstart, cend)
        if not direct:
            # 'He plans to "press ... Afghanistan," the State Department said': when one
            # quotation carries most of the content, the quotation is the content.
            q = ctx.last_quote_in(cstart, cend)
            if q is not None and q.words >= self.min_quote_words and q.end >= cend - 2:
                outside = _count_words(text, cstart, q.start)
                if outside * 2 <= q.words and outside <= 8:
                    cstart, cend = q.start, max(q.end, cend) if q.end - cend <= 2 else q.end
                    cend = min(cend, len(text))
                    direct = True
        if d.speaker is not None and not text[d.speaker[0] : d.speaker[1]].strip():
            d.speaker = None
        speaker = text[d.speaker[0] : d.speaker[1]] if d.speaker else None
        title = text[d.title[0] : d.title[1]] if d.title else None
        resolved: str | None = None
        if speaker is not None and d.speaker is not None:
            resolved = speaker
            if resolver is not None:
                found = resolver.resolve(speaker, d.speaker[0])
                if found is not None:
                    resolved = found
                    if looks_like_name(found):
                        resolver.note_speaker(d.cue[0], found)
                elif (
                    speaker.split()[0].lower() in DETERMINERS or speaker.lower() in SPEAKER_PRONOUNS
                ):
                    resolved = None
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
            speaker_title=title,
        )


def _next_quote_start(text: str, pos: int) -> tuple[int, bool] | None:
    """Start of a quotation right after ``pos`` (a sentence end): in the same paragraph, or
    opening the next one. Returns (offset, crossed_paragraph)."""
    j = pos
    n = len(text)
    while j < n and text[j] in ".!?”\"'’":
        j += 1
    crossed = False
    while j < n and text[j] in " \t\u00a0\r\n":
        if text[j] == "\n":
            if crossed and text[j - 1] == "\n":
                pass
            crossed = True
        j += 1
    if j < n and text[j] in "\"“‘'`":
        return j, crossed
    return None


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """The first draft of each cue span (a set, not a scan of the kept ones: linear)."""
    out: list[_Draft] = []
    seen: set[Span] = set()
    for d in drafts:
        if d.cue in seen:
            continue
        seen.add(d.cue)
        out.append(d)
    return out


class _SpanCover:
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


class _Article:
    """Quotation lookups over one article."""

    def __init__(self, text: str, quotes: list[Quote], sentences: list[Sentence]) -> None:
        self.text = text
        ordered = sorted(sentences, key=lambda s: s.start)
        self.sentence_starts = [s.start for s in ordered] or [0]
        self.sentence_ends = [s.end for s in ordered] or [len(text)]
        self.quotes = quotes
        self._starts = [q.start for q in quotes]
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
        """The sentence start, or the start of the quotation it lies inside."""
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


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes (Python's ``re`` does not
    factor alternations itself); spaces inside a word match any run of whitespace."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


@lru_cache(maxsize=1)
def _default_finder() -> AttributionFinder:
    return AttributionFinder()


def find_attributions(text: str) -> list[Attribution]:
    """Split ``text`` into sentences and find its attributions with the default finder."""
    from factkit.split import split_sentences

    return _default_finder().find(text, split_sentences(text))
