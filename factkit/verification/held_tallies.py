"""A count the summary gives to a name where the article gives that count to another.

"To mark Barcelona passing 436 Champions League goals" where the article's 436 goals are "Real
Madrid's 436 Champions League goals" and "the 436 goals scored in the competition by their great
rivals Real Madrid" (Barcelona's are 400). The summary's holder is the name written right
before its figure with one or two lower-case words between (its verb: "Barcelona passing",
"Smith has scored"); the article's owner of a tally is read as ``owned_tallies.tally_owner``
reads it (a possessive before it, the agent of a participle after it). The summary figure is
judged only where it has a counted noun, every article figure of its value counts that noun and
is owned, all by one owner, and the summary sentence never names that owner."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.index import ArticleIndex
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.owned_tallies import article_tally_owner, counted_noun
from factkit.verification.text import STOP_WORDS, WORD_RE, norm_word

_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
# a name and one or two lower-case words (its verb) right before a figure: "Barcelona passing"
_HOLDER_RE = re.compile(rf"(?<![\w'’-])({_NAME})\s+((?:[a-z][\w-]*\s+){{1,2}})$")
# words that put the name in another role than the figure's holder ("Barcelona and 436")
_NOT_VERBS = frozenset({"and", "or", "of", "than", "to", "for", "with", "by", "at", "in", "on"})
_REACH = 80  # characters before a figure searched for its holder


def held_tally_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) that the summary gives to a name while the article
    gives that count to another owner only; by start."""
    text, part = summary
    out = {}
    for q in quantities:
        noun = counted_noun(q)
        same = src.numbers_valued(q.value)
        if noun is None or not same or any(counted_noun(n.quantity) != noun for n in same):
            continue
        owners = {article_tally_owner(src, n) for n in same}
        owner = owners.pop() if len(owners) == 1 else None
        if owner is None:
            continue
        holder = _named_holder((text, part), q, owner, src.text)
        if holder is not None:
            detail = (
                f"summary gives {text[q.start : q.end]!r} to {holder!r}, the article gives "
                f"its {same[0].quantity.text!r} to {owner!r}"
            )
            out[q.start] = number_mismatch(q, same[0].quantity, detail)
    return out


def _named_holder(
    summary: tuple[str, Sentence], q: Quantity, owner: str, article: str
) -> str | None:
    """The name the summary writes right before its figure ``q`` as its holder, where the
    sentence never names ``owner``; None otherwise. Only a word the article writes as a name
    (capitalized after a lower-case word) is taken for one, so that a sentence's capitalized
    first word ("Officials seized 400") is none."""
    text, part = summary
    m = _HOLDER_RE.search(text, max(part.start, q.start - _REACH), q.start)
    if m is None:
        return None
    last = m.group(1).split()[-1]
    between = {norm_word(w) for w in m.group(2).split()}
    named = {norm_word(w.group()) for w in WORD_RE.finditer(text, part.start, part.end)}
    if owner in named or norm_word(last) in STOP_WORDS or between & _NOT_VERBS:
        return None
    as_name = re.search(rf"[a-z,] {re.escape(last)}\b", article)
    return m.group(1) if as_name else None
