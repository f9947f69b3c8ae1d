"""A finishing place the article gives otherwise: "Leeds finished 12th" where the article's
Leeds "finished 7th" and its 12 counts new players.

An ordinal ("12th", "third") is no quantity (the quantity finder reads counts and amounts),
so no number check ever weighed a place: a swapped or changed one passed unread. A place is
an ordinal in a place frame: after a word of finishing or standing
(``lang/en/finish_place_verbs.txt``: "finished", "came", "are"; "in" may follow) or before a
place noun (``lang/en/finish_place_nouns.txt``: "place", "position", "-placed"). It is judged
only where the article gives places itself, and supported where the article writes its value
as an ordinal anywhere ("12th", "twelfth") or as a rank ("No 12"); otherwise it is a
``number_mismatch`` against the article's first place. An ordinal of another kind ("his 500th
appearance", "the 31st minute") is left alone, and so is a place where the article gives none.
"""

from __future__ import annotations

import re

from factkit.annotate.quantities.words import ordinal
from factkit.document import VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_roles import article_ranks

Span = tuple[int, int]

# an ordinal in digits ("12th") or one word ("third", "twelfth"); "half" and "quarter" are
# fractions, not places, and end in no ordinal suffix
_ORDINAL_RE = re.compile(r"\b(?:(\d{1,3})(?:st|nd|rd|th)|([a-z]+(?:st|nd|rd|th)))\b", re.I)
_VERB_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(word_set('finish_place_verbs'))})\s(?:in\s)?$", re.IGNORECASE
)
_NOUN_AFTER_RE = re.compile(
    rf"[\s-](?:{alternation(word_set('finish_place_nouns'))})\b", re.IGNORECASE
)


def _ordinals(text: str, start: int, end: int) -> list[tuple[Span, float]]:
    """The ordinals of ``text[start:end]``: each one's span and value."""
    out = []
    for m in _ORDINAL_RE.finditer(text, start, end):
        if m.group(1):
            out.append((m.span(), float(m.group(1))))
            continue
        read = ordinal(m.group(2).lower())
        if read is not None and not m.group(2).lower().endswith("s"):
            out.append((m.span(), read[0]))
    return out


def _is_place(text: str, span: Span) -> bool:
    """Does the ordinal at ``span`` stand in a place frame ("finished 7th", "7th place")?"""
    if _NOUN_AFTER_RE.match(text, span[1]):
        return True
    if text.startswith("-", span[1]):
        return False  # a compound modifier: "are 12th-century", "was second-guessed"
    return _VERB_BEFORE_RE.search(text, max(0, span[0] - 16), span[0]) is not None


def finishing_place_rivals(summary: str, bounds: Span, article: str) -> list[VerifyReason]:
    """A certain ``number_mismatch`` for each finishing place of the summary sentence
    (``summary[bounds[0]:bounds[1]]``) whose value the article writes neither as an ordinal
    nor as a rank, where the article gives places of its own."""
    mine = [(s, v) for s, v in _ordinals(summary, *bounds) if _is_place(summary, s)]
    if not mine:
        return []
    written = _ordinals(article, 0, len(article))
    theirs = [(s, v) for s, v in written if _is_place(article, s)]
    if not theirs:
        return []  # the article gives no place: the summary's may be its reading of a table
    known = {v for _, v in written} | {v for _, v in article_ranks(article)}
    out = []
    for (a, b), value in mine:
        if value in known:
            continue
        (sa, sb), _ = theirs[0]
        detail = (
            f"summary gives the place {summary[a:b]!r}, the article's place is {article[sa:sb]!r}"
        )
        out.append(number_mismatch((a, b), (sa, sb), detail))
    return out
