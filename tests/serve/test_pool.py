"""The desk's analysis pool, on its own: stopping it does not wait for a running analysis."""

from __future__ import annotations

import multiprocessing
import time

from factkit.config import load_config
from factkit.serve.pool import AnalysisPool
from tests.serve.conftest import CLAIMS_ONLY


def test_stop_ends_a_worker_deep_in_a_long_analysis() -> None:
    # at shutdown Python's exit joins the pool's manager thread, which waited for the running
    # analysis to finish; stop() ends the workers instead
    pool = AnalysisPool(load_config(CLAIMS_ONLY), workers=1)
    pool.start()
    assert pool._executor is not None
    busy = pool._executor.submit(time.sleep, 300)  # stands in for a long analysis
    while not busy.running():
        time.sleep(0.05)
    started = time.monotonic()
    pool.stop()
    assert time.monotonic() - started < 30
    assert multiprocessing.active_children() == []
