"""Scorelines as people write them ("beat Stoke 2-1", "a 1-0 win"), which the article may write
the other way round ("lost 1-2") or with another dash: the summary's scorelines judged against
the article's score of the same teams. Moved out of ``numbers.py`` (which re-exports its public
names) so that each kind of number reading has a module of its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

from factkit.lang import alternation, entries
from factkit.verification.score_results import is_result, is_running

# two small numbers joined by a dash, not part of a date, a range of years or a phone number;
# nor of two clock times ("17:30-19:30" is no score 30-19) or a range of money ("£25-30 million")
SCORELINE_RE = re.compile(r"(?<![\w.,/:£$€-])(\d{1,2})\s?[-–—]\s?(\d{1,2})(?!\w|[.,/:]\d|-\d)")
# a day range next to its month ("July 17-19", "17-19 July", "Sept 9-11") is a date, no score
_MONTHS = alternation([*entries("months"), *entries("month_abbreviations")], capitalize=True)
_MONTH_BEFORE_RE = re.compile(rf"\b(?:{_MONTHS})\.?\s$")
_MONTH_AFTER_RE = re.compile(rf"\s(?:{_MONTHS})\b")
# "the 9-11 attacks", "open 24-7": written like a score, never one
_IDIOMS = frozenset(
    (int(a), int(b)) for a, b in (line.split("-") for line in entries("scoreline_idioms"))
)


def scoreline_matches(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The ``SCORELINE_RE`` matches of ``text[start:end]`` that read as scores: not a day
    range next to its month, not an idiom written like a score."""
    end = len(text) if end is None else end
    return [
        m
        for m in SCORELINE_RE.finditer(text, start, end)
        if (int(m.group(1)), int(m.group(2))) not in _IDIOMS
        and not _MONTH_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        and not _MONTH_AFTER_RE.match(text, m.end())
    ]


@lru_cache(maxsize=16)
def article_scorelines(text: str) -> frozenset[tuple[int, int]]:
    """Every scoreline of the article, both ways round."""
    out: set[tuple[int, int]] = set()
    for m in scoreline_matches(text):
        a, b = int(m.group(1)), int(m.group(2))
        out |= {(a, b), (b, a)}
    return frozenset(out)


def scoreline_spans(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, first, second) of the scorelines in ``text[start:end]``."""
    return [
        (m.start(), m.end(), int(m.group(1)), int(m.group(2)))
        for m in scoreline_matches(text, start, end)
    ]


def supported_scoreline_numbers(
    summary_text: str, start: int, end: int, article_text: str
) -> list[tuple[int, int]]:
    """Spans of the summary's scorelines that the article gives (either way round): the
    numbers inside them are supported as a pair."""
    known = article_scorelines(article_text)
    return [(a, b) for a, b, x, y in scoreline_spans(summary_text, start, end) if (x, y) in known]


@dataclass(frozen=True)
class ScorelineVerdict:
    """A summary scoreline judged against the article's scores of the same match: ``held``
    when the article gives it there; else ``rival``, the article's score it meets, or None when
    the article gives no score at all."""

    start: int
    end: int
    held: bool
    rival: tuple[int, int] | None


def judge_scorelines(
    summary_text: str,
    start: int,
    end: int,
    article_text: str,
    sentences: Sequence[tuple[int, int]],
    passage: set[int],
    names: Callable[[str], set[str]],
) -> list[ScorelineVerdict]:
    """The verdict on each scoreline of ``summary_text[start:end]`` (``sentences``: the
    article's sentence spans; ``passage``: the positions of those the summary sentence rests
    on; ``names``: the name words of a stretch of text).

    The match a score belongs to is told by its teams: the article scores with the most of the
    summary sentence's names around them (``_SCORE_REACH`` characters each side, in their
    sentence) are that match's. The summary's score holds when one of them is it (either way
    round), or one with two of its names around it, or one in the passage that names no team or
    one of the summary's ("Espanyol in the 3-0 defeat of Villarreal" is another match's): "Holland
    beat Spain 2-1" is not held by "Slovakia's 2-1 win over Spain" where the article's score of
    Holland and Spain is 2-0. Set scores are a sequence: "won 6-3, 6-3" meets "6-3, 6-1" at the
    second set. A score where the article gives none is not in the article; its digits are no counts
    to check one by one. Where no score of the article names the summary's teams, only an article
    of one score judges ("got back to 25-1" where its one score is "a 1-1 draw": "25 points" is
    no side of it); else no verdict."""
    mine = scoreline_spans(summary_text, start, end)
    if not mine:
        return []
    known = article_scorelines(article_text)
    if not known:
        return [ScorelineVerdict(a, b, False, None) for a, b, _, _ in mine]
    own = names(summary_text[start:end])
    scored = _scored_scorelines(own, article_text, sentences, passage, names)
    top = max(shared for shared, _, _, _ in scored)
    if top > 0:
        return _verdicts(mine, scored, top, summary_text, article_text)
    if len({frozenset(pair) for pair in known}) > 1:
        return []  # several scores, none of these teams: no telling which match it is
    sole = (scored[0][2][0], scored[0][2][1])
    return [
        ScorelineVerdict(a, b, (x, y) in known, None if (x, y) in known else sole)
        for a, b, x, y in mine
    ]


_Scoreline = tuple[int, int, int, int]  # start, end, first, second
# an article scoreline: the summary's names around it, in the passage, it, all of its sentence's
_Scored = tuple[int, bool, _Scoreline, list[_Scoreline]]


def _scored_scorelines(
    own: set[str],
    article_text: str,
    sentences: Sequence[tuple[int, int]],
    passage: set[int],
    names: Callable[[str], set[str]],
) -> list[_Scored]:
    """Each article scoreline with how many of the summary sentence's names (``own``) stand
    around it and whether it counts as the passage's."""
    scored = []
    for pos, (lo, hi) in enumerate(sentences):
        theirs = scoreline_spans(article_text, lo, hi)
        for t in theirs:
            near = names(article_text[max(lo, t[0] - _SCORE_REACH) : min(hi, t[1] + _SCORE_REACH)])
            # a passage score that names only other teams is another match's ("Espanyol in
            # the 3-0 defeat of Villarreal" next to the summary's Getafe and Elche)
            in_passage = pos in passage and (bool(own & near) or not near)
            scored.append((len(own & near), in_passage, t, theirs))
    return scored


def _verdicts(
    mine: list[_Scoreline], scored: list[_Scored], top: int, summary_text: str, article_text: str
) -> list[ScorelineVerdict]:
    """The verdicts on the summary's scorelines (``mine``) against the article's (``scored``;
    ``top``: the most names one shares with the summary sentence)."""
    best = [(t, theirs) for shared, _, t, theirs in scored if shared == top]
    candidates = [t for shared, near, t, _ in scored if shared == top or shared >= 2 or near]
    held = {pair for _, _, x, y in candidates for pair in ((x, y), (y, x))}
    # the results the article gives these teams: a summary's result is held against them alone
    results = [
        t
        for shared, _, t, _ in scored
        if shared >= min(2, top) and t in candidates and not is_running(article_text, t[0], t[1])
    ]
    in_order = next((ts for _, ts in best if len(mine) >= 2 and len(ts) == len(mine)), None)
    out = []
    for i, (a, b, x, y) in enumerate(mine):
        if in_order is not None:
            _, _, tx, ty = counterpart = in_order[i]
            fits = (x, y) in ((tx, ty), (ty, tx))
        elif results and is_result(summary_text, a, b):
            counterpart = min(results, key=partial(_score_distance, (x, y)))
            fits = any((x, y) in ((tx, ty), (ty, tx)) for _, _, tx, ty in results)
        else:
            # the rival score to name: the nearest to the summary's, either way round
            counterpart = min((t for t, _ in best), key=partial(_score_distance, (x, y)))
            fits = (x, y) in held
        rival = None if fits else (counterpart[0], counterpart[1])
        out.append(ScorelineVerdict(a, b, fits, rival))
    return out


# characters each side of an article score in which the teams it is the score of are named
_SCORE_REACH = 60


def _score_distance(score: tuple[int, int], other: tuple[int, int, int, int]) -> int:
    """How far a score is from another (a scoreline span: start, end, first, second), either
    way round ("2-1" is 1 from "2-0" and from "0-2")."""
    (x, y), (_, _, a, b) = score, other
    return min(abs(x - a) + abs(y - b), abs(x - b) + abs(y - a))
