"""Where a run's outcomes go as they come: :class:`OutcomeSink` writes reports, failures and
checklists (in input order if asked), and :class:`LiveProgress` shows the live progress line on a
terminal. Apart from ``runner.py`` so that the run itself reads as its steps."""

from __future__ import annotations

import threading
import time
from typing import Any

from factkit.batching.input_records import STDIN
from factkit.batching.output import ChecklistFolder, JsonlWriter
from factkit.batching.worker import Done, Failed, encode_line


class LiveProgress:
    """Live progress on stderr (rich) when it is a terminal; otherwise silent until the summary."""

    def __init__(self, live: bool) -> None:
        self.live = live
        self._bar: Any = None
        self._task: Any = None
        self._start = time.monotonic()
        self.failed = 0
        self.finished = 0
        self.skipped = 0

    def start(self, files: list[str], label: str) -> None:
        if not self.live:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TimeRemainingColumn(),
            TextColumn("[red]{task.fields[failed]} failed[/red] {task.fields[skipped]} skipped"),
            console=Console(stderr=True),
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task(label, total=None, rate=0.0, failed=0, skipped=0)
        self._start = time.monotonic()
        if STDIN not in files:
            threading.Thread(target=self._count_total, args=(files,), daemon=True).start()

    def _count_total(self, files: list[str]) -> None:
        from factkit.batching.input_counts import count_documents

        total = count_documents(files)
        if self._bar is not None:
            self._bar.update(self._task, total=total)

    def update(self, *, done: int = 0, failed: int = 0, skipped: int = 0) -> None:
        self.finished += done + failed
        self.failed += failed
        self.skipped += skipped
        if self._bar is None:
            return
        elapsed = max(1e-6, time.monotonic() - self._start)
        self._bar.update(
            self._task,
            advance=done + failed + skipped,
            rate=self.finished / elapsed,
            failed=self.failed,
            skipped=self.skipped,
        )

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


class OutcomeSink:
    """Writes outcomes: reports to OUT, failures to ERR, Markdown files; in input order if asked."""

    def __init__(
        self,
        out: JsonlWriter,
        err: JsonlWriter,
        checklists: ChecklistFolder | None,
        ordered: bool,
        progress: LiveProgress,
    ) -> None:
        self.out = out
        self.err = err
        self.checklists = checklists
        self.ordered = ordered
        self.progress = progress
        self.emitted = 0
        self.done = 0
        self.failed = 0
        self._next_seq = 0
        self._waiting: dict[int, Done | Failed] = {}

    def accept(self, seq: int, outcome: Done | Failed) -> None:
        if not self.ordered:
            self._emit(outcome)
            return
        self._waiting[seq] = outcome
        while self._next_seq in self._waiting:
            self._emit(self._waiting.pop(self._next_seq))
            self._next_seq += 1

    def _emit(self, outcome: Done | Failed) -> None:
        self.emitted += 1
        if isinstance(outcome, Done):
            if self.checklists is not None and outcome.markdown is not None:
                self.checklists.write(outcome.id, outcome.markdown)
            self.out.write(outcome.json_line)
            self.done += 1
            self.progress.update(done=1)
        else:
            self.err.write(encode_line(outcome.failure.to_dict()))
            self.failed += 1
            self.progress.update(failed=1)
