"""Tests for factkit/verification/text.py's shared text helpers."""

from __future__ import annotations

from factkit.verification.text import (
    acronyms_of,
    honorific_titles,
    is_participle,
    name_lists,
    sentence_around,
    words_around,
)


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


def test_the_context_of_a_slot_is_found_by_bisection_as_a_scan_finds_it() -> None:
    # the words either side of a slot were found by scanning every word of the sentence
    # (quadratic in a sentence of thousands of numbers); bisection finds the same words
    import random

    from factkit.verification.text import context_of

    rng = random.Random(3)
    words, pos = [], 0
    for k in range(60):
        pos += rng.randint(1, 4)
        words.append((f"w{k}", pos, pos + 3))
        pos += 3
    for _ in range(300):
        start = rng.randint(0, pos)
        end = start + rng.randint(0, 10)
        width = rng.randint(1, 4)
        left = [t[0] for t in words if t[2] <= start][-width:]
        right = [t[0] for t in words if t[1] >= end][:width]
        assert context_of(words, start, end, None, width) == frozenset(left + right)


def test_honorific_titles_are_read_without_gender_or_closing_dot() -> None:
    titles = honorific_titles()
    assert {"Mr", "Mrs", "Dame", "Dr", "Prof"} <= titles
    assert not any("|" in t or t.endswith(".") or t != t.strip() for t in titles)


def test_acronyms_are_initials_of_capitalized_runs_and_all_caps_words() -> None:
    got = acronyms_of("Sales in the United States rose. The U.S. and UK's NHS agreed, us too.")
    assert {"us", "uk", "nhs"} <= got
    assert "too" not in got


def test_a_participle_is_an_ed_word_or_an_irregular_one() -> None:
    assert is_participle("arrested") and is_participle("beaten")
    assert not is_participle("arrest") and not is_participle("beat")


def test_words_around_reads_whole_words_within_reach_of_the_span() -> None:
    text = "The ferry left Dover at dawn carrying 312 passengers and 40 cars to Calais."
    start = text.index("312")
    near = words_around(text, start, start + 3, 12)
    # 12 characters each side: "wn carrying " before (a cut "wn" is a word of its own) and
    # " passengers" after, its own digits included
    assert near == ["wn", "carrying", "312", "passengers"]
    assert words_around(text, 0, 3, 5) == ["The", "ferr"]
