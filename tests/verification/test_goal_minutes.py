"""factkit.verification.goal_minutes: a minute of the match that a match report's goal list
gives another scorer."""

from __future__ import annotations

from factkit.verification.goal_minutes import goal_lists, judge_goal_minutes

ARTICLE = (
    "Hull won at home. Hull: Bell; Cox (Reid 60), Shaw. Goals: Cox 12, 50 pen, Shaw 30. "
    "Leeds: Dunn; Hart (Lowe 45). Goal: Hart 48. Bookings: Dunn."
)


def _capitalized(text: str) -> set[str]:
    words = text.replace(",", " ").replace(".", " ").split()
    return {w.lower() for w in words if w[:1].isupper() and w not in ("Goals", "Goal")}


def _judged(summary: str, value: int) -> list[str]:
    a = summary.index(str(value))
    numbers = [((a, a + len(str(value)) + 8), float(value))]
    found = judge_goal_minutes(summary, 0, len(summary), numbers, ARTICLE, _capitalized)
    return [ARTICLE[sa:sb] for _, (sa, sb) in found]


def test_the_goal_list_gives_each_scorer_their_minutes() -> None:
    listed = {min(s.names): [m for m, _ in s.minutes] for s in goal_lists(ARTICLE, _capitalized)}
    assert listed == {"cox": [12, 50], "shaw": [30], "hart": [48]}


def test_a_minute_the_goal_list_gives_another_scorer() -> None:
    assert _judged("Cox put Hull ahead after 48 minutes.", 48) == ["12"]
    assert _judged("Cox put Hull ahead after 30 minutes.", 30) == ["12"]
    assert _judged("Cox put Hull ahead after 12 minutes.", 12) == []
    assert _judged("Cox scored again after 50 minutes.", 50) == []  # his penalty
    # a minute nobody scored in, two listed scorers, or none: the list does not say
    assert _judged("Cox put Hull ahead after 20 minutes.", 20) == []
    assert _judged("Cox and Shaw had both scored after 48 minutes.", 48) == []
    assert _judged("Hull took the lead after 48 minutes.", 48) == []
