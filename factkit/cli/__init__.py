"""The ``factkit`` command line. Commands only compose library calls.

Results go to stdout (or ``-o``), progress and errors to stderr. User errors print one line and
exit 2 (``verify`` exits 1 when a summary sentence is unsupported; ``batch`` 3 when some documents
failed).

``groups`` builds the typer app and lists its commands, one module a job: ``article`` (split,
claims, summarize, run), ``verify``, ``batch``, ``serve``, ``schema``, ``config_files`` (config
show, validate); ``entry`` turns errors into one line and an exit code.
"""

from __future__ import annotations

from factkit.cli.entry import main
from factkit.cli.groups import app

__all__ = ["app", "main"]
