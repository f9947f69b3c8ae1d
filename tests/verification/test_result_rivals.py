"""factkit.verification.result_rivals: a summary result against another opponent."""

from __future__ import annotations

from factkit.verification.outcomes import outcomes
from factkit.verification.relations import Relation
from factkit.verification.result_rivals import result_rival, scores

ARTICLE = "Spain's 2-0 defeat by Holland was a shock."
NAMES = {"spain", "holland"}  # the article's names written mid-sentence


def _results(text: str) -> list[Relation]:
    return outcomes(text, 0, len(text), set())


def _rival(summary: str, article: str = ARTICLE) -> tuple[str, str] | None:
    (claim,) = _results(summary)
    stated = [(r, scores(article)) for r in _results(article)]
    found = result_rival(claim, stated, scores(summary), NAMES)
    if found is None:
        return None
    (start, end), (rival_start, rival_end) = found.odd, found.opponent
    return summary[start:end], article[rival_start:rival_end]


def test_a_kept_loser_with_another_winner_names_the_article_winner() -> None:
    assert _rival("Sevilla beat Spain 2-0.") == ("Sevilla", "Holland")


def test_a_kept_winner_with_another_loser_names_the_article_loser() -> None:
    assert _rival("Holland beat Italy 2-0.") == ("Italy", "Spain's")


def test_the_same_result_or_its_reverse_has_no_rival() -> None:
    assert _rival("Holland beat Spain 2-0.") is None
    assert _rival("Spain beat Holland 2-0.") is None


def test_a_team_in_the_other_role_is_another_match() -> None:
    # Spain lost to Holland; a Spain win over Italy is no claim about that match
    assert _rival("Spain beat Italy 2-0.") is None


def test_another_score_is_another_match() -> None:
    assert _rival("Sevilla beat Spain 1-0.") is None


def test_scores_are_scorelines_not_dates_or_ranges() -> None:
    assert scores("won 2-0 in 2014-15 on 12-10-2014") == {"2-0"}


def test_an_opponent_the_article_writes_only_as_a_sentence_opener_is_no_rival() -> None:
    # the outcome reader gives the win hung on the clause to its opener, "Second-half"
    article = "Second-half goals helped Lyon go top with a 2-0 home win against Bastia."
    assert _rival("Lyon beat Bastia 2-0.", article) is None
