"""Batch inputs: folder/glob expansion, unique ids, streamed JSONL, per-file/per-line failures."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factkit.batching import inputs
from factkit.batching.inputs import (
    Failure,
    InputItem,
    UniqueIds,
    count_documents,
    expand_inputs,
    iter_inputs,
)
from factkit.config import IngestConfig
from factkit.document import Article
from factkit.errors import FactkitError, InputError
from factkit.ingest import iter_articles
from tests.batching.articles import claims_only_batch
from tests.endless_stream import Endless, endless_stdin

EXTS = [".txt", ".md", ".jsonl", ".json"]


def _tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    (root / "b" / "x.txt").write_text("one", encoding="utf-8")
    (root / "a" / "x.txt").write_text("two", encoding="utf-8")
    (root / "a" / "notes.pdf").write_bytes(b"%PDF")
    (root / ".hidden" / "y.txt").write_text("hidden", encoding="utf-8")
    (root / "z.MD").write_text("# Title\n\nthree", encoding="utf-8")


def test_folders_are_walked_recursively_sorted_by_extension(tmp_path: Path) -> None:
    _tree(tmp_path)
    files = expand_inputs([str(tmp_path)], EXTS)
    rel = [str(Path(f).relative_to(tmp_path)) for f in files]
    assert rel == ["a/x.txt", "b/x.txt", "z.MD"]  # sorted, pdf and hidden folder skipped


def test_globs_missing_files_stdin_and_exclusions(tmp_path: Path) -> None:
    _tree(tmp_path)
    out = tmp_path / "a" / "out.jsonl"
    out.write_text("", encoding="utf-8")
    files = expand_inputs(
        [
            str(tmp_path / "**" / "*.txt"),
            str(tmp_path / "a" / "x.txt"),
            "-",
            str(out),
        ],
        EXTS,
        exclude=[out],
    )
    # the glob found both x.txt; naming one again does not add it twice; the output is never input
    assert [Path(f).name for f in files] == ["x.txt", "x.txt", "-"]


def test_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(FactkitError, match="no files match"):
        expand_inputs([str(tmp_path / "*.nothing")], EXTS)
    with pytest.raises(FactkitError, match="no files with extensions"):
        expand_inputs([str(tmp_path)], EXTS)
    with pytest.raises(FactkitError, match="no inputs"):
        expand_inputs([], EXTS)
    # a named file that is not there was kept, to fail as a document: exit 3 after the workers
    # started, with the last run's output started afresh; it is a typo, as an empty glob is
    _tree(tmp_path)
    gone = str(tmp_path / "gone.txt")
    with pytest.raises(FactkitError, match=f"^{re.escape(gone)}: no such file or folder$"):
        expand_inputs([str(tmp_path / "a" / "x.txt"), gone], EXTS)
    # a link that leads nowhere is something there: read, it fails as a document
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    assert expand_inputs([str(tmp_path / "dangling.txt")], EXTS) == [str(tmp_path / "dangling.txt")]


@given(st.lists(st.sampled_from(["a", "b", "a#2", "", "c"]), max_size=30))
def test_unique_ids_are_unique_and_deterministic(bases: list[str]) -> None:
    first = [UniqueIds() for _ in range(2)]
    runs = [[ids.claim(b) for b in bases] for ids in first]
    assert runs[0] == runs[1]
    assert len(set(runs[0])) == len(runs[0])
    for base, got in zip(bases, runs[0], strict=True):
        assert got == (base or "doc") or got.startswith(f"{base or 'doc'}#")


def test_every_input_problem_becomes_one_failure_and_the_stream_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Good text.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00def")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "recs.jsonl").write_bytes(
        b'{"id": "r1", "text": "First."}\n'
        b"{broken\n"
        b"\n"
        b'{"id": "r1", "text": "Same id."}\n'
        b'{"title": "no text"}\n'
        b'{"text": "bad \xff byte"}\n'
        b'{"text": "No id."}\n'
    )
    files = [
        str(tmp_path / n)
        for n in ("good.txt", "binary.txt", "latin.txt", "recs.jsonl", "missing.txt")
    ]
    items = list(iter_inputs(files, IngestConfig()))
    got = [(type(i).__name__, i.id, i.line) for i in items]
    assert got == [
        ("InputItem", "good", None),
        ("Failure", "binary", None),
        ("Failure", "latin", None),
        ("InputItem", "r1", 1),
        ("Failure", "recs:2", 2),
        ("InputItem", "r1#2", 4),
        ("Failure", "recs:5", 5),
        ("Failure", "recs:6", 6),
        ("InputItem", "recs:7", 7),
        ("Failure", "missing", None),
    ]
    failures = [i for i in items if isinstance(i, Failure)]
    assert all(f.stage == "ingest" and f.message for f in failures)
    assert "NUL" in failures[0].message and "UTF-8" in failures[1].message
    assert "no such file" in failures[-1].message
    assert items[5].article.text == "Same id."  # type: ignore[union-attr]


def test_a_refused_record_that_names_itself_keeps_its_id_in_the_errors_file(
    tmp_path: Path,
) -> None:
    # README: an id is "a record's id"; a record refused for its date was written to the
    # errors file as "recs:1", while one refused later (empty text) kept its own id
    (tmp_path / "recs.jsonl").write_text(
        '{"id": "c", "text": "The mayor spoke.", "date": "yesterday"}\n'
        '{"id": 17, "text": ["not text"]}\n'
        '{"id": ["x"], "text": "The mayor spoke.", "date": "yesterday"}\n'
        '{"id": "c", "text": "The mayor spoke again."}\n',
        encoding="utf-8",
    )
    items = list(iter_inputs([str(tmp_path / "recs.jsonl")], IngestConfig()))
    got = [(type(i).__name__, i.id, i.line) for i in items]
    assert got == [
        ("Failure", "c", 1),
        ("Failure", "17", 2),
        ("Failure", "recs:3", 3),  # its id is no id
        ("InputItem", "c#2", 4),
    ]
    assert "date: expected YYYY-MM-DD" in items[0].message  # type: ignore[union-attr]


def test_a_record_whose_id_no_url_can_name_is_a_failure_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    # with `batch --db` it landed in the desk's archive, where no URL could reach it, and a
    # Markdown checklist's heading broke at its line break
    (tmp_path / "recs.jsonl").write_text(
        json.dumps({"id": "a\nb", "text": "The mayor spoke."})
        + "\n"
        + json.dumps({"id": "tab\there", "text": "The mayor spoke."})
        + "\n"
        + json.dumps({"id": "ok", "text": "The mayor spoke again."})
        + "\n",
        encoding="utf-8",
    )
    items = list(iter_inputs([str(tmp_path / "recs.jsonl")], IngestConfig()))
    got = [(type(i).__name__, i.id, i.line) for i in items]
    assert got == [("Failure", "recs:1", 1), ("Failure", "recs:2", 2), ("InputItem", "ok", 3)]
    assert "the record's id is blank or holds a control character" in items[0].message  # type: ignore[union-attr]


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


def test_count_documents(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    (tmp_path / "b.json").write_text(
        '[{"text": "x"}, {"text": "y"}, {"text": "z"}]', encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text("x", encoding="utf-8")
    files = [str(tmp_path / n) for n in ("a.jsonl", "b.json", "c.txt")]
    assert count_documents(files) == 6
    assert count_documents([*files, "-"]) is None


def test_counting_a_jsonl_file_holds_no_line_whole(tmp_path: Path) -> None:
    # the progress bar counted lines by iterating the file: a 24 MB line was held whole (and a
    # file that never breaks its line was read into memory to the end)
    long = tmp_path / "long.jsonl"
    long.write_bytes(b'{"text": "' + b"y" * (24 << 20) + b'"}\n \n{"text": "Two."}')
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes('{"text": "One."}\r\n\r\n{"text": "Two."}\n\n'.encode("utf-16"))
    tracemalloc.start()
    try:
        counted = count_documents([str(long), str(wide)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert counted == 4  # blank lines are no records, in UTF-16 too
    assert peak < 8 << 20


def test_a_json_file_too_large_to_parse_twice_leaves_the_total_unknown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the bar's count read and parsed a .json array whole, beside the run's own read of it
    records = [{"id": f"r{n}", "text": "The mayor said 12 homes burned."} for n in range(50)]
    (tmp_path / "many.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "a.txt").write_text("The mayor said 12 homes burned.", encoding="utf-8")
    files = [str(tmp_path / "a.txt"), str(tmp_path / "many.json")]
    assert count_documents(files) == 51
    monkeypatch.setattr(inputs, "_COUNTED_JSON_BYTES", 1024, raising=False)
    assert count_documents(files) is None


def test_a_symlink_loop_or_a_too_long_name_is_kept_to_fail_as_a_document(tmp_path: Path) -> None:
    # Path.resolve() raised RuntimeError on a loop and OSError on a name too long: a traceback
    # instead of a line in the errors file
    loop = tmp_path / "loop1"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    long = tmp_path / ("a" * 300 + ".txt")
    assert expand_inputs([str(loop), str(long)], EXTS) == [str(loop), str(long)]


def test_a_jsonl_line_nested_too_deeply_fails_alone(tmp_path: Path) -> None:
    g = tmp_path / "deep.jsonl"
    g.write_text("[" * 100_000 + "]" * 100_000 + '\n{"id": "ok", "text": "Fine."}\n', "utf-8")
    items = list(iter_inputs([str(g)], IngestConfig()))
    assert [type(i).__name__ for i in items] == ["Failure", "InputItem"]
    assert items[0].message.startswith("invalid JSON: nested too deeply")  # type: ignore[union-attr]


def test_a_bad_jsonl_record_is_recorded_under_its_own_id(tmp_path: Path) -> None:
    # a record with a bad text was recorded as 'in:2' though the line gave its id
    g = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "Fine."},
        {"id": "bad", "text": 17},
        {"id": 42, "text": "x\u0000y"},
        {"text": 5},
        {"id": ["x"], "text": 5},
        {"id": "two\nlines", "text": 5},
        {"id": "a", "text": 5},
    ]
    g.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    items = list(iter_inputs([str(g)], IngestConfig()))
    assert [(i.id, i.path, i.line) for i in items] == [
        ("a", str(g), 1),
        ("bad", str(g), 2),
        ("42", str(g), 3),
        ("in:4", str(g), 4),
        ("in:5", str(g), 5),
        ("in:6", str(g), 6),
        ("a#2", str(g), 7),
    ]
    array = tmp_path / "arr.json"  # an item of a JSON array too ('item [1]: ...' says where)
    records = [{"id": "x", "text": "Fine."}, {"id": "y", "text": 1}, {"text": 1}, {"text": "Ok."}]
    array.write_text(json.dumps(records), "utf-8")
    # an item with no id of its own is named by its place, as a good one is: it was "arr", the
    # name of a whole-file failure, which said nothing of which item failed
    assert [i.id for i in iter_inputs([str(array)], IngestConfig())] == ["x", "y", "arr:2", "arr:3"]


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


def test_an_input_with_no_records_is_a_failure(tmp_path: Path) -> None:
    # an empty JSONL file, a JSONL of blank lines and "[]" gave no report and no error line:
    # the file vanished from the run (the single-file commands say "no records found")
    (tmp_path / "zero.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n\n")
    (tmp_path / "none.json").write_text("[]", encoding="utf-8")
    files = [str(tmp_path / n) for n in ("zero.jsonl", "blank.jsonl", "none.json")]
    items = list(iter_inputs(files, IngestConfig()))
    assert [(type(i).__name__, i.id, i.message) for i in items] == [  # type: ignore[union-attr]
        ("Failure", "zero", "no records found"),
        ("Failure", "blank", "no records found"),
        ("Failure", "none", "no records found"),
    ]
    assert count_documents(files) == 3


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


def _without_read_override() -> list[str]:
    """A command prefix under which a mode-000 folder cannot be listed: none for a normal user;
    for root (as in CI containers), root without its capability to read past permissions."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root without setpriv: every folder can be listed")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def test_a_folder_that_cannot_be_listed_is_a_failure_or_a_usage_error(tmp_path: Path) -> None:
    # os.walk skipped it without a word: its articles were missing from the run unseen
    data = tmp_path / "in"
    (data / "locked").mkdir(parents=True)
    (data / "a.txt").write_text("The mayor said 12 homes burned.\n", encoding="utf-8")
    (data / "locked" / "b.txt").write_text("Police said 3 were hurt.\n", encoding="utf-8")
    (data / "locked").chmod(0)
    try:
        prefix = _without_read_override()
        run = subprocess.run(
            [*prefix, *claims_only_batch(data, tmp_path / "out.jsonl", "--engine", "serial")],
            capture_output=True,
            text=True,
        )
        assert run.returncode == 3, run.stderr
        (failure,) = [
            json.loads(line)
            for line in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        assert failure["path"] == str(data / "locked") and failure["id"] == "locked"
        assert failure["message"] == (
            "cannot read this folder (Permission denied): its files are not in this run"
        )
        named = subprocess.run(
            [*prefix, *claims_only_batch(data / "locked", tmp_path / "out2.jsonl")],
            capture_output=True,
            text=True,
        )
        assert named.returncode == 2
        assert named.stderr.strip() == (
            f"factkit: error: {data / 'locked'}: cannot read this folder (Permission denied): "
            "its files are not in this run"
        )
    finally:
        (data / "locked").chmod(0o755)


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


@pytest.mark.parametrize("argument", ["./-", "*"])
def test_a_file_named_dash_is_read_as_that_file_not_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argument: str
) -> None:
    # Path("./-") is spelled "-": `batch ./-` (or a glob matching a file "-") read stdin instead
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_text("Fire\n\nThe mayor said 12 homes burned on Monday.\n", "utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    files = expand_inputs([argument], EXTS)
    assert files == [f".{os.sep}-"]
    items = list(iter_inputs(files, IngestConfig()))
    assert [item.path for item in items] == [f".{os.sep}-"]
    assert isinstance(items[0].article, Article)
    assert "12 homes burned" in items[0].article.text


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
    monkeypatch.setattr(inputs, "open", lambda path, mode: stream, raising=False)
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
