"""A match result with the wrong opponent: the summary's "Sevilla beat Spain 2-0" where the
article's result for Spain is "Spain's 2-0 defeat by Holland".

A summary result (``outcomes.py``) keeps one team of an article result in the same role (the
winner or the loser) and puts another name in the other role: that name is a rival of the
article's opponent. It is judged only when the article names the summary's two names together
in no sentence (then the relation check reads them: a result the article writes in words the
outcome reader does not know may be there), and, when the summary gives a score, only against
an article result whose sentence gives that score too (a team plays many matches; the score
says which one the summary reports). A win "at" a name is no such result: the name may be the
ground, not the opponent ("Liverpool's 2-0 victory at Anfield" says nothing against "Liverpool
beat Newcastle 2-0"; ``at_ground``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from typing import NamedTuple

from factkit.verification.outcomes import WON
from factkit.verification.relations import Relation, same_name

# a scoreline ("2-0", "4-2"), not a date or a range of years
SCORE = re.compile(r"(?<![\w-])\d{1,2}-\d{1,2}(?![\w-])")


def scores(text: str) -> frozenset[str]:
    """The scorelines written in ``text``."""
    return frozenset(SCORE.findall(text))


class ResultRival(NamedTuple):
    """The summary's name in a role of an article result (span, words), the article result,
    and the article's name in that role (span, words)."""

    odd: tuple[int, int]
    odd_words: frozenset[str]
    result: Relation
    opponent: tuple[int, int]
    opponent_words: frozenset[str]


def result_rival(
    claim: Relation,
    stated: Iterable[tuple[Relation, frozenset[str]]],
    claimed_scores: frozenset[str],
    name_words: Set[str],
) -> ResultRival | None:
    """The summary's other opponent and the article's (``ResultRival``) when an article result
    keeps one of ``claim``'s teams in its role and has another opponent; else None.
    ``stated``: article results with the scorelines of their sentences; ``claimed_scores``:
    the summary sentence's scorelines; ``name_words``: the words the article writes as names
    mid-sentence, one of which the opponent must hold (never a capitalized opener only: a
    word that opens sentences may be no name)."""
    if claim.verbs != {WON}:
        return None
    stated = [(r, held) for r, held in stated if r.verbs == {WON}]
    if any(_either(claim.agent_words, r) and _either(claim.patient_words, r) for r, _ in stated):
        return None  # the article gives a result of these two: the relation check reads it
    for result, held in stated:
        if claimed_scores and not claimed_scores & held:
            continue
        agent_kept = same_name(claim.agent_words, result.agent_words)
        patient_kept = same_name(claim.patient_words, result.patient_words)
        if agent_kept == patient_kept:
            continue  # the same result, or none of its teams in the same role
        # the role the summary fills with another name: its name there and the article's
        (odd, words), (opponent, theirs) = _side(claim, patient_kept), _side(result, patient_kept)
        if theirs & name_words and not _either(words, result):
            return ResultRival(odd, words, result, opponent, theirs)
    return None


def at_ground(text: str, result: Relation) -> bool:
    """Is ``result`` (read from ``text``) a win "at" its loser, who may be a ground ("victory at
    Anfield", "win at Wembley") rather than the opponent?"""
    between = text[result.agent[1] : result.patient[0]].split()
    return bool(between) and between[-1].lower() == "at"


def _either(words: frozenset[str], result: Relation) -> bool:
    """Is the name one of the result's two teams?"""
    return same_name(words, result.agent_words) or same_name(words, result.patient_words)


def _side(result: Relation, agent: bool) -> tuple[tuple[int, int], frozenset[str]]:
    """The span and words of the result's winner (``agent``) or loser."""
    return (result.agent, result.agent_words) if agent else (result.patient, result.patient_words)
