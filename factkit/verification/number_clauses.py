"""A figure the article gives only in clauses of another subject, while the passage the summary
rests on gives the summary's subject another figure of that unit.

"Crystal Palace's entire starting XI cost just £40million" where the article says "Crystal
Palace's XI on Monday night may only have been worth a mere £17m, but ... keep £40m signing
Eliaquim Mangala on the bench": the article's £40m is Mangala's fee, and the clause of its £17m
is the one that speaks of Palace's XI. A number's clause is the stretch of its sentence between
clause marks (a comma before a space, a semicolon, a colon, a bracket, a dash, a quotation
mark): what a sentence says of one subject or event. The summary's figure is in another
figure's slot when a passage number of its unit and another value stands in a clause sharing a
content word with the summary sentence, while no article number of the figure's value stands
in one that shares any: "spent £7,600 holidaying" where the article's £7,600 is "in 2009 worth
£7,600" (a trip to Dubai) and its "eight holidays costing £30,000" shares "holidays". A clause
of no content word of its own around the figure ("– or £38,831 –") is an aside: the figure is
read with its whole sentence."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from factkit.document import Quantity, Sentence
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_colocation import year_like
from factkit.verification.number_units import unit_key
from factkit.verification.text import DIGITS_RE, content_tokens, is_number_stem

# a comma before a space (never one inside "£30,000"), a semicolon, a colon, a bracket, a dash,
# a quotation mark
_CLAUSE_MARK_RE = re.compile(r",(?=\s)|[;:()\[\]\"“”—–]|\s-\s")
# two spaced dashes sharing a space (" - - "): which of them the pattern takes depends on where
# its scan began
_DASH_CHAIN_RE = re.compile(r"\s-\s-\s")


class _ClauseMarks(NamedTuple):
    """Every clause mark of one text, in order: where each starts and ends, and whether it is a
    comma (its lookahead reads the character after it, which a window ending there hides)."""

    starts: list[int]
    ends: list[int]
    commas: list[bool]
    chained: bool
    """The text has a chain of spaced dashes: the marks found from its start may not be those a
    scan from a sentence's start finds, and ``clause_of`` scans as before."""


@functools.lru_cache(maxsize=2)  # the summary's and the article's: a check reads both in turn
def _clause_marks(text: str) -> _ClauseMarks:
    """The clause marks of ``text``, found once. ``clause_of`` ran the pattern from its
    sentence's start for every number: quadratic in a sentence of thousands of figures (a
    flattened table, 36 s for 200 KB of "Leeds 5 to 6 to 7, " in bench_shapes)."""
    found = list(_CLAUSE_MARK_RE.finditer(text))
    starts, ends = [m.start() for m in found], [m.end() for m in found]
    chained = _DASH_CHAIN_RE.search(text) is not None
    return _ClauseMarks(starts, ends, [m.group() == "," for m in found], chained)


def clause_of(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` within its sentence ``text[lo:hi]``: from the last
    clause mark before it to the first after it (each wholly inside the sentence, as the
    pattern run over ``text[lo:start]`` and ``text[end:hi]`` finds them)."""
    marks = _clause_marks(text)
    if marks.chained:
        return _scanned_clause(text, start, end, lo, hi)
    i = bisect.bisect_right(marks.ends, start) - 1
    if i >= 0 and marks.commas[i] and marks.ends[i] == start:
        i -= 1  # its following space is past the window: no mark there
    left = marks.ends[i] if i >= 0 and marks.starts[i] >= lo else lo
    j = bisect.bisect_left(marks.starts, end)
    found = j < len(marks.starts) and marks.ends[j] <= hi
    if found and marks.commas[j] and marks.ends[j] == hi:
        found = False
    return left, marks.starts[j] if found else hi


def _scanned_clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """``clause_of`` by running the pattern over the sentence's stretches around the figure."""
    left = lo
    for m in _CLAUSE_MARK_RE.finditer(text, lo, start):
        left = m.end()
    after = _CLAUSE_MARK_RE.search(text, end, hi)
    return left, after.start() if after else hi


def content_stems(text: str, start: int, end: int) -> frozenset[str]:
    """The stems of the content words of ``text[start:end]`` (numbers left out)."""
    return frozenset(t[0] for t in content_tokens(text, start, end) if not is_number_stem(t[0]))


def _clause_stems(
    text: str, body: Sequence[Sentence], n: IndexedNumber, aside: bool = False
) -> frozenset[str]:
    """The content stems of the clause of the article number ``n``; with ``aside``, a clause
    of no content word ("12 per cent more – or £38,831 – than", "which was £38,831") is an
    aside of its sentence, and the whole sentence's stems stand for it."""
    if n.pos is None:
        return frozenset()
    sentence, q = body[n.pos], n.quantity
    stems = content_stems(text, *clause_of(text, q.start, q.end, sentence.start, sentence.end))
    if aside and not stems - content_stems(text, q.start, q.end):
        return content_stems(text, sentence.start, sentence.end)
    return stems


def in_another_clause(
    summary: tuple[str, Sentence],
    q: Quantity,
    article: tuple[str, Sequence[Sentence]],
    same_value: Sequence[IndexedNumber],
    passage: Sequence[IndexedNumber],
) -> bool:
    """Is the summary figure ``q`` (in ``summary``: its text and sentence) one the article
    (its text and body sentences) gives only in clauses that share no content word with the
    summary sentence (``same_value``: its numbers of ``q``'s value), while a number of the
    passage (``passage``) of ``q``'s unit and another value stands in a clause that shares
    one? Only figures in digits with a unit are judged (a bare count or a year says too little
    of its slot)."""
    if not q.unit or DIGITS_RE.search(q.text) is None or year_like(q) or not same_value:
        return False
    text, part = summary
    own = content_stems(text, q.start, q.end)  # the figure's own words ("£17million")
    words = content_stems(text, part.start, part.end) - own
    source, body = article
    if any(_clause_stems(source, body, n, aside=True) & words for n in same_value):
        return False
    mine = {id(n) for n in same_value}
    key = unit_key(q.unit)
    return any(
        id(n) not in mine
        and unit_key(n.quantity.unit) == key
        and _clause_stems(source, body, n) & words
        for n in passage
    )


def of_another_clause(
    summary: tuple[str, Sentence],
    src: ArticleIndex,
    q: Quantity,
    same_value: Sequence[IndexedNumber],
    window: set[int],
) -> bool:
    """:func:`in_another_clause` for the summary number ``q`` (``summary``: the summary's text
    and the sentence being checked), with the numbers of the passage it rests on (``window``:
    body positions)."""
    passage = [n for n in src.numbers if n.pos in window]
    return in_another_clause(summary, q, (src.text, src.body), same_value, passage)
