"""factkit.verification.rank_holders: a rank the article gives only to somebody else, where it
gives the summary's holder another rank, is no rank of the holder."""

from __future__ import annotations

from factkit.document import ReasonType
from factkit.verification import verify

TENNIS = (
    "Eugenie Bouchard suffered her fourth defeat in six matches on Wednesday. "
    "Lauren Davis had lost her only career meeting with Bouchard, but was in control this time "
    "against the world No 7. "
    "'I came out knowing I had nothing to lose,' said Davis, ranked 66th in the world."
)


def _mismatches(summary: str) -> list[tuple[str, str]]:
    """(detail, the article's figure) of each ``number_mismatch`` against ``summary``."""
    result = verify(summary, TENNIS)
    found = [r for s in result.sentences for r in s.reasons]
    return [
        (r.detail, TENNIS[r.source_start or 0 : r.source_end or 0])
        for r in found
        if r.type == ReasonType.NUMBER_MISMATCH
    ]


def test_the_world_no_7_is_somebody_elses_rank() -> None:
    # the article's No 7 is Bouchard; Davis is ranked 66th, the figure quoted
    found = _mismatches("World No 7 Davis beat Eugenie Bouchard on Wednesday.")
    assert [given for _, given in found] == ["66"], found
    assert _mismatches("World No 66 Davis beat Eugenie Bouchard on Wednesday.") == []
    # the holder of the No 7 is Bouchard, whom the article ranks nowhere else
    assert _mismatches("Davis beat world No 7 Eugenie Bouchard on Wednesday.") == []
