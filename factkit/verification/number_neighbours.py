"""More rules that are sure a summary number sits in another article number's slot, read from
the words right after it (the rules of ``number_slots`` read its other neighbours):

- :func:`named_count_moved`: the noun a count heads past a name ("436 Champions League goals")
  goes with another number of that name in the article ("400 Champions League goals"), never
  with the article's numbers of its value ("202 Champions League matches"), comparing the
  name and the noun apart: the slot check reads the whole run as one counted noun.
- :func:`one_side_taken`: both words on one side of the summary's number are those of an
  article number of another value in the supporting sentences ("2,000 each morning" where the
  article says "2,000 sit ups, 1,000 each morning"), and no article number of its value shares
  a single word next to it.
- :func:`age_of_a_count`: the summary gives an age as "the age of 96" (which the age readers
  leave alone: as an age it could also be settled by an age the article gives) and the article
  gives that value only as an amount or a count ("in 96 countries").

Each only ever adds a ``number_mismatch``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from factkit.document import Quantity, Sentence
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.neighbours import Neighbours, neighbours_of
from factkit.verification.number_slots import only_a_count
from factkit.verification.text import STOP_WORDS, stem_of


def sure_elsewhere(
    summary: tuple[str, Sentence],
    src: ArticleIndex,
    q: Quantity,
    same_value: list[IndexedNumber],
    window: set[int],
) -> bool:
    """Does one of this module's rules find the summary's number ``q`` (in ``summary``: the
    summary's text and the sentence being checked) in another article number's slot?
    ``same_value``: the article's numbers of its value; ``window``: the supporting sentences."""
    text, part = summary
    values = [n.quantity for n in same_value]
    if named_count_moved(text, q, src.text, values, [n.quantity for n in src.numbers]):
        return True
    around = neighbours_of(text, q.start, q.end, part.start, part.end)
    rivals = [n for n in src.numbers if n.pos in window]
    if one_side_taken(around, q, src.text, same_value, rivals):
        return True
    return age_of_a_count(text, q, src.text, values)


# a count whose noun follows a name ("436 Champions League goals"): one to three capitalized
# words, then the lower-case noun the number counts (or ranks: "their 400th goal")
_NAMED_HEAD_RE = re.compile(r"(?:st|nd|rd|th)?\s((?:[A-Z][\w'’-]*\s){1,3})([a-z]{3,})\b")
# the noun right after an article number, past such a name or not ("436 goals")
_HEAD_RE = re.compile(r"(?:st|nd|rd|th)?\s((?:[A-Z][\w'’-]*\s){0,3})([a-z]{3,})\b")


def _head(text: str, end: int, named: bool) -> tuple[str, str] | None:
    """(the name's words in lower case, the stem of the noun) after a number ending at
    ``end``; ``named``: only past a name."""
    m = (_NAMED_HEAD_RE if named else _HEAD_RE).match(text, end)
    if m is None or m.group(2) in STOP_WORDS:
        return None
    return " ".join(m.group(1).lower().split()), stem_of(m.group(2))


def named_count_moved(
    summary_text: str,
    claimed: Quantity,
    article_text: str,
    same_value: list[Quantity],
    others: Iterable[Quantity],
) -> bool:
    """Does the summary count a noun past a name ("202 Champions League goals") that an
    article number of another value counts past the same name or past none ("400 Champions
    League goals", "400 goals"), while every article number of its value (``same_value``)
    counts another noun ("202 Champions League matches", "202 matches")? ``others``: the
    article's numbers."""
    mine = _head(summary_text, claimed.end, named=True)
    if mine is None or not same_value:
        return False
    theirs = [_head(article_text, q.end, named=False) for q in same_value]
    if any(h is None or h[1] == mine[1] for h in theirs):
        return False
    taken = {q.value for q in same_value} | {claimed.value}
    return any(
        q.value not in taken and _counts_as(_head(article_text, q.end, named=False), mine)
        for q in others
    )


def _counts_as(theirs: tuple[str, str] | None, mine: tuple[str, str]) -> bool:
    """Does an article number's head (``theirs``) count the summary's noun, past the same
    name or past none? The summary may add the name the article gives once ("in 202
    Champions League matches" for "in 202 matches since 1992")."""
    return theirs is not None and theirs[1] == mine[1] and theirs[0] in ("", mine[0])


def one_side_taken(
    around: Neighbours,
    claimed: Quantity,
    article_text: str,
    same_value: list[IndexedNumber],
    rivals: Iterable[IndexedNumber],
) -> bool:
    """Are the two words on one side of the summary's number (``around``) those of an article
    number of another value and the same unit among ``rivals`` (the supporting sentences'
    numbers), while no article number of its value (``same_value``) shares one of its
    neighbours? Two whole words on one side ("each morning") are a slot; the value moved in.
    A rival value joined to a number of the value ("Seventeen of the 30 counts were") lends
    it its words: a summary may drop the whole ("Seventeen counts were")."""
    if any(around.fit(n.around) for n in same_value):
        return False
    rivals = list(rivals)
    taken = {n.quantity.value for n in same_value} | {claimed.value}
    taken |= _wholes(article_text, same_value, rivals)
    unit = (claimed.unit or "").lower()
    return any(
        n.quantity.value not in taken
        and (n.quantity.unit or "").lower() == unit
        and _whole_side(around, n.around)
        for n in rivals
    )


# "Seventeen of the 30", "5 out of 10": a part and its whole
_PART_OF_RE = re.compile(r"\s(?:of|out of|in)\s(?:the\s|all\s)?")


_PART_OF_MAX = 12  # the longest join _PART_OF_RE takes: " out of all "


def _wholes(text: str, parts: list[IndexedNumber], rivals: list[IndexedNumber]) -> set[float]:
    """The values of ``rivals`` that a number of ``parts`` is joined to as a part of them. Only
    the rivals starting within a join's length after a part are tried: every pair was quadratic
    in a flattened table ('5 to 6 to ...' x 4,000: 32 million pairs, 18 s)."""
    ordered = sorted(rivals, key=lambda n: n.quantity.start)
    starts = [n.quantity.start for n in ordered]
    out: set[float] = set()
    for o in parts:
        lo = bisect.bisect_left(starts, o.quantity.end)
        hi = bisect.bisect_right(starts, o.quantity.end + _PART_OF_MAX)
        joined = [n for n in ordered[lo:hi] if _joined(text, o.quantity, n.quantity)]
        out.update(n.quantity.value for n in joined)
    return out


def _joined(text: str, part: Quantity, whole: Quantity) -> bool:
    """Does ``part`` stand right before ``whole``, joined as a part of it ("17 of the 30")?"""
    return _PART_OF_RE.fullmatch(text, part.end, whole.start) is not None


def _whole_side(mine: Neighbours, theirs: Neighbours) -> bool:
    """Do two words on one side agree?"""
    return (len(mine.left) == 2 and mine.left == theirs.left) or (
        len(mine.right) == 2 and mine.right == theirs.right
    )


# "over the age of 96": the number is an age, though no age reader takes it as one
_AGE_OF_RE = re.compile(r"\bage\sof\s$", re.IGNORECASE)
# a number joined to the next one ("over 60 in 96 countries", "5 of 10 people"): the unit read
# for it is the next number's, so it counts nothing itself
_JOINED_RE = re.compile(r"\s(?:in|of|out of|to|and|or)\s\d")


def age_of_a_count(
    summary_text: str, claimed: Quantity, article_text: str, same_value: list[Quantity]
) -> bool:
    """Is the summary's "the age of 96" a value the article gives only as an amount or a count
    ("96 countries"), never as an age and never joined to the next number ("over 60 in 96
    countries": those over 60 are of an age)?"""
    if not _AGE_OF_RE.search(summary_text, max(0, claimed.start - 8), claimed.start):
        return False
    counts = [q for q in same_value if not _JOINED_RE.match(article_text, q.end)]
    return len(counts) == len(same_value) and only_a_count(article_text, claimed.value, counts)
