"""How many times a deed was done ("could remarry 2 times") where the article counts the times
of that deed only with another number ("has been married ten times").

"Times" is no counted noun, so the slot check reads "2 times" as a bare 2 that any 2 of the
article supports ("husbands Nos. 1, 2", "her two charges"). Here a count of times is read with
its deed: the nearest word before it past the qualifier and function words ("divorced at least
four times"); a deed with "re" before it is the deed done again ("remarry" is "marry"), and two
forms of one deed share all but the last two letters of the shorter, four at least ("marry",
"married"). A summary count of times is a certain ``number_mismatch`` where the article counts
the times of its deed with another number and never writes its value as a count of times of
any deed ("2 times", "twice"), nor in a sentence naming a name of the summary's sentence
("scored 17 times against United, Arsenal and Bayer Leverkusen" where the article's table says
"17 - Manchester United, Bayer Leverkusen, Arsenal" and Messi "scored four times" in one match:
a deed's doer and occasion are not read, so the count may be another's). A multiplier ("three
times as many", "ten times the size") counts no deed and is never read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alias_table, entries, word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.names import proper_words
from factkit.verification.number_reasons import figure_label, number_mismatch
from factkit.verification.text import STOP_WORDS, WORD_RE, norm_word

_MULTIPLIER_WORDS = word_set("multiplier_followers")
# lowercase only: a capitalised "Times" after a number is a name ("2 Times Square")
_TIMES_RE = re.compile(r"\s+times\b(?:\s+(\w+))?")
_QUALIFIER_WORDS = frozenset(w for q in entries("quantity_qualifiers") for w in q.split())
_WORDED = {word: float(n[0]) for word, n in alias_table("repeat_count_words").items()}
_WORDED_RE = re.compile(rf"\b({'|'.join(_WORDED)})\b", re.IGNORECASE)
_MIN_SHARED = 4  # letters two forms of one deed share, at least
_ENDING = 2  # letters the shorter form may have past them, at most
_DEED_REACH = 40  # characters before a count read for its deed


def _deed(text: str, q: Quantity) -> str | None:
    """The deed of a count of times (``q``, right before "times" that is no multiplier): the
    nearest word before it that is no qualifier or function word; else None."""
    m = _TIMES_RE.match(text, q.end)
    if m is None or (m.group(1) or "").lower() in _MULTIPLIER_WORDS:
        return None
    lo = max(0, q.start - _DEED_REACH)
    words = [norm_word(w.group()) for w in WORD_RE.finditer(text, lo, q.start)]
    for word in reversed(words[1:] if lo else words):  # the first may be cut
        if word in _QUALIFIER_WORDS:
            continue
        return None if word in STOP_WORDS or not word.isalpha() else word
    return None


def _bare(deed: str) -> str:
    """The deed without "re" ("remarry" -> "marry"), where enough is left to be a deed."""
    return deed[2:] if deed.startswith("re") and len(deed) - 2 >= _MIN_SHARED else deed


def same_deed(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` forms of one deed ("remarry", "married"; "stab", "stabbed")?"""
    a, b = _bare(a), _bare(b)
    shared = next((p for p in range(min(len(a), len(b)), 0, -1) if a[:p] == b[:p]), 0)
    return shared >= _MIN_SHARED and shared >= min(len(a), len(b)) - _ENDING


def _named_with(src: ArticleIndex, value: float, names: set[str]) -> bool:
    """Does the article write ``value`` in a sentence that names any of ``names`` ("17 -
    Manchester United, Bayer Leverkusen, Arsenal" for "scored 17 times against United")?"""
    for n in src.numbers_valued(value):
        if n.pos is None:
            continue
        body = src.body[n.pos]
        if proper_words(src.text[body.start : body.end], src.common_words) & names:
            return True
    return False


def repeat_count_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a sentence's ``quantities`` (in ``summary``:
    its text and sentence) that counts the times of a deed the article counts only with
    another number, by the start of the count."""
    text, part = summary
    mine = [q for q in quantities if part.start <= q.start < part.end]
    said = [(q, deed) for q in mine if (deed := _deed(text, q)) is not None]
    if not said:  # most sentences count no times: the article is not read for them
        return {}
    names = proper_words(text[part.start : part.end], src.common_words)
    counts = [(n.quantity, _deed(src.text, n.quantity)) for n in src.numbers]
    counts = [(q, deed) for q, deed in counts if _TIMES_RE.match(src.text, q.end)]
    worded = {_WORDED[m.group(1).lower()] for m in _WORDED_RE.finditer(src.text)}
    out = {}
    for q, deed in said:
        if q.value in worded or any(a.value == q.value for a, _ in counts):
            continue
        if _named_with(src, q.value, names):
            continue  # the value may be the count, told another way
        rival = next((a for a, d in counts if d and same_deed(d, deed)), None)
        if rival is not None:
            written, given = figure_label(q), src.text[rival.start : rival.end]
            detail = f"summary says '{written} times', the article counts them '{given} times'"
            out[q.start] = number_mismatch(q, rival, detail)
    return out
