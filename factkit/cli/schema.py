"""``factkit schema``: the JSON Schema of each JSON document factkit writes."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from factkit.cli.outputs import write_stdout
from factkit.enums import StrEnum


class SchemaDocument(StrEnum):
    """The JSON documents factkit writes, each with its schema."""

    REPORT = "report"  # claims/run JSON and batch lines
    VERIFY = "verify"  # factkit verify --format json
    SPLIT = "split"  # factkit split --format json
    SUMMARIZE = "summarize"  # factkit summarize --format json


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
    write_stdout(json.dumps(written, indent=2) + "\n")
