"""Run-on sentences: two sentences glued with no full stop between them.

Daily Mail pages in CNN/DM carry photo captions with no final punctuation, and the scrape glues
each caption to the next sentence ("... too tired to perform at his best Hazard was substituted
..."), so Punkt sees one sentence. This module proposes extra boundaries inside a Punkt sentence,
only at a gap between two words with no punctuation where the right word is capitalised: a
linear model over the words on both sides of the gap scores each such gap.

The model is self-supervised (``scripts/train_runon_splitter.py``): positives are real sentence
ends with the full stop deleted, negatives every other lower/Capitalised gap inside real
sentences ("said Obama", "the White House"). Its weights are JSON
(``factkit/models/runon_splitter.json``, card beside it); a gap becomes a boundary when its
score passes the model's threshold, chosen for precision (a wrong cut breaks attributions).
"""

from __future__ import annotations

import functools
import json
import re
from bisect import bisect_left
from collections.abc import Mapping
from importlib import resources
from itertools import repeat
from typing import NamedTuple

from factkit.lang import alternation, entries, word_set
from factkit.split.punkt_model import ORTHO_LC, ORTHO_MID_UC

__all__ = [
    "GAP",
    "Gap",
    "RunonModel",
    "SentenceWords",
    "gap_context",
    "gap_features",
    "load_runon_model",
]

MODEL_FILE = "runon_splitter.json"
# A gap: a word ending in a letter, digit or closing quote/bracket (no sentence punctuation),
# whitespace, then a capitalised word, maybe after an opening quote.
GAP = re.compile(r"(?<=[\w\"'”’)])(?<!_)\s+(?=[\"'“‘]?[A-Z])")  # one class: a quarter faster
_WORD_EDGE = "\"'“”‘’()[],;:!?."
_ORTHO_BEG_UC = 1 << 1
MIN_PIECE_WORDS = 3  # neither side of a cut is shorter than this: a clause, not a name
_STOP = word_set("stop_words")
_REPORTING = word_set("reporting_verbs")
_PRONOUNS = word_set("subject_pronouns")
_STARTERS = word_set("sentence_starters")
_AUX = word_set("auxiliary_verbs")
_POSSESSIVE = entries("possessive_endings")
_ANY_POSSESSIVE = _POSSESSIVE + entries("plural_possessive_endings")
_NUMBER_PREFIXES = word_set("number_prefixes")
_QUOTE_INTRODUCERS = _REPORTING | word_set("quote_introducers")
_TITLE_SMALL_WORDS = word_set("title_small_words")
# whole words: auxiliary and reporting verbs; 4+ characters opening with a letter; a word
# opening with a single quote
_VERBS = _AUX | _REPORTING  # lower-case ASCII words
_VERB_WORD = re.compile(r"(?:" + alternation(sorted(_VERBS)) + r")", re.IGNORECASE)
_LONG_WORD = re.compile(r"(?<!\S)[^\W\d_]\S{3,}")
_QUOTE_OPEN = re.compile(r"(?<!\S)['‘]")
_CLOSERS = "\"'”’)"
_OPENING_QUOTES = "\"'“‘"
_CLOSING_QUOTES = "\"'”’"
_TOKEN = re.compile(r"\S+")
# at least MIN_PIECE_WORDS whitespace-separated words (read no further than the third)
_PIECE_WORDS = re.compile(r"\s*\S+" + r"\s+\S+" * (MIN_PIECE_WORDS - 2) + r"\s+\S")
TITLE_WORDS = 4  # words of a quoted title before a gap inside it
QUOTED_TITLE_WORDS = 8  # words of a quoted title after a gap, its closing mark included
NAME_RUN = 4  # capitalised words skipped to reach the word after a name on the right
# the features read from the piece before a gap, not from the words at it (score_bound)
_PIECE_FLAGS = ("left_verb", "open_quote", "r_seen_left")
_PIECE_SIZES = ("3", "5", "8", "12", "20", "more")  # what :func:`_bucket` returns
_BOUND_SLACK = 1e-6  # far above the rounding of a sum in another order, far below any weight


def _bucket(n: int) -> str:
    for top in (3, 5, 8, 12, 20):
        if n <= top:
            return str(top)
    return "more"


@functools.lru_cache(maxsize=8192)  # the same words come back at every gap of a sentence
def _shape(token: str) -> str:
    core = token.strip(_WORD_EDGE)
    if not core:
        return "punct"
    if core[0].isdigit():
        return "digit"
    if core.isupper() and len(core) > 1:
        return "upper"
    return "cap" if core[0].isupper() else "lower"


@functools.lru_cache(maxsize=8192)
def _word_classes(prefix: str, low: str) -> tuple[str, ...]:
    found = [prefix + "=" + low]
    for name, words in (
        ("stop", _STOP),
        ("report", _REPORTING),
        ("pron", _PRONOUNS),
        ("starter", _STARTERS),
        ("aux", _AUX),
    ):
        if low in words:
            found.append(prefix + "_" + name)
    return tuple(found)


def _after_name(right: list[str]) -> list[str]:
    """The word after the run of capitalised words opening the right side: a verb there ("Hazard
    was substituted") makes the run a subject, a clause's start."""
    k = 0
    while k < len(right) and k < NAME_RUN and _shape(right[k]) in ("cap", "upper"):
        if right[k][-1] in ",:;" or right[k].endswith(_POSSESSIVE):
            return ["an_punct", "an_run=" + str(k + 1)]
        k += 1
    if k >= len(right):
        return ["an_none", "an_run=" + str(k)]
    low = right[k].strip(_WORD_EDGE).lower()
    return [*_word_classes("an", low), "an_run=" + str(k), "ans=" + _shape(right[k])]


class Gap(NamedTuple):
    """What :func:`gap_features` reads at one gap."""

    left: list[str]  # the last two words of the piece so far
    n_left: int  # how many words the piece so far has
    right: list[str]  # the next six words at most
    open_quote: bool  # the piece so far leaves a double quote open
    left_verb: bool  # the piece so far has an auxiliary or a reporting verb
    seen: bool  # the right word (a name) was written in the piece so far


def _quote_features(l_low: str, right: list[str]) -> list[str]:
    """A quote opening the right side: speech after a caption, or a title ('Boutique')."""
    feats = ["r_quote_open"]
    if len(right) > 1 and _shape(right[1]) != "lower":
        feats.append("r_quoted_title")  # 'Every Teardrop Is A Waterfall': a title, not speech
    if l_low in _REPORTING:
        feats.append("quote_after_verb")
    if any(w.rstrip(".,;:!?")[-1:] in "'’\"”" for w in right[:6]):
        feats.append("r_quote_short")  # 'Boutique', 'Who is next boys?': a name or a caption
    return feats


def gap_features(gap: Gap, ortho: Mapping[str, int]) -> list[str]:
    """The names of the features that fire at ``gap`` (``ortho``: Punkt's orthographic
    context of each word type)."""
    left, right = gap.left, gap.right
    lw, rw = left[-1], right[0]
    l_low = lw.strip(_WORD_EDGE).lower()
    r_low = rw.strip(_WORD_EDGE).lower()
    ctx = ortho.get(r_low, 0)
    feats = ["bias", *_word_classes("l", l_low), *_word_classes("r", r_low)]
    feats += ["ls=" + _shape(lw), "rs=" + _shape(rw), "lsuf=" + l_low[-2:]]
    feats.append("ls2=" + (_shape(left[-2]) if len(left) > 1 else "none"))
    feats.append("rs2=" + (_shape(right[1]) if len(right) > 1 else "none"))
    feats += _after_name(right)
    if rw[0] in _OPENING_QUOTES:
        feats += _quote_features(l_low, right)
    for name, fires in (
        ("left_verb", gap.left_verb),
        ("open_quote", gap.open_quote),
        ("r_seen_left", gap.seen),  # "Jafar Adeli ... for sex Adeli had been duped"
        ("l_quote_end", lw[-1] in "\"'”’"),
        ("l_paren_end", lw[-1] == ")"),
        ("l_possessive", lw.endswith(_ANY_POSSESSIVE)),
        ("r_possessive", rw.endswith(_POSSESSIVE)),
        ("r_comma", rw[-1] in ",:"),
        ("r_mid_uc", bool(ctx & ORTHO_MID_UC)),
        ("r_beg_uc", bool(ctx & _ORTHO_BEG_UC)),
    ):
        if fires:
            feats.append(name)
    feats.append("r_lc" if ctx & ORTHO_LC else "r_never_lc")
    feats.append("lw=" + _bucket(gap.n_left))
    starter = "starter" if r_low in _STARTERS else "-"
    if starter != "-" and len(right) > 1:
        # "The afternoon" opens a sentence where "The Sun" names a paper
        feats.append("starter_next=" + r_low + "|" + _shape(right[1]))
    feats.append("lr=" + _shape(lw) + "|" + _shape(rw) + "|" + starter)
    return feats


class RunonModel:
    """Scores gaps with the packaged linear weights; :meth:`cuts` finds the boundaries."""

    def __init__(self, data: Mapping[str, object], ortho: Mapping[str, int]) -> None:
        weights = data["weights"]
        assert isinstance(weights, dict)
        self.weights: dict[str, float] = {str(k): float(v) for k, v in weights.items()}
        self.threshold = float(str(data["threshold"]))
        self.ortho = ortho
        # the most the piece's features can add to a gap scored with none of them and the
        # fewest words (:meth:`score_bound`)
        sizes = [self.weights.get("lw=" + size, 0.0) for size in _PIECE_SIZES]
        flags = sum(max(0.0, self.weights.get(name, 0.0)) for name in _PIECE_FLAGS)
        self._piece_headroom = flags + max(sizes) - sizes[0]

    def score(self, gap: Gap) -> float:
        """The gap's logit (above ``threshold``: a sentence boundary)."""
        return sum(map(self.weights.get, gap_features(gap, self.ortho), repeat(0.0)))

    def score_bound(self, text: str, piece: int, gap: int, after: int, end: int) -> float:
        """At least the score of the gap at ``text[gap:after]`` (one :func:`_may_cut` passed),
        whatever the piece before it holds: the gap scored on the words at it alone, plus the
        most the piece's features could add. Nearly every gap stays under the threshold by
        this, and then the sentence's words need no reading (:class:`SentenceWords` was half
        the model's time)."""
        right = text[after : min(end, after + 200)].split()
        near = Gap(_last_words(text, piece, gap), MIN_PIECE_WORDS, right[:6], False, False, False)
        return self.score(near) + self._piece_headroom

    def cuts(
        self,
        text: str,
        start: int,
        end: int,
        near: tuple[float, list[tuple[int, int]]] | None = None,
    ) -> list[int]:
        """Offsets in ``text[start:end]`` (one Punkt sentence) where a new sentence starts.
        ``near``: a lower threshold and a list that gets the gaps ``(start, end)`` left uncut
        whose bound passes it, the only ones :meth:`recut` at that threshold may cut."""
        near_floor = (near[0] if near else self.threshold) - _BOUND_SLACK
        found: list[int] = []
        piece = start
        words: SentenceWords | None = None
        for m in GAP.finditer(text, start, end):
            # most gaps end at one of these two: the sentence's words are read only where
            # one may cut
            if not _may_cut(text, piece, m.start(), m.end(), end):
                continue
            bound = self.score_bound(text, piece, m.start(), m.end(), end)
            if bound < near_floor:
                continue  # nearly every such gap: no piece could lift it over the threshold
            if bound >= self.threshold - _BOUND_SLACK:
                words = words or SentenceWords(text, start, end)
                gap = _read_gap(text, piece, m.start(), m.end(), end, words)
                if gap and self.score(gap) > self.threshold:
                    found.append(m.end())
                    piece = m.end()
                    continue
            if near:
                near[1].append((m.start(), m.end()))
        return found

    def recut(
        self,
        text: str,
        piece: int,
        piece_end: int,
        end: int,
        threshold: float,
        gaps: list[tuple[int, int]],
    ) -> list[int]:
        """Cuts over ``threshold`` at ``gaps`` (from :meth:`cuts`) inside ``text[piece:piece_end]``,
        a piece of the sentence that ends at ``end`` (the words after a gap are read to it)."""
        found: list[int] = []
        words: SentenceWords | None = None
        for at, after in gaps:
            if at < piece or after > piece_end or not _may_cut(text, piece, at, after, end):
                continue
            words = words or SentenceWords(text, piece, end)
            gap = _read_gap(text, piece, at, after, end, words)
            if gap and self.score(gap) > threshold:
                found.append(after)
                piece = after
        return found


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


def _may_cut(text: str, piece: int, gap: int, after: int, end: int) -> bool:
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


def _last_words(text: str, piece: int, gap: int) -> list[str]:
    """The last two words of ``text[piece:gap]`` (a piece :func:`_may_cut` passed has three),
    the words :func:`_read_gap` reads there."""
    lo = max(piece, gap - 64)
    words = text[lo:gap].rsplit(None, 2)
    if len(words) < 3 and lo > piece:  # a word longer than the window: read the whole piece
        words = text[piece:gap].rsplit(None, 2)
    return words[-2:]


def _plain_gap(left: list[str], right: list[str], plural: bool) -> bool:
    """The word before a gap :func:`_may_cut` passed is no plural possessive (``plural``), and
    the right side is no number after its prefix ("mine No. 2") and no quote after a word that
    introduces it ("he said 'I'll be able ...'", "the caption 'Who is next?'", or a reporting
    verb a few words back: the verb's object; the model, trained on pieces that end in a full
    stop, would not know it)."""
    if plural:
        return False
    first = right[0].strip(_WORD_EDGE).lower()
    if first in _NUMBER_PREFIXES and right[1][:1].isdigit():
        return False
    if "?" in right[0][:-1] or "!" in right[0][:-1]:
        return False  # "consumer watchdog Which?, said": a name with its mark
    if right[0][0] in _OPENING_QUOTES:
        if left[-1].strip(_WORD_EDGE).lower() in _QUOTE_INTRODUCERS:
            return False
        if _quoted_title(right):
            return False  # 'documentary "Going Clear: Scientology ..."'
        # "telling reporters at the time 'I didn't ...'": the quote its verb introduced
        return not any(w.strip(_WORD_EDGE).lower() in _REPORTING for w in left[-4:])
    return True


def _quoted_title(right: list[str]) -> bool:
    """The quotation opening ``right`` is a title, not speech: its first three words are
    capitalised ('"Going Clear: Scientology ...'), or it closes within
    :data:`QUOTED_TITLE_WORDS` words, all capitalised or small title words, the closing mark
    right after a letter or digit ("painting 'A Lady and Gentleman in Black' lies"; "'Thank
    You,' he said" is speech)."""
    if all(_shape(w) == "cap" for w in right[:3]):
        return True
    for k, word in enumerate(right[:QUOTED_TITLE_WORDS]):
        core = word.strip(_WORD_EDGE)
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
        while k > piece and text[k - 1] in _WORD_EDGE:
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
    the gap is no plain one (:func:`_may_cut`, :func:`_plain_gap`)."""
    if not _may_cut(text, piece, gap, after, end):
        return None
    return _read_gap(text, piece, gap, after, end, words or SentenceWords(text, piece, end))


def _read_gap(
    text: str, piece: int, gap: int, after: int, end: int, w: SentenceWords
) -> Gap | None:
    """:func:`gap_context` at a gap :func:`_may_cut` passed."""
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
    name = right[0].strip(_WORD_EDGE)
    name = name[:-2] if name.endswith(_POSSESSIVE) else name
    seen = name.lower() not in _STARTERS and _seen(text, name, piece, gap)
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


def load_runon_model(ortho: Mapping[str, int]) -> RunonModel:
    """The packaged model (``factkit/models/runon_splitter.json``)."""
    path = resources.files("factkit") / "models" / MODEL_FILE
    return RunonModel(json.loads(path.read_text(encoding="utf-8")), ortho)
