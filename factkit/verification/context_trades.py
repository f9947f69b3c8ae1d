"""Two names that traded their surroundings: the words around each summary name stand, in one
article sentence naming both, around the other name, on the same side.

"Kristoff finished in 14th position after struggling to close the gap on the likes of Team
Sky's Geraint Thomas" where the article writes "Team Sky's Geraint Thomas finished in 14th
position after struggling to close the gap on the likes of Kristoff": the stretch between the
names is too long for the mirror test (``mirrored_names.py``) and no single word next to a
name says whose slot it is (``traded_slots.py``), yet the summary copies the article sentence
around both names. The content words a few words before and after each name (the nearest
``_WINDOW``, read within ``_REACH`` words) tell the roles: when, in an article sentence naming
both, the summary's words around the first name stand around the article's second name
rather than around its first, and the summary's words around the second stand around the
article's first, the two traded places.
Both names must trade (an entity swap moves one name only), on a side each with at least
``_SHARED`` words, and no article sentence naming both may keep the summary's order so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factkit.verification.names import NameSpan
from factkit.verification.relations import names_only
from factkit.verification.text import STOP_WORDS, WORD_RE, norm_word, stem_of
from factkit.verification.traded_slots import ArticleName

_WINDOW = 3  # content words read on each side of a name
_REACH = 8  # words (function words too) they are read within
_SHARED = 2  # content words a side must share with the other name's side in the article


@dataclass(frozen=True)
class Surroundings:
    """The content stems a few words before and after a name."""

    before: frozenset[str]
    after: frozenset[str]

    def fit(self, other: Surroundings) -> int:
        """Shared stems of the two, the larger of the two sides' counts (0 under
        ``_SHARED``)."""
        best = max(len(self.before & other.before), len(self.after & other.after))
        return best if best >= _SHARED else 0


@dataclass(frozen=True)
class ContextTrade:
    """A summary pair (``span``) that an article sentence has with their surroundings
    traded (``source``: the span of the two article names)."""

    span: tuple[int, int]
    source: tuple[int, int]


def surroundings(text: str, start: int, end: int, lo: int, hi: int) -> Surroundings:
    """The stems of the ``_WINDOW`` content words nearest ``text[start:end]`` on each side,
    among the ``_REACH`` words next to it within ``text[lo:hi]`` (its sentence);
    capitalized words (other names) are not read."""
    before = [m.group() for m in WORD_RE.finditer(text, lo, start)][-_REACH:]
    after = [m.group() for m in WORD_RE.finditer(text, end, hi)][:_REACH]
    return Surroundings(_stems(before[::-1]), _stems(after))


def _stems(words: Sequence[str]) -> frozenset[str]:
    """The stems of the first ``_WINDOW`` lower-case content words of ``words``."""
    content = [norm_word(w) for w in words if w.islower() and norm_word(w) not in STOP_WORDS]
    return frozenset(stem_of(w) for w in content[:_WINDOW])


def context_trade(
    text: str,
    bounds: tuple[int, int],
    first: NameSpan,
    second: NameSpan,
    article: str,
    sentences: Sequence[tuple[int, int]],
    names: Sequence[ArticleName],
) -> ContextTrade | None:
    """The article sentence (``sentences``: spans of those naming both; ``names``: every
    article name) that has the surroundings of the summary pair ``first``, ``second`` (in the
    summary sentence ``text[bounds[0]:bounds[1]]``) traded, or None."""
    mine = frozenset(first[2]), frozenset(second[2])
    ours = (
        surroundings(text, first[0], first[1], *bounds),
        surroundings(text, second[0], second[1], *bounds),
    )
    found: ContextTrade | None = None
    for lo, hi in sentences:
        one = [n for n in names if lo <= n.start < hi and names_only(n.words, mine[0], mine[1])]
        two = [n for n in names if lo <= n.start < hi and names_only(n.words, mine[1], mine[0])]
        for a in one:
            for b in two:
                theirs = (
                    surroundings(article, a.start, a.end, lo, hi),
                    surroundings(article, b.start, b.end, lo, hi),
                )
                if ours[0].fit(theirs[0]) or ours[1].fit(theirs[1]):
                    return None  # the article keeps a name in its summary surroundings
                if ours[0].fit(theirs[1]) and ours[1].fit(theirs[0]) and found is None:
                    found = ContextTrade(
                        (first[0], second[1]), (min(a.start, b.start), max(a.end, b.end))
                    )
    return found
