"""``factkit serve``: check the settings, build the app, run uvicorn."""

from __future__ import annotations

import sys

from factkit.errors import FactkitError
from factkit.serve.settings import ServeSettings

EXTRA_MISSING = (
    "factkit serve needs FastAPI and uvicorn: pip install 'factkit[serve]' ({name} is missing)"
)


def run_server(settings: ServeSettings) -> None:
    settings.check()
    try:
        import fastapi  # noqa: F401
        import uvicorn
    except ImportError as exc:
        raise FactkitError(EXTRA_MISSING.format(name=exc.name)) from None
    from factkit.serve.app import create_app

    app = create_app(settings)
    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    print(
        f"factkit desk: http://{shown}:{settings.port}/  archive: {settings.db}  "
        f"workers: {settings.workers or 'in-process'}"
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
