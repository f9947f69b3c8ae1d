"""``factkit``'s entry point: it runs the app and turns what a command raised into one line on
stderr and an exit code (2 for a user error, 130 for Ctrl-C)."""

from __future__ import annotations

import os
import re
import sys
import traceback
from pathlib import Path

import typer

from factkit.cli.groups import app
from factkit.errors import FactkitError, Interrupted, shown_path


def _usage_error(exc: Exception) -> tuple[str, int] | None:
    """The message and exit code of a command-line usage error, or ``None`` for anything else.

    typer raises click's usage errors (``typer.BadParameter`` is one). Newer typer bundles its own
    click and gives them the public base ``typer.TyperException``; older typer uses the ``click``
    package. Both carry click's documented interface, ``format_message()`` and ``exit_code``, so
    they are recognised by that, never by importing a particular click.
    """
    base = getattr(typer, "TyperException", None)
    fmt = getattr(exc, "format_message", None)
    code = getattr(exc, "exit_code", None)
    if isinstance(base, type) and isinstance(exc, base):
        code = code if isinstance(code, int) else 2
    if not callable(fmt) or not isinstance(code, int):
        return None
    message = " ".join(str(fmt()).split()) or type(exc).__name__
    # typer 0.29 words a bad choice as pydantic does: "Invalid value for '--format' / '-f': Value
    # error, 'pdf' is not one of ..."; the user gave no "value error", an option's value
    message = message.replace(": Value error, ", ": ", 1)
    command = getattr(getattr(exc, "ctx", None), "command_path", None) or "factkit"
    return f"{message} (see '{command} -h')", code


def _dash_file_hint(message: str, argv: list[str]) -> str:
    """For "No such option: -d" where an argument is a file whose name opens with a dash
    (``factkit split -dash.txt``), how to name that file: the option alone sent the user to
    ``-h``, which has no such option to show."""
    unknown = re.match(r"No such option: (-\S*)", message)
    if unknown is None:
        return ""
    for arg in argv:  # click names "-dash.txt" as its first letter's option, "-d"
        if arg.startswith(unknown.group(1)) and os.path.lexists(arg):
            shown = shown_path(arg)
            return f"; to name the file {shown}, write {shown_path('./' + arg)} or put -- before it"
    return ""


def _help_unwritten(exc: OSError) -> bool:
    """Whether ``exc`` came from click's ``echo`` writing the help: ``factkit -h > /dev/full``
    ended in a traceback (the commands' own output goes through
    :func:`factkit.cli.outputs.write_stdout`)."""
    frames = traceback.extract_tb(exc.__traceback__)
    return any(f.name == "echo" and "click" in Path(f.filename).parts[-2] for f in frames)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: user errors become one line on stderr and an exit code.

    ``argv`` defaults to the process's arguments (``python -m factkit.batching`` passes its own).
    """
    try:
        # without standalone mode typer returns a command's exit code instead of exiting, and
        # raises usage errors here instead of printing them as a multi-line panel
        code = app(args=argv, standalone_mode=False, prog_name="factkit")
    except Interrupted as exc:
        typer.echo(str(exc), err=True)
        sys.exit(exc.exit_code)
    except FactkitError as exc:
        typer.echo(f"factkit: error: {' '.join(str(exc).split())}", err=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("factkit: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as exc:
        if not _help_unwritten(exc):
            raise
        typer.echo(f"factkit: error: stdout: cannot write: {exc.strerror or exc}", err=True)
        sys.exit(2)
    except Exception as exc:
        usage = _usage_error(exc)
        if usage is None:
            raise
        hint = _dash_file_hint(usage[0], sys.argv[1:] if argv is None else argv)
        typer.echo(f"factkit: error: {usage[0]}{hint}", err=True)
        sys.exit(usage[1])
    if code == 130:
        # typer turns a KeyboardInterrupt inside a command into a silent Exit(130)
        typer.echo("factkit: interrupted", err=True)
    sys.exit(code if isinstance(code, int) else 0)
