"""The filter factkit's own Dask workers install when they start to close."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("distributed", reason="needs the dask extra: pip install 'factkit[dask]'")

from factkit.batching.dask_worker_logs import QuietWorkerClose


@pytest.fixture
def worker_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("distributed.worker")
    before = list(logger.filters)
    yield logger
    logger.filters[:] = before  # the teardown's filter must not outlive the test


def _passes(logger: logging.Logger, message: str) -> bool:
    record = logger.makeRecord(logger.name, logging.ERROR, __file__, 1, message, None, None)
    return bool(logger.filter(record))


def test_only_the_heartbeat_cut_short_is_dropped_and_only_once_closing(
    worker_logger: logging.Logger,
) -> None:
    heartbeat = "Failed to communicate with scheduler during heartbeat."
    assert _passes(worker_logger, heartbeat)  # a running worker's lost scheduler is news
    worker: Any = object()  # teardown only needs to be called; the worker is not read
    QuietWorkerClose().teardown(worker)
    assert not _passes(worker_logger, heartbeat)
    assert _passes(worker_logger, "Compute Failed")
    assert _passes(worker_logger, "Unexpected exception during heartbeat. Closing worker.")
