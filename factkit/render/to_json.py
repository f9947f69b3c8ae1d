"""The JSON contract other tools and our benchmarks read, and its JSON Schema.

The report is written, described and parsed through one envelope, :class:`ReportJSON`, whose field
types are the document model's (``factkit.document``): ``report_to_dict`` writes it,
``report_schema`` is its JSON Schema (``factkit schema``) and ``parse_report`` reads a stored
report back, all three from the same pydantic adapter. ``factkit verify``'s document has its own
envelope, :class:`VerificationJSON` (``verification_to_dict``, ``verification_schema``), and so
has ``factkit split --format json``'s, :class:`SplitJSON`; ``factkit summarize --format json``
writes the summary with its ``document`` block (``summary_to_dict``, ``summary_schema``).

Bump ``SCHEMA_VERSION`` (major) for any change that can break a reader; adding optional keys is a
minor bump.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import ConfigDict, Field
from pydantic_core import PydanticSerializationError

from factkit import json_text
from factkit.document import (
    Article,
    Claim,
    LanguageCode,
    Offset,
    Probability,
    Sentence,
    Summary,
    TimeAnchor,
    Verification,
    VerifiedSentence,
    contract_adapter,
)
from factkit.report import Report

SCHEMA_VERSION = "1.4"  # 1.1: document.language; 1.2: verification support kind;
# 1.3: factkit verify's JSON names its schema_version and has a schema (factkit schema verify);
# 1.4: a report's note (why it has no summary and no claims: no body sentence)


@dataclass(frozen=True, slots=True)
class BatchInput:
    """Where a batch line's article came from (``factkit batch`` adds it; reports have none)."""

    id: str
    path: str | None = None
    line: Offset | None = None


@dataclass(frozen=True, slots=True)
class ReportJSON:
    """The JSON report: ``factkit claims|run --format json`` output and each batch line.

    A report of any earlier minor version parses; the schema names the current one.
    """

    schema_version: Annotated[str, Field(json_schema_extra={"const": SCHEMA_VERSION})]
    document: Article
    sentences: list[Sentence]
    times: list[TimeAnchor]
    claims: list[Claim]
    summary: Summary | None = None
    verification: Verification | None = None
    note: str | None = None
    input: BatchInput | None = None

    # NaN and the infinities written as json.dumps writes them, not as null
    __pydantic_config__ = ConfigDict(ser_json_inf_nan="constants")


def _envelope(report: Report) -> tuple[ReportJSON, dict[str, Any]]:
    """The report in its envelope, and what pydantic's ``exclude`` leaves out of it."""
    envelope = ReportJSON(
        SCHEMA_VERSION,
        report.article,
        report.sentences,
        report.times,
        report.claims,
        report.summary,
        report.verification,
        report.note,
    )
    # summary, verification and note are left out, not null, when the run made none
    absent: dict[str, Any] = {"input": True, "claims": {"__all__": Claim.WRITE_EXCLUDE}}
    if report.summary is None:
        absent["summary"] = True
    if report.verification is None:
        absent["verification"] = True
    if report.note is None:
        absent["note"] = True
    return envelope, absent


def report_to_dict(report: Report) -> dict[str, Any]:
    envelope, absent = _envelope(report)
    data: dict[str, Any] = contract_adapter(ReportJSON).dump_python(
        envelope, mode="json", exclude=absent, warnings=False
    )
    return data


def render_json(report: Report) -> str:
    """The report as ``json_text.document(report_to_dict(report))`` writes it, byte for byte,
    but encoded by pydantic (several times faster than json's pure-Python indenting encoder).
    Where the two encoders differ, json's is used: a number of magnitude below 1e-4 (pydantic
    writes 0.00001 for 1e-05; only quantity values are not rounded to four places), a lone
    surrogate in a text (which pydantic cannot encode) and a DEL or C1 control (which pydantic
    writes raw)."""
    written = _pydantic_json(report)
    return _json_module_text(report) if written is None else written.decode("utf-8")


def render_json_bytes(report: Report) -> bytes:
    """``render_json(report)`` encoded as UTF-8, without making the text: a text with one
    character above U+FFFF (an emoji) takes 4 bytes a character, so a 5 MB article's 33 MB
    report was a 130 MB text, and encoding it to write took as much again."""
    written = _pydantic_json(report)
    return _json_module_text(report).encode("utf-8") if written is None else written


def _json_module_text(report: Report) -> str:
    """The report's JSON as the json module writes it, where pydantic's encoder differs."""
    return json_text.document(report_to_dict(report))


def _pydantic_json(report: Report) -> bytes | None:
    """The report's JSON with its final newline as pydantic writes it, or None where its
    encoder differs from json's (see :func:`render_json`)."""
    envelope, absent = _envelope(report)
    if any(0 < abs(q.value) < 1e-4 for c in report.claims for q in c.quantities):
        return None
    try:
        written = contract_adapter(ReportJSON).dump_json(
            envelope, indent=2, exclude=absent, warnings=False
        )
    except PydanticSerializationError:
        return None
    if json_text.RAW_CONTROL_BYTES.search(written):
        return None  # DEL or C1: pydantic writes them raw even ASCII-only (json_text)
    # the newline goes on the bytes: added to the decoded text, it copied the whole report
    # again, at 4 bytes a character where the text holds one above U+FFFF
    return written + b"\n"


def parse_report(data: dict[str, Any]) -> ReportJSON:
    """A JSON report read back (``pydantic.ValidationError`` when it breaks the contract). The
    fields the contract does not write (``document.text``, each summary sentence's ``text``)
    must be filled in ``data`` first."""
    envelope: ReportJSON = contract_adapter(ReportJSON).validate_python(data)
    return envelope


@dataclass(frozen=True, slots=True)
class VerifiedSource:
    """The article a ``factkit verify`` document was checked against: the report's ``document``
    block, and the path it was read from (``null`` for stdin or an API text)."""

    id: str
    date: dt.date | None
    section: str | None
    title: str | None
    credit: str | None
    language: LanguageCode
    path: str | None

    @classmethod
    def of(cls, article: Article) -> VerifiedSource:
        meta = article.meta()  # names the language when ingestion left it open
        return cls(
            meta["id"],
            article.date,
            article.section,
            article.title,
            article.credit,
            meta["language"],
            article.source_path,
        )


@dataclass(frozen=True, slots=True)
class VerificationJSON:
    """``factkit verify --format json`` (and the review desk's verify answer): the checked
    summary's sentences and score, as a report's ``verification`` writes them, and its source."""

    schema_version: Annotated[str, Field(json_schema_extra={"const": SCHEMA_VERSION})]
    source: VerifiedSource
    sentences: tuple[VerifiedSentence, ...]
    score: Probability | None = None

    __pydantic_config__ = ConfigDict(ser_json_inf_nan="constants")


def verification_to_dict(result: Verification, article: Article) -> dict[str, Any]:
    envelope = VerificationJSON(
        SCHEMA_VERSION, VerifiedSource.of(article), result.sentences, result.score
    )
    data: dict[str, Any] = contract_adapter(VerificationJSON).dump_python(
        envelope, mode="json", warnings=False
    )
    return data


def verification_schema() -> dict[str, Any]:
    """JSON Schema of ``factkit verify --format json`` output."""
    return _document_schema(VerificationJSON, "verify", "factkit summary verification")


@dataclass(frozen=True, slots=True)
class SplitJSON:
    """``factkit split --format json``: the report's ``document`` block and ``sentences``."""

    document: Article
    sentences: tuple[Sentence, ...]


def split_to_dict(article: Article, sentences: list[Sentence]) -> dict[str, Any]:
    data: dict[str, Any] = contract_adapter(SplitJSON).dump_python(
        SplitJSON(article, tuple(sentences)), mode="json", warnings=False
    )
    return data


def split_schema() -> dict[str, Any]:
    """JSON Schema of ``factkit split --format json`` output."""
    return _document_schema(SplitJSON, "split", "factkit sentences")


def summary_to_dict(summary: Summary, article: Article) -> dict[str, Any]:
    """``factkit summarize --format json``: a report's ``summary`` with the ``document`` block."""
    return {**summary.to_dict(), "document": article.meta()}


def summary_schema() -> dict[str, Any]:
    """JSON Schema of ``factkit summarize --format json`` output: the ``Summary`` schema with
    the ``document`` property that :func:`summary_to_dict` adds."""
    schema = _document_schema(Summary, "summarize", "factkit summary")
    schema.setdefault("$defs", {})["Article"] = contract_schema(Article)
    schema["properties"]["document"] = {"$ref": "#/$defs/Article"}
    schema["required"] = [*schema.get("required", []), "document"]
    return schema


def contract_schema(kind: Any) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one part of the contract as it is written."""
    schema: dict[str, Any] = contract_adapter(kind).json_schema(mode="serialization")
    return schema


def report_schema() -> dict[str, Any]:
    """JSON Schema of ``factkit claims|run --format json`` output (and each batch line)."""
    return _document_schema(ReportJSON, "report", "factkit report")


def _document_schema(envelope: Any, name: str, title: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://factkit.dev/schema/{name}-{SCHEMA_VERSION}.json",
        **contract_schema(envelope),
        "title": title,
    }
