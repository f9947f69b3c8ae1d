"""The spelling check: a name the article does not give that is a near miss of a name it does
("John Bieniewski" where the article has "John Bieniewicz") is a misspelt name, not the same
person -> ``entity_not_in_source`` with the summary's misspelt word and the article's word as
the two spans.

A near miss: one word of a summary name of two or more words is written nowhere in the article,
an article name has the same other words (the same first name: "John"), and one of its words
opens with the same two letters and differs in few letters (Levenshtein distance at most
``_MAX_EDIT_SHARE`` of the longer word, at least one).
Single names are not judged here: a demonym, a plural or an inflection ("Brazilian", "Saints")
is too close to its article word for an edit distance to tell.

A name broken in two ("Redkn app" where the article has "Redknapp": a summarizer's word pieces
written apart) is misspelt too: a capitalized word the article never writes, followed by a
lower-case word that completes it to an article name word."""

from __future__ import annotations

import re

from factkit.document import ReasonType, VerifyReason
from factkit.verification.checks.context import SentenceContext
from factkit.verification.index import ArticleIndex
from factkit.verification.references import short_form_of
from factkit.verification.text import WORD_RE, norm_word

_MAX_EDIT_SHARE = 0.3  # "bieniewski"/"bieniewicz": 3 edits in 10 letters
_MIN_LETTERS = 4  # shorter words are too easily one another's near miss ("Ham", "Hay")
# a capitalized word and the lower-case piece right after it ("Redkn app")
_BROKEN_RE = re.compile(r"\b([A-Z][a-z]+) ([a-z]+)\b")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions turning ``a`` into ``b``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def near_miss(word: str, other: str) -> bool:
    """Is ``word`` a misspelling of ``other`` (normalized words): same first two letters, few
    letters apart, neither a plural or clipped form of the other?"""
    if word == other or min(len(word), len(other)) < _MIN_LETTERS or word[:2] != other[:2]:
        return False
    if short_form_of(word, {other}) or word.rstrip("s") == other.rstrip("s"):
        return False
    limit = max(1, int(_MAX_EDIT_SHARE * max(len(word), len(other))))
    return edit_distance(word, other) <= limit


def check_misspelt_names(ctx: SentenceContext) -> list[VerifyReason]:
    """``entity_not_in_source`` for each misspelt word of the sentence's names, and for each
    name broken in two."""
    src, text = ctx.src, ctx.text
    reasons = _broken_names(ctx)
    for start, end, words in ctx.names:
        if len(words) < 2:
            continue
        for m in WORD_RE.finditer(text, start, end):
            word = norm_word(m.group())
            if word not in words or word in src.words or word in src.acronyms:
                continue
            others = [w for w in words if w != word]
            found = _article_spelling(src, word, others)
            if found is None:
                continue
            a, b = found
            reasons.append(
                VerifyReason(
                    ReasonType.ENTITY_NOT_IN_SOURCE,
                    f"{m.group()!r} is not in the article: a misspelling of "
                    f"{src.text[a:b]!r} ({text[start:end]!r})",
                    (m.start(), m.end()),
                    a,
                    b,
                )
            )
    if reasons:  # the rule is sure: the sentence score reads a certainly wrong name slot
        ctx.decider.mark_certain("name")
    return reasons


def _broken_names(ctx: SentenceContext) -> list[VerifyReason]:
    """``entity_not_in_source`` for each name written as two pieces ("Redkn app")."""
    src, text = ctx.src, ctx.text
    reasons = []
    for m in _BROKEN_RE.finditer(text, ctx.part.start, ctx.part.end):
        head, joined = norm_word(m.group(1)), norm_word(m.group(1) + m.group(2))
        if head in src.words or joined not in src.name_words:
            continue
        found = re.search(rf"\b{re.escape(m.group(1) + m.group(2))}\b", src.text, re.IGNORECASE)
        reasons.append(
            VerifyReason(
                ReasonType.ENTITY_NOT_IN_SOURCE,
                f"{m.group()!r} is not in the article: the name {joined!r} broken in two",
                (m.start(), m.end()),
                found.start() if found else None,
                found.end() if found else None,
            )
        )
    return reasons


def _article_spelling(src: ArticleIndex, word: str, others: list[str]) -> tuple[int, int] | None:
    """The span of the article word that ``word`` misspells, in an article name with the same
    ``others``, or None."""
    for name in src.names:
        if not all(w in name.words for w in others):
            continue
        for m in WORD_RE.finditer(src.text, name.start, name.end):
            if near_miss(word, norm_word(m.group())):
                return m.start(), m.end()
    return None
