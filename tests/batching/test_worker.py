"""factkit.batching.worker: the config a worker process builds its pipeline from; the local
pool's workers under a terminal's Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from factkit.batching.worker import worker_config
from factkit.config import Config
from tests.batching.articles import claims_only_batch, write_jsonl_articles


def test_a_worker_runs_one_encoder_thread_unless_the_config_sets_them() -> None:
    data = worker_config(Config())
    assert data["encoder"]["threads"] == 1
    assert Config.model_validate(data).encoder.threads == 1  # still a valid config
    chosen = Config.model_validate({"encoder": {"threads": 3}})
    assert worker_config(chosen)["encoder"]["threads"] == 3


def _terminal_group() -> None:
    # a terminal's Ctrl-C: SIGINT to the whole process group, handled as Python does by default
    os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("after_lines", [1, 40])
def test_ctrl_c_stops_a_local_pool_run_with_one_line(tmp_path: Path, after_lines: int) -> None:
    # the pool's workers got the terminal's SIGINT too: each printed a KeyboardInterrupt
    # traceback, and one interrupted while it held the result queue's lock left the other
    # waiting on it forever, so the runner hung in the pool's shutdown, past any Ctrl-C
    data = tmp_path / "in.jsonl"
    write_jsonl_articles(data, 2000)
    out = tmp_path / "out.jsonl"
    cmd = claims_only_batch(data, out, "--workers", "2", "--no-progress")
    proc = subprocess.Popen(
        cmd,
        preexec_fn=_terminal_group,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= after_lines:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, err
    assert err.splitlines() == [
        f"factkit batch: interrupted; what was written to {out} is complete -- "
        "run again with --resume to finish"
    ]
