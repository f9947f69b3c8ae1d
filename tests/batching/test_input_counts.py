"""factkit.batching.input_counts: how many documents the inputs hold, for the progress bar."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from factkit.batching import input_counts
from factkit.batching.input_counts import count_documents


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
    monkeypatch.setattr(input_counts, "_COUNTED_JSON_BYTES", 1024)
    assert count_documents(files) is None
