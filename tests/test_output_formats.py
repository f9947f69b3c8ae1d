"""factkit.output_formats: an -o suffix names the format written, or the output is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from factkit.errors import FactkitError
from factkit.output_formats import output_format

REPORT = ("markdown", "json", "csv")
TEXT = ("text", "json")


@pytest.mark.parametrize(
    ("name", "offered", "written"),
    [
        ("report.JSON", REPORT, "json"),
        ("report.txt", REPORT, "markdown"),  # a Markdown checklist is text
        ("sentences.txt", TEXT, "text"),
        ("sentences.tsv", TEXT, "text"),
        ("report", REPORT, None),  # no suffix: the command's default
        ("report.2026-12", REPORT, None),  # a date, no suffix of letters
        ("reports.ndjson", ("jsonl",), "jsonl"),
    ],
)
def test_the_suffix_names_the_format(
    name: str, offered: tuple[str, ...], written: str | None
) -> None:
    assert output_format(None, Path(name), offered, "x", "-o") == written


def test_no_output_is_stdout_in_the_format_given() -> None:
    assert output_format("csv", None, REPORT, "claims", "-o") == "csv"


def test_a_suffix_no_renderer_writes_is_one_error_naming_it_and_the_formats() -> None:
    with pytest.raises(FactkitError) as caught:
        output_format(None, Path("out.pdf"), REPORT, "claims", "-o")
    message = str(caught.value)
    assert message.startswith("-o out.pdf: factkit claims does not write .pdf files")
    assert "markdown as .md .markdown .txt, json as .json, csv as .csv" in message


def test_a_suffix_of_another_format_than_the_one_given_is_refused() -> None:
    with pytest.raises(FactkitError, match=r"^-o r\.json: a \.json file does not hold markdown"):
        output_format("markdown", Path("r.json"), REPORT, "claims", "-o")


def test_the_format_given_agrees_with_its_suffix() -> None:
    assert output_format("markdown", Path("r.md"), REPORT, "claims", "-o") == "markdown"
