"""``factkit serve``: the review desk in the browser."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factkit.cli.inputs import command_config
from factkit.cli.options import ConfigOpt, SetOpt, file_path
from factkit.cli.outputs import not_dash

HostOpt = Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")]
PortOpt = Annotated[int, typer.Option("--port", "-p", min=0, max=65535)]
DeskArchiveOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="SQLite archive (default: desk.sqlite in the user data dir).",
        parser=file_path,
    ),
]
DeskWorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=0,
        help="Analysis processes (default: CPUs, max 4; 0: one thread of the server).",
    ),
]
TokenOpt = Annotated[
    str | None,
    typer.Option("--token", envvar="FACTKIT_TOKEN", help="Access token (needed off loopback)."),
]
MaxBodyOpt = Annotated[
    int, typer.Option("--max-body", min=1024, help="Largest request body in bytes.")
]
CorsOpt = Annotated[
    list[str] | None, typer.Option("--cors", help="Allow this browser origin (repeatable).")
]


def serve(
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    db: DeskArchiveOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    workers: DeskWorkersOpt = None,
    token: TokenOpt = None,
    max_body: MaxBodyOpt = 10 * 1024 * 1024,
    cors: CorsOpt = None,
) -> None:
    """The review desk in the browser: analyse, review and search saved articles."""
    from factkit.serve.server import run_server
    from factkit.serve.settings import ServeSettings

    not_dash("--db", db)
    # a bad config or --set fails here, with one line; read once (stdin too, for "-"), and the
    # desk runs on this Config, its requests' config_overrides on top of it
    cfg = command_config(config, set_)
    defaults = ServeSettings()
    run_server(
        ServeSettings(
            db=db or defaults.db,
            config=config,
            overrides=tuple(set_ or ()),
            workers=defaults.workers if workers is None else workers,
            token=token,
            host=host,
            port=port,
            body_limit=max_body,
            cors_origins=tuple(cors or ()),
        ),
        cfg,
    )
