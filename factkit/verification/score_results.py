"""A match result against a score on the way there.

"Rangers beat Raith Rovers 2-0" gives the result of the match; an article that reports a
"comfortable 4-0 win over Raith Rovers" and, along the way, "putting Rangers 2-0 ahead" gives
2-0 only as a running score. Where the summary's score is a result (a result word stands next
to it) and the article gives a result of those teams too, the article's running scores ("2-0
up", "made it 2-0", "led 1-0") hold no longer: ``judge_scorelines`` holds the summary's score
against the article's results alone.
"""

from __future__ import annotations

import re

from factkit.lang import alternation, word_set

_RESULT = alternation(word_set("score_result_words"))
# a result word before the score in its clause ("beat Raith Rovers 2-0", "won 3-1 at home")
_RESULT_BEFORE_RE = re.compile(rf"\b(?:{_RESULT})\b[^.;!?]{{0,40}}$", re.IGNORECASE)
# or right after it, past one word ("a 4-0 win", "their 2-1 home defeat")
_RESULT_AFTER_RE = re.compile(rf"\s(?:[a-z]+\s)?(?:{_RESULT})\b", re.IGNORECASE)
# "2-0 up", "a 2-0 half-time lead" (never "2-0 to lead the table": a result that puts them top)
_RUNNING_AFTER_RE = re.compile(
    rf"\s(?:(?!to\s)[a-z-]+\s)?(?:{alternation(word_set('score_running_words'))})\b"
)
# "made it 2-0", "to make it 3-1", "led 1-0", "leading 2-1"
_RUNNING_BEFORE_RE = re.compile(r"\b(?:(?:made|make|makes|making)\sit|led|leading)\s$")


def is_running(text: str, start: int, end: int) -> bool:
    """Is the scoreline ``text[start:end]`` a score during the match ("2-0 up", "made it
    2-0"), not its result?"""
    before = text[max(0, start - 20) : start]
    return bool(_RUNNING_AFTER_RE.match(text, end) or _RUNNING_BEFORE_RE.search(before))


def is_result(text: str, start: int, end: int) -> bool:
    """Is the scoreline ``text[start:end]`` the result of a match ("beat Raith Rovers 4-0",
    "a 4-0 win")? Never a running score ("came from 2-0 down to win")."""
    if is_running(text, start, end):
        return False
    before = text[max(0, start - 60) : start]
    return bool(_RESULT_BEFORE_RE.search(before) or _RESULT_AFTER_RE.match(text, end))
