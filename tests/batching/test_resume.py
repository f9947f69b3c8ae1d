"""``batch --resume`` with nothing left to do is found before any worker starts."""

from __future__ import annotations

from pathlib import Path

from factkit.batching.input_records import STDIN
from factkit.batching.resume import inputs_all_done
from factkit.config import IngestConfig


def _inputs(tmp_path: Path) -> list[str]:
    (tmp_path / "flood.txt").write_text("Five homes flooded, the mayor said.\n", encoding="utf-8")
    records = tmp_path / "wire.jsonl"
    records.write_text(
        '{"id": "w1", "text": "The council met on Monday."}\n'
        '{"id": "w2", "text": "Rents rose 4% in March, the agency said."}\n',
        encoding="utf-8",
    )
    return [str(tmp_path / "flood.txt"), str(records)]


def test_every_input_already_in_the_output_is_all_done(tmp_path: Path) -> None:
    files = _inputs(tmp_path)
    assert inputs_all_done(files, IngestConfig(), {"flood", "w1", "w2"}) == 3
    assert inputs_all_done(files, IngestConfig(), {"flood", "w1", "w2", "gone"}) == 3


def test_one_input_not_in_the_output_is_work_left(tmp_path: Path) -> None:
    files = _inputs(tmp_path)
    assert inputs_all_done(files, IngestConfig(), {"flood", "w1"}) is None
    assert inputs_all_done(files, IngestConfig(), set()) is None


def test_an_unreadable_input_is_work_left(tmp_path: Path) -> None:
    # its failure is recorded again, as a resumed run redoes the last run's failures
    files = _inputs(tmp_path)
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 \xff")
    files.append(str(tmp_path / "bad.txt"))
    assert inputs_all_done(files, IngestConfig(), {"flood", "w1", "w2"}) is None


def test_standard_input_is_never_scanned(tmp_path: Path) -> None:
    # it can be read only once: the run itself must read it
    files = [*_inputs(tmp_path), STDIN]
    assert inputs_all_done(files, IngestConfig(), {"flood", "w1", "w2", "stdin"}) is None
