"""Demonyms before a noun: "the Turkish genocide" where the article writes "the Armenian
genocide".

The name check leaves "the" + a demonym unjudged ("the Frenchman" stands for a person of the
article). Before a noun, though, the demonym says whose the thing is ("the British
government"), and the article ties the noun to its own demonym ("the Dutch government"). When
an aligned article sentence writes the summary's noun after another demonym, and the article
never writes it after the summary's, the demonym is a swap (a modifier slot,
``modifier_slots.py``). Only a demonym rivals a demonym: "the UK government" or "Whitehall"
may be the British one, and no list here says which country a demonym is of.
"""

from __future__ import annotations

from factkit.document import ReasonType, VerifyReason
from factkit.verification.checks.context import SentenceContext
from factkit.verification.index import IndexedName
from factkit.verification.modifier_slots import modifier_rival
from factkit.verification.names import NameSpan
from factkit.verification.references import is_demonym
from factkit.verification.slot_query import SlotQuery
from factkit.verification.text import stem_of


def demonym_rival(ctx: SentenceContext, span: NameSpan) -> list[VerifyReason]:
    """The reason for a summary demonym (``span``, "the Turkish") before a noun the article
    writes after another demonym only, else none."""
    start, end, words = span
    words = [w for w in words if w != "the"]
    own = frozenset(stem_of(w) for w in words)
    _, window = ctx.window(own)

    def is_same(n: IndexedName) -> bool:
        return not own.isdisjoint(stem_of(w) for w in n.words)

    def may_rival(n: IndexedName) -> bool:
        return all(is_demonym(w.capitalize()) for w in n.words)

    name_start = start + 4 if ctx.text[start : start + 4].lower() == "the " else start
    name = (name_start, end, words)
    sentence = (ctx.part.start, ctx.part.end)
    query = SlotQuery(ctx.text, name, sentence, [], ctx.src, window, is_same)
    rival = modifier_rival(query, may_rival, anywhere=True)
    if rival is None:
        return []
    ctx.decider.mark_certain("name")
    ctx.decider.mark_certain("rival")
    src = ctx.src
    detail = (
        f"{ctx.text[name_start:end]!r} is not whose the article says this is: it says "
        f"{src.text[rival.start : rival.end]!r} with the same noun after it"
    )
    where = (name_start, end)
    return [VerifyReason(ReasonType.ENTITY_NOT_IN_SOURCE, detail, where, rival.start, rival.end)]
