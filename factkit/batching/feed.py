"""Feeding a run's inputs to its engine: :func:`numbered_jobs` turns input items into numbered
jobs (or failures ready to write) and :func:`feed` keeps at most a window of them unwritten
until every outcome is in the sink. Apart from ``runner.py`` so that the run itself reads as its
steps."""

from __future__ import annotations

from collections.abc import Iterator

from factkit.batching.inputs import Failure, InputItem, Job
from factkit.batching.local import Engine, raise_setup_failure
from factkit.batching.outcome_sink import LiveProgress, OutcomeSink
from factkit.batching.worker import Failed, SetupFailed
from factkit.ingest import EMPTY_ARTICLE, is_blank


def numbered_jobs(
    items: Iterator[InputItem | Failure], skip_ids: set[str], progress: LiveProgress
) -> Iterator[Job | Failed]:
    """Input items -> numbered jobs, or failures ready to write; ids already done are skipped."""
    seq = 0
    for item in items:
        if item.id in skip_ids:
            progress.update(skipped=1)
            continue
        if isinstance(item, Failure):
            yield Failed(seq, item)
        elif is_blank(item.article.text):
            yield Failed(seq, Failure(item.id, item.path, item.line, "ingest", EMPTY_ARTICLE))
        else:
            yield Job(seq, item.id, item.path, item.line, item.article)
        seq += 1


def feed(
    pool: Engine,
    sink: OutcomeSink,
    items: Iterator[InputItem | Failure],
    skip_ids: set[str],
    reporter: LiveProgress,
    window: int,
) -> None:
    """Feeds jobs to the engine, at most ``window`` unwritten at a time, until all are written."""
    submitted = 0
    jobs = numbered_jobs(items, skip_ids, reporter)
    exhausted = False
    while True:
        while not exhausted and submitted - sink.emitted < window:
            job = next(jobs, None)
            if job is None:
                exhausted = True
            elif isinstance(job, Failed):
                submitted += 1
                sink.accept(job.seq, job)
            else:
                submitted += 1
                pool.submit(job)
        if pool.pending() == 0:
            if exhausted:
                return
            continue
        for outcome in pool.wait_some():
            if isinstance(outcome, SetupFailed):
                raise_setup_failure(outcome)
            else:
                sink.accept(outcome.seq, outcome)
