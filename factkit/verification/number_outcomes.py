"""A count of one outcome whose value the article gives only as a count of its rival outcome.

"More than 50 people have been killed" where the article's only 50 is "More than 50 people were
also wounded": killed and wounded rule each other out, so the summary took the number of the
other count. The outcome of a number is read from the words of its clause on either side (to
the nearest punctuation, a few words each way); a number with both outcomes around it ("3 dead
and 12 hurt") or none says nothing. The rival outcomes are language data
(``lang/en/rival_outcomes.txt``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from factkit.document import Quantity
from factkit.lang import entries

_REACH = 5  # words each side of a number read for its outcome
_CLAUSE_END = frozenset(',;:.!?()"“”–')
_TOKEN_RE = re.compile(r"[A-Za-z]+|[,;:.!?()\"“”–]")


@cache
def _outcome_words() -> dict[str, tuple[int, int]]:
    """word -> (its line in the list, its side: 0 or 1)."""
    out: dict[str, tuple[int, int]] = {}
    for line_no, line in enumerate(entries("rival_outcomes")):
        for side, words in enumerate(line.split("|")):
            for word in words.split(","):
                out[word.strip()] = (line_no, side)
    return out


def _clause_words(text: str, start: int, end: int) -> list[str]:
    """The words within ``_REACH`` of ``text[start:end]`` on each side, up to punctuation."""
    before = _TOKEN_RE.findall(text, max(0, start - 80), start)
    after = _TOKEN_RE.findall(text, end, end + 80)
    words: list[str] = []
    for tokens in (reversed(before), after):
        for k, token in enumerate(tokens):
            if token in _CLAUSE_END or k >= _REACH:
                break
            words.append(token.lower())
    return words


def outcomes(text: str, q: Quantity) -> dict[int, set[int]]:
    """The rival-outcome lines whose words stand around ``q``: line -> the sides found."""
    return _sides_of(_clause_words(text, q.start, q.end))


def outcomes_in(text: str, start: int, end: int) -> dict[int, set[int]]:
    """The rival-outcome lines whose words stand anywhere in ``text[start:end]``: line -> the
    sides found."""
    return _sides_of(word.lower() for word in _TOKEN_RE.findall(text, start, end))


def _sides_of(words: Iterable[str]) -> dict[int, set[int]]:
    """The rival-outcome lines of ``words`` (lower case): line -> the sides found."""
    found: dict[int, set[int]] = {}
    table = _outcome_words()
    for word in words:
        if word in table:
            line_no, side = table[word]
            found.setdefault(line_no, set()).add(side)
    return found


def rival_outcome(text: str, q: Quantity, article: str, values: Sequence[Quantity]) -> bool:
    """Is the summary's ``q`` (in ``text``) a count of one outcome while every article number
    of its value (``values``) counts only the rival outcome?"""
    if not values:
        return False
    for line_no, sides in outcomes(text, q).items():
        if len(sides) != 1:
            continue
        rival = {1 - next(iter(sides))}
        if all(outcomes(article, v).get(line_no) == rival for v in values):
            return True
    return False
