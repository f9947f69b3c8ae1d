"""A figure of one written with a plural noun: "married 10 men in 1 years", "could remarry 1
times". Nobody counts one thing with a plural, so the sentence was written around another
figure and the 1 moved in from elsewhere (the article's "husbands Nos. 1, 2, 5 and 7"). Only
the digit "1" right before a lower-case plural is read: "1 in 3 adults", "1-2 years", "£1
coins", "Formula 1 cars" (a name's number) and abbreviated units ("1 lbs", "1 mbps") are
left alone, and so is the phrase where the article writes it too.

A rule of ``checks/numbers._FIGURE_RULES``, judged before the slot check: a 1 the article
gives elsewhere fits many slots, and "1 years" next to "10 men" reads as a pair the article
writes too ("10 men over 11 years"), which would excuse it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.number_reasons import number_mismatch

# the digit 1 alone (no decimal, no thousands, no currency or word glued before it), one
# space, then a lower-case word
_ONE_RE = re.compile(r"(?<![\w.,£$€¥-])1 ([a-z][a-z'’-]*)\b")
# a capitalized word right before the 1: the number of a name ("Formula 1 cars")
_NAMED_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]*\s$")
_IRREGULAR_PLURALS = word_set("irregular_plurals")
_SINGULAR_S = word_set("singular_s_nouns")
# endings of singular nouns in "s" ("glass", "bonus", "crisis", "canvas")
_SINGULAR_ENDINGS = ("ss", "us", "is", "ous", "as")
_VOWEL_RE = re.compile(r"[aeiouy]")


def plural(word: str) -> bool:
    """Does the lower-case ``word`` read as a plural noun ("years", "times", "men")? An
    abbreviation without a vowel before its "s" ("lbs", "mbps") is a unit's, not a plural."""
    if word in _IRREGULAR_PLURALS:
        return True
    if not word.endswith("s") or len(word) < 4 or word in _SINGULAR_S:
        return False
    return not word.endswith(_SINGULAR_ENDINGS) and _VOWEL_RE.search(word[:-1]) is not None


def one_with_a_plural(summary_text: str, q: Quantity, article_text: str) -> str | None:
    """The phrase ("1 years") where the summary's ``q`` is the digit 1 counting a plural noun
    and the article never writes it so; else None."""
    if q.value != 1:
        return None
    m = _ONE_RE.match(summary_text, q.start)
    if m is None or not plural(m.group(1)):
        return None
    if _NAMED_BEFORE_RE.search(summary_text, max(0, q.start - 30), q.start):
        return None
    written = re.compile(rf"(?<![\w.,]){re.escape(m.group())}", re.IGNORECASE)
    return None if written.search(article_text) else m.group()


def plural_one_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) that is a 1 counting a plural noun, where the article
    gives a 1 (elsewhere: without one the slot check finds it absent); by start."""
    text, _ = summary
    out: dict[int, VerifyReason] = {}
    for q in quantities:
        given = src.numbers_valued(1.0) if q.value == 1 else []
        phrase = one_with_a_plural(text, q, src.text) if given else None
        if phrase is not None:
            detail = f"summary counts {phrase!r}: one is never counted with a plural noun"
            out[q.start] = number_mismatch(q, given[0].quantity, detail)
    return out
