"""factkit.verification.number_scorelines: which two numbers joined by a dash are a score."""

from __future__ import annotations

from factkit.verification.number_scorelines import scoreline_spans


def _scores(text: str) -> list[tuple[int, int]]:
    return [(a, b) for _, _, a, b in scoreline_spans(text, 0, len(text))]


def test_a_dash_between_clock_times_is_no_score() -> None:
    # "17:30-19:30" runs from half past five to half past seven: no score 30-19
    assert _scores("Live on the radio 17:30-19:30 after the 2-1 win.") == [(2, 1)]


def test_a_range_of_money_is_no_score() -> None:
    assert _scores("He is worth £25-30 million, or $5-10 million, after a 3-0 win.") == [(3, 0)]


def test_a_day_range_next_to_its_month_is_no_score() -> None:
    text = "The festival runs July 17-19 and again 3-5 Sept. after the 2-1 win."
    assert _scores(text) == [(2, 1)]


def test_an_idiom_written_like_a_score_is_no_score() -> None:
    text = "Families of the 9-11 victims met at the shop, open 24-7, after a 3-1 defeat."
    assert _scores(text) == [(3, 1)]
