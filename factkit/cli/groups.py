"""The typer app: ``factkit`` and its ``config`` group, and the commands each offers, in the
order of their help."""

from __future__ import annotations

import sys
from contextlib import redirect_stdout
from typing import Annotated

import typer

from factkit.cli.article import claims, run, split, summarize
from factkit.cli.batch import batch
from factkit.cli.config_files import config_show, config_validate
from factkit.cli.help_text import use_placeholders, whole_summaries
from factkit.cli.outputs import write_stdout
from factkit.cli.schema import schema
from factkit.cli.serve import serve
from factkit.cli.verify import verify
from factkit.version import __version__

CONTEXT = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    name="factkit",
    help="News articles to summaries and claim checklists for fact-checkers and editors.",
    context_settings=CONTEXT,
    # a bare `factkit` is a usage error: the help on stderr, then one error line, exit 2
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    # plain help wraps where rich's table cuts cells with "…" at 80 columns (see help_text)
    rich_markup_mode=None,
)
config_app = typer.Typer(
    help="Show or validate config files.",
    context_settings=CONTEXT,
    no_args_is_help=False,
    rich_markup_mode=None,
)


@config_app.callback(invoke_without_command=True)
def _config_main(ctx: typer.Context) -> None:
    """Show or validate config files."""
    _require_command(ctx)


def _require_command(ctx: typer.Context) -> None:
    """A group called with no command: its help on stderr (stdout stays for output), then the
    usage error's one line and exit 2, as for any other usage error."""
    if ctx.invoked_subcommand is None and not ctx.resilient_parsing:
        # typer's rich help prints itself to stdout and returns ""; send both to stderr
        with redirect_stdout(sys.stderr):
            help_text = ctx.get_help()
        if help_text:  # plain (non-rich) help comes back as text
            typer.echo(help_text, err=True)
        ctx.fail("Missing command: choose one of the commands above.")


def _version(value: bool) -> None:
    if value:
        write_stdout(f"factkit {__version__}\n")  # a full stdout is one line, as for output
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _main(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """factkit: summaries and claim checklists for news articles."""
    _require_command(ctx)


app.add_typer(config_app, name="config")
for command in (split, claims, summarize, run, verify, batch, serve, schema):
    app.command()(command)
config_app.command("show")(config_show)
config_app.command("validate")(config_validate)

whole_summaries(app)
whole_summaries(config_app)
use_placeholders(app)
use_placeholders(config_app)
