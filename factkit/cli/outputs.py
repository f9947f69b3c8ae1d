"""How a command writes: its result to stdout or ``-o`` (with the config beside it), its notes to
stderr, in the format ``--format`` or ``-o``'s suffix names."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TypeVar

import typer

from factkit.config import Config
from factkit.enums import StrEnum, values
from factkit.errors import FactkitError, OutputError, input_name, shown_path
from factkit.io import atomic_write_files, config_path_for
from factkit.output_formats import output_format


def not_dash(option: str, path: Path | None) -> None:
    """``-`` is stdin or stdout elsewhere; an errors file, a Markdown folder or an archive is no
    stream, and ``-`` made a file (or folder, or SQLite archive) of that name."""
    if path is not None and str(path) == "-":
        raise FactkitError(f"{option} -: give a path (this output is no stream)")


def write_stdout(text: str | bytes) -> None:
    """Write and flush stdout (bytes as they are, to its binary buffer where it has one); a
    failure other than a closed pipe (a full disk) is one line, and so is no stdout at all
    (``cmd >&-``: ``sys.stdout`` is None then)."""
    if sys.stdout is None:
        raise OutputError("stdout: cannot write: closed (give -o FILE)")
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if isinstance(text, bytes) and buffer is not None:
            sys.stdout.flush()
            buffer.write(text)
            buffer.flush()
            return
        sys.stdout.write(text if isinstance(text, str) else text.decode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"stdout: cannot write: {exc.strerror or exc}") from None


def emit(text: str | bytes, output: Path | None, cfg: Config) -> None:
    if output is None:
        write_stdout(text)
        return
    # the report and its config sidecar: both whole, or neither
    atomic_write_files([(output, text), (config_path_for(output), cfg.to_yaml())])
    typer.echo(f"wrote {shown_path(output)}", err=True)


def warn(where: str, message: str) -> None:
    typer.echo(f"factkit: warning: {input_name(where)}: {message}", err=True)


_Format = TypeVar("_Format", bound=StrEnum)


def suffix_format(
    chosen: _Format | None, output: Path | None, offered: type[_Format], command: str
) -> _Format | None:
    """``--format``, else the format ``-o``'s suffix names, else None (the command's default);
    a suffix the command does not write, or not as ``--format``, is refused before any work
    (:mod:`factkit.output_formats`)."""
    named = output_format(
        None if chosen is None else chosen.value, output, values(offered), command, "-o"
    )
    return None if named is None else offered(named)
