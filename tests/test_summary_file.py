"""Reading a summary file for `verify`: the summary's prose, with offsets into what was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from factkit.config import IngestConfig
from factkit.errors import InputError
from factkit.summary_file import markdown_prose, read_summary, read_summary_prose
from tests.endless_stream import endless_stdin

MARKDOWN = (
    "---\ntitle: Envoy in Doha\ndate: 2021-08-10\n---\n"
    "# Key points\n\n"
    "- **Five** people died, [police said](https://example.com/2020/05/(a)).\n"
    "- The *dam* broke &amp; flooded ![a photo](dam.png) the town.\n\n"
    "> A quoted\n> line.\n\n"
    "---\n\n"
    "Text with `code` and <b>tags</b>, and <https://example.org>.\r\n"
)


def test_markdown_prose_blanks_markup_and_keeps_every_offset() -> None:
    prose = markdown_prose(MARKDOWN)
    assert len(prose) == len(MARKDOWN)
    assert all(p == m for p, m in zip(prose, MARKDOWN, strict=True) if p != " ")
    assert [line.split() for line in prose.splitlines() if line.strip()] == [
        ["Five", "people", "died,", "police", "said", "."],
        ["The", "dam", "broke", "&", "flooded", "the", "town."],
        ["A", "quoted"],
        ["line."],
        ["Text", "with", "code", "and", "tags", ",", "and", "https://example.org", "."],
    ]
    start = MARKDOWN.index("Five")
    assert prose[start : start + 4] == MARKDOWN[start : start + 4] == "Five"


def test_an_html_blocks_text_is_prose_read_as_an_html_summary_is() -> None:
    # an HTML block was blanked whole: its inner text was lost to the verifier
    markdown = (
        "Intro.\n\n"
        '<div class="note">\nFive people <b>died</b> &amp; <span>police</span> said.\n</div>\n'
        "<script>var deaths = 12;</script>\n<!-- 40 hurt -->\n\nEnd.\n"
    )
    prose = markdown_prose(markdown)
    assert len(prose) == len(markdown)
    assert all(p == m for p, m in zip(prose, markdown, strict=True) if p != " ")
    assert prose.split() == ["Intro.", "Five", "people", "died", "&", "police", "said.", "End."]


def test_an_indented_paragraph_is_prose() -> None:
    # four spaces made it an indented code block, blanked whole; fenced code stays no prose
    markdown = "    Five people **died**,\n    police said.\n\n```\n12 dead\n```\n"
    prose = markdown_prose(markdown)
    assert len(prose) == len(markdown)
    assert prose.split() == ["Five", "people", "died", ",", "police", "said."]


def test_markdown_prose_of_plain_text_is_the_text() -> None:
    text = "Five people died on Monday.\nThe dam broke, police said.\n"
    assert markdown_prose(text) == text


def test_html_summary_nested_past_255_levels_keeps_its_deep_sentence(tmp_path: Path) -> None:
    # libxml2 dropped the deep sentence, and `verify` passed a summary whose wrong number it
    # never read (exit 0)
    deep = "<div>" * 300 + "<p>The insurgents took 50 of 34 capitals.</p>" + "</div>" * 300
    summary = tmp_path / "deep.html"
    summary.write_text(f"<p>Five people died in the flood.</p>{deep}", encoding="utf-8")
    assert read_summary(str(summary)).split() == [
        *["Five", "people", "died", "in", "the", "flood."],
        *["The", "insurgents", "took", "50", "of", "34", "capitals."],
    ]


def test_html_summary_is_its_main_text(tmp_path: Path) -> None:
    fragment = tmp_path / "s.html"
    fragment.write_text(
        "<h2>Summary</h2><ul><li>Five people died in the <b>flood</b>, "
        '<a href="https://example.com/2020">police said</a>.</li>'
        "<li>The dam broke on Monday.</li></ul>",
        encoding="utf-8",
    )
    words = read_summary(str(fragment)).split()
    assert words == [
        *["Five", "people", "died", "in", "the", "flood", ",", "police", "said."],
        *["The", "dam", "broke", "on", "Monday."],
    ]
    page = tmp_path / "p.htm"
    page.write_text(
        "<!doctype html><html><head><title>T</title></head><body><main>"
        "<p>Five people died in the flood.</p></main></body></html>",
        encoding="utf-8",
    )
    assert read_summary(str(page)).split() == ["Five", "people", "died", "in", "the", "flood."]


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("s.jsonl", b'{"text": "Five people died."}\n', "a .jsonl file holds many records"),
        ("s.ndjson", b'{"text": "Five people died."}\n', "a .ndjson file holds many records"),
        ("s.html", b"<html><body><script>x()</script></body></html>", "no text found"),
        ("s.md", b"Five \xff people", "not valid UTF-8"),
        # nothing to verify: the reader says so, naming the file, not verify() later
        ("s.txt", b"", "the summary is empty"),
        ("s.md", b"# Flood report\n\n---\n", "the summary is empty"),
        ("s.json", b'{"text": "  "}', "the summary is empty"),
        ("s.txt", b"!!! ...\n", "the summary has no words"),
    ],
)
def test_a_file_that_is_no_summary_is_one_clear_error(
    tmp_path: Path, name: str, data: bytes, why: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=why) as err:
        read_summary(str(path))
    assert str(path) in str(err.value)


def test_a_summary_of_any_other_suffix_is_read_as_text(tmp_path: Path) -> None:
    # a summarizer's output file ("test.hypo"), read as articles of such names are
    path = tmp_path / "test.hypo"
    path.write_text("Five people died in the flood.\n", encoding="utf-8")
    assert read_summary(str(path)) == "Five people died in the flood.\n"


def test_a_folder_given_as_the_summary_is_no_summary_file(tmp_path: Path) -> None:
    # it said "(`factkit batch` reads folders)": batch reads articles, never summaries
    folder = tmp_path / "summaries"
    folder.mkdir()
    with pytest.raises(InputError) as err:
        read_summary(str(folder))
    assert str(err.value) == f"{folder}: is a folder, not a summary file"


def test_an_endless_summary_on_stdin_is_refused_by_its_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `yes | factkit verify --source a.txt --summary -` read stdin without end
    endless = endless_stdin(monkeypatch)
    with pytest.raises(InputError, match=r"^standard input: more than 124 bytes.*split the summ"):
        read_summary_prose("-", IngestConfig(max_chars=10))
    assert endless.taken < 124 + 2**20
