"""``factkit config show`` and ``factkit config validate``: a config as factkit reads it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factkit.cli.inputs import command_config
from factkit.cli.options import ConfigOpt, SetOpt, literal_path
from factkit.cli.outputs import write_stdout
from factkit.config import load_config
from factkit.errors import ConfigError, input_name


def config_show(config: ConfigOpt = None, set_: SetOpt = None) -> None:
    """Print the filled config (defaults < --config < --set)."""
    write_stdout(command_config(config, set_).to_yaml())


def config_validate(
    file: Annotated[Path, typer.Argument(help="Config file to check.", parser=literal_path)],
) -> None:
    """Check a config file; exit 2 with one line naming the bad field."""
    from factkit.config_paths import missing_path

    if missing := missing_path(load_config(file)):
        raise ConfigError(missing)
    typer.echo(f"{input_name(str(file))}: ok", err=True)
