"""A figure the article gives as the measure of one thing, given by the summary to another
thing that the article measures with another figure of the same kind.

"The first increase in the 10p higher threshold" where the article's only 10p is "the 10p
savings tax band abolished" and its threshold is "raising the ... threshold to £12,500": the
figure's thing (the lower-case words right after it: "higher threshold", "savings tax band")
differs, the summary names none of the article's words for it, and the article does give the
summary's thing, with another figure of the same kind of unit. A reworded thing ("a £10m
grant" for "£10m funding") passes: the article gives no other sum for a grant.

A figure is a thing's only where a determiner opens its noun phrase ("the 10p"). The summary
figure is judged only where it has a unit, every article figure of its value and
unit has a thing of its own, none shares a word with the summary's or is named in the summary
sentence, and a body sentence writes the summary thing's last word (its head) with a figure of
another value in a unit of the same kind (one currency counts as another: "10p", "£12,500")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import is_currency, unit_key
from factkit.verification.text import STOP_WORDS, content_words, stem_of

# a determiner right before a figure: it opens the noun phrase the figure modifies
_OPENED_RE = re.compile(
    rf"\b(?:{alternation(word_set('thing_figure_determiners'))})\s+$", re.IGNORECASE
)
# up to three lower-case words right after a figure: the thing it is the figure of
_THING_RE = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?")


def _kind(unit: str | None) -> str:
    """The kind of a figure's unit: "money" for a currency, else the unit itself."""
    return "money" if is_currency(unit) else unit_key(unit)


def thing_of(text: str, q: Quantity) -> list[str]:
    """The stems of the lower-case words right after the figure ``q``, up to the first stop
    word ("the 10p savings tax band abolished" -> savings, tax, band), where a determiner
    opens its noun phrase right before it; else none ("spent £30,000 holidaying")."""
    if _OPENED_RE.search(text, max(0, q.start - 8), q.start) is None:
        return []
    m = _THING_RE.match(text, q.end)
    words = [w for w in (m.groups() if m else ()) if w]
    out = []
    for word in words:
        if word in STOP_WORDS:
            break
        out.append(stem_of(word))
    return out


def thing_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) whose value the article gives only as the figure of
    other things, while it measures the summary's thing with another figure; by start."""
    text, part = summary
    out: dict[int, VerifyReason] = {}
    named: set[str] | None = None
    for q in quantities:
        thing = thing_of(text, q) if q.unit else []
        if not thing:
            continue
        unit = unit_key(q.unit)
        same = src.numbers_of(q.value, unit)
        things = [thing_of(src.text, n.quantity) for n in same]
        if not same or not all(things) or any(set(t) & set(thing) for t in things):
            continue
        if named is None:
            named = {stem_of(w) for w in content_words(text[part.start : part.end])}
        if any(set(t) & named for t in things):
            continue  # the summary names the article's thing too
        if _measured_otherwise(src, q, thing[-1]):
            out[q.start] = _reason(text, q, same[0], src.text)
    return out


def _measured_otherwise(src: ArticleIndex, q: Quantity, head: str) -> bool:
    """Does a body sentence write ``head`` with a figure of another value whose unit is of
    the summary figure ``q``'s kind?"""
    kind = _kind(q.unit)
    return any(
        _other_figure(n, q, kind) and head in src.body_stems[n.pos]
        for n in src.numbers
        if n.pos is not None
    )


def _other_figure(n: IndexedNumber, q: Quantity, kind: str) -> bool:
    return n.quantity.value != q.value and _kind(n.quantity.unit) == kind


def _reason(text: str, q: Quantity, given: IndexedNumber, article: str) -> VerifyReason:
    """``number_mismatch`` for the summary figure ``q``: the article's ``given`` measures
    another thing."""
    g = given.quantity
    thing = " ".join(m.group(0).strip() for m in [_THING_RE.match(article, g.end)] if m)
    detail = (
        f"summary says {text[q.start : q.end]!r}, the article's {g.text!r} is the figure of "
        f"another thing ({thing!r})"
    )
    return number_mismatch(q, g, detail)
