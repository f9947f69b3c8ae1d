"""factkit.batching.worker: the config a worker process builds its pipeline from; the local
pool's workers under a terminal's Ctrl-C."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from factkit.batching.worker import worker_config
from factkit.config import Config
from tests.batching.articles import (
    signal_after_spawn,
    signal_once_written,
    start_claims_batch,
    terminal_group,
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
    options = ("--workers", "2", "--no-progress")
    proc, out = start_claims_batch(tmp_path, 2000, *options, preexec_fn=terminal_group)
    err = signal_once_written(proc, out, signal.SIGINT, after_lines)
    assert proc.returncode == 130, err
    assert err.splitlines() == [
        f"factkit batch: interrupted; what was written to {out} is complete -- "
        "run again with --resume to finish"
    ]


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="finds workers in /proc")
@pytest.mark.parametrize("delay", [0.05, 0.3, 1.0])
def test_ctrl_c_while_the_workers_start_prints_one_line(tmp_path: Path, delay: float) -> None:
    # a worker is a new interpreter: a Ctrl-C before its initializer ignored SIGINT raised a
    # KeyboardInterrupt in its imports, and its traceback came under the runner's one line
    options = ("--workers", "2", "--no-progress")
    proc, out = start_claims_batch(tmp_path, 2000, *options, preexec_fn=terminal_group)
    err = signal_after_spawn(proc, signal.SIGINT, delay)
    assert proc.returncode == 130, err
    # the output is opened once the workers have started: stopped before, nothing was written
    assert err.splitlines() in (
        [
            f"factkit batch: interrupted before any report was written ({out} {held}) -- "
            "run the command again"
        ]
        for held in ("was not made", "is empty")
    ) or err.splitlines() == [
        f"factkit batch: interrupted; what was written to {out} is complete -- "
        "run again with --resume to finish"
    ]
