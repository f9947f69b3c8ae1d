"""factkit.verification.match_phases: a score or margin the summary ties to one match or part
of a match (a leg, a Test) that the article gives only to another."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

TIE = (
    "Porto will need to hit top form against Bayern Munich on Tuesday despite holding a 3-1 "
    "first leg advantage in their Champions League quarter-final, coach Julen Lopetegui said. "
    "Lopetegui rested nine players in their 1-0 league win over Academica on Saturday."
)
SERIES = (
    "England beat Pakistan with a day to spare at Old Trafford to level the series. "
    "Joe Root scored 254 in the first innings of the second Test. "
    "Root, who twice fell to poor strokes in England's 75-run defeat in the first Test, "
    "said it was a great feeling."
)


def test_a_score_of_the_first_leg_is_the_articles_first_leg_score() -> None:
    # no team is named, and the article's 1-0 is a league win: the first leg's score is 3-1,
    # quoted as the figure
    found = number_mismatches("The Portuguese side lead 0-1 from the first leg.", TIE)
    assert [given for _, given in found] == ["3-1"], found
    assert number_mismatches("The Portuguese side lead 3-1 from the first leg.", TIE) == []
    # a "first-leg" score written with a hyphen is that phase too
    found = number_mismatches("The Portuguese side hold a 1-0 first-leg lead.", TIE)
    assert [given for _, given in found] == ["3-1"], found


def test_a_margin_of_another_test_is_no_margin_of_this_one() -> None:
    found = number_mismatches("England beat Pakistan by 75 runs in the second Test.", SERIES)
    assert len(found) == 1 and found[0][1] == "75", found
    assert "'first Test'" in found[0][0], found
    # the first Test's margin given to the first Test stands
    assert number_mismatches("England lost by 75 runs in the first Test.", SERIES) == []
