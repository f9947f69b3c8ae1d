"""One writer per output, and no lost error lines: real ``factkit batch`` processes.

The first run reads JSONL from a pipe it keeps open, so it is provably still running (holding
its lock, blocked on input) while the test starts a second run or kills it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factkit.batching.lock import OutputLock, OutputLockedError
from factkit.batching.run_config import effective_config
from factkit.config import load_config
from factkit.errors import ConfigError, FactkitError
from tests.batching.articles import CLAIMS_ONLY, news_article

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _command(out: Path, *inputs: str) -> list[str]:
    # one document in flight: the run writes each report before it reads the next record
    settings = [*CLAIMS_ONLY, "batch.max_in_flight=1"]
    sets = [arg for item in settings for arg in ("--set", item)]
    return [
        *(sys.executable, "-m", "factkit.batching", *inputs, "-o", str(out)),
        *("--engine", "serial", "--ordered", "--no-progress", *sets),
    ]


def _records(n: int, *, failing_every: int = 0) -> list[dict[str, str]]:
    """``n`` JSONL records; every ``failing_every``-th has empty text (a per-document failure)."""
    import random

    rng = random.Random(11)
    return [
        {
            "id": f"d{i:04d}",
            "text": "" if failing_every and i % failing_every == 1 else news_article(rng, i),
        }
        for i in range(n)
    ]


def _ids_in(path: Path) -> list[str]:
    if not path.exists():
        return []
    ids = []
    for line in path.read_bytes().split(b"\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a torn last line
        ids.append(record["input"]["id"] if "input" in record else record["id"])
    return ids


def _feed_until(proc: subprocess.Popen[bytes], out: Path, records: list[dict[str, str]]) -> None:
    """Writes ``records`` to the run's stdin (left open) and waits until the last is in OUT."""
    assert proc.stdin is not None
    for record in records:
        proc.stdin.write((json.dumps(record) + "\n").encode())
    proc.stdin.flush()
    deadline = time.monotonic() + 180
    while records[-1]["id"] not in _ids_in(out):
        assert proc.poll() is None, "the first run ended early"
        assert time.monotonic() < deadline, "the first run wrote nothing"
        time.sleep(0.05)


def test_a_second_run_on_the_same_output_fails_at_once_and_touches_nothing(
    tmp_path: Path,
) -> None:
    out = tmp_path / "reports.jsonl"
    other_input = tmp_path / "other.jsonl"
    other_input.write_text(json.dumps(_records(1)[0]) + "\n", encoding="utf-8")
    first = subprocess.Popen(
        _command(out, "-"), env=ENV, stdin=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        records = _records(6)
        _feed_until(first, out, records[:3])
        before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
        assert "reports.lock" in before

        second = subprocess.run(
            _command(out, str(other_input)), env=ENV, capture_output=True, timeout=180
        )
        assert second.returncode == 2
        lines = second.stderr.decode().strip().splitlines()
        assert len(lines) == 1, lines
        assert "another factkit batch run" in lines[0]
        assert f"pid {first.pid}" in lines[0]
        after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
        assert after == before  # sidecar, output, errors: all as the first run left them

        _feed_until(first, out, records[3:])
        assert first.stdin is not None
        first.stdin.close()
        assert first.wait(timeout=120) == 0, first.stderr.read().decode() if first.stderr else ""
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert _ids_in(out) == [r["id"] for r in records]
    # a normal finish leaves no lock or temp file behind
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "other.jsonl",
        "reports.config.yaml",
        "reports.errors.jsonl",
        "reports.jsonl",
    ]


def test_sigkill_loses_no_error_line_before_a_written_output_line(tmp_path: Path) -> None:
    out = tmp_path / "reports.jsonl"
    errors = tmp_path / "reports.errors.jsonl"
    run = subprocess.Popen(
        _command(out, "-"), env=ENV, stdin=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    records = _records(40, failing_every=3)
    try:
        _feed_until(run, out, records[:-1] if records[-1]["text"] == "" else records)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    written = _ids_in(out)
    last = max(int(i[1:]) for i in written)
    expected_errors = [r["id"] for r in records[:last] if r["text"] == ""]
    assert expected_errors  # the test really interleaves failures with reports
    assert _ids_in(errors)[: len(expected_errors)] == expected_errors


def test_a_lock_is_exclusive_across_open_files_and_removed_on_release(tmp_path: Path) -> None:
    lock_path = tmp_path / "out.lock"
    with OutputLock(lock_path, tmp_path / "out.jsonl"):
        assert lock_path.read_text(encoding="utf-8").strip() == str(os.getpid())
        with pytest.raises(OutputLockedError, match=r"out\.jsonl: another factkit batch run"):
            OutputLock(lock_path, tmp_path / "out.jsonl").acquire()
    assert not lock_path.exists()
    with OutputLock(lock_path, tmp_path / "out.jsonl"):  # free again
        pass


def test_a_stale_lock_file_from_a_killed_run_is_taken_over(tmp_path: Path) -> None:
    lock_path = tmp_path / "out.lock"
    lock_path.write_text("99999999\n", encoding="utf-8")  # nobody holds a flock on it
    with OutputLock(lock_path, tmp_path / "out.jsonl"):
        assert lock_path.read_text(encoding="utf-8").strip() == str(os.getpid())
    assert not lock_path.exists()


def test_a_lock_file_that_cannot_be_made_names_the_output_first(tmp_path: Path) -> None:
    # it said "ro/r.lock: cannot create the lock file": a name the user never typed. A folder
    # where the lock file goes cannot be opened as one, as root too (a read-only folder can)
    output = tmp_path / "r.jsonl"
    lock_path = tmp_path / "r.lock"
    lock_path.mkdir()
    with pytest.raises(FactkitError) as err:
        OutputLock(lock_path, output).acquire()
    assert str(err.value).startswith(f"{output}: cannot create its lock file {lock_path}: ")
    assert "\n" not in str(err.value)
    # a name with a line break stays on the line, quoted as a shell quotes it
    (tmp_path / "r\n.lock").mkdir()
    with pytest.raises(FactkitError) as err:
        OutputLock(tmp_path / "r\n.lock", tmp_path / "r\n.jsonl").acquire()
    assert str(err.value).startswith(
        f"$'{tmp_path}/r\\n.jsonl': cannot create its lock file $'{tmp_path}/r\\n.lock': "
    )


def test_a_scheduler_address_implies_the_dask_engine() -> None:
    cfg = load_config(None, CLAIMS_ONLY)
    picked = effective_config(
        cfg, workers=None, engine=None, scheduler="tcp://10.0.0.1:8786", ordered=None
    )
    assert picked.batch.engine == "dask"
    assert picked.batch.scheduler == "tcp://10.0.0.1:8786"
    with pytest.raises(ConfigError, match="--scheduler"):
        effective_config(
            cfg, workers=None, engine="local", scheduler="tcp://10.0.0.1:8786", ordered=None
        )


def test_a_shared_errors_file_is_locked_too(tmp_path: Path) -> None:
    """Two outputs may not share one --errors file: its own lock is taken as well."""
    from factkit.batching import run_batch

    data = tmp_path / "in.jsonl"
    data.write_text(json.dumps(_records(1)[0]) + "\n", encoding="utf-8")
    shared = tmp_path / "shared-errors.jsonl"
    cfg = load_config(None, CLAIMS_ONLY)
    with (
        OutputLock(tmp_path / "shared-errors.lock", tmp_path / "a.jsonl"),
        pytest.raises(OutputLockedError, match="another factkit batch run"),
    ):
        run_batch([str(data)], tmp_path / "b.jsonl", cfg, errors=shared, engine="serial")
    assert not (tmp_path / "b.jsonl").exists()
    assert not (tmp_path / "b.config.yaml").exists()


def _cli(args: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    from factkit.cli import main

    monkeypatch.setattr(sys, "argv", ["factkit", *args])
    try:
        main()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_the_cli_lets_a_scheduler_address_pick_dask_but_not_override_engine_local(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "o.jsonl")
    nothing = str(tmp_path / "none" / "*.txt")
    # no --engine: accepted, and the run gets as far as finding no inputs (no cluster contacted)
    assert _cli(["batch", nothing, "-o", out, "--scheduler", "tcp://127.0.0.1:1"], monkeypatch) == 2
    err = capsys.readouterr().err
    assert "no files match" in err and "--scheduler" not in err
    code = _cli(
        ["batch", nothing, "-o", out, "--engine", "local", "--scheduler", "tcp://127.0.0.1:1"],
        monkeypatch,
    )
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--scheduler: a scheduler address needs --engine dask" in err[0]
