"""The ``factkit`` command line. Commands only compose library calls.

Results go to stdout (or ``-o``), progress and errors to stderr. User errors print one line and
exit 2 (``verify`` exits 1 when a summary sentence is unsupported; ``batch`` 3 when some documents
failed).
"""

from __future__ import annotations

import json
import signal
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from factkit.cli_help import use_placeholders, whole_summaries
from factkit.config import Config, load_config, with_overrides
from factkit.enums import BatchEngine, OutputFormat, StrEnum, values
from factkit.errors import (
    ConfigError,
    FactkitError,
    InputError,
    Interrupted,
    ModelLoadError,
    OutputError,
    input_name,
)
from factkit.io import atomic_write_files, check_outputs, config_path_for
from factkit.output_formats import OUTPUT_HELP, output_format
from factkit.version import __version__

if TYPE_CHECKING:
    from factkit.document import Article
    from factkit.serve.storage import Store

CONTEXT = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    name="factkit",
    help="News articles to summaries and claim checklists for fact-checkers and editors.",
    context_settings=CONTEXT,
    # a bare `factkit` is a usage error: the help on stderr, then one error line, exit 2
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    # plain help wraps where rich's table cuts cells with "…" at 80 columns (see cli_help)
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


app.add_typer(config_app, name="config")

ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="YAML config file (defaults: configs/default.yaml)."),
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option("--set", help="Override a setting: --set splitter.max_len=400 (repeatable)."),
]


def _dash_is_stdout(output: Path | None) -> Path | None:
    """``-o -`` is stdout, as ``-`` is stdin for an input: it wrote a file named "-"."""
    return None if output is not None and str(output) == "-" else output


OutOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help=OUTPUT_HELP,
        callback=_dash_is_stdout,
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


class SchemaDocument(StrEnum):
    """The JSON documents factkit writes, each with its schema."""

    REPORT = "report"  # claims/run JSON and batch lines
    VERIFY = "verify"  # factkit verify --format json
    SPLIT = "split"  # factkit split --format json
    SUMMARIZE = "summarize"  # factkit summarize --format json


_REPORT_FORMAT_HELP = (
    "Report format (default: the one -o's suffix names; else the config's render.format, markdown)."
)
_TEXT_FORMAT_HELP = "Output format (default: the one -o's suffix names; else text)."
_VERIFY_FORMAT_HELP = "Output format (default: the one -o's suffix names; else markdown)."
TextFormatOpt = Annotated[TextFormat | None, typer.Option("--format", "-f", help=_TEXT_FORMAT_HELP)]


def _config(config: Path | None, overrides: list[str] | None, fixed: Sequence[str] = ()) -> Config:
    """``fixed``: settings the command itself sets, after the user's are checked (they replaced
    a bad value first, so 'claims --set summarizer.enabled=maybe' ran)."""
    return with_overrides(load_config(config, overrides or []), fixed)


def _one_stdin(config: Path | None, inputs: list[str]) -> None:
    """``--config -`` reads stdin, as ``-`` does for an article: one of them can have it."""
    if config is not None and str(config) == "-" and "-" in inputs:
        raise FactkitError("--config and the input cannot both be stdin ('-')")


def _not_dash(option: str, path: Path | None) -> None:
    """``-`` is stdin or stdout elsewhere; an errors file, a Markdown folder or an archive is no
    stream, and ``-`` made a file (or folder, or SQLite archive) of that name."""
    if path is not None and str(path) == "-":
        raise FactkitError(f"{option} -: give a path (this output is no stream)")


def _check_output(output: Path | None, *inputs: str, config: Path | None) -> None:
    """Before any work: ``-o`` and its config sidecar must not name an input, nor a folder."""
    _one_stdin(config, list(inputs))
    inputs = (*inputs, *([] if config is None else [str(config)]))
    if output is not None:
        check_outputs([output], inputs)  # first: "-o ." has no sidecar name
        check_outputs([config_path_for(output)], inputs)


def _write_stdout(text: str | bytes) -> None:
    """Write and flush stdout (bytes as they are, to its binary buffer where it has one); a
    failure other than a closed pipe (a full disk) is one line."""
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


def _emit(text: str | bytes, output: Path | None, cfg: Config) -> None:
    if output is None:
        _write_stdout(text)
        return
    # the report and its config sidecar: both whole, or neither
    atomic_write_files([(output, text), (config_path_for(output), cfg.to_yaml())])
    typer.echo(f"wrote {output}", err=True)


def _warn(where: str, message: str) -> None:
    typer.echo(f"factkit: warning: {where}: {message}", err=True)


def _read(file: str, cfg: Config) -> Article:
    """The one article in ``file``; an empty one is a user error, and ingestion's notes (a bad
    metadata date, a non-English text) go to stderr."""
    from factkit.ingest import EMPTY_ARTICLE, is_blank, read_article

    article = read_article(file, cfg.ingest)
    if is_blank(article.text):
        raise InputError(EMPTY_ARTICLE, path=file)
    for note in article.warnings:
        _warn(file, note)
    return article


_Format = TypeVar("_Format", bound=StrEnum)


def _suffix_format(
    chosen: _Format | None, output: Path | None, offered: type[_Format], command: str
) -> _Format | None:
    """``--format``, else the format ``-o``'s suffix names, else None (the command's default);
    a suffix the command does not write, or not as ``--format``, is refused before any work
    (:mod:`factkit.output_formats`)."""
    named = output_format(
        None if chosen is None else chosen.value, output, values(offered), command, "-o"
    )
    return None if named is None else offered(named)


def _jsonl_output(option: str, path: Path | None) -> None:
    """``batch`` writes JSON lines: an ``-o``/``--errors`` suffix naming another format is refused
    as ``claims -o page.html`` is (``batch -o reports.csv`` wrote JSON lines into reports.csv)."""
    output_format(None, path, ("jsonl",), "batch", option)


def _report_format(
    chosen: StrEnum | None, offered: type[StrEnum], cfg: Config, command: str
) -> OutputFormat:
    """``--format``, else the config's ``render.format``, which must be one ``command`` writes."""
    if chosen is not None:
        return OutputFormat(chosen)
    if cfg.render.format not in values(offered):
        raise ConfigError(
            f"render.format: {cfg.render.format.value!r} is not a format of 'factkit {command}' "
            f"({', '.join(values(offered))}); give --format"
        )
    return cfg.render.format


def _report(
    file: str,
    chosen: StrEnum | None,
    offered: type[StrEnum],
    command: str,
    config: Path | None,
    overrides: list[str] | None,
    fixed: Sequence[str],
    output: Path | None,
) -> None:
    """A report command (claims, run): check ``-o``, load the config with the user's
    ``overrides`` and then the command's ``fixed`` settings, run the pipeline on one input and
    write the report in the format chosen or configured."""
    _check_output(output, file, config=config)
    chosen = _suffix_format(chosen, output, offered, command)
    cfg = _config(config, overrides, fixed)
    fmt = _report_format(chosen, offered, cfg, command)
    article = _read(file, cfg)
    from factkit.pipeline import Pipeline
    from factkit.progress import terminal_progress
    from factkit.render import render_report_bytes

    with _sources_named(cfg), terminal_progress(f"factkit {file}") as progress:  # (TTY, 2 s)
        report = Pipeline(cfg, progress=progress).analyze(article)
        with progress.stage("rendering"):
            rendered = render_report_bytes(report, fmt)
    _emit(rendered, output, cfg)


@contextmanager
def _sources_named(cfg: Config) -> Iterator[None]:
    """A model that does not load: its one line names the config file, ``--set`` or the
    defaults that gave the setting (``configs/x.yaml: encoder.model_path: ...``)."""
    from factkit.config_sources import name_source

    try:
        yield
    except ModelLoadError as exc:
        raise ModelLoadError(name_source(cfg.sources, exc)) from None


def _version(value: bool) -> None:
    if value:
        _write_stdout(f"factkit {__version__}\n")  # a full stdout is one line, as for output
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


# ------------------------------------------------------------------------------------------
@app.command()
def split(
    file: FileArg,
    format: TextFormatOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Split an article into sentences with character offsets and segment kinds."""
    _check_output(output, file, config=config)
    format = _suffix_format(format, output, TextFormat, "split") or TextFormat.TEXT
    cfg = _config(config, set_)
    article = _read(file, cfg)
    from factkit.split import split_sentences

    sentences = split_sentences(article.text, cfg.splitter)
    if format == TextFormat.JSON:
        from factkit.render.to_json import split_to_dict

        text = json.dumps(split_to_dict(article, sentences), ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join(
            f"{s.index}\t{s.start}\t{s.end}\t{s.kind}\t{' '.join(s.text.split())}\n"
            for s in sentences
        )
    _emit(text, output, cfg)


@app.command()
def claims(
    file: FileArg,
    format: Annotated[
        ClaimsFormat | None, typer.Option("--format", "-f", help=_REPORT_FORMAT_HELP)
    ] = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Extract the claims worth checking: numbers, who said what, and when."""
    _report(
        file, format, ClaimsFormat, "claims", config, set_, ["summarizer.enabled=false"], output
    )


@app.command()
def summarize(
    file: FileArg,
    sentences: Annotated[
        int | None, typer.Option("--sentences", "-n", min=1, help="Length in sentences.")
    ] = None,
    words: Annotated[int | None, typer.Option("--words", min=1, help="Length in words.")] = None,
    ratio: Annotated[
        float | None,
        typer.Option("--ratio", help="Share of body sentences: more than 0, at most 1."),
    ] = None,
    max_chars: MaxCharsOpt = None,
    format: TextFormatOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Summarize an article (extractive MiniLM by default; seq2seq by config)."""
    if sum(x is not None for x in (sentences, words, ratio)) > 1:
        raise FactkitError("give only one of --sentences, --words, --ratio")
    # checked here, not by a click range: a range cannot be open at 0, and it words nan as
    # "should be <= 1"
    if ratio is not None and not 0 < ratio <= 1:
        raise FactkitError(
            f"--ratio: should be greater than 0 and at most 1 (a share of the body sentences),"
            f" not {ratio}"
        )
    _check_output(output, file, config=config)
    format = _suffix_format(format, output, TextFormat, "summarize") or TextFormat.TEXT
    cfg = _config(config, set_, ["summarizer.enabled=true"])
    article = _read(file, cfg)
    from factkit.split import split_sentences
    from factkit.summarization import build_summarizer

    segs = split_sentences(article.text, cfg.splitter)
    if not any(s.is_body for s in segs):
        raise InputError("no body sentences to summarize", path=file)
    with _sources_named(cfg):
        summary = build_summarizer(cfg).summarize(
            article, segs, n_sentences=sentences, words=words, ratio=ratio, max_chars=max_chars
        )
    if format == TextFormat.JSON:
        from factkit.render.to_json import summary_to_dict

        data = summary_to_dict(summary, article)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join(" ".join(s.text.split()) + "\n" for s in summary.sentences)
    _emit(text, output, cfg)


@app.command()
def run(
    file: FileArg,
    format: Annotated[
        RunFormat | None, typer.Option("--format", "-f", help=_REPORT_FORMAT_HELP)
    ] = None,
    max_chars: MaxCharsOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """The whole pipeline: summary plus claim checklist in one report."""
    limit = [] if max_chars is None else [f"summarizer.max_chars={max_chars}"]
    _report(file, format, RunFormat, "run", config, set_, limit, output)


@app.command()
def verify(
    source: Annotated[
        str, typer.Option("--source", help="The article the summary should be faithful to.")
    ],
    summary: Annotated[str, typer.Option("--summary", help="Summary text file (or - for stdin).")],
    format: Annotated[
        VerifyFormat | None, typer.Option("--format", "-f", help=_VERIFY_FORMAT_HELP)
    ] = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Check a summary against its article (numbers, speakers, dates, names); exit 1 if not."""
    from factkit.ingest import check_size, language_note, summary_problem
    from factkit.language import detect_language
    from factkit.summary_file import read_summary_prose

    if source == "-" and summary == "-":
        raise FactkitError("--source and --summary cannot both be stdin")
    _check_output(output, source, summary, config=config)
    format = _suffix_format(format, output, VerifyFormat, "verify") or VerifyFormat.MARKDOWN
    cfg = _config(config, set_)
    article = _read(source, cfg)
    summary_read = read_summary_prose(summary, cfg.ingest)
    summary_text = summary_read.text
    if why := summary_problem(summary_text):
        raise InputError(why, path=summary)
    check_size(summary_text, summary, None, cfg.ingest, "summary")  # the article's limit
    if note := language_note(detect_language(summary_text), "the verification"):  # as articles
        _warn(summary, note)
    from factkit.render.verification import render_verification_json, render_verification_markdown
    from factkit.split import split_sentences
    from factkit.verification import Verifier

    with _sources_named(cfg):
        result = Verifier(cfg).verify(
            summary_text, article, split_sentences(article.text, cfg.verify_splitter())
        )
    if format == VerifyFormat.JSON:
        text = render_verification_json(result, article)
    else:
        text = render_verification_markdown(result, article, summary_read.written)
    _emit(text, output, cfg)
    if not result.all_supported:
        raise typer.Exit(1)


# ``factkit batch``'s own options. What it reads and writes:
InputsArg = Annotated[list[str], typer.Argument(help="Files, folders, globs, JSONL files, or -.")]
BatchOutOpt = Annotated[
    Path,
    typer.Option(
        "--output", "-o", help="Output JSONL, one report a line (.jsonl .ndjson .json, or none)."
    ),
]
ErrorsOpt = Annotated[
    Path | None,
    typer.Option(
        "--errors", help="Errors JSONL (default: OUTPUT.errors.jsonl; suffixes as for -o)."
    ),
]
MarkdownDirOpt = Annotated[
    Path | None,
    typer.Option("--markdown-dir", help="Also write one Markdown checklist per article here."),
]
ResumeOpt = Annotated[
    bool, typer.Option("--resume", help="Skip ids already in OUTPUT; redo the rest.")
]
ArchiveOpt = Annotated[
    Path | None,
    typer.Option("--db", help="Also import the reports into this desk archive (serve)."),
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


@app.command()
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

    _one_stdin(config, inputs)
    for option, path in (("--errors", errors), ("--markdown-dir", markdown_dir), ("--db", db)):
        _not_dash(option, path)
    check_outputs([p for p in (output, errors) if p is not None], [*inputs, config])
    _jsonl_output("-o", output)
    _jsonl_output("--errors", errors)
    cfg = _config(config, set_)
    archive = _open_archive(db)
    with _batch_interrupts(output), _closing(archive):
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
            from factkit.serve.importer import import_reports

            imported = import_reports(output, archive)
            typer.echo(f"imported {imported.imported} reports into {imported.db}", err=True)
    raise typer.Exit(result.exit_code)


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
def _closing(archive: Store | None) -> Iterator[None]:
    try:
        yield
    finally:
        if archive is not None:
            archive.close()


def _open_archive(db: Path | None) -> Store | None:
    """``batch --db``: the archive is opened before the run, so an unusable one stops it."""
    if db is None:
        return None
    from factkit.serve.importer import open_archive

    return open_archive(db)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535)] = 8000,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="SQLite archive (default: desk.sqlite in the user data dir)."),
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

    _not_dash("--db", db)
    # a bad config or --set fails here, with one line; read once (stdin too, for "-"), and the
    # desk runs on this Config, its requests' config_overrides on top of it
    cfg = _config(config, set_)
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


@app.command()
def schema(
    document: Annotated[
        SchemaDocument,
        typer.Argument(
            help="report: claims/run JSON and batch lines; verify, split, summarize: the JSON "
            "of that command."
        ),
    ] = SchemaDocument.REPORT,
) -> None:
    """Print the JSON Schema of a document factkit writes (default: the report)."""
    from factkit.render import to_json

    written = {
        SchemaDocument.REPORT: to_json.report_schema,
        SchemaDocument.VERIFY: to_json.verification_schema,
        SchemaDocument.SPLIT: to_json.split_schema,
        SchemaDocument.SUMMARIZE: to_json.summary_schema,
    }[document]()
    _write_stdout(json.dumps(written, indent=2) + "\n")


@config_app.command("show")
def config_show(config: ConfigOpt = None, set_: SetOpt = None) -> None:
    """Print the filled config (defaults < --config < --set)."""
    _write_stdout(_config(config, set_).to_yaml())


@config_app.command("validate")
def config_validate(file: Annotated[Path, typer.Argument(help="Config file to check.")]) -> None:
    """Check a config file; exit 2 with one line naming the bad field."""
    from factkit.config_paths import missing_path

    if missing := missing_path(load_config(file)):
        raise ConfigError(missing)
    typer.echo(f"{input_name(str(file))}: ok", err=True)


whole_summaries(app)
whole_summaries(config_app)
use_placeholders(app)
use_placeholders(config_app)


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


def _help_unwritten(exc: OSError) -> bool:
    """Whether ``exc`` came from click's ``echo`` writing the help: ``factkit -h > /dev/full``
    ended in a traceback (the commands' own output goes through :func:`_write_stdout`)."""
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
        typer.echo(f"factkit: error: {usage[0]}", err=True)
        sys.exit(usage[1])
    if code == 130:
        # typer turns a KeyboardInterrupt inside a command into a silent Exit(130)
        typer.echo("factkit: interrupted", err=True)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
