"""The one rule for ``-o``'s suffix, on every command that writes a file.

``claims -o out.pdf`` wrote a Markdown checklist into out.pdf, and ``claims -f markdown -o
report.json`` Markdown into report.json: a file that opens as something it is not. An output's
suffix (of letters: ``reports.2026-12`` has none) names its format; without ``--format`` that
format is written, with ``--format`` the two must agree, and a suffix naming no format the
command writes is refused before any work. A name with no suffix takes ``--format`` or the
command's default.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factkit.errors import FactkitError

# The formats a file of each suffix may hold; a command writes the first of them it offers
# (".txt": split's text, claims' Markdown).
SUFFIX_FORMATS: dict[str, tuple[str, ...]] = {
    ".json": ("json", "jsonl"),
    ".jsonl": ("jsonl",),
    ".ndjson": ("jsonl",),
    ".csv": ("csv",),
    ".html": ("html",),
    ".htm": ("html",),
    ".md": ("markdown",),
    ".markdown": ("markdown",),
    ".txt": ("text", "markdown"),
    ".text": ("text",),
    ".tsv": ("text",),
}

OUTPUT_HELP = (
    "Write to this file (atomically) instead of stdout ('-': stdout). Its suffix names the "
    "format (.json; .csv; .html .htm; .md .markdown .txt: markdown; .txt .tsv: text); another "
    "suffix, or one that disagrees with --format, is refused; a name with no suffix takes "
    "--format."
)


def _suffix(path: Path) -> str | None:
    """``path``'s suffix, lower case, where it is one of letters."""
    suffix = path.suffix.lower()
    return suffix if suffix[1:].isalpha() else None


def _written_as(offered: Sequence[str]) -> str:
    """ "json as .json, csv as .csv": the suffixes of each format in ``offered``."""
    return ", ".join(
        f"{fmt} as {' '.join(s for s, held in SUFFIX_FORMATS.items() if fmt in held)}"
        for fmt in offered
    )


def output_format(
    chosen: str | None,
    output: Path | None,
    offered: Sequence[str],
    command: str,
    option: str,
    caller: str | None = None,
) -> str | None:
    """The format to write: ``chosen`` (``--format``), else the one ``output``'s suffix names,
    else None (the command's default). A suffix naming no format of ``offered``, or not
    ``chosen``, is a user error naming the option, the file and what the command writes.
    ``caller`` names the writer in that error where it is not ``factkit COMMAND`` on the
    command line (the Python API's ``factkit.batch()``)."""
    writer = caller or f"factkit {command}"
    suffix = None if output is None else _suffix(output)
    if output is None or suffix is None:
        return chosen
    named = [fmt for fmt in SUFFIX_FORMATS.get(suffix, ()) if fmt in offered]
    if chosen is not None and chosen not in named:
        raise FactkitError(
            f"{option} {output}: a {suffix} file does not hold {chosen} ({writer} "
            f"writes {_written_as(offered)}); give another {option} or --format"
        )
    if not named:
        held = SUFFIX_FORMATS.get(suffix, (f"{suffix} files",))[0]
        raise FactkitError(
            f"{option} {output}: {writer} does not write {held} (it writes "
            f"{_written_as(offered)}); give another {option}"
        )
    return chosen or named[0]
