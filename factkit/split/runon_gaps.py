"""Where a run-on cut may fall, and what the piece before it holds.

:data:`GAP` finds every lower/Capitalised gap with no punctuation; :func:`gap_context` reads one
into a :class:`Gap` (the words on both sides, whether the piece left a quote open, has a verb or
already named the word after the gap), or None where no cut may fall: a side too short to be a
sentence, a headline in Title Case, a quote its verb introduced, a quoted title. The sentence's
words are read once (:class:`SentenceWords`) and looked up by bisection at each gap.

The model (:mod:`.runons`) and its training script both read gaps through this module; what the
model scores at one gap is :mod:`.runon_features`'s job.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from factkit.lang import alternation, word_set
from factkit.split.runon_words import (
    AUX,
    OPENING_QUOTES,
    POSSESSIVE,
    REPORTING,
    STARTERS,
    WORD_EDGE,
    shape,
)

__all__ = [
    "GAP",
    "MIN_PIECE_WORDS",
    "Gap",
    "SentenceWords",
    "gap_context",
    "last_words",
    "may_cut",
    "read_gap",
]

# A gap: a word ending in a letter, digit or closing quote/bracket (no sentence punctuation),
# whitespace, then a capitalised word, maybe after an opening quote.
GAP = re.compile(r"(?<=[\w\"'”’)])(?<!_)\s+(?=[\"'“‘]?[A-Z])")  # one class: a quarter faster
MIN_PIECE_WORDS = 3  # neither side of a cut is shorter than this: a clause, not a name
_NUMBER_PREFIXES = word_set("number_prefixes")
_QUOTE_INTRODUCERS = REPORTING | word_set("quote_introducers")
_TITLE_SMALL_WORDS = word_set("title_small_words")
# whole words: auxiliary and reporting verbs; 4+ characters opening with a letter; a word
# opening with a single quote
_VERBS = AUX | REPORTING  # lower-case ASCII words
_VERB_WORD = re.compile(r"(?:" + alternation(sorted(_VERBS)) + r")", re.IGNORECASE)
_LONG_WORD = re.compile(r"(?<!\S)[^\W\d_]\S{3,}")
_QUOTE_OPEN = re.compile(r"(?<!\S)['‘]")
_CLOSERS = "\"'”’)"
_CLOSING_QUOTES = "\"'”’"
_TOKEN = re.compile(r"\S+")
# at least MIN_PIECE_WORDS whitespace-separated words (read no further than the third)
_PIECE_WORDS = re.compile(r"\s*\S+" + r"\s+\S+" * (MIN_PIECE_WORDS - 2) + r"\s+\S")
TITLE_WORDS = 4  # words of a quoted title before a gap inside it
QUOTED_TITLE_WORDS = 8  # words of a quoted title after a gap, its closing mark included


class Gap(NamedTuple):
    """What :func:`.runon_features.gap_features` reads at one gap."""

    left: list[str]  # the last two words of the piece so far
    n_left: int  # how many words the piece so far has
    right: list[str]  # the next six words at most
    open_quote: bool  # the piece so far leaves a double quote open
    left_verb: bool  # the piece so far has an auxiliary or a reporting verb
    seen: bool  # the right word (a name) was written in the piece so far


class SentenceWords:
    """The words of one sentence, read once: each gap then finds what it needs about the piece
    before it by bisection (a scan per gap was quadratic in the sentence's length)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.starts = [m.start() for m in _TOKEN.finditer(text, start, end)]
        self.words = _TOKEN.findall(text, start, end)
        # a set lookup per word (one regex alternation over the sentence cost a sixth of the
        # model's time); a non-ASCII word goes to the regex, whose case folding ``str.lower``
        # does not match ("ſaid")
        self.verbs = [
            at
            for at, w in zip(self.starts, self.words, strict=True)
            if w.lower() in _VERBS or (not w.isascii() and _VERB_WORD.fullmatch(w))
        ]
        # regexes over the whole sentence: this runs once per sentence (on a copy, so that the
        # sentence's first word starts a word for them)
        own = text[start:end]
        self.long = [start + m.start() for m in _LONG_WORD.finditer(own)]
        self.long_lower = [at for at in self.long if not text[at].isupper()]
        self.quote_open = [start + m.start() for m in _QUOTE_OPEN.finditer(own)]
        # double quotation marks, counted by bisection too: a count over the piece at every gap
        # was quadratic in a long sentence with no cut
        self.straight_quotes = _positions(text, '"', start, end)
        self.opening_quotes = _positions(text, "“", start, end)
        self.closing_quotes = _positions(text, "”", start, end)

    def between(self, marks: list[int], lo: int, hi: int) -> int:
        """How many of ``marks`` (word starts) lie in ``[lo, hi)``."""
        return bisect_left(marks, hi) - bisect_left(marks, lo)


def _positions(text: str, mark: str, start: int, end: int) -> list[int]:
    """The offsets of ``mark`` in ``text[start:end]`` (str.find: a Python loop over every
    character of every sentence was a tenth of the splitter's time)."""
    found: list[int] = []
    at = text.find(mark, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1, end)
    return found


def may_cut(text: str, piece: int, gap: int, after: int, end: int) -> bool:
    """What :func:`gap_context` asks first, without the sentence's words: both sides have
    enough words to be a sentence of their own, and the word before the gap ends in a letter
    or digit (maybe inside closing quotes: not 'depreciates,” The Hill')."""
    if not _PIECE_WORDS.match(text, after, min(end, after + 200)):
        return False
    if not _PIECE_WORDS.match(text, piece, gap):
        return False
    k = gap - 1
    while k > 0 and text[k] in _CLOSERS:
        k -= 1
    return text[k].isalnum()


def last_words(text: str, piece: int, gap: int) -> list[str]:
    """The last two words of ``text[piece:gap]`` (a piece :func:`may_cut` passed has three),
    the words :func:`read_gap` reads there."""
    lo = max(piece, gap - 64)
    words = text[lo:gap].rsplit(None, 2)
    if len(words) < 3 and lo > piece:  # a word longer than the window: read the whole piece
        words = text[piece:gap].rsplit(None, 2)
    return words[-2:]


def _plain_gap(left: list[str], right: list[str], plural: bool) -> bool:
    """The word before a gap :func:`may_cut` passed is no plural possessive (``plural``), and
    the right side is no number after its prefix ("mine No. 2") and no quote after a word that
    introduces it ("he said 'I'll be able ...'", "the caption 'Who is next?'", or a reporting
    verb a few words back: the verb's object; the model, trained on pieces that end in a full
    stop, would not know it)."""
    if plural:
        return False
    first = right[0].strip(WORD_EDGE).lower()
    if first in _NUMBER_PREFIXES and right[1][:1].isdigit():
        return False
    if "?" in right[0][:-1] or "!" in right[0][:-1]:
        return False  # "consumer watchdog Which?, said": a name with its mark
    if right[0][0] in OPENING_QUOTES:
        if left[-1].strip(WORD_EDGE).lower() in _QUOTE_INTRODUCERS:
            return False
        if _quoted_title(right):
            return False  # 'documentary "Going Clear: Scientology ..."'
        # "telling reporters at the time 'I didn't ...'": the quote its verb introduced
        return not any(w.strip(WORD_EDGE).lower() in REPORTING for w in left[-4:])
    return True


def _quoted_title(right: list[str]) -> bool:
    """The quotation opening ``right`` is a title, not speech: its first three words are
    capitalised ('"Going Clear: Scientology ...'), or it closes within
    :data:`QUOTED_TITLE_WORDS` words, all capitalised or small title words, the closing mark
    right after a letter or digit ("painting 'A Lady and Gentleman in Black' lies"; "'Thank
    You,' he said" is speech)."""
    if all(shape(w) == "cap" for w in right[:3]):
        return True
    for k, word in enumerate(right[:QUOTED_TITLE_WORDS]):
        core = word.strip(WORD_EDGE)
        if not core or not (core[0].isupper() or (k and core in _TITLE_SMALL_WORDS)):
            return False
        closed = word.rstrip(",;:")
        if k and closed[-1] in _CLOSING_QUOTES and closed[-2:-1].isalnum():
            return True
    return False


def _seen(text: str, name: str, piece: int, gap: int) -> bool:
    """A word of ``text[piece:gap]`` starts with ``name`` once quotes and brackets are off."""
    at = text.find(name, piece, gap)
    while at >= 0:
        k = at
        while k > piece and text[k - 1] in WORD_EDGE:
            k -= 1
        if k == piece or text[k - 1].isspace():
            return True
        at = text.find(name, at + 1, gap)
    return False


def gap_context(
    text: str, piece: int, gap: int, after: int, end: int, words: SentenceWords | None = None
) -> Gap | None:
    """The :class:`Gap` at ``text[gap:after]`` of a piece that starts at ``piece`` inside a
    sentence ending at ``end`` (``words``: that sentence's, when already read); None when either
    side is too short to be a sentence of its own, the piece is a headline in Title Case
    ("Clinton Speaks 'Directly To White People' After ...", where capitals open no sentence) or
    the gap is no plain one (:func:`may_cut`, :func:`_plain_gap`)."""
    if not may_cut(text, piece, gap, after, end):
        return None
    return read_gap(text, piece, gap, after, end, words or SentenceWords(text, piece, end))


def read_gap(text: str, piece: int, gap: int, after: int, end: int, w: SentenceWords) -> Gap | None:
    """:func:`gap_context` at a gap :func:`may_cut` passed."""
    right = text[after : min(end, after + 200)].split()
    i0, i1 = bisect_left(w.starts, piece), bisect_left(w.starts, gap)
    left = w.words[max(i0, i1 - 4) : i1]
    # "the players' Player of the Year": -s' that closes no quote (no word of the piece opens
    # one) is a possessive, which a noun follows
    plural = left[-1].endswith(("s'", "s’")) and not w.between(w.quote_open, piece, gap)
    if not _plain_gap(left, right, plural):
        return None
    if w.between(w.long, piece, gap) >= 2 and not w.between(w.long_lower, piece, gap):
        return None  # Title Case
    if _in_quoted_title(text, w, piece, gap):
        return None
    open_quote = w.between(w.straight_quotes, piece, gap) % 2 == 1 or w.between(
        w.opening_quotes, piece, gap
    ) > w.between(w.closing_quotes, piece, gap)
    name = right[0].strip(WORD_EDGE)
    name = name[:-2] if name.endswith(POSSESSIVE) else name
    seen = name.lower() not in STARTERS and _seen(text, name, piece, gap)
    verb = w.between(w.verbs, piece, gap) > 0
    return Gap(left[-2:], i1 - i0, right[:6], open_quote, verb, seen)


def _in_quoted_title(text: str, w: SentenceWords, piece: int, gap: int) -> bool:
    """The gap falls inside a title in single quotes opened a few words before it and not yet
    closed ("Royal Blood's 'Figure | It Out'"): the capital after it goes on the title."""
    k = bisect_left(w.quote_open, gap) - 1
    if k < 0 or w.quote_open[k] < piece:
        return False
    opened = w.quote_open[k]
    inside = text[opened + 1 : gap]
    return len(inside.split()) <= TITLE_WORDS and not any(c in inside for c in "'’")
