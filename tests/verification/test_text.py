"""Tests for factkit/verification/text.py's shared text helpers."""

from __future__ import annotations

from factkit.verification.text import name_lists, sentence_around


def test_sentence_around_stops_where_a_sentence_ends() -> None:
    text = "Prices fell. Homes cost 12 per cent more than others. Sales rose."
    start = text.index("12")
    end = start + len("12 per cent")
    before, after = sentence_around(text, start, end, 40)
    assert before == "Homes cost "
    assert after == " more than others"


def test_sentence_around_keeps_to_its_reach() -> None:
    text = "a" * 50 + " 7 " + "b" * 50
    before, after = sentence_around(text, 51, 52, 10)
    assert before == "a" * 9 + " "
    assert after == " " + "b" * 9


def test_name_lists_group_names_joined_by_commas_and_or() -> None:
    text = "for Real Madrid or Barcelona, then Chelsea"
    spans = [
        (text.index(n), text.index(n) + len(n), None)
        for n in ("Real Madrid", "Barcelona", "Chelsea")
    ]
    assert name_lists(text, spans) == [[0, 1], [2]]
