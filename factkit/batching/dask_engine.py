"""The Dask engine: the same jobs as the local pool, as one ``dask.distributed`` future each.

With a scheduler address it joins an existing cluster; without, it starts a ``LocalCluster``
(one single-threaded worker process per requested worker). Each worker process builds the
pipeline once (``factkit.batching.worker`` caches it per config) -- ``start`` does that up front on
every worker with ``client.run`` so a missing model stops the run before the first document.
Documents travel in chunks of ``batch.chunk_size`` per task: one scheduler round trip per
document would cost a good part of a core at a few hundred documents a second. Exceptions are
caught per document inside a chunk; a chunk whose worker died twice is re-run one document per
task, so only the document that kills workers is recorded as failed, never the run.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import tempfile
import threading
from collections.abc import Iterator
from typing import Any

from factkit.batching.inputs import Failure, Job
from factkit.batching.local import raise_setup_failure
from factkit.batching.worker import (
    Failed,
    Outcome,
    SetupFailed,
    WorkerSettings,
    analyze_job,
    prepare,
)
from factkit.errors import FactkitError

# A single-document task whose worker died is run again up to this many times in all: a document
# that shared a worker with one that kills workers would otherwise be failed with it.
MAX_ATTEMPTS = 3


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Worker processes started here inherit an ignored SIGINT: a terminal's Ctrl-C reaches the
    whole process group, and each worker printed a KeyboardInterrupt traceback while the runner
    (which still gets it) stops the run with one line and closes the cluster."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class _WorkerDeathLog(logging.Filter):
    """Holds the scheduler's "workers died" errors until the runner's main thread reads the
    futures they fail (:meth:`release`, then logged as before); the ones left at :meth:`close`
    are dropped with the tasks it ends. A signal to the process group (``kill -- -PGID``,
    systemd's stop) kills the workers while the runner stops: their tasks' errors came before
    factkit's own one line. Python runs a signal's handler in the main thread before any other
    code there, so a death the signal caused is never released: the run stops first."""

    NOISE = ("workers died while trying to run it", "Couldn't gather keys")

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._held: list[logging.LogRecord] = []
        self._closing = False
        self.logger = logging.getLogger("distributed.scheduler")
        self.logger.addFilter(self)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self._closing:  # closing ends tasks; gathering their results fails
            return not any(noise in message for noise in self.NOISE)
        if self.NOISE[0] not in message or getattr(record, "released", False):
            return True
        with self._lock:
            self._held.append(record)
        return False

    def release(self) -> None:
        with self._lock:
            held, self._held = self._held, []
        for record in held:
            record.released = True
            self.logger.handle(record)

    def close(self) -> None:
        self._closing = True

    def remove(self) -> None:
        self.logger.removeFilter(self)


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise FactkitError(
            "the dask engine needs dask.distributed: pip install 'factkit[dask]'"
        ) from None
    return distributed


def _prepare_on_worker(settings: WorkerSettings) -> SetupFailed | None:
    return prepare(settings)


def analyze_chunk(jobs: list[Job], settings: WorkerSettings) -> list[Outcome]:
    """One Dask task: a few documents, each isolated as in :func:`analyze_job`."""
    return [analyze_job(job, settings) for job in jobs]


class DaskEngine:
    def __init__(
        self,
        workers: int,
        settings: WorkerSettings,
        scheduler: str | None = None,
        chunk_size: int = 1,
    ) -> None:
        self.requested_workers = workers
        self.workers = workers
        self.settings = settings
        self.scheduler = scheduler
        self.chunk_size = chunk_size
        self._client: Any = None
        self._cluster: Any = None
        self._futures: dict[Any, list[Job]] = {}
        self._buffer: list[Job] = []
        self._in_flight = 0
        self._attempts: dict[int, int] = {}
        self._completed: Any = None
        self._death_log: _WorkerDeathLog | None = None
        self._scratch: tempfile.TemporaryDirectory[str] | None = None

    def _start_local_cluster(self, distributed: Any) -> None:
        import dask

        # workers' spill space of this run alone: in the shared default
        # (/tmp/dask-scratch-space) a worker purges other runs' folders and logs the
        # ones it cannot remove, a line on stderr from somebody else's run
        self._scratch = tempfile.TemporaryDirectory(
            prefix="factkit-dask-", ignore_cleanup_errors=True
        )
        # a task fails on its first worker death: wait_some does the retrying, one
        # document per task, so bystanders of a crash are not failed with the culprit
        cluster_config = {
            "distributed.scheduler.allowed-failures": 0,
            "temporary-directory": self._scratch.name,
        }
        with dask.config.set(cluster_config), _sigint_ignored():
            self._cluster = distributed.LocalCluster(
                n_workers=self.requested_workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                # its HTTP endpoints (no dashboard) on a free loopback port: on 8787,
                # held by another Dask run or notebook, distributed warned on stderr
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                silence_logs=logging.ERROR,
            )
        self._client = distributed.Client(self._cluster)
        # needs distributed, which this module's import does not (see _import_distributed)
        from factkit.batching.dask_worker_logs import QuietWorkerClose

        self._client.register_plugin(QuietWorkerClose())

    def start(self) -> None:
        distributed = _import_distributed()
        try:
            if self.scheduler:
                self._client = distributed.Client(self.scheduler, timeout="30s")
            else:
                self._start_local_cluster(distributed)
                self._death_log = _WorkerDeathLog()  # this process runs the scheduler
        except OSError as exc:
            self.close()
            where = self.scheduler or "a local cluster"
            raise FactkitError(f"--scheduler: cannot connect to {where}: {exc}") from None
        except ValueError as exc:
            self.close()
            if not self.scheduler:
                raise
            # distributed's "missing port number in address 'nonsense'" came as a traceback
            raise FactkitError(
                f"--scheduler {self.scheduler}: {exc}; give an address such as tcp://host:8786"
            ) from None
        self._client.wait_for_workers(1, timeout=120)
        results = self._client.run(_prepare_on_worker, self.settings)
        for failed in results.values():
            if failed is not None:
                self.close()
                raise_setup_failure(failed)
        self.workers = max(1, len(results))
        self._completed = distributed.as_completed()

    def submit(self, job: Job) -> None:
        self._buffer.append(job)
        self._in_flight += 1
        if len(self._buffer) >= self.chunk_size:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            self._submit_chunk(self._buffer)
            self._buffer = []

    def _submit_chunk(self, jobs: list[Job]) -> None:
        future = self._client.submit(analyze_chunk, jobs, self.settings, pure=False)
        self._futures[future] = jobs
        self._completed.add(future)

    def pending(self) -> int:
        return self._in_flight

    def wait_some(self) -> list[Outcome]:
        self._flush()  # the runner waits when it has nothing more to submit for now
        outcomes: list[Outcome] = []
        batch = self._completed.next_batch(block=True)
        if self._death_log is not None:
            self._death_log.release()  # the run goes on: a worker died under it
        for future in batch:
            jobs = self._futures.pop(future)
            results, error = self._collect(future)
            future.release()
            if results is not None:
                outcomes.extend(results)
                self._in_flight -= len(jobs)
            elif len(jobs) > 1:  # a worker died under this chunk: find the culprit, one per task
                for job in jobs:
                    self._submit_chunk([job])
            else:
                job = jobs[0]
                self._attempts[job.seq] = self._attempts.get(job.seq, 0) + 1
                if self._attempts[job.seq] < MAX_ATTEMPTS:
                    self._submit_chunk([job])  # it may have been a bystander of another's crash
                    continue
                failure = Failure(job.id, job.path, job.line, "worker", error)
                outcomes.append(Failed(job.seq, failure))
                self._in_flight -= 1
        return outcomes

    @staticmethod
    def _collect(future: Any) -> tuple[list[Outcome] | None, str]:
        """The chunk's outcomes, or None and why not (its workers died, or its result was lost
        with a worker before it could be fetched)."""
        if future.status == "finished":
            try:
                return future.result(), ""
            except Exception as exc:
                return None, f"{type(exc).__name__}: {exc}"
        if future.status == "error":
            error = future.exception()
            return None, f"{type(error).__name__}: {error}"
        return None, f"result lost ({future.status}) when its worker died"

    def close(self) -> None:
        if self._death_log is not None:
            self._death_log.close()
        for future in self._futures:
            future.cancel()
        self._futures.clear()
        self._buffer.clear()
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None
        if self._death_log is not None:
            self._death_log.remove()
            self._death_log = None
