"""Whose goal minute it is: a match report's goal list ("Goals: Wells 12, Vaughan 30." and
"Goal: Varney 48.") gives each scorer's minutes. A summary that has its one listed scorer
score "after 48 minutes", where the list gives that scorer 12 and 48 to Varney, has taken
another scorer's minute: a ``number_mismatch``, as with a "respectively" list
(``number_roles.judge_respectively``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Span = tuple[int, int]

# "Goals: Wells 12, Vaughan 30.", "Scorers: Kane 23 pen, 67." up to the end of the list
_LIST_RE = re.compile(r"\b(?:Goals?|Scorers?):\s([^.\n]{1,200})")
# one scorer in a list and their minutes ("Kane 23 pen, 67", "Wells 12")
_SCORER_RE = re.compile(
    r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*)\s((?:\d{1,3}(?:\s?\(?(?:pen|og)\)?)?(?:,\s(?=\d)|\b))+)"
)
_MINUTE_RE = re.compile(r"\d{1,3}")
# a summary number that is a minute of the match ("after 48 minutes", "in the 48th minute")
_MINUTE_AFTER_RE = re.compile(r"(?:st|nd|rd|th)?[\s-]min(?:ute)?s?\b")


@dataclass(frozen=True)
class _Scorer:
    names: frozenset[str]
    minutes: tuple[tuple[int, Span], ...]  # each minute and its digits in the article


def goal_lists(article_text: str, names: Callable[[str], set[str]]) -> list[_Scorer]:
    """The scorers of the article's goal lists, with their minutes."""
    out = []
    for listed in _LIST_RE.finditer(article_text):
        for m in _SCORER_RE.finditer(article_text, listed.start(1), listed.end(1)):
            who = frozenset(names(m.group(1)))
            minutes = tuple(
                (int(d.group()), d.span()) for d in _MINUTE_RE.finditer(article_text, *m.span(2))
            )
            if who and minutes:
                out.append(_Scorer(who, minutes))
    return out


def judge_goal_minutes(
    summary_text: str,
    start: int,
    end: int,
    numbers: list[tuple[Span, float]],
    article_text: str,
    names: Callable[[str], set[str]],
) -> list[tuple[Span, Span]]:
    """(summary number span, article digits) for each minute of the match among ``numbers``
    (span and value in ``summary_text[start:end]``) that the article's goal lists give another
    scorer, where the summary sentence names exactly one listed scorer and the lists give that
    scorer other minutes. The digits are those of the scorer's own first minute."""
    # most summary sentences give no minute: then the article is not read at all
    minutes = [
        ((a, b), value)
        for (a, b), value in numbers
        if _MINUTE_AFTER_RE.match(summary_text, b) or "min" in summary_text[a:b]
    ]
    if not minutes or not _LIST_RE.search(article_text):
        return []
    scorers = goal_lists(article_text, names)
    own = names(summary_text[start:end])
    mine = {s for s in scorers if s.names & own}
    if len(mine) != 1:
        return []
    [scorer] = mine
    theirs = {m for s in scorers if s not in mine for m, _ in s.minutes}
    return [
        (span, scorer.minutes[0][1])
        for span, value in minutes
        if value in theirs and all(m != value for m, _ in scorer.minutes)
    ]
