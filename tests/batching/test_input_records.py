"""factkit.batching.input_records: one input -> its articles: streamed JSONL (UTF-8, UTF-16/32
after a mark) on disk and stdin, each line bounded, a bad record or file one failure."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from factkit.batching import input_records
from factkit.batching.input_counts import count_documents
from factkit.batching.input_paths import expand_inputs
from factkit.batching.inputs import Failure, InputItem, iter_inputs
from factkit.config import IngestConfig
from factkit.document import Article
from factkit.errors import InputError
from factkit.ingest import iter_articles
from tests.endless_stream import Endless, endless_stdin

EXTS = [".txt", ".md", ".jsonl", ".json"]


def test_stdin_jsonl_is_streamed_and_plain_text_is_one_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    records = b"".join(
        json.dumps({"id": f"s{i}", "text": f"Text {i}."}).encode() + b"\n" for i in range(3)
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(records))))
    items = list(iter_inputs(["-"], IngestConfig()))
    assert [(i.id, i.path, i.line) for i in items] == [
        ("s0", "-", 1),
        ("s1", "-", 2),
        ("s2", "-", 3),
    ]

    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"Plain text.")))
    )
    (item,) = iter_inputs(["-"], IngestConfig())
    assert isinstance(item, InputItem) and item.id == "stdin" and item.article.text == "Plain text."


def test_a_jsonl_line_nested_too_deeply_fails_alone(tmp_path: Path) -> None:
    g = tmp_path / "deep.jsonl"
    g.write_text("[" * 100_000 + "]" * 100_000 + '\n{"id": "ok", "text": "Fine."}\n', "utf-8")
    items = list(iter_inputs([str(g)], IngestConfig()))
    assert [type(i).__name__ for i in items] == ["Failure", "InputItem"]
    assert items[0].message.startswith("invalid JSON: nested too deeply")  # type: ignore[union-attr]


def test_a_named_pipe_is_a_failure_not_read(tmp_path: Path) -> None:
    # a FIFO in a folder hung the batch for ever: counting documents (then reading) waited for
    # a writer; a named pipe given as x.jsonl was read up by the count, then had no records
    good = tmp_path / "good.txt"
    good.write_text("Good text.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    files = expand_inputs([str(tmp_path)], EXTS)
    assert [Path(f).name for f in files] == ["good.txt", "pipe.jsonl", "pipe.txt"]
    assert count_documents(files) == 3
    items = list(iter_inputs(files, IngestConfig()))
    assert [(type(i).__name__, i.id) for i in items] == [
        ("InputItem", "good"),
        ("Failure", "pipe"),
        ("Failure", "pipe#2"),
    ]
    for failure in items[1:]:
        assert isinstance(failure, Failure) and failure.message.startswith("a named pipe")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_or_utf32_jsonl_with_a_bom_is_read(tmp_path: Path, encoding: str) -> None:
    # the single-file commands read it and sent the user to `factkit batch`, which refused it
    # as "binary file (contains NUL bytes)"
    lines = '{"id": "a", "text": "Café owners said 12 roads closed."}\r\n\r\n{"text": "Two."}\n'
    data = lines.encode(encoding)
    if encoding.endswith("-be"):  # the -be codec writes no BOM
        data = "\ufeff".encode(encoding) + data
    f = tmp_path / "wide.jsonl"
    f.write_bytes(data)
    items = list(iter_inputs([str(f)], IngestConfig()))
    assert [(type(i).__name__, i.id, i.line) for i in items] == [
        ("InputItem", "a", 1),
        ("InputItem", "wide:3", 3),
    ]
    assert items[0].article.text == "Café owners said 12 roads closed."  # type: ignore[union-attr]


def test_a_utf16_jsonl_broken_after_its_bom_is_one_failure(tmp_path: Path) -> None:
    f = tmp_path / "wide.jsonl"
    f.write_bytes('{"text": "One."}\n'.encode("utf-16") + b"\x00\xd8\x41")  # a lone surrogate
    items = list(iter_inputs([str(f)], IngestConfig()))
    assert [type(i).__name__ for i in items] == ["InputItem", "Failure"]
    assert items[1].message.startswith("not valid UTF-16")  # type: ignore[union-attr]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_jsonl_lines_end_at_line_feeds_in_batch_and_the_single_file_commands(
    tmp_path: Path, encoding: str
) -> None:
    # a record whose text holds U+2028, U+2029 or U+0085 (raw in a JSON string is valid, and
    # json.dumps(ensure_ascii=False) writes them so) was cut there by `claims` ("invalid JSON:
    # Unterminated string"), which sent the user to batch; and a file of "\r" line ends was
    # two records to `claims` (UTF-16 batch too), one broken line to UTF-8 batch
    text = "The mayor said 5 people died.\u2028Police said 2 cars burned.\u2029Crews\x85came."
    one = tmp_path / "one.jsonl"
    record = json.dumps({"id": "p", "text": text}, ensure_ascii=False)
    one.write_bytes((record + "\r\n").encode(encoding))
    (single,) = iter_articles(str(one))
    (item,) = iter_inputs([str(one)], IngestConfig())
    assert isinstance(single, Article) and single.text == text
    assert isinstance(item, InputItem) and item.article.text == text
    cr = tmp_path / "cr.jsonl"
    cr.write_bytes('{"id": "a", "text": "One."}\r{"id": "b", "text": "Two."}\r'.encode(encoding))
    (broken,) = iter_articles(str(cr))
    (failure,) = iter_inputs([str(cr)], IngestConfig())
    assert isinstance(broken, InputError) and broken.line == 1
    assert broken.reason.startswith("invalid JSON: Extra data")
    assert isinstance(failure, Failure) and failure.message.startswith("invalid JSON: Extra data")


@pytest.mark.parametrize(
    "piped",
    [
        "{Editor's note} The mayor said 12 homes burned.",
        "\ufeff{ Correction } Police said 3 men fled.",
        "{\n  The council voted 7-2 on Monday.",
    ],
)
def test_stdin_text_that_opens_with_a_brace_is_the_article_batch_and_claims_read(
    piped: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # batch - streamed any stdin opening with "{" as JSONL: "{Editor's note} ..." was one
    # "invalid JSON" line and exit 3, where `factkit claims -` analysed the same text
    data = piped.encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    (item,) = iter_inputs(["-"], IngestConfig())
    (single,) = iter_articles("-", data=data)  # what claims/run/summarize - read
    assert isinstance(item, InputItem) and isinstance(single, Article)
    assert item.article.text == single.text == piped.lstrip("\ufeff")
    assert item.id == single.id == "stdin"


def test_a_broken_record_on_stdin_is_an_invalid_line_not_prose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = b'{"id": "a1", "text": "The mayor said 40 homes burned."\n{"id": "a2", "text": "Two."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    bad, good = iter_inputs(["-"], IngestConfig())
    # a record that does not parse: reported, never analysed as prose (as `claims -` refuses it)
    assert isinstance(bad, Failure) and bad.line == 1 and "invalid JSON" in bad.message
    assert bad.message.endswith("(column 55)")  # the errors file has no field for the column
    assert isinstance(good, InputItem) and good.id == "a2"


def test_endless_text_on_stdin_is_one_failure_of_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    # `yes | factkit batch -`: stdin that is no JSONL is one article, read without end before
    endless = endless_stdin(monkeypatch)
    (failure,) = iter_inputs(["-"], IngestConfig(max_chars=100))
    assert isinstance(failure, Failure) and failure.message.startswith("more than 1,204 bytes")
    assert endless.taken < 1_204 + 2**20


def test_a_closed_stdin_is_one_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    # `factkit batch - -o out.jsonl <&-`: the errors file said "AttributeError: 'NoneType'
    # object has no attribute 'buffer'"
    monkeypatch.setattr(sys, "stdin", None)
    (failure,) = iter_inputs(["-"], IngestConfig())
    assert isinstance(failure, Failure) and failure.id == "stdin"
    assert failure.message.startswith("closed: there is no standard input to read")


def test_a_json_file_of_many_records_is_no_one_article(tmp_path: Path) -> None:
    # the one-article bound is for one article: batch reads a .json array of many, each checked
    records = [{"id": f"r{n}", "text": "The mayor said 12 homes burned."} for n in range(20)]
    many = tmp_path / "many.json"
    many.write_text(json.dumps(records))
    items = list(iter_inputs([str(many)], IngestConfig(max_chars=40)))
    assert len(many.read_bytes()) > 12 * 40 + 4
    assert [item.id for item in items if isinstance(item, InputItem)] == [r["id"] for r in records]


def test_a_jsonl_line_without_end_is_one_failure_after_the_good_records(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `(echo '{"id": "a", ...}'; printf '{"text": "'; yes | tr -d '\n') | factkit batch -`:
    # the streamed JSONL read its second line without end
    endless = Endless(b"y")  # `yes | tr -d '\n'`: no line end, ever
    good = json.dumps({"id": "a", "text": "The mayor said 12 homes burned."}).encode() + b"\n"
    opening = b'{"id": "b", "text": "'
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BufferedReader(_Joined(good + opening, endless)))
    )
    first, second = iter_inputs(["-"], IngestConfig(max_chars=100))
    assert isinstance(first, InputItem) and first.id == "a"
    assert isinstance(second, Failure) and second.line == 2
    assert second.message.startswith("more than 1,204 bytes, more than ingest.max_chars (100)")
    assert endless.taken < 1_204 + 2**20


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_wide_jsonl_line_without_end_is_one_failure_after_the_good_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    # a UTF-16/32 JSONL file whose second line never ends (a file being written without line
    # breaks): its lines were iterated as text, so the line was read whole, without a bound
    good = json.dumps({"id": "a", "text": "The mayor said 12 homes burned."}) + "\n"
    head = (good + '{"id": "b", "text": "').encode(encoding)  # the codec writes the mark
    endless = Endless("y".encode(encoding)[-4 if encoding == "utf-32" else -2 :], most=64 << 20)
    stream = io.BufferedReader(_Joined(head, endless))
    named = tmp_path / "wide.jsonl"
    named.write_bytes(b"")  # a regular file to name; its reader is the endless stream
    monkeypatch.setattr(input_records, "open", lambda path, mode: stream, raising=False)
    first, second = iter_inputs([str(named)], IngestConfig(max_chars=100))
    assert isinstance(first, InputItem) and first.id == "a"
    assert isinstance(second, Failure) and second.line == 2 and second.id == "wide"
    assert second.message.startswith("more than 1,204 bytes, more than ingest.max_chars (100)")
    assert endless.taken < 1_204 * 4 + 2**20


class _Joined(io.RawIOBase):
    """``head``, then whatever ``rest`` hands over."""

    def __init__(self, head: bytes, rest: io.RawIOBase) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self._head:
            return self._rest.readinto(buffer) or 0
        n = min(len(buffer), len(self._head))
        buffer[:n], self._head = self._head[:n], self._head[n:]
        return n
