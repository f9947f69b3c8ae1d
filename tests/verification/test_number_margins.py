"""factkit.verification.number_margins: a winning margin ("by 173 runs") the article gives only
as another figure (a score, a batsman's runs) is no margin the article gives."""

from __future__ import annotations

from factkit.document import ReasonType
from factkit.verification import verify

ARTICLE = (
    "England completed a crushing victory over Pakistan at Lord's on Monday. "
    "England made 589-8 declared and 173-1 declared before bowling their visitors out twice. "
    "Only captain Misbah-ul-Haq has passed 50 for Pakistan in the series so far. "
    "Pakistan were bowled out for 234 as England won by 330 runs to level the series."
)


def _number_reasons(summary: str, article: str = ARTICLE) -> list[str]:
    result = verify(summary, article)
    found = [r for s in result.sentences for r in s.reasons]
    return [r.detail for r in found if r.type == ReasonType.NUMBER_MISMATCH]


def test_a_score_is_no_winning_margin() -> None:
    # the article's 173 is England's second-innings score, its 50 a batsman's runs
    for swapped in ("173", "50"):
        details = _number_reasons(f"England beat Pakistan by {swapped} runs at Lord's.")
        assert any("no margin in runs" in d for d in details), (swapped, details)
    # the article's own margin stands, and "points" are no margin unit (a score may give them)
    assert _number_reasons("England beat Pakistan by 330 runs at Lord's.") == []
    details = _number_reasons("England beat Pakistan by 50 points at Lord's.")
    assert not any("margin" in d for d in details)


def test_a_margin_in_wickets_is_judged_too() -> None:
    article = (
        "India beat Australia by eight wickets in Delhi on Sunday. "
        "Australia had slipped to 112-7 before lunch on the third day."
    )
    details = _number_reasons("India beat Australia by seven wickets in Delhi.", article)
    assert any("no margin in wickets" in d for d in details), details
    assert _number_reasons("India beat Australia by eight wickets in Delhi.", article) == []
