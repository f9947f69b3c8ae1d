"""factkit.verification.rank_holders: a rank the article gives only to somebody else, where it
gives the summary's holder another rank, is no rank of the holder."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

TENNIS = (
    "Eugenie Bouchard suffered her fourth defeat in six matches on Wednesday. "
    "Lauren Davis had lost her only career meeting with Bouchard, but was in control this time "
    "against the world No 7. "
    "'I came out knowing I had nothing to lose,' said Davis, ranked 66th in the world."
)


def test_the_world_no_7_is_somebody_elses_rank() -> None:
    # the article's No 7 is Bouchard; Davis is ranked 66th, the figure quoted
    found = number_mismatches("World No 7 Davis beat Eugenie Bouchard on Wednesday.", TENNIS)
    assert [given for _, given in found] == ["66"], found
    assert number_mismatches("World No 66 Davis beat Eugenie Bouchard on Wednesday.", TENNIS) == []
    # the holder of the No 7 is Bouchard, whom the article ranks nowhere else
    assert number_mismatches("Davis beat world No 7 Eugenie Bouchard on Wednesday.", TENNIS) == []
