"""factkit.batching.worker: the config a worker process builds its pipeline from; the local
pool's workers under a terminal's Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from factkit.batching.worker import worker_config
from factkit.config import Config
from tests.batching.articles import (
    claims_only_batch,
    signal_once_written,
    terminal_group,
    write_jsonl_articles,
)


def test_a_worker_runs_one_encoder_thread_unless_the_config_sets_them() -> None:
    data = worker_config(Config())
    assert data["encoder"]["threads"] == 1
    assert Config.model_validate(data).encoder.threads == 1  # still a valid config
    chosen = Config.model_validate({"encoder": {"threads": 3}})
    assert worker_config(chosen)["encoder"]["threads"] == 3


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
        preexec_fn=terminal_group,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    err = signal_once_written(proc, out, signal.SIGINT, after_lines)
    assert proc.returncode == 130, err
    assert err.splitlines() == [
        f"factkit batch: interrupted; what was written to {out} is complete -- "
        "run again with --resume to finish"
    ]
