"""``factkit batch``: exit codes, its outputs, Ctrl-C and SIGTERM (``factkit.cli.batch``)."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.cli.running import CLAIMS_ONLY, SEED, interrupted, run_cli


def test_bad_engine_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["batch", SEED, "-o", str(tmp_path / "o.jsonl"), "--engine", "threads"]
    code, _, err = run_cli(args, capsys, monkeypatch)
    assert code == 2 and len(err.splitlines()) == 1
    assert "--engine" in err and "'local', 'dask', 'serial'" in err
    assert not (tmp_path / "o.jsonl").exists()


def test_batch_exit_code_3_when_a_document_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "good.txt").write_text("The mayor said 12 roads were closed.", encoding="utf-8")
    (docs / "bad.txt").write_bytes(b"\xff\xfe broken")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(docs), "-o", str(out), "--engine", "serial", "-q", *CLAIMS_ONLY]
    code, _, _ = run_cli([*args, "--set", "summarizer.enabled=false"], capsys, monkeypatch)
    assert code == 3
    assert [json.loads(line)["input"]["id"] for line in out.read_text().splitlines()] == ["good"]
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert [e["id"] for e in errors] == ["bad"] and "UTF-8" in errors[0]["message"]


def test_batch_db_that_is_no_archive_is_one_line_before_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # --db naming a text file (or a folder) ran the whole batch, then died in the import with
    # a sqlite3.DatabaseError traceback
    pytest.importorskip("fastapi", reason="--db needs the serve extra")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, just some notes that are long enough\n" * 20, "utf-8")
    empty = tmp_path / "empty.txt"  # SQLite took it for a new database
    empty.write_bytes(b"")
    out = tmp_path / "r.jsonl"
    for db in (notes, empty, tmp_path, tmp_path / "dsk" / "desk.sqlite"):  # last: a typo'd folder
        args = ["batch", SEED, "-o", str(out), "--db", str(db), "-q", *CLAIMS_ONLY]
        code, _, err = run_cli(args, capsys, monkeypatch)
        assert code == 2
        assert err.startswith(f"factkit: error: --db {db}: ") and err.count("\n") == 1, err
        assert not out.exists()


def test_a_batch_that_fails_to_start_leaves_no_new_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `batch --db new.sqlite` with a model that does not load made new.sqlite, empty; an
    # archive that was there before stays
    pytest.importorskip("fastapi", reason="--db needs the serve extra")
    cfg = tmp_path / "x.yaml"
    cfg.write_text(f"encoder:\n  model_path: {tmp_path / 'nowhere'}\n", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    new_db = tmp_path / "new.sqlite"
    args = ["batch", SEED, "-o", str(out), "--engine", "serial", "-q", "--config", str(cfg)]
    code, _, err = run_cli([*args, "--db", str(new_db)], capsys, monkeypatch)
    assert code == 2 and "encoder.model_path" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.yaml"]
    old_db = tmp_path / "old.sqlite"
    run_cli(
        ["batch", SEED, "-o", str(out), "--db", str(old_db), "-q", *CLAIMS_ONLY],
        capsys,
        monkeypatch,
    )
    code, _, _ = run_cli([*args, "--db", str(old_db)], capsys, monkeypatch)
    assert code == 2 and old_db.exists()


@pytest.mark.parametrize("own", ["r.jsonl", "r.errors.jsonl", "r.config.yaml", "r.lock"])
def test_batch_db_naming_one_of_the_runs_own_files_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, own: str
) -> None:
    # `--db r.jsonl -o r.jsonl` made an SQLite file of the output and wrote the reports over
    # it: both were lost, and the run said "imported 1 reports"
    pytest.importorskip("fastapi", reason="--db needs the serve extra")
    out, db = tmp_path / "r.jsonl", tmp_path / own
    args = ["batch", SEED, "-o", str(out), "--db", str(db), "-q", *CLAIMS_ONLY]
    code, _, err = run_cli(args, capsys, monkeypatch)
    assert code == 2 and list(tmp_path.iterdir()) == []
    assert err.startswith(f"factkit: error: --db {db}: is this run's ") and err.count("\n") == 1


def test_an_import_the_archive_refuses_is_one_line_and_the_reports_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a desk holding the archive past SQLite's wait (or a full disk) ended the finished run in
    # a sqlite3.OperationalError traceback
    pytest.importorskip("fastapi", reason="--db needs the serve extra")
    from factkit.serve.storage import Store

    def locked(*_args: object, **_kwargs: object) -> str:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Store, "save_report", locked)
    out, db = tmp_path / "r.jsonl", tmp_path / "desk.sqlite"
    args = ["batch", SEED, "-o", str(out), "--db", str(db), "-q", *CLAIMS_ONLY]
    code, _, err = run_cli(args, capsys, monkeypatch)
    assert code == 2 and err.count("\n") == 1
    assert err.startswith(f"factkit: error: --db {db}: the import stopped (database is locked); ")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # the report is kept


def test_a_batch_errors_file_named_as_another_format_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, errors = tmp_path / "r.jsonl", tmp_path / "errors.csv"
    command = ["batch", SEED, *CLAIMS_ONLY, "-o", str(out), "--errors", str(errors)]
    code, _, err = run_cli(command, capsys, monkeypatch)
    assert code == 2 and list(tmp_path.iterdir()) == []
    assert f"--errors {errors}: factkit batch does not write csv" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_a_named_pipe_as_batch_output_is_named_with_its_option(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    option: str,
) -> None:
    # `--errors /dev/null` was told "leave out -o to write to stdout", which batch cannot do
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)
    out = tmp_path / "r.jsonl" if option == "--errors" else pipe
    errors = ["--errors", str(pipe)] if option == "--errors" else []
    code, _, err = run_cli(
        ["batch", SEED, "-o", str(out), *errors, *CLAIMS_ONLY], capsys, monkeypatch
    )
    assert code == 2 and err.count("\n") == 1 and "leave out -o" not in err
    assert err.startswith(f"factkit: error: {option} {pipe}: is a named pipe, not a file; ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.jsonl"]


def test_batch_outputs_are_checked_for_a_device_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the command line checked -o and --errors for a device, pipe or socket (only to be first
    # with batch's hint), and the runner checked both again
    from factkit.batching import output

    checked: list[str] = []
    real = output.special_file
    monkeypatch.setattr(output, "special_file", lambda path: checked.append(path) or real(path))
    out, errors = tmp_path / "r.jsonl", tmp_path / "e.jsonl"
    args = ["batch", SEED, "-o", str(out), "--errors", str(errors), "--engine", "serial", "-q"]
    code, _, _ = run_cli([*args, *CLAIMS_ONLY], capsys, monkeypatch)
    assert code == 0 and out.exists()
    assert sorted(checked) == sorted([str(out), str(errors)])


def test_ctrl_c_in_batch_is_its_own_line_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # stopped before the output existed, it said "what was written to r.jsonl is complete"
    monkeypatch.setattr("factkit.batching.run_batch", interrupted)
    out_file = tmp_path / "r.jsonl"
    code, _, err = run_cli(["batch", SEED, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 130
    assert err.strip().splitlines() == [
        f"factkit batch: interrupted before any report was written ({out_file} was not made) "
        "-- run the command again"
    ]


def _writes_a_line_then_stops(
    inputs: list[str], output: Path, *_args: object, **_kw: object
) -> None:
    """Stands in for a batch run the user stops after its first report."""
    Path(output).write_text('{"id": "doc1"}\n', encoding="utf-8")
    raise KeyboardInterrupt


def test_ctrl_c_after_a_batch_wrote_says_its_lines_are_complete(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("factkit.batching.run_batch", _writes_a_line_then_stops)
    out_file = tmp_path / "r.jsonl"
    code, _, err = run_cli(["batch", SEED, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 130
    assert err.strip().splitlines() == [
        f"factkit batch: interrupted; what was written to {out_file} is complete -- "
        "run again with --resume to finish"
    ]


def test_ctrl_c_before_a_resumed_batch_wrote_says_the_output_is_untouched(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("factkit.batching.run_batch", interrupted)
    out_file = tmp_path / "r.jsonl"
    out_file.write_text('{"id": "doc1"}\n', encoding="utf-8")
    code, _, err = run_cli(["batch", SEED, "-o", str(out_file), "--resume"], capsys, monkeypatch)
    assert code == 130
    assert err.strip().splitlines() == [
        f"factkit batch: interrupted before any report was written ({out_file} is as it was) "
        "-- run the command again"
    ]


def test_sigterm_in_batch_ends_it_as_ctrl_c_does(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # `timeout`, `docker stop` and a scheduler's time limit send SIGTERM: batch died at once with
    # no word of what was complete, and without its exit handlers (the process pool's
    # semaphores 'leaked'); it now stops as Ctrl-C does, with SIGTERM's exit status
    import os
    import signal
    import time

    def unhandled(signum: int, frame: object) -> None:
        raise RuntimeError("SIGTERM reached the default handler")

    def terminated(*args: object, **kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler runs before this ends

    previous = signal.signal(signal.SIGTERM, unhandled)
    try:
        monkeypatch.setattr("factkit.batching.run_batch", terminated)
        out_file = tmp_path / "r.jsonl"
        code, _, err = run_cli(["batch", SEED, "-o", str(out_file)], capsys, monkeypatch)
        assert signal.getsignal(signal.SIGTERM) is unhandled  # put back
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert code == 143
    assert err.strip().splitlines() == [
        f"factkit batch: terminated before any report was written ({out_file} was not made) "
        "-- run the command again"
    ]


class _FillingDisk:
    """A file that takes its first write whole, 10 bytes of the next, then fails as a full disk
    does."""

    def __init__(self, fh: Any) -> None:
        self.fh, self.writes = fh, 0

    def write(self, data: memoryview) -> int:
        self.writes += 1
        if self.writes > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(self.fh.write(data if self.writes == 1 else data[:10]))

    def __getattr__(self, name: str) -> Any:  # fileno, close, closed
        return getattr(self.fh, name)


def test_a_disk_that_fills_mid_run_is_one_line_and_the_output_ends_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a traceback, and half a report at the end of the output
    from factkit.batching.output import JsonlWriter

    docs = tmp_path / "in"
    docs.mkdir()
    for name in ("a", "b", "c"):
        (docs / f"{name}.txt").write_text(f"The mayor of {name} said 12 roads were closed.")
    out = tmp_path / "out.jsonl"
    real_init = JsonlWriter.__init__

    def filling(self: JsonlWriter, path: Path, **kwargs: Any) -> None:
        real_init(self, path, **kwargs)
        if path == out:
            self._fh = _FillingDisk(self._fh)

    monkeypatch.setattr(JsonlWriter, "__init__", filling)
    args = ["batch", str(docs), "-o", str(out), "--engine", "serial", "-q", *CLAIMS_ONLY]
    code, _, err = run_cli(args, capsys, monkeypatch)
    assert code == 2 and len(err.splitlines()) == 1, err
    assert "out.jsonl: cannot write: No space left on device; the lines before are whole" in err
    assert [json.loads(line)["input"]["id"] for line in out.read_text().splitlines()] == ["a"]
