"""Word lists, tokenizers and small text helpers shared by the verifier's checks."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from factkit.lang import entries, honorifics, word_set

# Phrases that bound a number from below / above ("at least 138", "up to 95").
_LOWER_BOUND = entries("qualifiers_lower_bound")
_UPPER_BOUND = entries("qualifiers_upper_bound")


# Function words and other capitalized words that are not names at the start of a sentence.
STOP_WORDS = word_set("not_names")


MONTHS_DAYS = word_set("months") | word_set("month_abbreviations") | word_set("weekdays")


# Words that link the parts of one name: particles ("van", "al") and "of" ("Bank of England").
NAME_LINKS = word_set("name_particles") | {"of"}


# Number words are slots of their own, not context that tells slots apart.
_NUMBER_WORDS = """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions dozen dozens half
"""


_NUMBER_STEMS = frozenset(w[:6] for w in _NUMBER_WORDS.split())


# Capitalised, these open a sentence rather than name someone.
PRONOUNS = word_set("subject_pronouns") | {"you", "who", "this", "that"}
_PARTICIPLES = word_set("irregular_participles")


WORD_RE = re.compile(r"[^\W_](?:[\w'’.&-]*\w)?")


CAP_RE = re.compile(r"[A-Z][\w'’&.-]*")


# what joins the names of a list: "Brand, Murs and O'Leary", "Murs & O'Leary", "Real Madrid or
# Barcelona"
_LIST_JOINER = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+")


def name_lists(text: str, spans: Sequence[tuple[int, int, object]]) -> list[list[int]]:
    """The indices of ``spans`` (names in text order) grouped into the lists they form: runs of
    names each joined to the next by a list joiner only ("Brand, Murs and O'Leary"); a name
    standing alone is a list of one."""
    lists: list[list[int]] = []
    for k in range(len(spans)):
        if k and _LIST_JOINER.fullmatch(text, spans[k - 1][1], spans[k][0]):
            lists[-1].append(k)
        else:
            lists.append([k])
    return lists


# where a sentence ends inside a stretch of text
_SENTENCE_END_RE = re.compile(r"[.!?]\s")


def sentence_around(text: str, start: int, end: int, reach: int) -> tuple[str, str]:
    """The text up to ``reach`` characters before ``start`` and after ``end`` that is still in
    their sentence (cut where a sentence ends: "[.!?] ")."""
    before = _SENTENCE_END_RE.split(text[max(0, start - reach) : start])[-1]
    after = _SENTENCE_END_RE.split(text[end : end + reach])[0]
    return before, after


def words_around(text: str, start: int, end: int, reach: int) -> list[str]:
    """The words as written from ``reach`` characters before ``start`` to ``reach`` after
    ``end``: what stands for the sentence of an article figure that is in no body sentence
    (each caller compares them its own way, within its own reach)."""
    return [m.group() for m in WORD_RE.finditer(text[max(0, start - reach) : end + reach])]


def opens_sentence(text: str, sentence_start: int, start: int) -> bool:
    """Does ``text[start:]`` open its sentence, with only space, quote marks or an opening
    bracket before it?"""
    return not text[sentence_start:start].strip(" \t\n\"“‘'(")


DIGITS_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


# a number written in digits standing alone (not "MH17", not "1990s")
BARE_DIGITS_RE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?!\w)")


ORDINAL_RE = re.compile(r"(?<![\w.,])(\d+)(?:st|nd|rd|th)\b")


YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


@lru_cache(maxsize=1)
def honorific_titles() -> frozenset[str]:
    """The titles of ``attr_honorifics.txt`` ("Mr", "Dame", "Prof") as written, without the
    gender after "|" and a closing dot: one reading of the file's format for the checks."""
    return frozenset(title.rstrip(".") for title in honorifics())


@lru_cache(maxsize=1)
def honorific_words() -> frozenset[str]:
    """The titles as name words are compared ("mr", "dame", "prof"): never a given name, and
    shared by many people, so never what tells two people apart."""
    return frozenset(norm_word(title) for title in honorific_titles())


@lru_cache(maxsize=1 << 16)  # called for every word of every article several times over
def norm_word(word: str) -> str:
    """Lower case, no possessive, no dots ("U.S." -> "us", "Kabul's" -> "kabul")."""
    w = word.lower()
    for suffix in ("'s", "’s", "'", "’"):
        if w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w.replace(".", "")


def word_list(text: str) -> list[str]:
    return [w for w in (norm_word(m.group()) for m in WORD_RE.finditer(text)) if w]


def content_words(text: str) -> set[str]:
    return {w for w in word_list(text) if w not in STOP_WORDS and not w.isdigit()}


def word_bound(qualifier: str | None) -> str | None:
    """'lower' / 'upper' for inequality qualifiers, 'approx' for others, None for none."""
    if not qualifier:
        return None
    q = qualifier.lower().strip()
    if q.startswith(_LOWER_BOUND):
        return "lower"
    if q.startswith(_UPPER_BOUND):
        return "upper"
    return "approx"


# an all-caps word of two letters or more, dotted or not ("UK", "U.S.", "NHS")
_CAPS_WORD = re.compile(r"\b(?:[A-Z]\.?){2,}(?!\w)")


def acronyms_of(text: str) -> set[str]:
    """Initials of capitalized runs ("United Nations" -> "un") and all-caps words."""
    out: set[str] = set()
    for run in re.finditer(r"(?:[A-Z][\w'’-]*(?:\s+(?:of|for|and|the)\s+|\s+)?){2,}", text):
        words = [w for w in run.group().split() if w[:1].isupper()]
        if len(words) >= 2:
            out.add("".join(w[0] for w in words).lower())
    # "US", "U.S.": the article writes the name in capitals, no pronoun "us"
    out.update(norm_word(m.group()) for m in _CAPS_WORD.finditer(text))
    return out


@lru_cache(maxsize=1 << 16)
def is_participle(word: str) -> bool:
    """A past participle by its shape (an -ed word) or one of ``irregular_participles``."""
    return word.endswith("ed") or word in _PARTICIPLES


@lru_cache(maxsize=1 << 16)  # as norm_word: every word of the article, read by many checks
def stem_of(word: str) -> str:
    """Crude stem for matching paraphrases: normalized, plural 's' dropped, first 6 letters
    ("killed"/"killing" -> "killed"/"killin" differ, "charges"/"charge" agree)."""
    w = norm_word(word)
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:6]


def content_tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(stem, start, end) of the content words and numbers in ``text[start:end]``."""
    out = []
    for m in WORD_RE.finditer(text, start, end):
        w = norm_word(m.group())
        if w and w not in STOP_WORDS:
            out.append((stem_of(w), m.start(), m.end()))
    return out


def is_number_stem(stem: str) -> bool:
    return stem[:1].isdigit() or stem in _NUMBER_STEMS


def local_context(
    tokens: list[tuple[str, int, int]], start: int, end: int, unit: str | None, width: int
) -> frozenset[str]:
    """Stems of the ``width`` content tokens either side of [start, end), plus the unit's."""
    return context_of(slot_context_tokens(tokens), start, end, unit, width)


def slot_context_tokens(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens that describe a slot: all but numbers (once per sentence for many slots)."""
    return [t for t in tokens if not is_number_stem(t[0])]


def _start_of(token: tuple[str, int, int]) -> int:
    return token[1]


def _end_of(token: tuple[str, int, int]) -> int:
    return token[2]


def context_of(
    words: list[tuple[str, int, int]], start: int, end: int, unit: str | None, width: int
) -> frozenset[str]:
    """:func:`local_context` over ``words`` already filtered by :func:`slot_context_tokens`
    (in text order: the words either side are found by bisection, not a scan of them all, which
    was quadratic in a sentence of thousands of numbers)."""
    cut = bisect.bisect_right(words, start, key=_end_of)
    left = [t[0] for t in words[max(0, cut - width) : cut]]
    first = bisect.bisect_left(words, end, key=_start_of)
    right = [t[0] for t in words[first : first + width]]
    if not unit:  # most slots have none: no scan of an empty string
        return frozenset(left + right)
    unit_stems = [stem_of(w) for w in word_list(unit) if w not in STOP_WORDS]
    return frozenset(left + right + unit_stems)
