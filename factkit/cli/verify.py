"""``factkit verify``: check a summary against its article; exit 1 when a sentence is
unsupported."""

from __future__ import annotations

from typing import Annotated

import typer

from factkit.cli.inputs import check_output, command_config, read_article, sources_named
from factkit.cli.options import VERIFY_FORMAT_HELP, ConfigOpt, OutOpt, SetOpt, VerifyFormat
from factkit.cli.outputs import emit, suffix_format, warn
from factkit.errors import FactkitError


def verify(
    source: Annotated[
        str, typer.Option("--source", help="The article the summary should be faithful to.")
    ],
    summary: Annotated[str, typer.Option("--summary", help="Summary text file (or - for stdin).")],
    format: Annotated[
        VerifyFormat | None, typer.Option("--format", "-f", help=VERIFY_FORMAT_HELP)
    ] = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
    output: OutOpt = None,
) -> None:
    """Check a summary against its article (numbers, speakers, dates, names); exit 1 if not."""
    from factkit.ingest import check_size, language_note
    from factkit.language import detect_language
    from factkit.summary_file import read_summary_prose

    if source == "-" and summary == "-":
        raise FactkitError("--source and --summary cannot both be stdin")
    check_output(output, source, summary, config=config)
    format = suffix_format(format, output, VerifyFormat, "verify") or VerifyFormat.MARKDOWN
    cfg = command_config(config, set_)
    article = read_article(source, cfg)
    summary_read = read_summary_prose(summary, cfg.ingest)
    summary_text = summary_read.text  # the reader refused one with nothing to verify
    check_size(summary_text, summary, None, cfg.ingest, "summary")  # the article's limit
    if note := language_note(detect_language(summary_text), "the verification"):  # as articles
        warn(summary, note)
    from factkit.render.verification import render_verification_json, render_verification_markdown
    from factkit.split import split_sentences
    from factkit.verification import Verifier

    with sources_named(cfg):
        result = Verifier(cfg).verify(
            summary_text, article, split_sentences(article.text, cfg.verify_splitter())
        )
    if format == VerifyFormat.JSON:
        text = render_verification_json(result, article)
    else:
        text = render_verification_markdown(result, article, summary_read.written)
    emit(text, output, cfg)
    if not result.all_supported:
        raise typer.Exit(1)
