"""A figure the summary opens with a modifier ("a voluntary £20million") that the article
writes only before another figure of its unit.

"The company offered to pay a voluntary £11.2million in tax" where the article's only voluntary
sum is "its voluntary £20million tax payment" and its £11.2million is "the sum of £11.2million
as part of" it: the modifier (one lower-case word between a determiner and the figure) says
which of the article's figures the summary's is. The summary figure is judged only where its
modifier is a content word (no qualifier such as "estimated" or "nearly", no function word), the
article writes that word right before a figure of the summary figure's unit and another value,
and never right before a figure of the summary's value."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, entries, word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key
from factkit.verification.text import STOP_WORDS

# a determiner and one lower-case word right before a figure: "a voluntary £20million"
_MODIFIED_RE = re.compile(
    rf"\b(?:{alternation(word_set('figure_modifier_determiners'))})\s+([a-z][a-z-]{{3,}})\s+$",
    re.IGNORECASE,
)
# the lower-case word right before an article figure
_WORD_BEFORE_RE = re.compile(r"\b([a-z][a-z-]{3,})\s+$")
# one-word qualifiers ("estimated", "nearly"): they hedge a figure, they do not pick it
_QUALIFIERS = frozenset(q for q in entries("quantity_qualifiers") if " " not in q)
_REACH = 40  # characters before a figure read for its modifier


def modifier_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) whose modifier the article writes only before other
    figures of its unit; by start."""
    text, part = summary
    out = {}
    for q in quantities:
        m = _MODIFIED_RE.search(text, max(part.start, q.start - _REACH), q.start)
        word = m.group(1).lower() if m else None
        if word is None or word in STOP_WORDS or word in _QUALIFIERS:
            continue
        same = src.numbers_valued(q.value)
        if not same or any(_word_before(src.text, n.quantity) == word for n in same):
            continue
        unit = unit_key(q.unit)
        rival = next(
            (
                n.quantity
                for n in src.numbers
                if n.quantity.value != q.value
                and unit_key(n.quantity.unit) == unit
                and _word_before(src.text, n.quantity) == word
            ),
            None,
        )
        if rival is not None:
            out[q.start] = _reason(text, q, rival, word)
    return out


def _word_before(text: str, q: Quantity) -> str | None:
    """The lower-case word right before the figure ``q``, if any."""
    m = _WORD_BEFORE_RE.search(text, max(0, q.start - _REACH), q.start)
    return m.group(1) if m else None


def _reason(text: str, q: Quantity, rival: Quantity, word: str) -> VerifyReason:
    """``number_mismatch`` for the summary figure ``q``: the article's ``word`` figure is
    ``rival``."""
    detail = (
        f"summary says {word} {text[q.start : q.end]!r}, the article's {word} figure is "
        f"{rival.text!r}"
    )
    return number_mismatch(q, rival, detail)
