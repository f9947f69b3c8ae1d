"""factkit.verification.checks.relations: who did what to whom, through the real verifier."""

from __future__ import annotations

import pytest

from factkit import verify
from tests.verification.checks.conftest import reported

ARTICLE = (
    "Chelsea beat Arsenal 2-0 at Stamford Bridge on Saturday afternoon. "
    "Jose Mourinho praised his players after the game. "
    "Arsene Wenger said his side had been unlucky. "
    "Manchester City were beaten by Liverpool at Anfield on Sunday. "
    "Police arrested John Smith after the attack on Tuesday."
)


def _reasons(summary: str) -> list[str]:
    return [r.type for r in reported(summary, ARTICLE)]


@pytest.mark.parametrize(
    "swapped",
    [
        "Arsenal beat Chelsea at Stamford Bridge on Saturday.",
        "Manchester City beat Liverpool at Anfield on Sunday.",
        "Liverpool were beaten by Manchester City at Anfield.",
    ],
)
def test_a_swapped_subject_and_object_is_a_relation_mismatch(swapped: str) -> None:
    result = verify(swapped, ARTICLE)
    (sentence,) = result.sentences
    assert sentence.verdict == "unsupported"
    (reason,) = [r for r in sentence.reasons if r.type == "relation_mismatch"]
    assert reason.summary_span is not None and reason.source_start is not None
    start, end = reason.summary_span
    assert {"Arsenal", "Chelsea"} <= set(swapped[start:end].split()) or "Liverpool" in swapped[
        start:end
    ]
    assert ARTICLE[reason.source_start : reason.source_end] in (
        "Chelsea beat Arsenal",
        "Manchester City were beaten by Liverpool",
    )


@pytest.mark.parametrize(
    "kept",
    [
        "Chelsea beat Arsenal at Stamford Bridge on Saturday.",
        "Liverpool beat Manchester City at Anfield on Sunday.",
        "Arsenal were beaten by Chelsea at Stamford Bridge.",
        "Arsenal drew with Chelsea at Stamford Bridge.",
    ],
)
def test_the_relation_as_the_article_states_it_is_not_flagged(kept: str) -> None:
    assert "relation_mismatch" not in _reasons(kept)


def test_one_entity_in_both_roles_is_a_relation_mismatch() -> None:
    summary = "Chelsea have beaten Chelsea at Stamford Bridge."
    result = verify(summary, ARTICLE)
    (sentence,) = result.sentences
    assert sentence.verdict == "unsupported"
    (reason,) = [r for r in sentence.reasons if r.type == "relation_mismatch"]
    assert reason.summary_span is not None and reason.source_start is None
    assert summary[reason.summary_span[0] : reason.summary_span[1]] == "Chelsea have beaten Chelsea"


RESULT_ARTICLE = (
    "Spain's 2-0 defeat by Holland on Tuesday brought back bitter memories of the World Cup. "
    "Coach Vicente del Bosque will not be too worried, insists Gerard Pique. "
    "Espanyol's 3-0 win over Villarreal lifted them to ninth in the table."
)


@pytest.mark.parametrize(
    ("swapped", "stated"),
    [
        ("Spain beat Holland 2-0 on Tuesday.", "Spain's 2-0 defeat by Holland"),
        ("Villarreal beat Espanyol 3-0 to climb the table.", "Espanyol's 3-0 win over Villarreal"),
        ("Espanyol lost 3-0 to Villarreal.", "Espanyol's 3-0 win over Villarreal"),
    ],
)
def test_a_result_the_article_writes_another_way_is_held_against_it(
    swapped: str, stated: str
) -> None:
    (reason,) = [r for r in reported(swapped, RESULT_ARTICLE) if r.type == "relation_mismatch"]
    assert reason.source_start is not None and reason.source_end is not None
    assert RESULT_ARTICLE[reason.source_start : reason.source_end] == stated


@pytest.mark.parametrize(
    "kept",
    ["Holland beat Spain 2-0 on Tuesday.", "Villarreal were beaten 3-0 by Espanyol."],
)
def test_the_result_as_the_article_gives_it_is_not_flagged(kept: str) -> None:
    assert "relation_mismatch" not in [r.type for r in reported(kept, RESULT_ARTICLE)]


PLACE_ARTICLE = (
    "The president and his family hiked through Great Falls Park in Virginia on Sunday. "
    "A light rain sent them home after about 50 minutes."
)


def test_a_place_in_a_place_turned_round_is_a_relation_mismatch() -> None:
    summary = "The family hiked through Virginia in Great Falls Park on Sunday."
    (reason,) = [r for r in reported(summary, PLACE_ARTICLE) if r.type == "relation_mismatch"]
    assert reason.source_start is not None and reason.source_end is not None
    assert PLACE_ARTICLE[reason.source_start : reason.source_end] == "Great Falls Park in Virginia"
    kept = "The family hiked through Great Falls Park in Virginia."
    assert "relation_mismatch" not in [r.type for r in reported(kept, PLACE_ARTICLE)]


# names the article writes apart from the results: a player of the loser, a team it never plays
OPPONENTS = (
    " Sevilla forward Vitolo came on for Spain on Tuesday. Getafe play Sevilla on Sunday."
    " Fans saw Tottenham's 1-0 win over Stoke on Saturday."
)


@pytest.mark.parametrize(
    ("swapped", "odd", "rival"),
    [
        ("Vitolo beat Spain 2-0 on Tuesday.", "Vitolo", "Holland"),
        ("Espanyol won 3-0 against Getafe.", "Getafe", "Villarreal"),
    ],
)
def test_a_result_with_another_opponent_names_the_article_s(
    swapped: str, odd: str, rival: str
) -> None:
    article = RESULT_ARTICLE + OPPONENTS
    reasons = [r for r in reported(swapped, article) if r.type == "entity_not_in_source"]
    assert [swapped[r.summary_span[0] : r.summary_span[1]] for r in reasons if r.summary_span] == [
        odd
    ]
    (reason,) = reasons
    assert reason.source_start is not None and reason.source_end is not None
    assert article[reason.source_start : reason.source_end] == rival


@pytest.mark.parametrize(
    "kept",
    [
        "Holland beat Spain 2-0 on Tuesday.",
        "Vitolo beat Spain 1-0 on Friday.",  # another score: another match
        "Espanyol were beaten by Villarreal.",  # reversed: the relation check's
        "Spurs beat Stoke 1-0.",  # another name of Tottenham
    ],
)
def test_a_result_with_another_opponent_needs_its_score_or_the_same_pair(kept: str) -> None:
    article = RESULT_ARTICLE + OPPONENTS
    # the name check may still judge the names; no result rival is reported
    assert not [r for r in reported(kept, article) if "in a result" in r.detail]


def test_a_win_at_a_ground_gives_no_opponent_to_hold_a_result_against() -> None:
    # "at" may name the ground, not the opponent: Celtic beat Dundee there, as the summary says
    article = (
        "Celtic fans sang before kick-off on Saturday. Celtic's 3-1 victory at Parkhead "
        "left Dundee in ninth place, and Celtic and Dundee meet again in May."
    )
    summary = "Celtic beat Dundee 3-1 on Saturday."
    assert not [r for r in reported(summary, article) if "in a result" in r.detail]


@pytest.mark.parametrize("nickname", ["Light Blues", "Gers"])
def test_a_club_nickname_is_the_club_not_another_opponent(nickname: str) -> None:
    # a summary may call Rangers by a nickname the article uses elsewhere; "Blues" alone
    # names several clubs and stays a rival
    article = (
        "Rangers kept the pressure on Hibernian with a comfortable 4-0 win over Raith Rovers. "
        "Hibs won earlier, so the Light Blues knew that Rangers had to respond."
    )
    assert not [
        r
        for r in reported(f"{nickname} beat Raith Rovers 4-0.", article)
        if "in a result" in r.detail
    ]
    assert [
        r for r in reported("Blues beat Raith Rovers 4-0.", article) if "in a result" in r.detail
    ]


def test_a_result_reversed_under_a_club_nickname_is_a_relation_mismatch() -> None:
    # the article's "Rangers" is the summary's "Light Blues" (an alias): Raith Rovers lost
    article = (
        "Rangers kept the pressure on Hibernian with a comfortable 4-0 win over Raith Rovers. "
        "Hibs won earlier, so the Light Blues knew that Rangers had to respond."
    )
    summary = "Raith Rovers beat Light Blues 4-0."
    (reason,) = [r for r in reported(summary, article) if r.type == "relation_mismatch"]
    assert reason.summary_span == (0, len(summary) - 5)
    assert article[reason.source_start : reason.source_end].startswith("Rangers")
    assert not [r for r in reported("Light Blues beat Raith Rovers 4-0.", article)]


MIRROR_ARTICLE = (
    "Hollywood producers bought the rights to turn author Maria Delgado's memoir into a film. "
    "The book tells of her childhood in Valencia. "
    "Filming is expected to begin next spring."
)


def test_two_names_the_wrong_way_round_around_the_article_s_words_are_a_relation_mismatch() -> None:
    # seven words between the names: too long a stretch for a verb relation
    summary = "Maria Delgado's producers bought the rights to turn author Hollywood memoir."
    (reason,) = [r for r in reported(summary, MIRROR_ARTICLE) if r.type == "relation_mismatch"]
    assert reason.summary_span is not None and reason.source_start is not None
    start, end = reason.summary_span
    assert (
        summary[start:end] == "Maria Delgado's producers bought the rights to turn author Hollywood"
    )
    source = MIRROR_ARTICLE[reason.source_start : reason.source_end]
    assert source.startswith("Hollywood") and source.endswith("Maria Delgado's")


def test_two_names_in_the_article_s_order_are_no_relation_mismatch() -> None:
    summary = "Hollywood producers bought the rights to turn author Maria Delgado's memoir."
    assert "relation_mismatch" not in _reasons_in(summary, MIRROR_ARTICLE)


def _reasons_in(summary: str, article: str) -> list[str]:
    return [r.type for r in reported(summary, article)]


SLOT_ARTICLE = (
    "Defender Omar Reyes fell out with then-head coach Piet Aalbers and says Kingsmead Rovers "
    "were willing to pay for him. Reyes spent four seasons with the club."
)


def test_two_names_in_each_other_s_slots_are_a_relation_mismatch() -> None:
    summary = "Piet Aalbers wanted him after he fell out with then-head coach Kingsmead Rovers."
    (reason,) = [r for r in reported(summary, SLOT_ARTICLE) if r.type == "relation_mismatch"]
    assert reason.summary_span is not None and reason.source_start is not None
    start, end = reason.summary_span
    assert summary[start:end].startswith("Piet Aalbers")
    assert summary[start:end].endswith("Kingsmead Rovers")
    assert SLOT_ARTICLE[reason.source_start : reason.source_end] == "coach Piet Aalbers"


def test_two_names_in_their_own_slots_are_no_relation_mismatch() -> None:
    summary = "Kingsmead Rovers wanted him after he fell out with then-head coach Piet Aalbers."
    assert "relation_mismatch" not in _reasons_in(summary, SLOT_ARTICLE)


SURROUNDINGS_ARTICLE = (
    "Harbour City's Tomas Lindqvist finished in ninth place after failing to close the gap "
    "on the likes of Anders Kestrel. Kestrel took the title on Sunday."
)


def test_two_far_apart_names_in_each_other_s_surroundings_are_a_relation_mismatch() -> None:
    # thirteen words between the names: too far apart for the mirror and slot tests
    summary = (
        "Anders Kestrel finished in ninth place after failing to close the gap on the likes of "
        "Harbour City's Tomas Lindqvist."
    )
    (reason,) = [
        r for r in reported(summary, SURROUNDINGS_ARTICLE) if r.type == "relation_mismatch"
    ]
    assert reason.summary_span is not None and reason.source_start is not None
    start, end = reason.summary_span
    assert summary[start:end].startswith("Anders Kestrel")
    assert summary[start:end].endswith("Tomas Lindqvist")
    source = SURROUNDINGS_ARTICLE[reason.source_start : reason.source_end]
    assert source.startswith("Harbour City's Tomas Lindqvist") and source.endswith("Kestrel")


def test_two_far_apart_names_in_their_own_surroundings_are_no_relation_mismatch() -> None:
    summary = (
        "Harbour City's Tomas Lindqvist finished in ninth place after failing to close the gap "
        "on the likes of Anders Kestrel."
    )
    assert "relation_mismatch" not in _reasons_in(summary, SURROUNDINGS_ARTICLE)


def test_a_person_put_before_a_role_as_the_employer_they_work_for_is_a_mismatch() -> None:
    article = (
        "Channel Nine's Lucy Hart was suspended on Monday after a row with a parking attendant. "
        "Hart, 34, apologised later that day, saying she regretted her words."
    )
    swapped = "Lucy Hart reporter Channel Nine was suspended on Monday."
    # the relation check says the two traded places ("Channel Nine's Lucy Hart")
    assert "relation_mismatch" in [r.type for r in reported(swapped, article)]
    kept = "Channel Nine reporter Lucy Hart was suspended on Monday."
    assert reported(kept, article) == []
