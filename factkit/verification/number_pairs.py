"""Two numbers a summary sentence writes together that an article sentence writes together too
("married 10 men in 11 years - with six in one year alone" where the article says "Six of the
sham marriages occurred in one year"): the pair is the article's, even where the sentence the
summary aligns best with gives another number of the first one's kind ("11 years"). A number
swapped in from elsewhere in the article seldom sits next to the other number of its pair
there.

The other way round (:func:`pair_rivals`): where the article writes the summary number's
partner next to another number of the summary number's unit ("married 10 men over 11 years"
for "married 6 men in 11 years") and never next to the summary number's value, the pair is
the article's with another count: a certain ``number_mismatch``. Its "six men" are of another
period ("in 2002")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key

# at most this many words between the two numbers of a pair in the summary, and in the article
# (which writes more words around them: "Six of the sham marriages occurred in one year")
_SUMMARY_REACH = 3
_ARTICLE_REACH = 8
_WORD_RE = re.compile(r"\w+")


def _close(text: str, a: Quantity, b: Quantity, reach: int) -> bool:
    """Are ``a`` and ``b`` (both in ``text``) within ``reach`` words of each other?"""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return lo.end <= hi.start and len(_WORD_RE.findall(text[lo.end : hi.start])) <= reach


def _same(claimed: Quantity, given: Quantity) -> bool:
    """The same value, in the same unit where both give one."""
    if claimed.value != given.value:
        return False
    return not (claimed.unit and given.unit) or unit_key(claimed.unit) == unit_key(given.unit)


def _neighbours(q: Quantity, others: Sequence[Quantity]) -> list[Quantity]:
    """The numbers right before and right after ``q`` among ``others``: a pair is two
    neighbours ("in 6 years - with six in one year": "6 years" and "one year" are none)."""
    before = [o for o in others if o.end <= q.start]
    after = [o for o in others if o.start >= q.end]
    out = []
    if before:
        out.append(max(before, key=lambda o: o.end))
    if after:
        out.append(min(after, key=lambda o: o.start))
    return out


def paired_in_article(
    summary: str,
    q: Quantity,
    others: Sequence[Quantity],
    article: str,
    numbers: list[IndexedNumber],
) -> bool:
    """Does an article sentence write ``q``'s value within a few words of the value of another
    number of the summary sentence (``others``) that the summary writes within a few words of
    ``q``, with no number between them? ``numbers``: the article's (``ArticleIndex.numbers``)."""
    partners = _summary_partners(summary, q, others)
    if not partners:
        return False
    mine = [n for n in numbers if n.pos is not None and _same(q, n.quantity)]
    return any(
        _same(o, n) and _close(article, m.quantity, n, _ARTICLE_REACH)
        for m in mine
        for o in partners
        for n in _article_neighbours(m, numbers)
    )


def _summary_partners(summary: str, q: Quantity, others: Sequence[Quantity]) -> list[Quantity]:
    """The partners of summary number ``q``: its neighbours among ``others`` of another value,
    within a few words of it."""
    return [
        o
        for o in _neighbours(q, others)
        if o.value != q.value and _close(summary, q, o, _SUMMARY_REACH)
    ]


def _article_neighbours(m: IndexedNumber, numbers: list[IndexedNumber]) -> list[Quantity]:
    """The numbers right before and after ``m`` in its article sentence: a pair is two
    neighbours there too ("six hours per day, including 2,000 sit ups, 1,000 each morning"
    pairs no "1,000" with "six hours": 2,000 stands between them)."""
    sentence = [n.quantity for n in numbers if n.pos == m.pos]
    return _neighbours(m.quantity, sentence)


def pair_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) whose partner (a number within a few words) an article
    sentence writes next to another number of its unit, while no article sentence writes the
    partner next to its own value; by start."""
    text, _ = summary
    out = {}
    for q in quantities:
        if not q.unit or paired_in_article(text, q, quantities, src.text, src.numbers):
            continue
        rival = _partners_rival(text, q, quantities, src)
        if rival is not None:
            detail = f"summary says {q.text!r}, the article writes its partner with {rival.text!r}"
            out[q.start] = number_mismatch(q, rival, detail)
    return out


def _partners_rival(
    text: str, q: Quantity, quantities: Sequence[Quantity], src: ArticleIndex
) -> Quantity | None:
    """The article number of ``q``'s unit and another value that an article sentence writes
    right next to the value of ``q``'s summary partner ("10 men over 11 years"), or None."""
    for o in _summary_partners(text, q, quantities):
        for n in src.numbers:
            # the partner as a quantity of its own unit ("11 years"), not a bare number ("in
            # 2002"): a bare value is no evidence whose partner it is
            if n.pos is None or not (o.unit and n.quantity.unit and _same(o, n.quantity)):
                continue
            for m in _article_neighbours(n, src.numbers):
                rival = m.unit and unit_key(m.unit) == unit_key(q.unit) and m.value != q.value
                if rival and _close(src.text, m, n.quantity, _SUMMARY_REACH):
                    return m
    return None
