"""An age given as a span of time: "Liana Barrientos married 10 men in 38 years" where the
article's only 38 is an age ("38-year-old Lianna Barrientos") and its span is "over 11 years".

A summary number of years right after a word that opens a span of time
(``lang/en/duration_openers.txt``: "in", "over", "for") counts years that passed; one that is an
age itself ("38 years old", "38 years of age", "aged 38") or follows a possessive ("in his 38
years", a life) is left alone. Where every article number of its value is an age the article
gives somebody (``number_ages.article_ages``: "38-year-old", "Smith, 38,"), an age took the span's
place. The figure to quote is the article's span of years where it gives one value so (the
other spans of years it writes after an opener); otherwise the age."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.number_ages import Age, article_ages
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.text import stem_of

_OPENERS = alternation(word_set("duration_openers"))
# an opener right before the number: "in 38 years", "for 20 years"
_OPENER_BEFORE_RE = re.compile(rf"\b(?:{_OPENERS})\s$", re.IGNORECASE)
# what makes a number of years an age: "38 years old", "38 years of age"
_AGE_AFTER_RE = re.compile(r"(?:-|\s)(?:old\b|of\sage\b)", re.IGNORECASE)
_YEARS_RE = re.compile(r"\d{1,3}\syears?", re.IGNORECASE)
# the rest of a descriptive age after its quantity ("38-year" of "38-year-old"), to quote it whole
_OLD_RE = re.compile(r"-old\b")


def age_duration_rivals(
    summary: tuple[str, Sentence],
    quantities: Sequence[Quantity],
    found_ages: Sequence[Age],
    src: ArticleIndex,
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence; ``found_ages``: its ages) that gives years passed
    whose value the article gives only as an age; by start."""
    text = summary[0]
    own_ages = {a.start for a in found_ages}
    out = {}
    for q in quantities:
        if q.start in own_ages or not _span_of_years(text, q):
            continue
        ages = set(article_ages(src.text).get(q.value, ()))
        same = [n.quantity for n in src.numbers_valued(q.value)]
        if not same or not all(n.start in ages for n in same):
            continue  # the article writes this value otherwise too
        out[q.start] = _reason(q, same[0], _article_span(src, q.value), src.text)
    return out


def _span_of_years(text: str, q: Quantity) -> bool:
    """Is ``q`` ("38 years") a number of years after an opener, and no age ("38 years old")?"""
    if not q.unit or stem_of(q.unit) != "year" or not _YEARS_RE.fullmatch(q.text):
        return False
    if _AGE_AFTER_RE.match(text, q.end):
        return False
    return _OPENER_BEFORE_RE.search(text, max(0, q.start - 12), q.start) is not None


def _article_span(src: ArticleIndex, value: float) -> Quantity | None:
    """The article's span of years, where all it writes after an opener ("over 11 years") are
    of one value other than ``value``; else None."""
    spans = [n.quantity for n in src.numbers if _span_of_years(src.text, n.quantity)]
    values = {n.value for n in spans}
    return spans[0] if len(values) == 1 and value not in values else None


def _reason(q: Quantity, age: Quantity, span: Quantity | None, article: str) -> VerifyReason:
    """``number_mismatch`` for the summary's years ``q``: the article's ``age`` of that value,
    quoting its ``span`` of years where it has one."""
    old = _OLD_RE.match(article, age.end)
    quoted = (age.start, old.end() if old else age.end)
    given = article[quoted[0] : quoted[1]]
    detail = f"summary says {q.text!r} as a span of time, the article gives {given!r} as an age"
    if span is not None:
        detail += f"; its span is {article[span.start : span.end]!r}"
        quoted = (span.start, span.end)
    return number_mismatch(q, quoted, detail)
