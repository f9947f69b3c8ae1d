"""Ctrl-C held back while the main thread is inside the process pool's own code.

A KeyboardInterrupt is raised in the main thread between any two bytecodes. Inside
``concurrent.futures`` that can leave a lock taken: ``wait`` takes every pending future's lock
one by one, and an interrupt half-way through the loop leaves the ones before it held. The
pool's manager thread then blocks on such a lock to post a result, and the runner's shutdown,
which joins that thread, waits for ever (a run that did not stop after Ctrl-C). Spawning a
worker is such a place too: interrupted after the process started and before the pool recorded
it, no stop message is ever sent to it, and the interpreter's exit waits for it.

:class:`DeferredInterrupt` records a SIGINT that arrives inside its block, calls ``wake`` (to end
a blocking wait early) and raises the KeyboardInterrupt when the block ends, where no lock of
the pool is held.

A worker is a new interpreter (spawn): until its initializer runs and ignores SIGINT, a Ctrl-C
sent to the terminal's process group raised a KeyboardInterrupt in its imports and printed a
traceback under the runner's one line. :func:`sigint_blocked` blocks SIGINT in the thread that
starts a worker; the signal mask is inherited through fork and exec, so the worker starts with
SIGINT blocked and its initializer ignores it before unblocking (the resource tracker of
``multiprocessing`` is started the same way).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType

__all__ = ["DeferredInterrupt", "sigint_blocked"]


class DeferredInterrupt:
    """``with DeferredInterrupt(wake):`` -- SIGINT inside the block is raised when it ends.

    Only where Ctrl-C would raise (the main thread, with Python's own or a callable handler);
    elsewhere (another thread, SIGINT ignored) the block runs as it is."""

    def __init__(self, wake: Callable[[], None] | None = None) -> None:
        self._wake = wake
        self._previous: Callable[[int, FrameType | None], object] | None = None
        self._caught: list[int] = []

    def _hold(self, signum: int, _frame: FrameType | None) -> None:
        self._caught.append(signum)
        if self._wake is not None:
            self._wake()

    def __enter__(self) -> DeferredInterrupt:
        if threading.current_thread() is not threading.main_thread():
            return self
        previous = signal.getsignal(signal.SIGINT)
        if callable(previous):
            self._caught.clear()
            self._previous = previous
            signal.signal(signal.SIGINT, self._hold)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        previous, self._previous = self._previous, None
        if previous is None:
            return
        signal.signal(signal.SIGINT, previous)
        if self._caught:
            previous(self._caught[0], None)  # Python's handler raises KeyboardInterrupt here


@contextmanager
def sigint_blocked() -> Iterator[None]:
    """SIGINT blocked in this thread for the block, so that a process started in it begins with
    SIGINT blocked. A SIGINT that arrives meanwhile is not lost: another thread of this process
    takes it, or it waits until the block ends, where unblocking runs its handler at once.
    Where threads have no signal mask (Windows) the block runs as it is."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
