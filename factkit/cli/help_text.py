"""Help that reads whole at any width, in a terminal or a pipe.

typer's rich help lays options out as a five-column table: at 80 columns (a pipe, a CI log, a
narrow terminal) the help column gets about 18 characters and rich cuts what does not fit with
"…" ("configs/default.…", "--quiet,--no-pr…"). The CLI therefore uses click's plain help, which
wraps instead. Its command list still cuts each command's line to one row ("Split an article
into sentences with character offsets and..."), unless the command has a ``short_help``:
:func:`whole_summaries` gives each command its docstring's first paragraph as one.
"""

from __future__ import annotations

import inspect
from typing import Any

import typer
from typer.core import TyperCommand


def first_paragraph(text: str | None) -> str:
    """The first paragraph of ``text`` on one line."""
    return " ".join((text or "").strip().split("\n\n", 1)[0].split())


def whole_summaries(app: typer.Typer) -> None:
    """Give each of ``app``'s commands without a ``short_help`` its help's first paragraph, so
    the command list shows it whole, wrapped. Call once every command is registered."""
    for info in app.registered_commands:
        if info.short_help is None:
            doc = info.help if info.help is not None else inspect.getdoc(info.callback)
            info.short_help = first_paragraph(doc)


# What to give each option or argument, by parameter name. typer's own placeholders name Python
# types ("--set <list[str]>", "file <str>", "--db <path>"); a user reads what to give instead.
# Choice options (-f, --engine, schema's document) keep typer's list of the choices.
PLACEHOLDERS = {
    "file": "FILE",
    "inputs": "INPUT",
    "source": "FILE",
    "summary": "FILE",
    "config": "FILE",
    "set_": "KEY=VALUE",
    "output": "FILE",
    "errors": "FILE",
    "db": "FILE",
    "markdown_dir": "DIR",
    "sentences": "N",
    "words": "N",
    "max_chars": "N",
    "workers": "N",
    "ratio": "SHARE",
    "scheduler": "ADDRESS",
    "host": "ADDRESS",
    "port": "PORT",
    "token": "TOKEN",
    "max_body": "BYTES",
    "cors": "ORIGIN",
}


class PlaceholderCommand(TyperCommand):
    """A command whose help shows :data:`PLACEHOLDERS` for its values."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if param.metavar is None and param.name in PLACEHOLDERS:
                param.metavar = PLACEHOLDERS[param.name]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        """typer's sections, except that an argument with a placeholder shows only it: typer
        0.29 writes the type after it ("FILE <str>", "INPUT <list[str]>")."""
        rows: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None or param.param_type_name not in rows:
                continue
            if param.param_type_name == "argument" and param.metavar is not None:
                record = (param.metavar + ("..." if param.nargs != 1 else ""), record[1])
            rows[param.param_type_name].append(record)
        for title, kind in (("Arguments", "argument"), ("Options", "option")):
            if rows[kind]:
                with formatter.section(title):
                    formatter.write_dl(rows[kind])


def use_placeholders(app: typer.Typer) -> None:
    """Build each of ``app``'s commands that names no class of its own (typer's default) as a
    :class:`PlaceholderCommand`. Call once every command is registered."""
    for info in app.registered_commands:
        if info.cls in (None, TyperCommand):
            info.cls = PlaceholderCommand
