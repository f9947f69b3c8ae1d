"""A summary figure standing in wording that an article sentence writes, word for word, around
a figure of another value, anywhere in the article.

"She could face up to 15 years in prison when she is sentenced next month" where the article
says "Altice could face up to 45 years in prison when she is sentenced next month" and gives 15
only as "a possible sentence of 1 to 15 years in prison": the summary copied the 45's sentence
and the value moved in. The adjacency rules of ``number_slots`` read two words each side and
only the sentences the summary's whole sentence aligns with; a run-on line of two sentences
aligns with its other half, and a copied stretch of several words each side says more than two.
A run is the number of words that agree walking outward from the figure, inside each one's
sentence. The rival's runs must reach ``_SIDE_RUN`` on both sides and ``_TOTAL_RUN`` together,
and every article number of the summary's value must agree in fewer than half as many.

The copy outweighs a pair the article writes together (``number_pairs``): "cut the top rate
... for earnings over £150,000 from 50p to 40p" copies the sentence that says "from 45p to
40p", though another party's "from 50p to 40p" is in the article too (``checks/numbers.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factkit.document import Quantity, Sentence
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_units import unit_key
from factkit.verification.text import WORD_RE, norm_word

_SIDE_RUN = 2  # words agreeing on each side, at least
_TOTAL_RUN = 6  # and on both sides together
_READ_WORDS = 10  # how far a run is read each side
_READ_CHARS = 120  # the stretch of text those words are looked for in


def _left_words(text: str, start: int, lo: int) -> list[str]:
    """The words before ``start`` back to ``lo``, nearest first."""
    cut = max(lo, start - _READ_CHARS)
    words = [m.group() for m in WORD_RE.finditer(text, cut, start)]
    if cut > lo and words:
        words = words[1:]  # the stretch may open inside a word
    return [norm_word(w) for w in reversed(words[-_READ_WORDS:])]


def _right_words(text: str, end: int, hi: int) -> list[str]:
    """The words after ``end`` up to ``hi``, nearest first."""
    cut = min(hi, end + _READ_CHARS)
    words = [m.group() for m in WORD_RE.finditer(text, end, cut)]
    if cut < hi and words:
        words = words[:-1]  # the stretch may close inside a word
    return [norm_word(w) for w in words[:_READ_WORDS]]


def _run(mine: list[str], theirs: list[str]) -> int:
    """How many words agree from the figure outward."""
    n = 0
    for a, b in zip(mine, theirs, strict=False):
        if a != b:
            break
        n += 1
    return n


def copied_around_another(
    summary: tuple[str, Sentence],
    src: ArticleIndex,
    q: Quantity,
    same_value: Sequence[IndexedNumber],
    same: Callable[[Quantity], bool],
) -> bool:
    """Does an article number of another value (``same``: does an article quantity give the
    summary's value) and the summary figure's unit stand in the words around ``q`` (in
    ``summary``: the summary's text and the sentence checked), word for word over more than
    twice the stretch any article number of its value (``same_value``) does?"""
    return copy_rival(summary, src, q, same_value, same) is not None


def copy_rival(
    summary: tuple[str, Sentence],
    src: ArticleIndex,
    q: Quantity,
    same_value: Sequence[IndexedNumber],
    same: Callable[[Quantity], bool],
) -> IndexedNumber | None:
    """The article number of another value whose words ``q`` stands in (as
    :func:`copied_around_another` reads them), or None."""
    text, part = summary
    left = _left_words(text, q.start, part.start)
    right = _right_words(text, q.end, part.end)
    if len(left) < _SIDE_RUN or len(right) < _SIDE_RUN:
        return None

    def runs(n: IndexedNumber) -> tuple[int, int]:
        if n.pos is None:
            return 0, 0
        s = src.body[n.pos]
        a, b = n.quantity.start, n.quantity.end
        return _run(left, _left_words(src.text, a, s.start)), _run(
            right, _right_words(src.text, b, s.end)
        )

    own = max((sum(runs(n)) for n in same_value), default=0)
    unit = unit_key(q.unit)
    for n in src.numbers:
        if n.around.left[-1:] != (left[0],) or n.around.right[:1] != (right[0],):
            continue  # not even the next word on each side agrees
        if unit_key(n.quantity.unit) != unit or same(n.quantity):
            continue
        a, b = runs(n)
        if min(a, b) >= _SIDE_RUN and a + b >= _TOTAL_RUN and 2 * own < a + b:
            return n
    return None
