"""The ``factkit`` command line. Commands only compose library calls.

Results go to stdout (or ``-o``), progress and errors to stderr. User errors print one line and
exit 2 (``verify`` exits 1 when a summary sentence is unsupported; ``batch`` 3 when some documents
failed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from factkit import __version__
from factkit.config import Config, load_config
from factkit.errors import FactkitError
from factkit.io import atomic_write_text, config_path_for

CONTEXT = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    name="factkit",
    help="News articles to summaries and claim checklists for fact-checkers and editors.",
    context_settings=CONTEXT,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
config_app = typer.Typer(
    help="Show or validate config files.", context_settings=CONTEXT, no_args_is_help=True
)
app.add_typer(config_app, name="config")

ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="YAML config file (defaults: configs/default.yaml)."),
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option("--set", help="Override a setting: --set splitter.max_len=400 (repeatable)."),
]
OutOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout."),
]
MaxCharsOpt = Annotated[
    int | None,
    typer.Option("--max-chars", min=1, help="Summary at most this many characters."),
]
FileArg = Annotated[
    str, typer.Argument(help="Input file (.txt .md .html .json .jsonl) or - for stdin.")
]


def _config(config: Path | None, overrides: list[str] | None) -> Config:
    return load_config(config, overrides or [])


def _emit(text: str, output: Path | None, cfg: Config) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    atomic_write_text(output, text)
    atomic_write_text(config_path_for(output), cfg.to_yaml())
    typer.echo(f"wrote {output}", err=True)


def _report(file: str, fmt: str, cfg: Config, output: Path | None) -> None:
    """Run the pipeline on one input and write the rendered report."""
    from factkit.ingest import read_article
    from factkit.pipeline import Pipeline
    from factkit.render import render_report

    report = Pipeline(cfg).analyze(read_article(file, cfg.ingest))
    _emit(render_report(report, fmt), output, cfg)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factkit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """factkit: summaries and claim checklists for news articles."""


# ------------------------------------------------------------------------------------------
@app.command()
def split(
    file: FileArg,
    format: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text",
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Split an article into sentences with character offsets and segment kinds."""
    from factkit.ingest import read_article
    from factkit.split import split_sentences

    _choice("--format", format, ("text", "json"))
    cfg = _config(config, set_)
    article = read_article(file, cfg.ingest)
    sentences = split_sentences(article.text, cfg.splitter)
    if format == "json":
        text = (
            json.dumps(
                {"document": article.meta(), "sentences": [s.to_dict() for s in sentences]},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
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
        str, typer.Option("--format", "-f", help="markdown | json | csv")
    ] = "markdown",
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Extract the claims worth checking: numbers, who said what, and when."""
    _choice("--format", format, ("markdown", "json", "csv"))
    _report(file, format, _config(config, [*(set_ or []), "summarizer.enabled=false"]), output)


@app.command()
def summarize(
    file: FileArg,
    sentences: Annotated[
        int | None, typer.Option("--sentences", "-n", min=1, help="Length in sentences.")
    ] = None,
    words: Annotated[int | None, typer.Option("--words", min=1, help="Length in words.")] = None,
    ratio: Annotated[
        float | None, typer.Option("--ratio", min=0.0, max=1.0, help="Share of body sentences.")
    ] = None,
    max_chars: MaxCharsOpt = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text",
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Summarize an article (extractive MiniLM by default; seq2seq by config)."""
    from factkit.ingest import read_article
    from factkit.split import split_sentences
    from factkit.summarization import build_summarizer

    _choice("--format", format, ("text", "json"))
    if sum(x is not None for x in (sentences, words, ratio)) > 1:
        raise FactkitError("give only one of --sentences, --words, --ratio")
    cfg = _config(config, [*(set_ or []), "summarizer.enabled=true"])
    article = read_article(file, cfg.ingest)
    segs = split_sentences(article.text, cfg.splitter)
    summary = build_summarizer(cfg).summarize(
        article, segs, n_sentences=sentences, words=words, ratio=ratio, max_chars=max_chars
    )
    if format == "json":
        data = summary.to_dict()
        data["document"] = article.meta()
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join(" ".join(s.text.split()) + "\n" for s in summary.sentences)
    _emit(text, output, cfg)


@app.command()
def run(
    file: FileArg,
    format: Annotated[
        str, typer.Option("--format", "-f", help="markdown | json | html")
    ] = "markdown",
    max_chars: MaxCharsOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """The whole pipeline: summary plus claim checklist in one report."""
    _choice("--format", format, ("markdown", "json", "html"))
    limit = [] if max_chars is None else [f"summarizer.max_chars={max_chars}"]
    _report(file, format, _config(config, [*(set_ or []), *limit]), output)


@app.command()
def verify(
    source: Annotated[
        str, typer.Option("--source", help="The article the summary should be faithful to.")
    ],
    summary: Annotated[str, typer.Option("--summary", help="Summary text file (or - for stdin).")],
    format: Annotated[str, typer.Option("--format", "-f", help="markdown | json")] = "markdown",
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Check a summary against its article (numbers, speakers, dates, names); exit 1 if not."""
    from factkit.ingest import decode_bytes, read_article, read_input_bytes
    from factkit.render.verification import render_verification_json, render_verification_markdown
    from factkit.verification import Verifier

    _choice("--format", format, ("markdown", "json"))
    if source == "-" and summary == "-":
        raise FactkitError("--source and --summary cannot both be stdin")
    cfg = _config(config, set_)
    article = read_article(source, cfg.ingest)
    summary_text = decode_bytes(read_input_bytes(summary), summary)
    from factkit.split import split_sentences

    result = Verifier(cfg).verify(
        summary_text, article, split_sentences(article.text, cfg.splitter)
    )
    if format == "json":
        text = render_verification_json(result, article)
    else:
        text = render_verification_markdown(result, article)
    _emit(text, output, cfg)
    if not result.all_supported:
        raise typer.Exit(1)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs, JSONL files, or -.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Output JSONL (one report a line).")
    ],
    config: ConfigOpt = None,
    set_: SetOpt = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Worker processes (default: CPU count)."),
    ] = None,
    engine: Annotated[str | None, typer.Option("--engine", help="local | dask | serial")] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786."),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip ids already in OUTPUT; redo the rest.")
    ] = False,
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Errors JSONL (default: OUTPUT.errors.jsonl).")
    ] = None,
    markdown_dir: Annotated[
        Path | None,
        typer.Option("--markdown-dir", help="Also write one Markdown checklist per article here."),
    ] = None,
    ordered: Annotated[
        bool | None,
        typer.Option("--ordered/--unordered", help="Write in input order (default: as finished)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
) -> None:
    """Run the pipeline over many articles: streamed, resumable, parallel (local or Dask)."""
    from factkit.batching import run_batch

    if engine is not None:
        _choice("--engine", engine, ("local", "dask", "serial"))
    cfg = _config(config, set_)
    result = run_batch(
        inputs,
        output,
        cfg,
        workers=workers,
        engine=engine or cfg.batch.engine,
        scheduler=scheduler,
        resume=resume,
        errors=errors,
        markdown_dir=markdown_dir,
        ordered=ordered,
        progress=False if quiet else None,
    )
    raise typer.Exit(result.exit_code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report (claims/run JSON and batch lines)."""
    from factkit.render.to_json import report_schema

    sys.stdout.write(json.dumps(report_schema(), indent=2) + "\n")


@config_app.command("show")
def config_show(config: ConfigOpt = None, set_: SetOpt = None) -> None:
    """Print the filled config (defaults < --config < --set)."""
    sys.stdout.write(_config(config, set_).to_yaml())


@config_app.command("validate")
def config_validate(file: Annotated[Path, typer.Argument(help="Config file to check.")]) -> None:
    """Check a config file; exit 2 with one line naming the bad field."""
    load_config(file)
    typer.echo(f"{file}: ok", err=True)


def _choice(option: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise FactkitError(f"{option}: {value!r} is not one of {', '.join(allowed)}")


def main() -> None:
    """Console entry point: user errors become one line on stderr and an exit code."""
    try:
        # without standalone mode click returns a command's exit code instead of exiting
        code = app(standalone_mode=False)
    except FactkitError as exc:
        typer.echo(f"factkit: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("factkit: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # click usage errors
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
