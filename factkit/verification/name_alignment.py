"""Slot-side evidence for a summary name the supporting passage mentions.

A name swapped into a summary sentence sits among words taken from the sentence that held the
original name. Where the passage mentions the swapped-in name too, it plays another part there:
the words the two sentences share lie on the other side of it ("Hollis beat Reeve" for "Reeve
beat Hollis": "beat" before the name here, after it there). A correctly copied name keeps its
side of the verb, the preposition, the other names, however the rest is reworded. So, for the
decision layer (``decision.py``): of the summary sentence's content words that a passage
sentence mentioning the name also holds, how many lie on the same side of the name there as
here (``side_agree``) and how many on the other side (``side_against``), read at the mention
where they agree best. No mention in the passage gives 0 and 0.

Tried with it and left out (corruption dev and CLIFF val, stop 24): the length of the exact
n-gram spanning the name, and the share of its neighbouring words in a sentence mentioning it;
both added little beside ``adj_own`` and cost CLIFF false alarms.

Tried and left out (stop 25; corruption dev seeds 13-25, swaps on CLIFF val summaries judged
correct): judging the name against a *name-blind* passage. The alignment a name's window is
read from already leaves the name's words out of its lexical part; only the MiniLM similarity
still sees it. Dropping that too moved the passage for few missed swaps (of 561 dev and 597
CLIFF ones the name check judged, the original name entered it for 3 and 7, the swapped-in name
left it for 12 and 14, and entered it for 2 and 4). As the name's window (similarity weight
0) it caught 9 more dev swaps of 4810 but flagged 2 more untouched highlights (72 -> 74 of
509; weight 0.25: no more swaps at seed 13, 2 more untouched flagged). Nor did the best-aligned
sentence alone help as decision evidence (whether it names the name; how many of its
neighbouring words another name there shares): refitted with it, dev slot recall at the name
threshold went 0.792 -> 0.783 and CLIFF summaries with a false slot 0.132 -> 0.140.
"""

from __future__ import annotations

from collections.abc import Iterable

from factkit.verification.index import ArticleIndex, IndexedName
from factkit.verification.text import content_tokens


def slot_sides(
    text: str,
    span: tuple[int, int],
    bounds: tuple[int, int],
    mentions: Iterable[IndexedName],
    near: set[int],
    src: ArticleIndex,
) -> dict[str, float]:
    """``side_agree`` and ``side_against`` (module doc) of the summary name at ``span`` of
    ``text`` (its sentence at ``bounds``); ``mentions``: the article's mentions of it, read
    where they are in ``near`` (the passage's body positions)."""
    sides = _sides(content_tokens(text, *bounds), *span)
    best: tuple[int, int] | None = None
    for n in mentions:
        if n.pos not in near:
            continue
        sentence = src.body[n.pos]
        theirs = _sides(content_tokens(src.text, sentence.start, sentence.end), n.start, n.end)
        shared = [bool(here & theirs[w]) for w, here in sides.items() if w in theirs]
        agree = sum(shared)
        against = len(shared) - agree
        if best is None or agree - against > best[0] - best[1]:
            best = (agree, against)
    agree, against = best or (0, 0)
    return {"side_agree": float(agree), "side_against": float(against)}


def _sides(tokens: list[tuple[str, int, int]], start: int, end: int) -> dict[str, set[bool]]:
    """stem -> the sides of ``[start, end)`` it occurs on (True: after), the span's own
    tokens left out."""
    sides: dict[str, set[bool]] = {}
    for stem, a, b in tokens:
        if b <= start or a >= end:
            sides.setdefault(stem, set()).add(a >= end)
    return sides
