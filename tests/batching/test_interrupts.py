"""factkit.batching.interrupts: Ctrl-C held back while the runner is inside the process pool's
code, and the local engine under a Ctrl-C at every point of a wait."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

import pytest

from factkit.batching.inputs import Job
from factkit.batching.interrupts import DeferredInterrupt, sigint_blocked
from factkit.batching.local import LocalEngine
from factkit.batching.worker import WorkerSettings, worker_config
from factkit.config import Config
from factkit.ingest import article_from_text

TEXT = "The mayor said 12 homes burned on Monday. Police said 3 men were held."


@pytest.fixture(autouse=True)
def _ctrl_c_raises() -> Iterator[None]:
    """Python's own SIGINT handler, as a shell's foreground job has it: a job started in the
    background by a non-interactive shell (``nohup pytest &``) inherits SIGINT ignored, and a
    Ctrl-C there raises nothing to hold back."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def test_a_ctrl_c_inside_the_block_is_raised_where_it_ends() -> None:
    woken: list[bool] = []
    ran_on = False
    with pytest.raises(KeyboardInterrupt), DeferredInterrupt(wake=lambda: woken.append(True)):
        signal.raise_signal(signal.SIGINT)
        ran_on = True  # the block is not cut short
    assert ran_on and woken == [True]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


_REPORTS_SIGINT_BLOCKED = (
    "import signal; print(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))"
)


def test_a_process_started_with_sigint_blocked_begins_with_it_blocked() -> None:
    # a pool worker is such a process: a Ctrl-C cannot raise in its imports (test_worker.py)
    with sigint_blocked():
        child = subprocess.run([sys.executable, "-c", _REPORTS_SIGINT_BLOCKED], capture_output=True)
    assert child.stdout.decode().strip() == "True"
    after = subprocess.run([sys.executable, "-c", _REPORTS_SIGINT_BLOCKED], capture_output=True)
    assert after.stdout.decode().strip() == "False"


def test_a_ctrl_c_while_sigint_is_blocked_is_handled_where_the_block_ends() -> None:
    ran_on = False
    with pytest.raises(KeyboardInterrupt), sigint_blocked():
        signal.raise_signal(signal.SIGINT)
        ran_on = True
    assert ran_on


def _interrupt_at(event_no: int) -> None:
    """Send this process SIGINT at the ``event_no``-th profiled event of this thread (a call or
    return, of Python or C code), wherever it falls."""
    seen = 0

    def hook(_frame: FrameType, _event: str, _arg: Any) -> None:
        nonlocal seen
        seen += 1
        if seen == event_no:
            sys.setprofile(None)
            signal.raise_signal(signal.SIGINT)  # to this thread, before the hook returns

    sys.setprofile(hook)


def _checkpoint() -> None:
    """A call: where Python runs a signal handler still pending."""


def _hung(_signum: int, _frame: FrameType | None) -> None:
    raise TimeoutError("the engine hung after a Ctrl-C inside its wait")


def test_a_ctrl_c_anywhere_in_a_wait_leaves_the_engine_able_to_stop() -> None:
    # concurrent.futures.wait takes every pending future's lock (and its waiter's) in a loop: a
    # Ctrl-C half-way left one held, the pool's manager thread blocked on it to post a result,
    # and the runner's shutdown, which joins that thread, hung past the Ctrl-C. Here a Ctrl-C
    # falls on each call and return in turn (SIGALRM ends a hang as a failure)
    cfg = Config.model_validate(
        {"summarizer": {"enabled": False}, "checkworthiness": {"enabled": False}}
    )
    engine = LocalEngine(1, WorkerSettings(worker_config(cfg)))
    engine.start()
    article = article_from_text(TEXT)
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(240)
    try:
        seq = 0
        for event_no in range(1, 120):
            for _ in range(4):
                engine.submit(Job(seq, f"d{seq}", None, None, article))
                seq += 1
            try:  # the Ctrl-C may fall after the wait too, as late as the hook's removal
                try:
                    _interrupt_at(event_no)
                    engine.wait_some()
                finally:
                    sys.setprofile(None)
                _checkpoint()
            except KeyboardInterrupt:
                pass
            while engine.pending():
                engine.wait_some()
        engine.close()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
