"""``factkit serve``: the review desk in the browser."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factkit.cli.inputs import command_config
from factkit.cli.options import ConfigOpt, SetOpt, literal_path
from factkit.cli.outputs import not_dash


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535)] = 8000,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            help="SQLite archive (default: desk.sqlite in the user data dir).",
            parser=literal_path,
        ),
    ] = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=0, help="Analysis processes (default: CPUs, max 4)."),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option("--token", envvar="FACTKIT_TOKEN", help="Access token (needed off loopback)."),
    ] = None,
    max_body: Annotated[
        int, typer.Option("--max-body", min=1024, help="Largest request body in bytes.")
    ] = 10 * 1024 * 1024,
    cors: Annotated[
        list[str] | None, typer.Option("--cors", help="Allow this browser origin (repeatable).")
    ] = None,
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
