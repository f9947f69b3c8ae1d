"""A figure the article gives for one place, where it gives a rival place of the same kind a
figure of its own.

"Study found houses cost £91,096 more than homes without the shop" where the article says
"homes in Didsbury, a suburb in Manchester ..., typically cost £239,595, which is 61 per cent or
£91,096 more than houses in the surrounding area" and, a sentence before, "homes in Clifton,
Bristol ... cost £392,961 on average. This is 64 per cent (£153,488) more": the £91,096 is
Didsbury's, one of the places the article compares, and the summary gives it to none or to
another. An article figure is placed when its sentence, before it, writes a noun, a place
preposition and a name ("homes in Didsbury"); the place has a rival when another body sentence
writes the same noun and preposition before another name and a figure of the same unit ("homes
in Clifton ... £392,961"). The summary figure is judged only where every article figure of its
value and unit is placed with a rival and the summary sentence names none of the words of their
place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, entries, word_set
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.names import proper_words
from factkit.verification.number_colocation import year_like
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key
from factkit.verification.text import STOP_WORDS, norm_word

# a lower-case noun, a place preposition and a capitalized name of one or more words ("homes in
# Didsbury", "prices in West Sussex"), with the names that locate it after a comma ("homes in
# Rayne, Essex": one place)
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_PLACED_RE = re.compile(
    r"\b([a-z][a-z'-]+)\s+(" + alternation(entries("place_prepositions")) + r")\s+"
    rf"({_NAME}(?:,\s+{_NAME})*)"
)
# a month after "in" is a time, not a place ("home in December")
_MONTHS = word_set("months") | word_set("month_abbreviations")


@dataclass(frozen=True)
class Placed:
    """A noun scoped by a place in a body sentence: ``noun`` and ``preposition`` as written,
    lower case, and the normalized words of the place's name (``place``)."""

    noun: str
    preposition: str
    place: frozenset[str]


def _places_before(text: str, lo: int, hi: int) -> list[Placed]:
    """The nouns scoped by a place in ``text[lo:hi]``, in order (a stop word is no noun, a
    month no place)."""
    found = []
    for m in _PLACED_RE.finditer(text, lo, hi):
        place = frozenset(norm_word(w) for w in m.group(3).replace(",", " ").split())
        if m.group(1) not in STOP_WORDS and not place & _MONTHS:
            found.append(Placed(m.group(1), m.group(2).lower(), place))
    return found


# unit -> body position -> the nouns scoped by a place in that sentence, for the body sentences
# that give a number of the unit (read once per summary sentence: asking each body sentence
# whether it gives one, for each number, was quadratic in a long article's numbers)
_PlacedByUnit = dict[str, dict[int, list[Placed]]]


def _place_of(src: ArticleIndex, n: IndexedNumber, placed: _PlacedByUnit) -> Placed | None:
    """The place the article number ``n`` is given for: the last noun scoped by a place
    before it in its body sentence that another body sentence scopes by a rival place while
    giving a figure of ``n``'s unit ("a suburb in Manchester" has none: Didsbury's homes do)."""
    if n.pos is None or year_like(n.quantity):
        return None  # a year dates a place's figure, it is none
    unit = unit_key(n.quantity.unit)
    if unit not in placed:
        placed[unit] = _places_of_unit(src, unit)
    rivals = [other for pos, places in placed[unit].items() if pos != n.pos for other in places]
    for own in reversed(_places_before(src.text, src.body[n.pos].start, n.quantity.start)):
        if any(_rival(own, other) for other in rivals):
            return own
    return None


def _rival(own: Placed, other: Placed) -> bool:
    """Is ``other`` the same noun and preposition as ``own`` before another place?"""
    same_slot = (other.noun, other.preposition) == (own.noun, own.preposition)
    return same_slot and not other.place & own.place


def _places_of_unit(src: ArticleIndex, unit: str) -> dict[int, list[Placed]]:
    """Body position -> its nouns scoped by a place, for each body sentence giving a number
    of ``unit``."""
    positions = sorted(
        {n.pos for n in src.numbers if n.pos is not None and unit_key(n.quantity.unit) == unit}
    )
    return {
        pos: _places_before(src.text, src.body[pos].start, src.body[pos].end) for pos in positions
    }


def place_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) whose value the article gives only for places it
    compares with rivals (in its unit), none of which the summary sentence names; by start."""
    text, part = summary
    out: dict[int, VerifyReason] = {}
    if not quantities:
        return out
    names = proper_words(text[part.start : part.end], src.common_words)
    placed: _PlacedByUnit = {}
    for q in quantities:
        # a figure of another unit ("91,096%" for "£91,096") is wrong another way
        unit = unit_key(q.unit)
        same = src.numbers_of(q.value, unit)
        places = [p for n in same if (p := _place_of(src, n, placed)) and not p.place & names]
        if same and len(places) == len(same):
            out[q.start] = _reason(text, q, same[0].quantity, places[0])
    return out


def _reason(text: str, q: Quantity, given: Quantity, place: Placed) -> VerifyReason:
    """``number_mismatch`` for the summary figure ``q``, given by the article for ``place``."""
    where = " ".join(sorted(place.place))
    detail = (
        f"summary says {text[q.start : q.end]!r}, the article gives {given.text!r} "
        f"for {place.noun} {place.preposition} {where!r}, one of the places it compares"
    )
    return number_mismatch(q, given, detail)
