"""Batch output files: whole lines, torn-tail repair on resume, atomic files, safe names."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit import json_text
from factkit.batching.output import (
    CHECKLIST_MANIFEST,
    ChecklistFolder,
    JsonlWriter,
    markdown_filename,
    read_previous_output,
    repair_previous_output,
    sibling_path,
    written_by_batch,
)
from factkit.batching.worker import encode_line
from factkit.errors import OutputError


def _record(i: int, text: str = "") -> str:
    return encode_line({"input": {"id": f"doc{i}", "path": None, "line": None}, "text": text})


def repair_and_read_ids(path: Path) -> tuple[set[str], int]:
    """The ids of a previous run's output once repaired, and how many lines the repair dropped."""
    previous = read_previous_output(path)
    return previous.ids, repair_previous_output(path, previous)


def test_writer_appends_whole_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(out, append=False, sync_every=2)
    for i in range(5):
        writer.write(_record(i))
    writer.close()
    writer = JsonlWriter(out, append=True, sync_every=2)
    writer.write(_record(5))
    writer.close()
    assert repair_and_read_ids(out) == ({f"doc{i}" for i in range(6)}, 0)
    assert JsonlWriter(out, append=False, sync_every=1).close() is None and out.read_bytes() == b""


@settings(max_examples=60, deadline=None)
@given(
    cut=st.floats(min_value=0, max_value=1),
    texts=st.lists(st.text(max_size=40), min_size=1, max_size=8),
)
def test_a_torn_tail_is_cut_and_every_complete_line_is_kept(
    tmp_path_factory, cut: float, texts: list[str]
) -> None:
    out = tmp_path_factory.mktemp("torn") / "out.jsonl"
    lines = [(_record(i, t) + "\n").encode("utf-8") for i, t in enumerate(texts)]
    blob = b"".join(lines)
    at = int(cut * len(blob))
    out.write_bytes(blob[:at])  # the process died after writing `at` bytes
    ids, dropped = repair_and_read_ids(out)
    complete = [i for i in range(len(lines)) if len(b"".join(lines[: i + 1])) <= at]
    assert ids == {f"doc{i}" for i in complete}
    kept = out.read_bytes()
    assert kept == b"".join(lines[: len(complete)])
    assert dropped == (0 if at == len(b"".join(lines[: len(complete)])) else 1)
    for raw in kept.splitlines():
        json.loads(raw)


def test_a_corrupt_middle_line_is_dropped(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(
        _record(0) + "\nnot json\n" + '{"no": "input"}\n' + _record(1) + "\n", encoding="utf-8"
    )
    assert repair_and_read_ids(out) == ({"doc0", "doc1"}, 2)
    assert out.read_text(encoding="utf-8") == _record(0) + "\n" + _record(1) + "\n"
    assert repair_and_read_ids(tmp_path / "absent.jsonl") == (set(), 0)


def test_a_file_of_the_users_own_is_no_batch_output_and_is_never_repaired(
    tmp_path: Path,
) -> None:
    # `-o notes.jsonl --resume` dropped every line of the user's notes as "corrupt"
    notes = tmp_path / "notes.jsonl"
    for text in ("check the fare figure\nask the mayor\n", "one note, no line end", "\nlate\n"):
        notes.write_text(text, encoding="utf-8")
        previous = read_previous_output(notes)
        assert (previous.ids, previous.batch_output) == (set(), False)
        with pytest.raises(ValueError, match="not a batch output"):
            repair_previous_output(notes, previous)
        assert notes.read_text(encoding="utf-8") == text
    # blank, absent, or a first report a kill tore: a batch output, with nothing to lose
    for text in ("", "\n \n", _record(0)[:20], _record(0)[:3]):
        notes.write_text(text, encoding="utf-8")
        assert read_previous_output(notes).batch_output
    assert read_previous_output(tmp_path / "absent.jsonl").batch_output


@given(st.text())
def test_encoded_lines_never_contain_a_line_break(text: str) -> None:
    line = encode_line({"input": {"id": text}, "text": text})
    assert len(line.splitlines()) == 1 and "\n" not in line
    assert json_text.RAW_CONTROL.search(line) is None  # no DEL or C1 for a terminal to act on
    assert json.loads(line)["text"] == text


def test_sibling_paths() -> None:
    assert sibling_path(Path("d/reports.jsonl"), ".errors.jsonl") == Path("d/reports.errors.jsonl")
    assert sibling_path(Path("d/reports"), ".config.yaml") == Path("d/reports.config.yaml")


@given(st.lists(st.text(min_size=1, max_size=30), unique=True, max_size=20))
def test_markdown_file_names_are_safe_and_unique(ids: list[str]) -> None:
    names = [markdown_filename(i) for i in ids]
    assert len(set(names)) == len(names)
    for name in names:
        assert name.endswith(".md") and "/" not in name and not name.startswith(".")


def test_written_by_batch_knows_reports_errors_and_empty_files_only(tmp_path: Path) -> None:
    # what a batch may skip as input and then write over; anything else is someone's article
    report = tmp_path / "r.jsonl"
    report.write_text('{"input":{"id":"a","path":"a.txt","line":null},"schema_version":"1.1"}\n')
    errors = tmp_path / "e.jsonl"
    errors.write_text('{"id":"a","path":"a.txt","line":null,"stage":"ingest","message":"x"}\n')
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "a", "text": "The mayor spoke.", "stage": "x", "message": "y"}\n')
    article = tmp_path / "a.txt"
    article.write_text("The mayor spoke.\n")
    assert [written_by_batch(p) for p in (report, errors, empty)] == [True, True, True]
    assert [written_by_batch(p) for p in (records, article, tmp_path)] == [False, False, False]


def test_a_batch_output_name_too_long_is_one_line(tmp_path: Path) -> None:
    import pytest

    from factkit.batching.output import check_writable_output
    from factkit.errors import FactkitError

    with pytest.raises(FactkitError, match=r"cannot write: File name too long"):
        check_writable_output(tmp_path / ("a" * 300 + ".jsonl"))


def test_a_resumed_run_lists_each_checklist_once(tmp_path: Path) -> None:
    # after a kill -9 the redone document's name was listed twice (2,001 lines for 2,000
    # documents)
    manifest = tmp_path / CHECKLIST_MANIFEST
    manifest.write_text("a.md\nb.md\nb.md\n", encoding="utf-8")
    folder = ChecklistFolder(tmp_path, resume=True)
    folder.write("b", "# b")  # the document the kill cut short, redone
    folder.write("c", "# c")
    assert manifest.read_text(encoding="utf-8") == "a.md\nb.md\nc.md\n"
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "# b"


class _FullDisk:
    """A file that takes ``room`` more bytes, then fails as a full disk does."""

    def __init__(self, fh: Any, room: int) -> None:
        self.fh, self.room = fh, room

    def write(self, data: memoryview) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        taken = self.fh.write(data[: self.room])
        self.room -= taken
        return int(taken)

    def __getattr__(self, name: str) -> Any:  # fileno, close, closed
        return getattr(self.fh, name)


@pytest.mark.parametrize("room", [0, 7])
def test_a_line_a_full_disk_cuts_short_is_taken_back_out(tmp_path: Path, room: int) -> None:
    # a batch on a full disk ended in a traceback, its output ending in half a report
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(out, append=False, sync_every=1)
    writer.write(_record(0))
    writer._fh = _FullDisk(writer._fh, room)
    with pytest.raises(OutputError, match=r"out\.jsonl: cannot write: No space left on device;"):
        writer.write(_record(1))
    writer.close()  # the write's error is the one told, not a second one from the fsync
    assert out.read_text(encoding="utf-8") == _record(0) + "\n"
    again = JsonlWriter(out, append=True, sync_every=1)
    again.write(_record(2))
    again.close()
    assert [json.loads(x)["input"]["id"] for x in out.read_text().splitlines()] == ["doc0", "doc2"]
