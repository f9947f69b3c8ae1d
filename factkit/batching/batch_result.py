"""What a batch run did: :class:`BatchResult` (counts, rates, the closing line) and the exit
codes, with the clocks that measure a run. Apart from ``runner.py`` so that the run itself reads
as its steps."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from factkit.enums import BatchEngine
from factkit.errors import shown_path

EXIT_OK = 0
EXIT_SOME_FAILED = 3


def per_second(count: int, seconds: float) -> float:
    """``count`` per second of ``seconds``; infinite for a count in no measurable time."""
    return count / seconds if seconds > 0 else math.inf if count else 0.0


@dataclass(frozen=True)
class BatchResult:
    done: int
    failed: int
    skipped: int
    elapsed: float
    """Seconds from the first document to the last (worker start-up is ``startup``)."""
    articles_per_s: float
    """Documents processed (done + failed) per second of ``elapsed``; ``done_per_s`` and
    ``failed_per_s`` split it, as a failure (an unreadable file) may cost next to nothing."""
    exit_code: int
    startup: float = 0.0
    output: str = ""
    errors: str = ""
    workers: int = 1
    engine: BatchEngine | str = BatchEngine.LOCAL
    cpu_seconds: float = 0.0
    """CPU time of this process and its children (local workers) during ``elapsed``: with
    ``done`` it gives throughput per core, which a busy shared machine does not distort."""

    @property
    def done_per_s(self) -> float:
        """Documents done (a report written) per second of ``elapsed``."""
        return per_second(self.done, self.elapsed)

    @property
    def failed_per_s(self) -> float:
        """Documents failed per second of ``elapsed``."""
        return per_second(self.failed, self.elapsed)

    def summary(self) -> str:
        # a failure can cost next to nothing, so the rate is split when there are any
        split = (
            f": {self.done_per_s:.1f} done, {self.failed_per_s:.1f} failed" if self.failed else ""
        )
        return (
            f"factkit batch: {self.done} done, {self.failed} failed, {self.skipped} skipped in "
            f"{self.elapsed:.1f} s ({self.articles_per_s:.1f} articles/s{split}; "
            f"{self.engine}, {self.workers} worker{'s' if self.workers != 1 else ''}, "
            f"start-up {self.startup:.1f} s)"
            + (f"; errors in {shown_path(self.errors)}" if self.failed else "")
        )


class RunTiming(NamedTuple):
    startup: float  # seconds to start the engine
    elapsed: float  # seconds from the first document to the last
    cpu_seconds: float  # CPU time of this process and its children during ``elapsed``


class RunCounts(NamedTuple):
    done: int  # documents with a report written
    failed: int  # documents in the errors file
    skipped: int  # inputs already in the output (``--resume``)


def tree_cpu_seconds() -> float:
    """User + system CPU seconds of this process and its live descendants."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for proc in [me, *me.children(recursive=True)]:
        try:
            times = proc.cpu_times()
        except psutil.Error:  # it exited between listing and reading
            continue
        total += times.user + times.system
    return total


def batch_result(
    engine: BatchEngine | str,
    workers: int,
    counts: RunCounts,
    timing: RunTiming,
    paths: tuple[Path, Path],
) -> BatchResult:
    """What the run did, for the caller and the closing line; ``paths``: output and errors."""
    elapsed = timing.elapsed
    return BatchResult(
        done=counts.done,
        failed=counts.failed,
        skipped=counts.skipped,
        elapsed=elapsed,
        articles_per_s=per_second(counts.done + counts.failed, elapsed),
        exit_code=EXIT_SOME_FAILED if counts.failed else EXIT_OK,
        startup=timing.startup,
        output=str(paths[0]),
        errors=str(paths[1]),
        workers=workers,
        engine=engine,
        cpu_seconds=timing.cpu_seconds,
    )
