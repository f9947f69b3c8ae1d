"""``factkit serve``: check the settings, build the app, run uvicorn."""

from __future__ import annotations

import signal
import socket
import sys
from types import FrameType
from typing import TYPE_CHECKING

from factkit.errors import FactkitError, shown_path
from factkit.serve.settings import ServeSettings

if TYPE_CHECKING:
    from factkit.config import Config

EXTRA_MISSING = (
    "factkit serve needs FastAPI and uvicorn: pip install 'factkit[serve]' ({name} is missing)"
)


def check_port(host: str, port: int) -> None:
    """Fail now, in one line, if the address is taken (not after a minute of model loading)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise FactkitError(f"--host {host} --port {port}: {exc.strerror or exc}") from None


def _exit_on_sigterm(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def run_server(settings: ServeSettings, config: Config | None = None) -> None:
    """Serve the desk until stopped; ``config``: the one ``settings`` name, already loaded (the
    command line loads it first, for its one-line errors), else it is loaded here."""
    settings.check()
    if settings.workers > 0:
        # uvicorn stops gracefully on SIGTERM, then raises the signal again; its default action
        # ended the process without Python's exit handlers, so the worker pool's semaphores were
        # never released ('resource_tracker: ... leaked semaphore objects'). Exiting through
        # SystemExit runs them, with a SIGTERM's exit status, 143. (In-process analysis has no
        # pool, and its thread could not be stopped: there the signal keeps its default action.)
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        import fastapi  # noqa: F401
        import uvicorn
    except ImportError as exc:
        raise FactkitError(EXTRA_MISSING.format(name=exc.name)) from None
    from factkit.config import load_config
    from factkit.serve.app import create_app, open_at_start_up

    check_port(settings.host, settings.port)
    cfg = config or load_config(settings.config, settings.overrides)
    # "new" is said on the start line: an empty desk is no surprise
    store, pool, new = open_at_start_up(settings, cfg)
    app = create_app(settings, cfg, store=store, pool=pool)
    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    print(
        f"factkit desk: http://{shown}:{settings.port}/  archive: {shown_path(settings.db)}"
        f"{' (new)' if new else ''}  workers: {settings.workers or 'in-process'}"
        + ("  (token required)" if settings.token else ""),
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        timeout_graceful_shutdown=10,
        server_header=False,
    )
