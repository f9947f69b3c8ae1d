"""The JSON contract: one definition writes the reports, describes them and reads them back.

The schema (``factkit schema``) is generated from the document model, so these tests hold it to
what the writer prints: today's reports for the seed and 20 CNN/DM articles must validate, and
parse back to the same JSON.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import tracemalloc
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

import factkit
from factkit.config import load_config
from factkit.document import Article, Claim, Quantity, TimeAnchor
from factkit.enums import ClaimKind, ReasonType, SegmentKind, Verdict, values
from factkit.ingest import article_from_text
from factkit.pipeline import Pipeline
from factkit.render import render_report_bytes
from factkit.render.to_json import (
    SCHEMA_VERSION,
    parse_report,
    render_json,
    render_json_bytes,
    report_schema,
    report_to_dict,
    verification_schema,
    verification_to_dict,
)
from factkit.report import Report
from factkit.verification import Verifier
from tests.conftest import SEED_PATH, read_jsonl, shared_file

SEED_SUMMARY = (
    "The UN human rights chief said her office had counted at least 138 deaths among "
    "civilians in recent weeks. The State Department said the pullout is 95 percent complete."
)


def test_schema_enums_are_the_vocabularies() -> None:
    defs = report_schema()["$defs"]
    for enum in (SegmentKind, ClaimKind, ReasonType, Verdict):
        assert defs[enum.__name__]["enum"] == list(values(enum))
        # plain strings, so `factkit schema` prints plain JSON
        assert all(type(v) is str for v in defs[enum.__name__]["enum"])


def test_schema_names_the_version_and_leaves_out_what_is_never_written() -> None:
    schema = report_schema()
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert set(schema["required"]) == {"schema_version", "document", "sentences", "times", "claims"}
    article = schema["$defs"]["Article"]["properties"]
    assert "text" not in article and "source_path" not in article and "warnings" not in article
    assert "text" not in schema["$defs"]["SummarySentence"]["properties"]
    assert schema["$defs"]["Claim"]["properties"]["score"]["maximum"] == 1
    json.dumps(schema)  # printable as it is


def _seed_and_cnndm(limit: int) -> Iterator[tuple[str, str]]:
    """(article text, summary to verify): the seed with its planted-error summary, then CNN/DM
    articles with their reference highlights (the cases scripts/snapshot_outputs.py records)."""
    yield SEED_PATH.read_text(encoding="utf-8"), SEED_SUMMARY
    records = read_jsonl(shared_file("eval", "cnndm_sample.jsonl"))
    for record in itertools.islice(records, limit):
        yield record["article"], record["highlights"]


def _reports_of_today(limit: int) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(run report with its summary's verification, ``factkit verify`` JSON) per case."""
    cfg = load_config()
    pipeline, verifier = Pipeline(cfg), Verifier(cfg)
    for text, summary in _seed_and_cnndm(limit):
        report = pipeline.analyze(article_from_text(text))
        verification = verifier.verify(summary, report.article, report.sentences)
        checked = dataclasses.replace(report, verification=verification)
        yield report_to_dict(checked), verification_to_dict(verification, report.article)


def _written_again(report: dict[str, Any]) -> dict[str, Any]:
    """The report parsed by the contract and written again. The fields the contract does not
    write (the article text, each summary sentence's text) are filled in first, as a reader
    that holds them does (factkit.serve.reports)."""
    text = "x" * max((s["end"] for s in report["sentences"]), default=0)
    filled = {**report, "document": {**report["document"], "text": text}}
    if "summary" in report:
        parts = [{**p, "text": ""} for p in report["summary"]["sentences"]]
        filled["summary"] = {**report["summary"], "sentences": parts}
    parsed = parse_report(filled)
    return report_to_dict(
        Report(
            parsed.document,
            parsed.sentences,
            parsed.times,
            parsed.claims,
            parsed.summary,
            parsed.verification,
        )
    )


@pytest.mark.slow
def test_todays_reports_validate_and_parse_back_unchanged() -> None:
    schema = report_schema()
    seen = 0
    for report, verify_json in _reports_of_today(20):
        assert report["summary"]["sentences"] and report["verification"]["sentences"]
        jsonschema.validate(report, schema)
        claims_only = {k: v for k, v in report.items() if k not in ("summary", "verification")}
        jsonschema.validate(claims_only, schema)
        assert list(verify_json) == ["schema_version", "source", "sentences", "score"]
        jsonschema.validate(verify_json, verification_schema())
        assert verify_json["sentences"] == report["verification"]["sentences"]
        assert _written_again(report) == report
        assert _written_again(claims_only) == claims_only
        seen += 1
    assert seen == 21


def test_a_claims_times_are_written_without_their_sentence_index() -> None:
    time = TimeAnchor("Tuesday", 10, 17, "2021-08-10", sentence_index=3)
    claim = Claim("c1", 3, 0, 20, "x" * 20, (ClaimKind.QUANTITATIVE,), 0.123456, "?", times=(time,))
    assert claim.to_dict()["times"] == [
        {"text": "Tuesday", "start": 10, "end": 17, "resolved": "2021-08-10"}
    ]
    assert claim.to_dict()["score"] == 0.1235
    assert time.to_dict()["sentence_index"] == 3


def test_a_report_without_summary_or_verification_leaves_both_keys_out(seed_text: str) -> None:
    cfg = load_config(overrides=["checkworthiness.enabled=false", "summarizer.enabled=false"])
    report = Pipeline(cfg).analyze(Article(seed_text))
    data = json.loads(render_json(report))
    assert list(data) == ["schema_version", "document", "sentences", "times", "claims"]
    assert data["document"]["language"] == "en"  # guessed: Article(...) left it open
    jsonschema.validate(data, report_schema())
    assert all("sentence_index" in t for t in data["times"])


def _as_json_dumps_writes(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def test_render_json_is_json_dumps_byte_for_byte_where_the_encoders_differ(seed_text: str) -> None:
    cfg = load_config(overrides=["checkworthiness.enabled=false", "summarizer.enabled=false"])
    report = Pipeline(cfg).analyze(Article(seed_text))
    assert render_json(report) == _as_json_dumps_writes(report)
    first = report.claims[0]
    odd_numbers = dataclasses.replace(
        first,
        score=float("nan"),
        quantities=(Quantity("tiny", 0, 4, 1e-05), Quantity("x", 0, 1, float("inf"))),
    )
    tiny = dataclasses.replace(report, claims=[odd_numbers])
    assert '"value": 1e-05' in render_json(tiny)
    assert render_json(tiny) == _as_json_dumps_writes(tiny)
    not_finite = dataclasses.replace(tiny, claims=[dataclasses.replace(odd_numbers, quantities=())])
    assert '"score": NaN' in render_json(not_finite)
    assert render_json(not_finite) == _as_json_dumps_writes(not_finite)
    surrogate = dataclasses.replace(report.sentences[0], text="a\ud800b")
    odd_text = dataclasses.replace(report, sentences=[surrogate, *report.sentences[1:]])
    assert render_json(odd_text) == _as_json_dumps_writes(odd_text)


def test_the_json_bytes_are_render_json_encoded_and_never_a_text(seed_text: str) -> None:
    # the CLI wrote render_json(report): with one emoji in the article the text held 4 bytes a
    # character, so a 5 MB article's 33 MB report was a 130 MB text, and encoding it as much again
    cfg = load_config(overrides=["checkworthiness.enabled=false", "summarizer.enabled=false"])
    report = Pipeline(cfg).analyze(Article(seed_text))
    assert "\U0001f449" in seed_text  # an emoji: a text of this report is 4 bytes a character
    assert render_json_bytes(report) == render_json(report).encode("utf-8")
    tiny_value = (Quantity("tiny", 0, 4, 1e-05),)  # json's encoder, not pydantic's
    first = dataclasses.replace(report.claims[0], quantities=tiny_value)
    tiny = dataclasses.replace(report, claims=[first])
    assert render_json_bytes(tiny) == render_json(tiny).encode("utf-8")
    big = dataclasses.replace(report, sentences=report.sentences * 300)
    tracemalloc.start()
    try:
        written = render_report_bytes(big, "json")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert written == render_json(big).encode("utf-8") and len(written) > 2_000_000
    # the bytes and their copy with the final newline; the text alone was 4 times the bytes
    assert peak < 2.5 * len(written), (peak, len(written))


def test_a_field_the_stages_add_to_report_stays_out_of_the_json(seed_text: str) -> None:
    # Report never reaches pydantic: the envelope names what is written, so an in-memory field
    # (the annotate stage's record, say) needs no marker to stay out
    with_extra = dataclasses.make_dataclass(
        "ReportWithExtra",
        [("extra", object, dataclasses.field(default=None, repr=False, compare=False))],
        bases=(Report,),
    )
    cfg = load_config(overrides=["checkworthiness.enabled=false", "summarizer.enabled=false"])
    report = Pipeline(cfg).analyze(Article(seed_text))
    extended = with_extra(**{f.name: getattr(report, f.name) for f in dataclasses.fields(report)})
    extended.extra = object()  # not JSON-serializable: writing it would fail
    assert render_json(extended) == render_json(report)
    assert report_to_dict(extended) == report_to_dict(report)


def test_a_verify_document_names_its_version_and_validates_against_its_schema(
    seed_text: str,
) -> None:
    article = Article(seed_text, id="seed", source_path="seed.txt")
    result = factkit.verify(SEED_SUMMARY, article)
    data = json.loads(json.dumps(verification_to_dict(result, article)))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["source"]["path"] == "seed.txt" and data["source"]["language"] == "en"
    schema = verification_schema()
    assert schema["$id"].endswith(f"verify-{SCHEMA_VERSION}.json")
    jsonschema.validate(data, schema)
    no_source = {k: v for k, v in data.items() if k != "source"}
    for broken in ({**data, "schema_version": "0.9"}, no_source):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema)


def test_a_report_with_a_note_writes_it_and_parses_it_back() -> None:
    # an article of headings only: the JSON said nothing of why it had no summary and no claims
    cfg = load_config(overrides=["checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text("# Storm warning\n\n## Latest updates\n"))
    data = json.loads(render_json(report))
    assert list(data) == ["schema_version", "document", "sentences", "times", "claims", "note"]
    assert data["note"].startswith("the article has no body sentence (only heading lines)")
    jsonschema.validate(data, report_schema())
    assert report_schema()["properties"]["note"]["anyOf"][0] == {"type": "string"}
    filled = {**data, "document": {**data["document"], "text": report.article.text}}
    assert parse_report(filled).note == data["note"]


def test_a_del_or_c1_control_in_the_article_is_escaped_in_the_json(seed_text: str) -> None:
    # pydantic and the json module both wrote DEL and C1 raw: U+009B starts an escape sequence
    # on the terminal that cats the report
    cfg = load_config(overrides=["checkworthiness.enabled=false", "summarizer.enabled=false"])
    text = seed_text.replace("said", "said\x7f", 1).replace("the", "the\x9b", 1)
    report = Pipeline(cfg).analyze(Article(text))
    written = render_json(report)
    assert "\\u007f" in written and "\\u009b" in written
    assert "\x7f" not in written and "\x9b" not in written
    assert json.loads(written) == report_to_dict(report)
    assert render_json_bytes(report) == written.encode("utf-8")
