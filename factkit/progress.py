"""Progress of one long run on stderr: which stage is running and for how long.

The pipeline reports stages through :class:`StageProgress` (``with progress.stage("claims"):``);
the default, :data:`NO_PROGRESS`, shows nothing. :func:`terminal_progress` gives a rich spinner
on stderr when stderr is a terminal, shown only once the run has taken ``delay`` seconds (a
quick run prints nothing) and erased when it ends (stdout, and stderr in pipes and logs, stay
clean).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from rich.console import Console

DEFAULT_DELAY_S = 2.0


class StageProgress(Protocol):
    def stage(self, name: str) -> Any:
        """A context manager around one stage of the run."""
        ...


class _NoProgress:
    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        yield


NO_PROGRESS: StageProgress = _NoProgress()


class TerminalProgress:
    """``with TerminalProgress("factkit claims a.txt") as p:`` then ``with p.stage(...)``.

    A timer starts the display after ``delay`` seconds (at once for ``delay <= 0``); every stage
    change updates it. ``console``: where to draw (default: a rich Console on stderr).
    """

    def __init__(
        self, label: str, *, delay: float = DEFAULT_DELAY_S, console: Console | None = None
    ) -> None:
        self.label = label
        self.delay = delay
        self._console = console
        self._lock = threading.Lock()
        self._stage = "starting"
        self._bar: Any = None
        self._task: Any = None
        self._timer: threading.Timer | None = None
        self._closed = False
        self._started = time.monotonic()

    def __enter__(self) -> TerminalProgress:
        self._started = time.monotonic()
        if self.delay <= 0:
            self._show()
        else:
            self._timer = threading.Timer(self.delay, self._show)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._closed = True
            if self._bar is not None:
                self._bar.stop()
                self._bar = None

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        with self._lock:
            self._stage = name
            self._refresh()
        yield

    def _description(self) -> str:
        return f"{self.label}: {self._stage}"

    def _refresh(self) -> None:
        if self._bar is not None:
            self._bar.update(self._task, description=self._description())

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn

        with self._lock:
            if self._closed or self._bar is not None:
                return
            self._bar = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                _since_column(self._started),
                console=self._console or Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(self._description(), total=None)


def _since_column(started: float) -> Any:
    """A rich column: minutes and seconds since the run started (not since the display did)."""
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class SinceStart(ProgressColumn):
        def render(self, task: Task) -> Text:
            seconds = int(time.monotonic() - started)
            return Text(f"{seconds // 60}:{seconds % 60:02d}", style="progress.elapsed")

    return SinceStart()


def terminal_progress(label: str, *, delay: float = DEFAULT_DELAY_S) -> Any:
    """A :class:`TerminalProgress` when stderr is a terminal; otherwise a silent stand-in."""
    if sys.stderr.isatty():
        return TerminalProgress(label, delay=delay)
    return _SilentRun()


class _SilentRun(_NoProgress):
    """The context-manager shape of TerminalProgress, showing nothing (stderr is no terminal)."""

    def __enter__(self) -> _SilentRun:
        return self

    def __exit__(self, *exc: object) -> None:
        return None
