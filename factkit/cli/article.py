"""The commands on one article: ``split``, ``claims``, ``summarize`` and ``run``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from factkit import json_text
from factkit.cli.inputs import check_output, command_config, read_article, sources_named
from factkit.cli.options import (
    REPORT_FORMAT_HELP,
    ClaimsFormat,
    ConfigOpt,
    FileArg,
    MaxCharsOpt,
    OutOpt,
    RunFormat,
    SetOpt,
    TextFormat,
    TextFormatOpt,
)
from factkit.cli.outputs import emit, suffix_format, warn
from factkit.config import Config
from factkit.enums import OutputFormat, StrEnum, values
from factkit.errors import ConfigError, FactkitError, InputError
from factkit.render.labels import shown_line


def split(
    file: FileArg,
    format: TextFormatOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Split an article into sentences with character offsets and segment kinds."""
    check_output(output, file, config=config)
    format = suffix_format(format, output, TextFormat, "split") or TextFormat.TEXT
    cfg = command_config(config, set_)
    article = read_article(file, cfg)
    from factkit.split import split_sentences

    sentences = split_sentences(article.text, cfg.splitter)
    if format == TextFormat.JSON:
        from factkit.render.to_json import split_to_dict

        text = json_text.document(split_to_dict(article, sentences))
    else:
        text = "".join(
            f"{s.index}\t{s.start}\t{s.end}\t{s.kind}\t{shown_line(s.text)}\n" for s in sentences
        )
    emit(text, output, cfg)


def claims(
    file: FileArg,
    format: Annotated[
        ClaimsFormat | None, typer.Option("--format", "-f", help=REPORT_FORMAT_HELP)
    ] = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Extract the claims worth checking: numbers, who said what, and when."""
    _report(
        file, format, ClaimsFormat, "claims", config, set_, ["summarizer.enabled=false"], output
    )


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
    check_output(output, file, config=config)
    format = suffix_format(format, output, TextFormat, "summarize") or TextFormat.TEXT
    cfg = command_config(config, set_, ["summarizer.enabled=true"])
    article = read_article(file, cfg)
    from factkit.split import split_sentences
    from factkit.summarization import build_summarizer

    segs = split_sentences(article.text, cfg.splitter)
    if not any(s.is_body for s in segs):
        raise InputError("no body sentences to summarize", path=file)
    with sources_named(cfg):
        summary = build_summarizer(cfg).summarize(
            article, segs, n_sentences=sentences, words=words, ratio=ratio, max_chars=max_chars
        )
    if format == TextFormat.JSON:
        from factkit.render.to_json import summary_to_dict

        data = summary_to_dict(summary, article)
        text = json_text.document(data)
    else:
        text = "".join(shown_line(s.text) + "\n" for s in summary.sentences)
    emit(text, output, cfg)


def run(
    file: FileArg,
    format: Annotated[
        RunFormat | None, typer.Option("--format", "-f", help=REPORT_FORMAT_HELP)
    ] = None,
    max_chars: MaxCharsOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """The whole pipeline: summary plus claim checklist in one report."""
    limit = [] if max_chars is None else [f"summarizer.max_chars={max_chars}"]
    _report(file, format, RunFormat, "run", config, set_, limit, output)


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
    check_output(output, file, config=config)
    chosen = suffix_format(chosen, output, offered, command)
    cfg = command_config(config, overrides, fixed)
    fmt = _report_format(chosen, offered, cfg, command)
    article = read_article(file, cfg)
    from factkit.pipeline import Pipeline
    from factkit.progress import terminal_progress
    from factkit.render import render_report_bytes

    with sources_named(cfg), terminal_progress(f"factkit {file}") as progress:  # (TTY, 2 s)
        report = Pipeline(cfg, progress=progress).analyze(article)
        with progress.stage("rendering"):
            rendered = render_report_bytes(report, fmt)
    if report.note:  # said on stderr too: a CSV checklist has no place for it
        warn(file, report.note)
    emit(rendered, output, cfg)
