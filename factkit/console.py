"""The ``factkit`` console script: Ctrl-C handling first, then the command line.

Importing the CLI (typer, pydantic, PyYAML) takes a few tenths of a second, and a Ctrl-C there
printed a KeyboardInterrupt traceback and ended the process by the signal. This module imports
nothing heavy, and importing it installs a SIGINT handler that prints the CLI's one line and
exits 130 (no file has been touched yet); it is imported only as the entry point (the console
script, ``python -m factkit``, ``python -m factkit.batching``). :func:`main` imports the CLI
and hands SIGINT back to Python's handler, so the commands clean up after an interrupt as
before.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType

INTERRUPTED = "factkit: interrupted"


def _exit_interrupted(_signum: int, _frame: FrameType | None) -> None:
    os.write(2, (INTERRUPTED + "\n").encode())
    os._exit(130)


_PYTHON_HANDLER = signal.getsignal(signal.SIGINT)
if _PYTHON_HANDLER is signal.default_int_handler:  # a shell's SIG_IGN (``cmd &``) is kept
    signal.signal(signal.SIGINT, _exit_interrupted)


def main(argv: list[str] | None = None) -> None:
    """Run ``factkit`` with ``argv`` (default: the process's arguments)."""
    from factkit.cli import main as cli_main

    signal.signal(signal.SIGINT, _PYTHON_HANDLER)
    try:
        cli_main(argv)
    except KeyboardInterrupt:  # between the two lines above and the CLI's own handling
        print(INTERRUPTED, file=sys.stderr)
        sys.exit(130)
    finally:
        _forget_unhandled_interrupt()


def _forget_unhandled_interrupt() -> None:
    """A Ctrl-C inside code run by ``exec`` of a string (a dataclass or namedtuple being made
    while a command imports its stage) sets CPython's "unhandled KeyboardInterrupt" flag even
    when the CLI handles it; under ``python -m`` the interpreter then ended by the signal after
    printing "factkit: interrupted", not with exit 130. The next such ``exec`` clears the flag."""
    exec("None")
