"""factkit.verification.outcomes: who won a match, however the sentence writes it."""

from __future__ import annotations

import pytest

from factkit.verification.outcomes import WON, first_won, outcomes


def _winners(text: str) -> list[tuple[str, str]]:
    """(winner, loser) of each result, each name without its "'s"."""
    return [
        (
            text[r.agent[0] : r.agent[1]].removesuffix("'s"),
            text[r.patient[0] : r.patient[1]].removesuffix("'s"),
        )
        for r in outcomes(text, 0, len(text), set())
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Holland beat Spain 2-0 in Amsterdam.",
        "Spain were beaten by Holland in Amsterdam.",
        "Spain's 2-0 defeat by Holland brought back bitter memories.",
        "Holland's 2-0 win over Spain brought back bitter memories.",
        "Holland's 2-0 defeat of Spain brought back bitter memories.",
        "Spain lost 2-0 to Holland on Tuesday.",
        "Holland edged past Spain on Tuesday.",
        "Spain suffered a derby thumping by Holland on Tuesday.",
        "Spain's 5-0 thrashing by Holland brought back bitter memories.",
        "Holland's thumping of Spain brought back bitter memories.",
    ],
)
def test_each_way_of_writing_a_result_names_its_winner(text: str) -> None:
    assert _winners(text) == [("Holland", "Spain")]


def test_a_win_hung_on_the_clause_is_its_subject_s() -> None:
    text = "Rangers kept the pressure on Hibernian in the race with a 4-0 win over Raith Rovers."
    assert _winners(text) == [("Rangers", "Raith Rovers")]


@pytest.mark.parametrize(
    "text",
    [
        "Spain lost 6-3, 6-1 to Holland in the second round.",
        "Spain lost 7-6 (7-4), 6-2 to Holland in the final.",
    ],
)
def test_set_scores_between_a_loss_and_its_preposition_keep_the_result(text: str) -> None:
    assert _winners(text) == [("Holland", "Spain")]


def test_an_outcome_relation_has_one_verb_no_word_has() -> None:
    (relation,) = outcomes("Holland beat Spain.", 0, len("Holland beat Spain."), set())
    assert relation.verbs == frozenset({WON})


@pytest.mark.parametrize(
    "gap",
    [
        " failed to beat ",  # no result
        " could not beat ",
        " drew with ",
        " scored twice against ",
        ", whose 5-1 drubbing of ",  # another clause
        " joined ",
    ],
)
def test_no_result_is_read_where_the_words_give_none(gap: str) -> None:
    assert first_won(gap) is None


def test_a_win_hung_on_a_clause_no_name_opens_is_nobody_s() -> None:
    # the subject is "goals"; the names before the win ("Lyon", "Ligue") did not win it alone
    text = (
        "Second-half goals by Mohamed Yattara and Alexandre Lacazette helped Lyon go top of "
        "Ligue 1 with a 2-0 home win against Bastia on Wednesday."
    )
    assert _winners(text) == []
    assert _winners("In the race, Lyon went top with a 2-0 home win against Bastia.") == [
        ("Lyon", "Bastia")
    ]
