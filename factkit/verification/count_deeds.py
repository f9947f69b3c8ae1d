"""A count the summary ties to what was done to its people or things ("the 105 migrants
arrested") where the article ties that deed only to another count.

"The 105 migrants arrested over the attack" where the article's 105 are "a boat carrying 105
migrants" and its arrests "a group of 15 men have now been arrested": the past participle right
after the count's noun (after "were" or "have been") says which of the article's counts the
summary's is. A first form of this rule flagged a true line, "the 436 goals scored ... by Real
Madrid" against "two goals scored by Luis Suarez": a deed with its doer written ("by Real
Madrid") is an owned tally (``owned_tallies``), never judged here.

The summary count is judged only where its noun (its unit) is followed by a participle with no
"by" doer after it, the article gives the summary's value as a count of the same noun (the
same people or things: "105 migrants"), no article sentence holding that value writes a word of
the participle's stem (the value may be the deed's, written another way: "police arrested 105
migrants"), and an article count of another value is followed in its clause by that stem."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.text import WORD_RE, is_participle, stem_of, words_around

_AUXILIARIES = word_set("passive_auxiliaries") | {"have", "has", "had", "now"}
_AUXILIARY_RE = re.compile(rf"(?:\s+(?:{alternation(_AUXILIARIES)})\b)*\s+([a-z]+)\b")
_CLAUSE_END_RE = re.compile(r"[,;:.!?()]")
_DOER_RE = re.compile(r"\bby\s")
_REACH = 60  # characters after a count read for its deed
# letters a word of a summary value's sentence shares with the deed to be that deed
_GUARD_LETTERS = 4


def deed_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a sentence's ``quantities`` (in ``summary``:
    its text and sentence) whose deed the article writes only after a count of another
    value; by start."""
    text, part = summary
    out = {}
    for q in quantities:
        deed = _deed_after(text[: part.end], q)
        same = src.numbers_valued(q.value)
        if deed is None or not any(_same_noun(n.quantity, q) for n in same):
            continue
        if any(_writes(src, n, deed) for n in same):
            continue
        rival = next(
            (n.quantity for n in src.numbers if n.quantity.value != q.value and _did(src, n, deed)),
            None,
        )
        if rival is not None:
            out[q.start] = _reason(text, q, rival, deed)
    return out


def _deed_after(text: str, q: Quantity) -> str | None:
    """The stem of the past participle right after the count ``q`` and its unit ("15
    migrants arrested", "15 men were arrested") where no "by" names its doer in the clause;
    None otherwise."""
    if not q.unit or text[q.end : q.end + len(q.unit) + 1].strip() != q.unit:
        return None
    m = _AUXILIARY_RE.match(text, q.end + 1 + len(q.unit))
    if m is None or _DOER_RE.search(_clause_after(text, m.end())):
        return None
    word = m.group(1)
    if not is_participle(word):
        return None
    return stem_of(word)


def _clause_after(text: str, at: int) -> str:
    """The text from ``at`` to the end of its clause, at most ``_REACH`` characters."""
    after = text[at : at + _REACH]
    stop = _CLAUSE_END_RE.search(after)
    return after[: stop.start()] if stop else after


def _same_noun(given: Quantity, q: Quantity) -> bool:
    """Do the article count ``given`` and the summary count ``q`` count the same noun?"""
    return bool(given.unit and q.unit) and stem_of(str(given.unit)) == stem_of(str(q.unit))


def _did(src: ArticleIndex, n: IndexedNumber, deed: str) -> bool:
    """Does a word of stem ``deed`` follow the article count ``n`` in its clause?"""
    clause = _clause_after(src.text, n.quantity.end)
    return any(stem_of(w.group()) == deed for w in WORD_RE.finditer(clause))


def _writes(src: ArticleIndex, n: IndexedNumber, deed: str) -> bool:
    """Does the sentence of the article figure ``n`` (the text near it, outside the body)
    write a word of the deed's first letters ("carrying" for "carried")?"""
    head = deed[:_GUARD_LETTERS]
    if n.pos is not None:
        return any(stem.startswith(head) for stem in src.body_stems[n.pos])
    near = words_around(src.text, n.quantity.start, n.quantity.end, _REACH)
    return any(stem_of(word).startswith(head) for word in near)


def _reason(text: str, q: Quantity, rival: Quantity, deed: str) -> VerifyReason:
    """``number_mismatch`` for the summary count ``q``: the article's ``rival`` is the count
    its deed goes with."""
    detail = (
        f"summary says {text[q.start : q.end]!r} with {deed!r}, the article's count for it "
        f"is {rival.text!r}"
    )
    return number_mismatch(q, rival, detail)
