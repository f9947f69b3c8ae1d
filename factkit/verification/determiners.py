"""Names that take "the" and names that do not: a determiner clash.

English gives each name its own article usage: a league, a newspaper, an office building take
"the" ("the Premier League", "the New York Post", "the White House"); a club, a person, a town
do not ("Arsenal", "Burnley", "Klopp"). A name swapped into a slot of the other kind keeps the
slot's determiner: "2nd in the Burnley" (the article's "2nd in the Premier League"), "see
Klopp in the Arsenal". When the summary writes "the" right before a name that the article
writes bare, again and again and never after "the", the name stands where the article has a
name of another kind.

Not judged: a name qualifying the noun after it ("the Chelsea boss", "the Obama
administration": the "the" is the noun's), nor a name the article mentions fewer than
``_MIN_MENTIONS`` times where its usage can be read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factkit.verification.text import STOP_WORDS

# "the" right before a name ("in the Arsenal")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# the word after a name (past a possessive): a lower-case content word makes the name a
# modifier of that noun ("the Chelsea boss")
_NEXT_WORD = re.compile(r"(?:['’]s?)?\s+([A-Za-z][\w'-]*)")
# the capitalized word right before a mention, in the same clause: the mention is the tail of
# a longer name ("Barclays Premier League" holds "Premier League")
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w'’.&-]*\s+$")
# article mentions of the name with a readable usage needed before their usage counts
_MIN_MENTIONS = 2


def _usage(text: str, start: int, end: int) -> str | None:
    """``"the"`` when "the" opens the name at ``text[start:end]`` or stands right before it,
    ``"bare"`` when nothing does, None when the usage is the noun's after it ("the Chelsea
    boss") or the name's of which the mention is the tail ("Barclays Premier League")."""
    following = _NEXT_WORD.match(text, end)
    if following is not None:
        word = following.group(1)
        if word[:1].islower() and word not in STOP_WORDS:
            return None
    if text[start : start + 4] == "The ":
        return "the"
    before = text[max(0, start - 5) : start]
    if _THE_BEFORE.search(before):
        return "the"
    if _CAPITALIZED_BEFORE.search(text, max(0, start - 30), start):
        return None
    return "bare"


def determiner_clash(
    text: str,
    start: int,
    end: int,
    words: Iterable[str],
    article_text: str,
    mentions: Iterable[tuple[int, int, frozenset[str]]],
) -> bool:
    """Does the summary write "the" before the name ``text[start:end]`` (``words``: its
    normalized words) that the article, in ``_MIN_MENTIONS`` mentions or more (``mentions``:
    (start, end, words) of its names), writes bare and never after "the"?"""
    if _usage(text, start, end) != "the" or text[start : start + 4] == "The ":
        return False  # "The Tractor Boys": "The" may belong to the name, read in the article
    own = frozenset(words)
    usages = [_usage(article_text, at, stop) for at, stop, held in mentions if own and own <= held]
    read = [u for u in usages if u is not None]
    return len(read) >= _MIN_MENTIONS and all(u == "bare" for u in read)
