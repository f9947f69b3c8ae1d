"""A count the summary gives to one owner where the article gives that owner's count of the
same thing as another figure.

"Barcelona have some way to go to catch Real Madrid's 400 Champions League goals" where the
article writes "the 436 goals scored in the competition by their great rivals Real Madrid" and
its 400 goals are Barcelona's ("took Barcelona past 400 Champions League goals"). A tally is
owned by the name written with a possessive right before it ("Real Madrid's 436 goals",
``owned_figures.owner_of``) or by the agent of a participle after it in its sentence ("436
goals scored in the competition by ... Real Madrid"). ``owned_figures`` judges a figure the
article gives to one owner and the summary to another; this rule judges the other way round:
the summary names the owner, and the article gives that owner's tally of the same counted noun
(the last word of the unit: "Champions League goals", "goals") as another value.

The summary figure is judged only where it has a counted noun (no currency: one owner spends
many sums) and an owner, the article gives that owner a figure of that noun, never one of the
summary's value, and no article sentence holding the summary's value names the owner (the value
may be theirs written another way: "Real Madrid scored 12 goals"), unless the figure is another
name's, written right after it as a result row writes it ("Real Madrid 0 Barcelona 2")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import is_currency
from factkit.verification.owned_figures import owner_of
from factkit.verification.text import (
    STOP_WORDS,
    WORD_RE,
    is_participle,
    norm_word,
    stem_of,
    words_around,
)

_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
# the words after a figure up to "by", a few lower-case words ("their great rivals") and a name
_AGENT_RE = re.compile(rf"((?:\s+[\w'’-]+){{1,8}}?)\s+by\s+(?:[a-z][\w-]*\s+){{0,3}}({_NAME})")
_REACH = 100  # characters each side of an article figure searched for the owner's name
# a name right before a figure, as a table or result row writes it ("Real Madrid 0 Barcelona 2")
_ROW_NAME_RE = re.compile(r"\b([A-Z][\w-]+)[ \t]+$")


def owned_tally_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) that the summary gives to an owner whose tally of the
    same counted noun the article gives as another value; by start."""
    text, part = summary
    out = {}
    for q in quantities:
        noun = counted_noun(q)
        owner = tally_owner(text, q, part.end) if noun else None
        if owner is None or not src.numbers_valued(q.value):
            continue
        theirs = [n for n in src.numbers if _owned_count(src, n, noun, owner)]
        if not theirs or any(n.quantity.value == q.value for n in theirs):
            continue
        if any(_names_owner(src, n, owner) for n in src.numbers_valued(q.value)):
            continue
        out[q.start] = _reason(text, q, theirs[0].quantity, owner)
    return out


def tally_owner(text: str, q: Quantity, hi: int) -> str | None:
    """The last word of the name owning the figure ``q``, normalized: a name and possessive
    right before it, or the agent ("by Real Madrid") of a participle after it, before ``hi``
    (the end of its sentence); None where neither is written."""
    before = owner_of(text, q)  # a name, "'s" and two words at most: never past a sentence
    if before is not None:
        return before
    m = _AGENT_RE.match(text[:hi], q.end)
    if m is None:
        return None
    between = [w.group() for w in WORD_RE.finditer(m.group(1))]
    if not any(w.islower() and is_participle(w) for w in between):
        return None  # "436 goals by Real Madrid": no participle says who did it
    last = norm_word(m.group(2).split()[-1])
    return None if last in STOP_WORDS else last


def counted_noun(q: Quantity) -> str | None:
    """The stem of the last word of ``q``'s unit ("Champions League goals" -> "goal"); None
    for no unit or a currency."""
    if not q.unit or is_currency(q.unit):
        return None
    words = [w.group() for w in WORD_RE.finditer(q.unit)]
    return stem_of(words[-1]) if words else None


def article_tally_owner(src: ArticleIndex, n: IndexedNumber) -> str | None:
    """The owner of the article figure ``n`` (:func:`tally_owner`, read up to the end of its
    sentence)."""
    hi = src.body[n.pos].end if n.pos is not None else len(src.text)
    return tally_owner(src.text, n.quantity, hi)


def _owned_count(src: ArticleIndex, n: IndexedNumber, noun: str | None, owner: str) -> bool:
    """Is the article figure ``n`` a count of ``noun`` owned by ``owner``?"""
    return counted_noun(n.quantity) == noun and article_tally_owner(src, n) == owner


def _names_owner(src: ArticleIndex, n: IndexedNumber, owner: str) -> bool:
    """Does the article name ``owner`` in the sentence of its figure ``n`` (near it, where
    the figure is in no body sentence), and not give the figure to another name right before
    it ("Real Madrid 0 Barcelona 2": Barcelona's 2)?"""
    row = _ROW_NAME_RE.search(src.text, max(0, n.quantity.start - 40), n.quantity.start)
    if row is not None and norm_word(row.group(1)) not in STOP_WORDS | {owner}:
        return False
    if n.pos is not None:
        return stem_of(owner) in src.body_stems[n.pos]
    near = words_around(src.text, n.quantity.start, n.quantity.end, _REACH)
    return owner in {norm_word(word) for word in near}


def _reason(text: str, q: Quantity, given: Quantity, owner: str) -> VerifyReason:
    """``number_mismatch`` for the summary figure ``q``: the article gives ``owner``'s tally
    as ``given``."""
    detail = (
        f"summary gives {owner!r} {text[q.start : q.end]!r}, the article gives their tally as "
        f"{given.text!r}"
    )
    return number_mismatch(q, given, detail)
