"""The Dask engine's local cluster under Ctrl-C."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from factkit.batching.dask_engine import DaskEngine
from factkit.batching.worker import WorkerSettings, worker_config
from factkit.config import Config
from tests.batching.articles import (
    CLAIMS_ONLY,
    claims_only_batch,
    signal_once_written,
    start_claims_batch,
    terminal_group,
    write_jsonl_articles,
)

pytest.importorskip("distributed", reason="needs the dask extra: pip install 'factkit[dask]'")


def test_ctrl_c_stops_a_dask_run_with_one_line_and_no_worker_tracebacks(tmp_path: Path) -> None:
    # the LocalCluster's worker processes got the terminal's SIGINT too and each printed a
    # KeyboardInterrupt traceback under the runner's one-line "interrupted" message
    dask = ("--engine", "dask", "--workers", "1", "--no-progress")
    proc, out = start_claims_batch(tmp_path, 3000, *dask, preexec_fn=terminal_group)
    err = signal_once_written(proc, out, signal.SIGINT)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "interrupted" in err


def test_a_heartbeat_cut_short_by_the_workers_own_close_prints_nothing(
    capfd: pytest.CaptureFixture[str],
) -> None:
    # on a busy machine a worker's heartbeat was still waiting on the scheduler when the worker,
    # told to stop, closed its connections under it: distributed logged "Failed to communicate
    # with scheduler during heartbeat." and a traceback under the runner's one line. Here the
    # scheduler answers heartbeats late, so one is always waiting when the engine closes
    cfg = Config.model_validate(
        {"summarizer": {"enabled": False}, "checkworthiness": {"enabled": False}}
    )
    engine = DaskEngine(1, WorkerSettings(worker_config(cfg)))
    engine.start()
    waiting = threading.Event()
    scheduler = engine._cluster.scheduler
    answer = scheduler.handlers["heartbeat_worker"]

    async def late_answer(*args: Any, **kwargs: Any) -> Any:
        waiting.set()
        await asyncio.sleep(3)
        return answer(*args, **kwargs)

    scheduler.handlers["heartbeat_worker"] = late_answer
    try:
        assert waiting.wait(30), "no heartbeat reached the scheduler"
    finally:
        engine.close()
    err = capfd.readouterr().err
    assert "heartbeat" not in err and "Traceback" not in err, err


def test_a_dask_run_beside_another_dask_cluster_prints_nothing(tmp_path: Path) -> None:
    # the scheduler's HTTP endpoints took Dask's dashboard port 8787; held by another Dask run or
    # a notebook's dashboard, the run printed distributed's 'UserWarning: Port 8787 is already in
    # use. Perhaps you already have a cluster running?' (4 lines)
    import socket

    data = tmp_path / "in.jsonl"
    write_jsonl_articles(data, 3)
    out = tmp_path / "o.jsonl"
    cmd = claims_only_batch(data, out, "--engine", "dask", "--workers", "1", "--no-progress")
    with socket.socket() as other:
        try:
            other.bind(("127.0.0.1", 8787))
            other.listen()
        except OSError:
            pass  # held already: the case itself
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_a_dask_run_keeps_its_spill_space_to_itself(tmp_path: Path) -> None:
    # the workers spilled into the shared default /tmp/dask-scratch-space, where each new worker
    # purges the folders of other runs and logs those it cannot remove: a line on stderr from
    # another engineer's run
    data = tmp_path / "in.jsonl"
    write_jsonl_articles(data, 3)
    temp = tmp_path / "tmp"
    temp.mkdir()
    cmd = claims_only_batch(data, tmp_path / "o.jsonl", "--engine", "dask", "--workers", "1")
    env = {**os.environ, "TMPDIR": str(temp)}
    done = subprocess.run([*cmd, "--no-progress"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    left = sorted(p.name for p in temp.iterdir())
    assert not [name for name in left if "dask" in name], left


_CRASHING_RUN = """
import os, sys
from factkit.batching import run_batch
from factkit.config import load_config
from factkit.pipeline import Pipeline


class CrashingPipeline(Pipeline):
    def analyze(self, article):
        if "segfault" in article.text:
            os._exit(139)  # as a crash in native code would
        return super().analyze(article)


if __name__ == "__main__":
    cfg = load_config(None, sys.argv[3:])
    result = run_batch([sys.argv[1]], sys.argv[2], cfg, workers=1, engine="dask",
                       pipeline="crashing:CrashingPipeline", progress=False)
    print(result.failed, file=sys.stderr)
"""


def test_a_group_sigterm_ends_a_dask_run_with_factkits_line_alone(tmp_path: Path) -> None:
    # the workers die of the group's SIGTERM too, and the scheduler logged an ERROR line per task
    # they held ("marked as failed because 1 workers died") before factkit's own line
    dask = ("--engine", "dask", "--workers", "2", "--no-progress")
    proc, out = start_claims_batch(tmp_path, 3000, *dask, start_new_session=True)
    err = signal_once_written(proc, out, signal.SIGTERM)
    assert proc.returncode == 143, err
    assert err.splitlines() == [
        f"factkit batch: terminated; what was written to {out} is complete -- "
        "run again with --resume to finish"
    ]
    # quiet only while factkit stops: a worker that dies under a document is still logged
    (tmp_path / "crashing.py").write_text(_CRASHING_RUN, encoding="utf-8")
    data = tmp_path / "in.jsonl"  # the run above is over: its input is replaced
    data.write_text('{"id": "killer", "text": "A segfault, 2 engineers said."}\n', "utf-8")
    script = [sys.executable, str(tmp_path / "crashing.py"), str(data), str(tmp_path / "c.jsonl")]
    crashed = subprocess.run(
        [*script, *CLAIMS_ONLY],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert crashed.stderr.count("workers died while trying to run it") == 3, crashed.stderr
    assert crashed.stderr.splitlines()[-1] == "1"


@pytest.mark.parametrize("address", ["nonsense", "tcp://host-without-port"])
def test_a_scheduler_address_without_a_port_is_one_line(tmp_path: Path, address: str) -> None:
    # distributed's ValueError ("missing port number in address 'nonsense'") was a traceback
    (tmp_path / "a.txt").write_text("Police said 5 people died.", encoding="utf-8")
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "factkit", "batch", str(tmp_path / "a.txt")),
            *("-o", str(tmp_path / "out.jsonl"), "--scheduler", address),
            *(arg for item in CLAIMS_ONLY for arg in ("--set", item)),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"factkit: error: --scheduler {address}: missing port number")
    assert proc.stderr.endswith("; give an address such as tcp://host:8786\n")
    assert proc.stderr.count("\n") == 1
