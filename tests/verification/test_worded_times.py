"""factkit.verification.worded_times: times of day written in words, as minutes of a
twelve-hour clock, with exact spans."""

from __future__ import annotations

import pytest

from factkit.verification.worded_times import worded_times


@pytest.mark.parametrize(
    ("text", "time", "minute"),
    [
        ("at 15 minutes past nine on Sunday", "15 minutes past nine", 9 * 60 + 15),
        ("at a quarter to three", "a quarter to three", 2 * 60 + 45),
        ("at ten o'clock", "ten o'clock", 10 * 60),
        ("at 5 past 9", "5 past 9", 9 * 60 + 5),
        ("at twenty-five to eleven", "twenty-five to eleven", 10 * 60 + 35),
        ("at half past 12.", "half past 12", 30),
        ("at 5 past 9 am", "5 past 9", 9 * 60 + 5),
        ("10 minutes before midnight", "10 minutes before midnight", 11 * 60 + 50),
        ("at A Quarter past nine", "A Quarter past nine", 9 * 60 + 15),
    ],
)
def test_a_time_in_words(text: str, time: str, minute: int) -> None:
    found = worded_times(text, 0, len(text))
    assert [(text[a:b], m) for a, b, m in found] == [(time, minute)]


def test_digits_to_digits_is_a_range_not_a_time() -> None:
    for text in (
        "cut from 20 to 3 teams",
        "from 10 to 12 people",
        "delayed by an hour and 45 minutes after 11 overs lost",
        "20 minutes past 2 goals",
        "at 9:15",
        "a 15-year-old",
    ):
        assert worded_times(text, 0, len(text)) == []
