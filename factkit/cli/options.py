"""The options several commands share, and the formats each command writes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from factkit.enums import OutputFormat, StrEnum
from factkit.output_formats import OUTPUT_HELP


def literal_path(raw: str) -> Path:
    """``raw`` as a Path that keeps its meaning: ``Path("./-")`` is spelled "-", which every
    reader takes for stdin (or stdout), so the file named "-" is kept apart as its full path."""
    path = Path(raw)
    return path if raw == "-" or str(path) != "-" else Path.cwd() / "-"


def file_path(raw: str) -> Path:
    """A file to write, as :func:`literal_path` reads it; a name ending in a slash is a folder the
    user meant, and is refused: ``-o results/`` wrote a file named ``results`` (a Path drops the
    slash), with ``results.config.yaml`` beside it."""
    if len(raw) > 1 and raw.endswith(tuple(sep for sep in (os.sep, os.altsep) if sep)):
        raise typer.BadParameter(f"{raw}: names a folder (it ends in a slash); give a file in it")
    return literal_path(raw)


ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="YAML config file (defaults: configs/default.yaml).",
        parser=literal_path,
    ),
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option("--set", help="Override a setting: --set splitter.max_len=400 (repeatable)."),
]


def dash_is_stdout(output: Path | None) -> Path | None:
    """``-o -`` is stdout, as ``-`` is stdin for an input: it wrote a file named "-"."""
    return None if output is not None and str(output) == "-" else output


OutOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help=OUTPUT_HELP,
        callback=dash_is_stdout,
        parser=file_path,
    ),
]
MaxCharsOpt = Annotated[
    int | None,
    typer.Option("--max-chars", min=1, help="Summary at most this many characters."),
]
FileArg = Annotated[
    str, typer.Argument(help="Input file (.txt .md .html .json .jsonl) or - for stdin.")
]


# The formats each command writes, spelled by OutputFormat. typer offers an Enum's values as the
# option's choices, so another value is a usage error (one line, exit 2).
class TextFormat(StrEnum):
    TEXT = OutputFormat.TEXT.value
    JSON = OutputFormat.JSON.value


class ClaimsFormat(StrEnum):
    MARKDOWN = OutputFormat.MARKDOWN.value
    JSON = OutputFormat.JSON.value
    CSV = OutputFormat.CSV.value


class RunFormat(StrEnum):
    MARKDOWN = OutputFormat.MARKDOWN.value
    JSON = OutputFormat.JSON.value
    HTML = OutputFormat.HTML.value


class VerifyFormat(StrEnum):
    MARKDOWN = OutputFormat.MARKDOWN.value
    JSON = OutputFormat.JSON.value


REPORT_FORMAT_HELP = (
    "Report format (default: the one -o's suffix names; else the config's render.format, markdown)."
)
_TEXT_FORMAT_HELP = "Output format (default: the one -o's suffix names; else text)."
VERIFY_FORMAT_HELP = "Output format (default: the one -o's suffix names; else markdown)."
TextFormatOpt = Annotated[TextFormat | None, typer.Option("--format", "-f", help=_TEXT_FORMAT_HELP)]
