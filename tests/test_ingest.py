"""Ingestion: text encodings, metadata lines, JSON/JSONL records, HTML, errors naming the file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factkit.errors import InputError
from factkit.ingest import article_from_text, iter_articles, read_article


def test_seed_metadata_line_gives_date_section_and_credit(seed_text: str) -> None:
    art = article_from_text(seed_text)
    assert art.date == dt.date(2021, 8, 10)
    assert art.section == "Fast News"
    assert art.credit == "AP"
    assert art.text == seed_text  # the metadata stays in the text (a dateline segment)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffHello world. Second one.".encode())
    assert read_article(str(f)).text == "Hello world. Second one."


def test_undecodable_bytes_name_the_file(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("caf\xe9 au lait".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1\.txt: not valid UTF-8 \(byte 0xe9 at offset 3\)"):
        read_article(str(f))


def test_binary_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "img.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary file"):
        read_article(str(f))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "absent.txt"))


def test_empty_file_is_an_empty_article(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert read_article(str(f)).text == ""


def test_jsonl_records_and_bad_line_number(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    f.write_text(
        json.dumps({"id": "a", "text": "One.", "date": "2020-01-02", "title": "T"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "body": "no text field"})
        + "\n"
        + json.dumps({"text": "Unnamed."})
        + "\n",
        encoding="utf-8",
    )
    items = list(iter_articles(str(f)))
    assert items[0].id == "a" and items[0].date == dt.date(2020, 1, 2) and items[0].title == "T"
    assert (
        isinstance(items[1], InputError) and items[1].line == 2 and "docs.jsonl:2" in str(items[1])
    )
    assert isinstance(items[2], InputError) and "no 'text'" in str(items[2])
    assert items[3].id == "docs:4"


def test_bad_date_in_record(tmp_path: Path) -> None:
    f = tmp_path / "one.json"
    f.write_text(json.dumps({"id": "x", "text": "Hi.", "date": "yesterday"}), encoding="utf-8")
    with pytest.raises(InputError, match="date: expected YYYY-MM-DD"):
        read_article(str(f))


def test_markdown_title(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text("# Big news today\n\nSomething happened.\n", encoding="utf-8")
    art = read_article(str(f))
    assert art.title == "Big news today"
    assert art.text.startswith("# Big news")


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    body = " ".join(["The council approved the budget of 4 million dollars on Monday."] * 6)
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Council votes</title>"
        '<meta property="article:published_time" content="2023-05-04T10:00:00Z"></head>'
        f"<body><nav>Home | About</nav><article><h1>Council votes</h1><p>{body}</p>"
        f"<p>{body}</p></article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    art = read_article(str(f))
    assert "approved the budget" in art.text
    assert "Home | About" not in art.text
    assert art.title == "Council votes"
    assert art.date == dt.date(2023, 5, 4)


def test_an_article_past_max_chars_is_one_error_line_naming_file_and_limit(
    tmp_path: Path,
) -> None:
    from factkit.config import IngestConfig

    path = tmp_path / "long.txt"
    path.write_text("word " * 40, encoding="utf-8")  # 200 characters
    with pytest.raises(InputError) as info:
        read_article(str(path), IngestConfig(max_chars=199))
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: 200 characters")
    assert "ingest.max_chars (199)" in message
    assert read_article(str(path), IngestConfig(max_chars=200)).text == "word " * 40


def test_a_jsonl_record_past_max_chars_names_its_line(tmp_path: Path) -> None:
    from factkit.config import IngestConfig

    path = tmp_path / "recs.jsonl"
    lines = [{"id": "a", "text": "short"}, {"id": "b", "text": "x" * 50}]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    items = list(iter_articles(str(path), IngestConfig(max_chars=20)))
    assert items[0].text == "short"  # type: ignore[union-attr]
    assert isinstance(items[1], InputError)
    assert str(items[1]).startswith(f"{path}:2: 50 characters")


def test_the_cli_prints_the_max_chars_error_as_one_line_and_exits_2(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    path = tmp_path / "long.txt"
    path.write_text("The mayor said 12 homes burned. " * 20, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [
            *(sys.executable, "-c", "from factkit.cli import main; main()", "claims", str(path)),
            *("--set", "ingest.max_chars=100", "--format", "json"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=300,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(path) in lines[0] and "ingest.max_chars (100)" in lines[0]
