"""The Dask engine's local cluster under Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.batching.articles import CLAIMS_ONLY, write_jsonl_articles

pytest.importorskip("distributed", reason="needs the dask extra: pip install 'factkit[dask]'")


def _default_sigint() -> None:
    # a terminal's Ctrl-C: SIGINT to the whole process group, handled as Python does by default
    os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_a_dask_run_with_one_line_and_no_worker_tracebacks(tmp_path: Path) -> None:
    # the LocalCluster's worker processes got the terminal's SIGINT too and each printed a
    # KeyboardInterrupt traceback under the runner's one-line "interrupted" message
    data = tmp_path / "in.jsonl"
    write_jsonl_articles(data, 3000)
    out = tmp_path / "out.jsonl"
    sets = [arg for item in CLAIMS_ONLY for arg in ("--set", item)]
    cmd = [sys.executable, "-m", "factkit.batching", str(data), "-o", str(out)]
    cmd += ["--engine", "dask", "--workers", "1", "--no-progress", *sets]
    proc = subprocess.Popen(
        cmd,
        preexec_fn=_default_sigint,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if out.exists() and out.stat().st_size > 0:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "interrupted" in err


def test_a_dask_run_beside_another_dask_cluster_prints_nothing(tmp_path: Path) -> None:
    # the scheduler's HTTP endpoints took Dask's dashboard port 8787; held by another Dask run or
    # a notebook's dashboard, the run printed distributed's 'UserWarning: Port 8787 is already in
    # use. Perhaps you already have a cluster running?' (4 lines)
    import socket

    data = tmp_path / "in.jsonl"
    write_jsonl_articles(data, 3)
    sets = [arg for item in CLAIMS_ONLY for arg in ("--set", item)]
    cmd = [sys.executable, "-m", "factkit.batching", str(data), "-o", str(tmp_path / "o.jsonl")]
    cmd += ["--engine", "dask", "--workers", "1", "--no-progress", *sets]
    with socket.socket() as other:
        try:
            other.bind(("127.0.0.1", 8787))
            other.listen()
        except OSError:
            pass  # held already: the case itself
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr == "", done.stderr
