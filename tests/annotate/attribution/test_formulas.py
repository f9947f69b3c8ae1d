"""A spreadsheet formula, its cell, or a cell of symbols is no speaker."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions
from factkit.annotate.attribution.formulas import formula_like


def _speakers(text: str) -> list[str | None]:
    return [a.speaker for a in find_attributions(text)]


def test_a_formula_before_said_is_no_speaker() -> None:
    # "=SUM(A1)" was the speaker of what followed
    text = "Vote count\n\n=SUM(A1) said the count was wrong on Monday.\n"
    assert "=SUM(A1)" not in _speakers(text)


def test_a_cell_glued_to_its_sheet_is_no_speaker() -> None:
    # the speaker rules cut "A0" off "calc'!A0" and made it the speaker of "Jane Doe, ..."
    text = "Vote count\n\n@SUM(1+1)*cmd|' /C calc'!A0, said Jane Doe, who counted 300 ballots.\n"
    assert "A0" not in _speakers(text)


def test_a_signed_number_is_no_speaker() -> None:
    # "+1 said the mayor ..." named "+1" the speaker (a spreadsheet reads "+1" as a formula)
    text = "Vote count\n\n+1 said the mayor about the 5 votes.\n"
    assert "+1" not in _speakers(text)


def test_a_cell_of_symbols_is_no_speaker() -> None:
    text = "Vote count\n\nThe board met. *** said the count was wrong on Monday.\n"
    assert "***" not in _speakers(text)


def test_a_name_after_a_formula_still_speaks() -> None:
    text = "Vote count\n\nThe total was =SUM(A1), said Jane Doe on Monday.\n"
    assert any(s is not None and s.startswith("Jane Doe") for s in _speakers(text))


@pytest.mark.parametrize(
    "speaker", ["Yahoo!", "Jean-Luc Picard", "al-Assad", "O'Brien", "@UNHumanRights", "J.P. Morgan"]
)
def test_names_with_marks_are_not_formulas(speaker: str) -> None:
    text = f"({speaker}"
    assert not formula_like(text, 1, len(text))


@pytest.mark.parametrize(
    "phrase", ["=SUM(A1)", "HYPERLINK(x)", "cmd|calc", "***", "Sheet1!B2", "+1", "+A1"]
)
def test_formulas_are_formula_like(phrase: str) -> None:
    assert formula_like(phrase, 0, len(phrase))
