"""Quotation marks paired over a whole article into :class:`Quote` spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from factkit.annotate.attribution.limits import DEFAULT_LIMITS
from factkit.annotate.function_words import WORD_LISTS
from factkit.lang import alternation, entries, word_set

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
    mark was missing and the quotation was cut at its paragraph's end; ``reopened`` when it was
    cut where a mark reopens it at a new sentence (see ``_continued_at``)."""

    start: int
    end: int
    closed: bool
    words: int
    reopened: bool = False


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


def count_words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def find_quotes(text: str, paragraph_gap: int = DEFAULT_LIMITS.quote_paragraph_gap) -> list[Quote]:
    """Double-quoted spans (straight, curly, doubled single marks), paragraph-continued
    quotations joined (a quotation left open continues into a paragraph at most ``paragraph_gap``
    line breaks on), then single-quoted spans outside them. Sorted by start."""
    quotes = _double_quotes(text, paragraph_gap)
    quotes.extend(_single_quotes(text, quotes))
    quotes.sort(key=lambda q: q.start)
    return quotes


class _Paragraphs:
    """Paragraph (line) lookups over a text: which one holds an offset, where it starts, ends."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in _NEWLINE_RE.finditer(text)]

    def of(self, pos: int) -> int:
        return bisect.bisect_left(self.newlines, pos)

    def start(self, par: int) -> int:
        return self.newlines[par - 1] + 1 if par > 0 else 0

    def end(self, pos: int) -> int:
        i = bisect.bisect_left(self.newlines, pos)
        return self.newlines[i] if i < len(self.newlines) else len(self.text)

    def cut(self, open_at: int) -> Quote:
        """A quotation left open, cut at its paragraph's end."""
        end = self.end(open_at)
        return Quote(open_at, end, False, count_words(self.text, open_at, end))


def _double_quotes(text: str, paragraph_gap: int) -> list[Quote]:
    """Marks paired left to right, each by its role in context; a stray mark is dropped."""
    paragraphs = _Paragraphs(text)
    quotes: list[Quote] = []
    open_at: int | None = None
    open_par = -1
    for m in _MARK_RE.finditer(text):
        start, end = m.start(), m.end()
        role = _mark_role(text, start, end)
        par = paragraphs.of(start)
        if open_at is not None and par != open_par:
            # A quotation left open at a paragraph's end continues only if the next paragraph
            # opens with a mark; otherwise it is cut at its paragraph's end.
            at_line_start = not text[paragraphs.start(par) : start].strip()
            continues = at_line_start and par - open_par <= paragraph_gap
            if continues and _opens_lead_in(text, end):
                quotes.append(_cut_before(text, open_at, paragraphs.start(par)))
                open_at = None
                continue
            if role != "close" and continues:
                open_par = par
                continue
            quotes.append(paragraphs.cut(open_at))
            open_at = None
        if open_at is None:
            if role != "close":
                open_at, open_par = start, par
            continue
        if role == "open" and text[open_at] == text[start] and text[start] in _OPEN_CHARS:
            # Two openers in one paragraph: the first was stray.
            open_at, open_par = start, par
            continue
        quotes.append(Quote(open_at, end, True, count_words(text, open_at, end)))
        open_at = None
    if open_at is not None:
        quotes.append(paragraphs.cut(open_at))
    return quotes


_LEAD_IN_RE = re.compile(r"[^\"“”\n]+:[ \t]*[\"“]")
# "Coleman said that ...", "The New Zealander also said", "Thompson, who made 60 appearances,
# says": a capitalised word, at most five more, an optional relative clause, a speech verb
# with no colon after it
_NARRATION_RE = re.compile(
    rf"(?P<subject>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){{0,5}}?)"
    rf"(?:,\s+(?:{alternation(entries('pronouns_relative'))})\b[^,\n\"“”]*,)?"
    rf"\s+(?:{alternation(entries('reporting_verbs'))})\b(?!:)"
)


@lru_cache(maxsize=1)
def _voice_words() -> frozenset[str]:
    """Words that make a line's opening phrase the speaker's, not a narrator's."""
    persons = ("pronouns_first_singular", "pronouns_first_plural", "pronouns_second")
    return word_set("speaker_voice_words").union(*(word_set(name) for name in persons))


def _opens_lead_in(text: str, after: int) -> bool:
    """Whether a paragraph's opening mark is followed by a speech lead-in ("He added: "...)
    or by a report in the third person whose line leaves no quotation open ("Coleman said
    that ... "learn from this"."): then the mark closes the quotation before it, its closing
    mark moved past the line break (as in the XSum articles), and is no continuation of it."""
    if _LEAD_IN_RE.match(text, after) is not None:
        return True
    narration = _NARRATION_RE.match(text, after)
    if narration is None or _voice_words() & set(narration["subject"].lower().split()):
        return False
    line_end = text.find("\n", after)
    rest = text[after : line_end if line_end >= 0 else len(text)]
    return len(_MARK_RE.findall(rest)) % 2 == 0


def _cut_before(text: str, open_at: int, paragraph_start: int) -> Quote:
    """A quotation left open, cut at the end of the paragraph before ``paragraph_start``."""
    end = len(text[open_at:paragraph_start].rstrip()) + open_at
    return Quote(open_at, end, False, count_words(text, open_at, end))


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
            if open_at is not None and (cut := _continued_at(text, open_at, pos)) is not None:
                found.append(Quote(open_at, cut, False, count_words(text, open_at, cut), True))
            open_at = pos
        elif open_at is not None and not _plural_possessive(text, open_at, pos):
            if "\n" not in text[open_at:pos]:
                found.append(Quote(open_at, pos + 1, True, count_words(text, open_at, pos + 1)))
            open_at = None
    return found


_WORD_AFTER_RE = re.compile(r" ([a-z]+)\b")
# a single quotation this long before "s'" is a statement, not a title or a quoted phrase
_STATEMENT_MIN_WORDS = 8


@lru_cache(maxsize=1)
def _not_possessed() -> frozenset[str]:
    """Lower-case words after "s'" that are no noun it possesses ('called them animals' and)."""
    lists = WORD_LISTS["clause_words"] | WORD_LISTS["prepositions"] | WORD_LISTS["aux"]
    return lists | word_set("stop_words") | word_set("reporting_verbs")


def _plural_possessive(text: str, open_at: int, pos: int) -> bool:
    """Whether the mark at ``pos`` ends a plural possessive inside a quoted statement, not
    the quotation: "s'" before a lower-case noun ('... we enjoy each others' company', 'in 10
    days' time'). A short quotation closes there all the same: a title or a phrase ('Star Wars'
    streaming, been 'vomiting for two days' due to)."""
    if text[pos - 1] != "s" or count_words(text, open_at, pos) < _STATEMENT_MIN_WORDS:
        return False
    after = _WORD_AFTER_RE.match(text, pos + 1)
    return after is not None and after.group(1) not in _not_possessed()


_SENTENCE_END_RE = re.compile(r"[.!?][ \t\u00a0]+$")


def _continued_at(text: str, open_at: int, pos: int) -> int | None:
    """Where a single quotation left open ends when another opens a new sentence at ``pos``:
    British style opens each paragraph of a long quotation afresh and closes only the last, and
    a one-line article has lost the paragraph breaks ("said: 'A. B. 'C.'"); None when the new
    mark does not follow a sentence end in the same paragraph (then the first was stray)."""
    m = _SENTENCE_END_RE.search(text, open_at, pos)
    if m is None or "\n" in text[open_at:pos]:
        return None
    return m.start() + 1


def next_quote_start(text: str, pos: int) -> tuple[int, bool] | None:
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
