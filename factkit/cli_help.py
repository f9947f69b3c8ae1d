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

import typer


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
