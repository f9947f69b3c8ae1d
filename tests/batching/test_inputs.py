"""factkit.batching.inputs: the files to read -> uniquely-identified articles and failures, the
stream going on past each failure."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factkit.batching.input_counts import count_documents
from factkit.batching.inputs import Failure, UniqueIds, iter_inputs
from factkit.config import IngestConfig


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


def test_a_file_name_with_a_control_character_gives_an_id_a_url_can_name(
    tmp_path: Path,
) -> None:
    # as a record's id "a\nb" is refused above: a file named so gave the id "line\nbreak",
    # which `batch --db` archived where no desk URL reaches it; its records' ids too
    (tmp_path / "line\nbreak.txt").write_text("The mayor spoke.", encoding="utf-8")
    (tmp_path / "feed\t.jsonl").write_text(
        json.dumps({"text": "The mayor spoke again."}) + "\n", encoding="utf-8"
    )
    paths = [str(tmp_path / "line\nbreak.txt"), str(tmp_path / "feed\t.jsonl")]
    items = list(iter_inputs(paths, IngestConfig()))
    assert [(i.id, i.article.id) for i in items] == [  # type: ignore[union-attr]
        ("line_break", "line_break"),
        ("feed_:1", "feed_:1"),
    ]


def test_a_jsonl_stream_joined_from_files_with_byte_order_marks_reads_every_record(
    tmp_path: Path,
) -> None:
    (tmp_path / "joined.jsonl").write_bytes(
        b'\xef\xbb\xbf{"id": "a", "text": "The mayor spoke."}\n'
        b'\xef\xbb\xbf{"id": "b", "text": "Ten people came."}\n'
    )
    items = list(iter_inputs([str(tmp_path / "joined.jsonl")], IngestConfig()))
    assert [(type(i).__name__, i.id) for i in items] == [("InputItem", "a"), ("InputItem", "b")]


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
