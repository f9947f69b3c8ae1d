"""Who won a match: the winner and loser of two neighbouring names, read from the words between
them, as relations (``relations.py``) with one verb, so that the relation check can hold a
summary's result against the article's however either writes it.

"Holland beat Spain", "Spain were beaten by Holland", "Spain's 2-0 defeat by Holland",
"Holland's win over Spain" and "Holland's defeat of Spain" all say Holland won; a summary's
"Spain beat Holland" reverses each. The verb of the relation check alone compares only the same
verb ("beat" and "beaten"), so the nouns and the verbs of losing never met the summary's
"beat". The words between the names: a winner's verb with the loser right after it (past
"past" and one lower-case word: "beat rivals Chelsea"), a win before "over", "against" or
"at" (an away win), a defeat before "of" (the first name won), or a loss before
"to"/"by"/"against" and a winner's verb before "by" (the second name won); scores may stand
between an outcome word and its preposition ("lost 2-1 to"), a tennis match's set scores too
("lost 6-3, 6-1 to": their commas join scores, not clauses). A win hung on the clause by
"with", "after" or "following" ("Rangers kept the pressure on Hibernian with a 4-0 win over
Raith Rovers") is the win of the name opening the sentence, its subject, not of the name
right before it; where no name opens it ("Second-half goals by Yattara helped Lyon ... with a
2-0 win against Bastia") the winner is not told. A negation, a modal or a word of hope before
the outcome word ("failed to beat") makes it no result. Word lists: ``match_*.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factkit.lang import word_set
from factkit.verification.names import NameSpan
from factkit.verification.relations import MAX_STRETCH, Relation, neighbour_names

# the one verb of an outcome relation (no word's stem: never compared with a verb read from text)
WON = "<won>"
_BREAKS = frozenset(',;:()[]"“”—–\n')
_TOKEN = re.compile(r"[\w'’-]+")
_SCORE = re.compile(r"\d+-\d+")
_POSSESSIVE = re.compile(r"^(?:['’]s?)?\s")  # the gap may open with the first name's "'s"
_OPENING_MARKS = " \t\n\"'“‘("
_MODIFIER = re.compile(r"[A-Z][\w']*(?:-[a-z]+)+")  # "Second-half", "Last-minute"
_MAX_WORDS = MAX_STRETCH + 2  # "boosted survival chances with 1-0 win over strugglers"
# a match's set or game scores, comma-separated, tie-breaks in brackets ("6-3, 6-1", "7-6 (7-4),
# 6-2"): one run of scores, not clauses
_SET = r"\d+-\d+(?:\s*\(\d+(?:-\d+)?\))?"
_SET_SCORES = re.compile(rf"{_SET}(?:,\s*{_SET})+")
_TIE_BREAK = re.compile(r"\s*\(\d+(?:-\d+)?\)")


@cache
def _blockers() -> frozenset[str]:
    return word_set("match_outcome_blockers") | word_set("negations") | word_set("modals")


def _after(tokens: list[str], at: int) -> list[str]:
    """The tokens after ``tokens[at]``, past the scores right after it ("lost 2-1 to")."""
    rest = tokens[at + 1 :]
    while rest and _SCORE.fullmatch(rest[0]):
        rest = rest[1:]
    return rest


def _ends_with(rest: list[str], prepositions: frozenset[str]) -> bool:
    """Is ``rest`` one of ``prepositions`` (an empty one: nothing), then at most one lower-case
    word ("over strugglers")?"""
    if "" in prepositions and len(rest) <= 1:
        return not rest or rest[0].isalpha()
    return bool(rest) and rest[0] in prepositions and len(rest) <= 2


def _winner_verb(tokens: list[str], at: int) -> bool | None:
    """A winner's verb: the first won ("beat (rivals) Chelsea", "edged past Stoke"), or the
    second before "by" ("beaten by")."""
    if tokens[at] not in word_set("match_winner_verbs"):
        return None
    rest = _after(tokens, at)
    if _ends_with(rest, frozenset({"by"})):
        return False
    return True if _ends_with(rest, frozenset({"", "past"})) else None


def _win_noun(tokens: list[str], at: int) -> bool | None:
    """A win before "over", "against" or "at": the first won ("win at struggling Elche")."""
    if tokens[at] not in word_set("match_win_nouns"):
        return None
    return True if _ends_with(_after(tokens, at), frozenset({"over", "against", "at"})) else None


def _rout_noun(tokens: list[str], at: int) -> bool | None:
    """A defeat or thrashing before "of": the first won ("3-0 defeat of Villarreal")."""
    if tokens[at] not in word_set("match_rout_nouns"):
        return None
    return True if _ends_with(_after(tokens, at), frozenset({"of"})) else None


def _loss_word(tokens: list[str], at: int) -> bool | None:
    """A loss before "to", "by" or "against": the second won ("lost to", "defeat by")."""
    if tokens[at] not in word_set("match_loss_words"):
        return None
    return False if _ends_with(_after(tokens, at), frozenset({"to", "by", "against"})) else None


# each reads the outcome word at ``at``: True (the first name won), False (the second), None
_RULES: list[Callable[[list[str], int], bool | None]] = [
    _winner_verb,
    _win_noun,
    _rout_noun,
    _loss_word,
]


def first_won(gap: str) -> bool | None:
    """Does the gap between two names say the first won (True), the second (False), or
    neither (None)?"""
    gap = _POSSESSIVE.sub(" ", gap, count=1)
    gap = _SET_SCORES.sub(_score_run, gap)
    if any(c in _BREAKS for c in gap):
        return None
    tokens = [t.lower() for t in _TOKEN.findall(gap)]
    if not tokens or len(tokens) > _MAX_WORDS:
        return None
    for at in range(len(tokens)):
        if any(t in _blockers() or t.endswith(("n't", "n’t")) for t in tokens[:at]):
            return None
        for rule in _RULES:
            won = rule(tokens, at)
            if won is not None:
                return won
    return None


def _score_run(m: re.Match[str]) -> str:
    """A run of set scores as scores alone ("6-3, 6-1" -> "6-3 6-1"), which ``_after`` passes."""
    return _TIE_BREAK.sub("", m.group()).replace(",", " ")


def outcomes(text: str, start: int, end: int, common_words: set[str]) -> list[Relation]:
    """The match results of ``text[start:end]`` as relations: the winner the agent, the loser
    the patient, the one verb ``WON``."""
    out = []
    pairs = list(neighbour_names(text, start, end, common_words))
    subject = _opening_name(text, start, pairs)
    for at, ((a0, a1, aw), (b0, b1, bw)) in enumerate(pairs):
        gap = text[a1:b0]
        won = first_won(gap)
        if won is True and _adjunct(gap):
            if subject is not None:
                (a0, a1, aw) = subject  # "Rangers kept the pressure on ... with a win over Raith"
            elif at > 0:
                continue  # the clause's subject is no name ("Second-half goals ... helped")
        first, second = frozenset(aw) - frozenset(bw), frozenset(bw) - frozenset(aw)
        if not first or not second:
            continue
        if won is True:
            out.append(Relation((a0, a1), (b0, b1), first, second, frozenset({WON})))
        elif won is False:
            out.append(Relation((b0, b1), (a0, a1), second, first, frozenset({WON})))
    return out


def _opening_name(text: str, start: int, pairs: list[tuple[NameSpan, NameSpan]]) -> NameSpan | None:
    """The name opening the sentence at ``start`` (its subject), or None: none opens it, or
    the capitalized opener is a compound modifier, no name ("Second-half goals", "Last-gasp")."""
    if not pairs:
        return None
    first = pairs[0][0]
    if text[start : first[0]].strip(_OPENING_MARKS):
        return None
    opener = _TOKEN.match(text, first[0])
    return None if opener and _MODIFIER.fullmatch(opener.group()) else first


def _adjunct(gap: str) -> bool:
    """Does a preposition in the gap hang a win on the clause ("in the race with a comfortable
    4-0 win over", "after a win over")? Then the clause's subject won, not the name before it."""
    tokens = [t.lower() for t in _TOKEN.findall(gap)]
    nouns = word_set("match_win_nouns") | word_set("match_rout_nouns")
    at = next((k for k, t in enumerate(tokens) if t in word_set("match_adjunct_openers")), None)
    return at is not None and any(t in nouns for t in tokens[at + 1 :])
