"""factkit.verification.score_results: a match result is held against the article's results,
not against the scores it gives on the way there."""

from __future__ import annotations

import re

from factkit.verification.number_scorelines import judge_scorelines
from factkit.verification.score_results import is_result, is_running


def _at(text: str, score: str) -> tuple[str, int, int]:
    start = text.index(score)
    return text, start, start + len(score)


def test_running_scores_and_results() -> None:
    assert is_running(*_at("Clark put Hull 1-0 up after ten minutes.", "1-0"))
    assert is_running(*_at("Law made it 3-0 with a header.", "3-0"))
    assert is_running(*_at("They took a 2-0 half-time lead into the break.", "2-0"))
    assert not is_running(*_at("A 2-0 win over Leeds took them top.", "2-0"))
    assert not is_running(*_at("They won 2-0 to lead the table.", "2-0"))
    assert is_result(*_at("Hull beat Leeds United 4-0 on Sunday.", "4-0"))
    assert is_result(*_at("It was a 4-0 home win for Hull.", "4-0"))
    assert not is_result(*_at("Hull came from 2-0 down to win.", "2-0"))
    assert not is_result(*_at("Hull were 2-0 ahead at the break.", "2-0"))


ARTICLE = (
    "Hull kept up the pressure with a comfortable 4-0 win over Leeds United. "
    "Clark fired the ball home to put Hull 2-0 ahead against Leeds United. "
    "Law made it 3-0 later on."
)


def _capitalized(text: str) -> set[str]:
    return {w.lower() for w in text.replace(",", " ").replace(".", " ").split() if w[:1].isupper()}


def _verdicts(summary: str) -> list[tuple[bool, str | None]]:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", ARTICLE)]
    verdicts = judge_scorelines(summary, 0, len(summary), ARTICLE, sentences, set(), _capitalized)
    return [(v.held, ARTICLE[v.rival[0] : v.rival[1]] if v.rival else None) for v in verdicts]


def test_a_result_is_held_against_the_articles_result_not_a_running_score() -> None:
    assert _verdicts("Hull beat Leeds United 2-0 at home.") == [(False, "4-0")]
    assert _verdicts("Hull beat Leeds United 4-0 at home.") == [(True, None)]
    # a running score of the summary's own is held against the article's scores of the match
    assert _verdicts("Hull were 2-0 ahead against Leeds United.") == [(True, None)]
