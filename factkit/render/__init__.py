"""Renderers: Report -> Markdown checklist, JSON contract, CSV rows, self-contained HTML."""

from __future__ import annotations

from collections.abc import Callable

from factkit.enums import OutputFormat, values
from factkit.report import Report

FORMATS = values(OutputFormat)


def _text(report: Report) -> str:
    """Plain text: the summary when there is one, else the claim sentences, one a line with
    control characters shown (an ESC sequence would act on the terminal that prints it)."""
    from factkit.render.labels import shown_line

    if report.summary is not None:
        return "\n".join(shown_line(s.text) for s in report.summary.sentences) + "\n"
    return "".join(shown_line(c.text) + "\n" for c in report.claims)


def renderer(fmt: OutputFormat | str) -> Callable[[Report], str]:
    if fmt == OutputFormat.MARKDOWN:
        from factkit.render.to_markdown import render_markdown

        return render_markdown
    if fmt == OutputFormat.JSON:
        from factkit.render.to_json import render_json

        return render_json
    if fmt == OutputFormat.CSV:
        from factkit.render.to_csv import render_csv

        return render_csv
    if fmt == OutputFormat.HTML:
        from factkit.render.to_html import render_html

        return render_html
    if fmt == OutputFormat.TEXT:
        return _text
    # reached from the Python API only (the command line offers its formats as choices): it
    # said "--format: ..." to a caller who gave no option; the API's errors name the argument
    if not isinstance(fmt, str):
        raise TypeError(f"render_report(): fmt must be a str, not {type(fmt).__name__}")
    raise ValueError(
        f"render_report(): fmt: unknown format {fmt!r} (choose from {', '.join(FORMATS)})"
    )


def render_report(report: Report, fmt: OutputFormat | str) -> str:
    return renderer(fmt)(report)


def render_report_bytes(report: Report, fmt: OutputFormat | str) -> bytes:
    """``render_report(report, fmt)`` as the UTF-8 bytes a file or stdout gets; the JSON report
    never becomes a text on the way (see ``to_json.render_json_bytes``)."""
    if fmt == OutputFormat.JSON:
        from factkit.render.to_json import render_json_bytes

        return render_json_bytes(report)
    return render_report(report, fmt).encode("utf-8")
