"""factkit.verification.checks.number_values: whether an article number is the summary
number, here the kind of quantity (a time offset is no duration)."""

from __future__ import annotations

from factkit.document import Quantity
from factkit.verification.checks.number_values import time_offset

HIKE = (
    "The family left the White House about 15 minutes ago and hiked at Great Falls Park. "
    "The 50-minute trek concluded as a light drizzle began."
)


def test_a_time_offset_is_how_long_ago_not_how_long() -> None:
    ago, trek = HIKE.index("15 minutes"), HIKE.index("50-minute")
    assert time_offset(HIKE, Quantity("15 minutes", ago, ago + 10, 15.0, "minute"))
    assert not time_offset(HIKE, Quantity("50-minute", trek, trek + 9, 50.0, "minute"))
