"""``batch --resume``: where the work left begins, found before any worker starts."""

from __future__ import annotations

from pathlib import Path

from factkit.batching.input_records import STDIN
from factkit.batching.resume import resume_point
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


def _left(files: list[str], done: set[str]) -> tuple[int, list[str] | None]:
    finished, rest = resume_point(files, IngestConfig(), done)
    return finished, None if rest is None else [item.id for item in rest]


def test_every_input_already_in_the_output_is_all_done(tmp_path: Path) -> None:
    files = _inputs(tmp_path)
    assert _left(files, {"flood", "w1", "w2"}) == (3, None)
    assert _left(files, {"flood", "w1", "w2", "gone"}) == (3, None)


def test_the_run_goes_on_from_the_first_input_not_in_the_output(tmp_path: Path) -> None:
    # every input after it is handed on, done or not: the run skips those it holds
    files = _inputs(tmp_path)
    assert _left(files, {"flood", "w2"}) == (1, ["w1", "w2"])
    assert _left(files, {"w1"}) == (0, ["flood", "w1", "w2"])
    assert _left(files, set()) == (0, ["flood", "w1", "w2"])


def test_an_unreadable_input_is_work_left(tmp_path: Path) -> None:
    # its failure is recorded again, as a resumed run redoes the last run's failures
    files = _inputs(tmp_path)
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 \xff")
    files.append(str(tmp_path / "bad.txt"))
    assert _left(files, {"flood", "w1", "w2"}) == (3, ["bad"])


def test_standard_input_is_never_scanned(tmp_path: Path) -> None:
    # it can be read only once: the run itself must read it
    files = [*_inputs(tmp_path), STDIN]
    finished, rest = resume_point(files, IngestConfig(), {"flood", "w1", "w2", "stdin"})
    assert finished == 0 and rest is not None
