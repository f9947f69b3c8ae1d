"""``factkit batch``: the pipeline over many articles, its options, and how Ctrl-C or SIGTERM
ends it (one line saying what the output holds)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated

import typer

from factkit.cli.inputs import command_config, one_stdin
from factkit.cli.options import ConfigOpt, SetOpt, file_path, literal_path
from factkit.cli.outputs import not_dash
from factkit.enums import BatchEngine
from factkit.errors import FactkitError, Interrupted, shown_path
from factkit.io import check_outputs, same_file
from factkit.output_formats import output_format

if TYPE_CHECKING:
    from factkit.serve.storage import Store

# What it reads and writes:
InputsArg = Annotated[list[str], typer.Argument(help="Files, folders, globs, JSONL files, or -.")]
BatchOutOpt = Annotated[
    Path,
    typer.Option(
        "--output",
        "-o",
        help="Output JSONL, one report a line (.jsonl .ndjson .json, or none).",
        parser=file_path,
    ),
]
ErrorsOpt = Annotated[
    Path | None,
    typer.Option(
        "--errors",
        help="Errors JSONL (default: OUTPUT.errors.jsonl; suffixes as for -o).",
        parser=file_path,
    ),
]
MarkdownDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--markdown-dir",
        help="Also write one Markdown checklist per article here.",
        parser=literal_path,
    ),
]
ResumeOpt = Annotated[
    bool, typer.Option("--resume", help="Skip ids already in OUTPUT; redo the rest.")
]
ArchiveOpt = Annotated[
    Path | None,
    typer.Option(
        "--db", help="Also import the reports into this desk archive (serve).", parser=file_path
    ),
]
# how it runs, and what it shows on the way:
WorkersOpt = Annotated[
    int | None,
    typer.Option("--workers", "-w", min=1, help="Worker processes (default: CPU count)."),
]
EngineOpt = Annotated[
    BatchEngine | None,
    typer.Option("--engine", help="local: process pool, dask: a cluster, serial: in-process."),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", "--no-progress", help="No progress on stderr.")
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786."),
]
OrderedOpt = Annotated[
    bool | None,
    typer.Option("--ordered/--unordered", help="Write in input order (default: as finished)."),
]


def batch(
    inputs: InputsArg,
    output: BatchOutOpt,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    workers: WorkersOpt = None,
    engine: EngineOpt = None,
    scheduler: SchedulerOpt = None,
    resume: ResumeOpt = False,
    errors: ErrorsOpt = None,
    markdown_dir: MarkdownDirOpt = None,
    ordered: OrderedOpt = None,
    quiet: QuietOpt = False,
    db: ArchiveOpt = None,
) -> None:
    """Run the pipeline over many articles: streamed, resumable, parallel (local or Dask)."""
    from factkit.batching import run_batch

    one_stdin(config, inputs)
    for option, path in (("--errors", errors), ("--markdown-dir", markdown_dir), ("--db", db)):
        not_dash(option, path)
    # a device, pipe or socket is left to the runner's check, whose words fit batch (not "leave
    # out -o to write to stdout"), so the command line and factkit.batch refuse it alike
    outputs = [p for p in (output, errors) if p is not None]
    check_outputs(outputs, [*inputs, config], refuse_special=False)
    _jsonl_output("-o", output)
    _jsonl_output("--errors", errors)
    _archive_apart(db, output, errors)
    cfg = command_config(config, set_)
    archive, made_now = _open_archive(db)
    with _batch_interrupts(output), _closing(archive, made_now):
        result = run_batch(
            inputs,
            output,
            cfg,
            workers=workers,
            engine=engine,  # None: the config's, or dask when --scheduler names a cluster
            scheduler=scheduler,
            resume=resume,
            errors=errors,
            markdown_dir=markdown_dir,
            ordered=ordered,
            progress=False if quiet else None,
        )
        if archive is not None:
            _import_into(archive, output)
    raise typer.Exit(result.exit_code)


def _import_into(archive: Store, output: Path) -> None:
    """The run's reports into ``--db``. A write SQLite refuses there (a desk holding the archive
    past the 30 s wait, a full disk) ended a finished run in a traceback: one line instead,
    saying the reports are safe in the output."""
    import sqlite3

    from factkit.serve.importer import import_reports

    try:
        imported = import_reports(output, archive)
    except sqlite3.Error as exc:
        raise FactkitError(
            f"--db {shown_path(archive.path)}: the import stopped ({exc}); every report is in "
            f"{shown_path(output)}: run again with --resume to import them"
        ) from None
    typer.echo(imported.summary(), err=True)


def _jsonl_output(option: str, path: Path | None) -> None:
    """``batch`` writes JSON lines: an ``-o``/``--errors`` suffix naming another format is refused
    as ``claims -o page.html`` is (``batch -o reports.csv`` wrote JSON lines into reports.csv)."""
    output_format(None, path, ("jsonl",), "batch", option)


def _archive_apart(db: Path | None, output: Path, errors: Path | None) -> None:
    """``--db`` naming one of the run's own files is refused: ``--db r.jsonl -o r.jsonl`` made an
    SQLite file of the output, the reports were written over it, and both were lost."""
    if db is None:
        return
    from factkit.batching.output_paths import run_files

    for what, path in run_files(output, errors):
        if same_file(db, path):
            raise FactkitError(
                f"--db {shown_path(db)}: is this run's {what} ({shown_path(path)}); give the "
                "archive a file of its own"
            )


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread as Ctrl-C is."""


def _raise_terminated(_signum: int, _frame: FrameType | None) -> None:
    raise _Terminated


@contextmanager
def _batch_interrupts(output: Path) -> Iterator[None]:
    """Ctrl-C or SIGTERM (``timeout``, ``docker stop``, a scheduler's time limit) ends a batch
    with one line saying what ``output`` holds. SIGTERM's default action ended it silently and
    without its exit handlers (the process pool's semaphores "leaked"); its exit status stays
    143."""
    from factkit.batching.stopped import file_state, stop_line

    before = file_state(output)
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    except KeyboardInterrupt as exc:
        # not typer.Exit(130): main() reads an exit code of 130 as an interrupt nobody reported
        term = isinstance(exc, _Terminated)
        error = Interrupted(stop_line("terminated" if term else "interrupted", output, before))
        error.exit_code = 143 if term else 130
        raise error from None
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _closing(archive: Store | None, made_now: bool) -> Iterator[None]:
    """``--db`` is closed however the run ends; one this run made goes when the run fails
    (nothing is lost: the reports are in the output, and ``--resume`` imports them)."""
    if archive is None:
        yield
        return
    from factkit.serve.importer import close_archive

    try:
        yield
    except BaseException:
        close_archive(archive, made_now=made_now)
        raise
    archive.close()


def _open_archive(db: Path | None) -> tuple[Store | None, bool]:
    """``batch --db``: the archive is opened before the run, so an unusable one stops it; and
    whether this opening made it."""
    if db is None:
        return None, False
    from factkit.serve.importer import open_archive_noting_new

    return open_archive_noting_new(db)
