"""What the worker processes of factkit's own local Dask cluster log while they close.

A worker's heartbeat to the scheduler runs every half second. ``Worker.close`` stops its timer
but not a heartbeat already waiting for the scheduler's answer, and then closes the connections
under it: distributed logs "Failed to communicate with scheduler during heartbeat." with a
traceback. On a busy machine the answer is slow enough for that to happen at a Ctrl-C. No
shutdown order prevents it (the scheduler closing the worker, its nanny stopping it, retiring
it: all go through ``Worker.close``), so that one message is dropped, only from the moment the
worker starts to close, and only in the workers factkit starts: a user's ``--scheduler`` cluster
logs as it always did. Imported only where ``distributed`` is installed.
"""

from __future__ import annotations

import logging

from distributed import Worker, WorkerPlugin

HEARTBEAT_CUT_SHORT = "Failed to communicate with scheduler during heartbeat"


class _HeartbeatCutShort(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return HEARTBEAT_CUT_SHORT not in record.getMessage()


class QuietWorkerClose(WorkerPlugin):
    """Installs the filter when a worker starts to close: ``Worker.close`` tears its plugins
    down before it closes its connections."""

    name = "factkit-quiet-worker-close"

    def teardown(self, worker: Worker) -> None:
        logging.getLogger("distributed.worker").addFilter(_HeartbeatCutShort())
