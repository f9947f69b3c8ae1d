"""The Dask engine: the same jobs as the local pool, as one ``dask.distributed`` future each.

With a scheduler address it joins an existing cluster; without, it starts a ``LocalCluster``
(one single-threaded worker process per requested worker). Each worker process builds the
pipeline once (``factkit.batching.worker`` caches it per config) -- ``start`` does that up front on
every worker with ``client.run`` so a missing model stops the run before the first document.
A failed future (an exception, or a worker that died twice) is one failed document, never the run.
"""

from __future__ import annotations

import logging
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


class DaskEngine:
    def __init__(
        self, workers: int, settings: WorkerSettings, scheduler: str | None = None
    ) -> None:
        self.requested_workers = workers
        self.workers = workers
        self.settings = settings
        self.scheduler = scheduler
        self._client: Any = None
        self._cluster: Any = None
        self._futures: dict[Any, Job] = {}
        self._completed: Any = None

    def start(self) -> None:
        distributed = _import_distributed()
        try:
            if self.scheduler:
                self._client = distributed.Client(self.scheduler, timeout="30s")
            else:
                import dask

                # like the local engine: a document that kills its worker is retried once, then
                # recorded as failed (dask's default retries it on 3 more workers)
                with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
                    self._cluster = distributed.LocalCluster(
                        n_workers=self.requested_workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                self._client = distributed.Client(self._cluster)
        except OSError as exc:
            self.close()
            where = self.scheduler or "a local cluster"
            raise FactkitError(f"--scheduler: cannot connect to {where}: {exc}") from None
        self._client.wait_for_workers(1, timeout=120)
        results = self._client.run(_prepare_on_worker, self.settings)
        for failed in results.values():
            if failed is not None:
                self.close()
                raise_setup_failure(failed)
        self.workers = max(1, len(results))
        self._completed = distributed.as_completed()

    def submit(self, job: Job) -> None:
        future = self._client.submit(analyze_job, job, self.settings, pure=False)
        self._futures[future] = job
        self._completed.add(future)

    def pending(self) -> int:
        return len(self._futures)

    def wait_some(self) -> list[Outcome]:
        outcomes: list[Outcome] = []
        for future in self._completed.next_batch(block=True):
            job = self._futures.pop(future)
            if future.status == "finished":
                outcomes.append(future.result())
            else:  # an exception escaped, or the worker died (KilledWorker after retries)
                exc = future.exception()
                message = f"{type(exc).__name__}: {exc}"
                failure = Failure(job.id, job.path, job.line, "worker", message)
                outcomes.append(Failed(job.seq, failure))
            future.release()
        return outcomes

    def close(self) -> None:
        for future in self._futures:
            future.cancel()
        self._futures.clear()
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
