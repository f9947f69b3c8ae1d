"""A figure's scope: a whole given for its part, or a part given for the whole.

"A community hospital ... rebuilt with a £330m grant" where the article says "The money for
Bridgwater Community Hospital is part of the coalition's £330m investment for new NHS facilities
across England": the article's £330m is the whole the hospital's money is a share of. And the
reverse, "A letting agency has been paid more than £2.1m" where the article says "Nearly half the
money that Investing Solutions has received ... has been paid by Wandsworth Council ..., which has
paid the lettings agency more than £2.1m": its £2.1m is one council's share.

A share cue (``lang/en/number_share_cues.txt``: "half the") or a whole cue (``number_whole_cues``:
"part of") makes what follows it in its clause (``number_clauses.clause_of``) a whole: an article
figure at most three words after a cue in its clause is that whole. A figure in a relative clause
("which", "who") right after a share cue's clause is the share's own, held by the names between
the cue and that clause ("as part of the operation, which saw 200 officers" speaks of the whole).
The summary figure is judged only where every article figure of its value has such a scope, and
its own clause gives it no cue: a whole is given for its part when the summary shares a content
word with what the article's clause says before the cue (the part) and none with what it says
after (the whole); a share is given for the whole when the summary names none of its holders."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.names import proper_words
from factkit.verification.number_clauses import clause_of, content_stems
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.text import WORD_RE

_RELATIVES = word_set("pronouns_relative")
# the most words between a cue and the whole it names ("part of the coalition's £330m")
_WHOLE_GAP = 3
_SHARE_CUES = word_set("number_share_cues")
# a cue of either list makes the figure right after it a whole; only a share cue has a holder
_CUE_RE = re.compile(
    rf"\b(?:{alternation(_SHARE_CUES | word_set('number_whole_cues'))})\b", re.IGNORECASE
)
_SHARE_CUE_RE = re.compile(rf"\b(?:{alternation(_SHARE_CUES)})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Scope:
    """What an article figure is: the ``whole`` after a share cue in its clause, or a share.
    For a whole, the content stems its clause gives before the cue (``part_words``: the part)
    and after it (``whole_words``: the whole); for a share, the name words between the cue and
    the figure's clause (``holders``: who holds the share)."""

    whole: bool
    part_words: frozenset[str] = frozenset()
    whole_words: frozenset[str] = frozenset()
    holders: frozenset[str] = frozenset()


def scope_of(text: str, sentence: Sentence, q: Quantity, common: set[str]) -> Scope | None:
    """The scope of the figure ``q`` in ``sentence`` of ``text`` (``common``: the words the
    article writes in lower case), or None where no share cue comes right before it."""
    lo, hi = clause_of(text, q.start, q.end, sentence.start, sentence.end)
    cues = list(_CUE_RE.finditer(text, lo, q.start))
    if cues:  # the last cue before it in its clause makes it the whole
        if len(WORD_RE.findall(text, cues[-1].end(), q.start)) > _WHOLE_GAP:
            return None  # past the cue's noun phrase ("part of their manifesto and ... £340")
        part = content_stems(text, lo, cues[-1].start())
        whole = content_stems(text, cues[-1].end(), hi) - content_stems(text, q.start, q.end)
        return Scope(True, part_words=part, whole_words=whole)
    opener = WORD_RE.search(text, lo, q.start)  # the clause's first word
    if lo == sentence.start or opener is None or opener.group().lower() not in _RELATIVES:
        return None
    # a clause about the share's holder, right after the cue's ("..., which has paid £2.1m")
    before = clause_of(text, lo - 1, lo - 1, sentence.start, sentence.end)[0]
    cue = _SHARE_CUE_RE.search(text, before, lo)
    if cue is None:
        return None
    return Scope(False, holders=frozenset(proper_words(text[cue.end() : lo], common)))


def _given_for(scope: Scope, stems: frozenset[str], names: set[str]) -> bool:
    """Does a summary sentence of content ``stems`` and name words ``names`` give a figure of
    ``scope`` to what it is not: a whole to its part (it shares a word with the part and none
    with the whole), a share to the whole (it names none of the share's holders)?"""
    if scope.whole:
        return bool(stems & scope.part_words) and not stems & scope.whole_words
    return bool(scope.holders) and not names & scope.holders


def scope_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) whose value the article gives only as a whole the
    summary gives to its part, or only as a share the summary gives to the whole; by start."""
    text, part = summary
    if not quantities:
        return {}
    stems = content_stems(text, part.start, part.end)
    names = proper_words(text[part.start : part.end], src.common_words)
    out = {}
    for q in quantities:
        lo, _ = clause_of(text, q.start, q.end, part.start, part.end)
        if _CUE_RE.search(text, lo, q.start):
            continue  # the summary gives its figure a scope of its own ("part of a £330m fund")
        same = [(n.quantity, _scope_in_article(src, n)) for n in src.numbers_valued(q.value)]
        own = stems - content_stems(text, q.start, q.end)
        if same and all(sc is not None and _given_for(sc, own, names) for _, sc in same):
            out[q.start] = _reason(text, q, *same[0])
    return out


def _scope_in_article(src: ArticleIndex, n: IndexedNumber) -> Scope | None:
    """The scope of the article number ``n`` in its body sentence (None outside the body)."""
    if n.pos is None:
        return None
    return scope_of(src.text, src.body[n.pos], n.quantity, src.common_words)


def _reason(text: str, q: Quantity, given: Quantity, scope: Scope | None) -> VerifyReason:
    """``number_mismatch`` for the summary figure ``q``, with the article's ``given`` figure."""
    said = f"summary says {text[q.start : q.end]!r}, the article gives {given.text!r} as "
    detail = said + (
        "the whole this is only part of"
        if scope and scope.whole
        else "one share of a whole, held by a name this sentence does not give"
    )
    return number_mismatch(q, given, detail)
