"""Engines that run jobs on this machine: a process pool, and in-process (serial) for debugging.

An engine takes jobs (``submit``), hands back finished outcomes (``wait_some``) and never lets one
document's failure touch another's: exceptions come back as outcomes, and a worker process that
dies (a crash in native code, the OOM killer) is replaced; the documents that were on the pool
then run one at a time until the one that kills workers is found and recorded as failed.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from factkit.batching.inputs import Failure, Job
from factkit.batching.interrupts import DeferredInterrupt, sigint_blocked
from factkit.batching.worker import (
    Failed,
    Outcome,
    SetupFailed,
    WorkerSettings,
    analyze_job,
    init_local_worker,
    local_worker_ready,
    prepare,
    run_local_job,
)
from factkit.errors import FactkitError


class Engine(Protocol):
    workers: int

    def start(self) -> None:
        """Start the workers and build their pipelines; raise FactkitError if that fails."""

    def submit(self, job: Job) -> None: ...

    def pending(self) -> int: ...

    def wait_some(self) -> list[Outcome]:
        """Block until at least one submitted job is done; return every finished one."""
        ...

    def close(self) -> None: ...


def raise_setup_failure(outcome: SetupFailed) -> None:
    error = FactkitError(outcome.message)
    error.exit_code = outcome.exit_code
    raise error


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class SerialEngine:
    """Runs each job in this process when it is submitted: no parallelism, easy to debug."""

    def __init__(self, settings: WorkerSettings) -> None:
        self.settings = settings
        self.workers = 1
        self._done: list[Outcome] = []

    def start(self) -> None:
        failed = prepare(self.settings)
        if failed is not None:
            raise_setup_failure(failed)

    def submit(self, job: Job) -> None:
        self._done.append(analyze_job(job, self.settings))

    def pending(self) -> int:
        return len(self._done)

    def wait_some(self) -> list[Outcome]:
        done, self._done = self._done, []
        return done

    def close(self) -> None:
        self._done.clear()


class LocalEngine:
    """A ``ProcessPoolExecutor`` with spawned workers (no fork after torch has threads), each
    building its pipeline once in the pool initializer.

    Ctrl-C is held back while the runner's thread is inside the pool's code (submitting,
    collecting, restarting: ``interrupts.py`` says why) and raised right after. Finished futures
    come through a queue their done-callbacks feed (``concurrent.futures.wait`` takes every
    pending future's lock), which the handler of a held-back Ctrl-C wakes."""

    def __init__(self, workers: int, settings: WorkerSettings) -> None:
        self.workers = workers
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None
        self._futures: dict[Future[Outcome], Job] = {}
        # after a worker died: the jobs that were on the pool (one of them killed it), run alone
        # one by one, and the new jobs held back meanwhile
        self._suspects: deque[Job] = deque()
        self._held: list[Job] = []
        self._isolating = False
        # finished futures (their done-callbacks put them here), and None for a held Ctrl-C;
        # SimpleQueue.put may be called from a signal handler
        self._done: queue.SimpleQueue[Future[Outcome] | None] = queue.SimpleQueue()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_local_worker,
            initargs=(self.settings,),
        )

    def start(self) -> None:
        """Spawn every worker and wait until each has built its pipeline (so a missing model stops
        the run before any document, and throughput figures do not include start-up)."""
        self._pool = self._new_pool()
        pids: set[int] = set()
        deadline = time.monotonic() + 600
        while len(pids) < self.workers and time.monotonic() < deadline:
            # with spawn, the pool starts a process whenever none is idle, so a burst of no-op
            # jobs brings up all workers; repeat until each has answered.
            with DeferredInterrupt(), sigint_blocked():  # a worker may be spawned here
                probes = [self._pool.submit(local_worker_ready, i) for i in range(self.workers)]
            for probe in probes:
                try:
                    pid, failed = probe.result()
                except BrokenProcessPool:
                    raise FactkitError(
                        "batch workers could not start (see above; a script that calls "
                        "factkit.batch needs an `if __name__ == '__main__':` guard)"
                    ) from None
                if failed is not None:
                    raise_setup_failure(failed)
                pids.add(pid)
            if len(pids) < self.workers:
                time.sleep(0.05)  # the others are still loading; let them take the next probes

    def submit(self, job: Job) -> None:
        if self._suspects or self._isolating:
            self._held.append(job)
        else:
            with DeferredInterrupt():
                self._submit_now(job)

    def _submit_now(self, job: Job) -> None:
        assert self._pool is not None, "start() first"
        try:
            with sigint_blocked():  # a worker may be spawned here (interrupts.py)
                future = self._pool.submit(run_local_job, job)
        except BrokenProcessPool:
            # a worker died under a job already on the pool, and the pool noticed before
            # wait_some did: this job never ran, so it waits with the held ones until the pool
            # is restarted (by wait_some, or here when nothing on the pool is left to report it)
            self._held.append(job)
            if not self._futures:
                self._restart()
            return
        self._futures[future] = job
        future.add_done_callback(self._done.put)

    def pending(self) -> int:
        return len(self._futures) + len(self._suspects) + len(self._held)

    def _feed(self) -> None:
        """When the pool is idle: the next suspect alone, or, all cleared, the held jobs."""
        if self._futures:
            return
        if self._suspects:
            self._isolating = True
            self._submit_now(self._suspects.popleft())
            return
        self._isolating = False
        held, self._held = self._held, []
        for job in held:
            self._submit_now(job)

    def wait_some(self) -> list[Outcome]:
        with DeferredInterrupt(wake=lambda: self._done.put(None)):
            return self._collect()

    def _finished(self) -> list[Future[Outcome]]:
        """Block until a future of the pool is done (or a held Ctrl-C wakes this); every
        finished one. A future of a pool given up after a restart is no longer looked at."""
        if not self._futures:
            return []
        first = self._done.get()
        items = [first]
        while True:
            try:
                items.append(self._done.get_nowait())
            except queue.Empty:
                break
        return [f for f in dict.fromkeys(items) if f is not None and f in self._futures]

    def _collect(self) -> list[Outcome]:
        self._feed()
        done = self._finished()
        outcomes: list[Outcome] = []
        broken = False
        for future in done:
            job = self._futures[future]
            try:
                outcomes.append(future.result())
            except BrokenProcessPool:
                broken = True
                continue  # handled with the others still on the pool, below
            except Exception as exc:  # e.g. the result could not be pickled
                message = f"{type(exc).__name__}: {exc}"
                failure = Failure(job.id, job.path, job.line, "worker", message)
                outcomes.append(Failed(job.seq, failure))
            del self._futures[future]
        if broken:
            outcomes.extend(self._restart())
        self._feed()
        return outcomes

    def _restart(self) -> list[Outcome]:
        """A worker died and took the pool with it: start a new pool. A job that was running
        alone is the culprit; otherwise every lost job becomes a suspect."""
        lost = list(self._futures.values())
        self._futures.clear()
        assert self._pool is not None
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()
        if self._isolating and len(lost) == 1:
            job = lost[0]
            message = "a worker process died while analysing it (crash or out of memory)"
            return [Failed(job.seq, Failure(job.id, job.path, job.line, "worker", message))]
        self._suspects.extend(lost)
        return []

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._futures.clear()
        self._suspects.clear()
        self._held.clear()
