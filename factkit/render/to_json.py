"""The JSON contract other tools and our benchmarks read, and its JSON Schema.

Bump ``SCHEMA_VERSION`` (major) for any change that can break a reader; adding optional keys is a
minor bump.
"""

from __future__ import annotations

import json
from typing import Any

from factkit.document import Report
from factkit.enums import ClaimKind, ReasonType, SegmentKind, Verdict, values

SCHEMA_VERSION = "1.1"  # 1.1: document.language


def report_to_dict(report: Report) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "document": report.article.meta(),
        "sentences": [s.to_dict() for s in report.sentences],
        "times": [t.to_dict() for t in report.times],
        "claims": [c.to_dict() for c in report.claims],
    }
    if report.summary is not None:
        out["summary"] = report.summary.to_dict()
    if report.verification is not None:
        out["verification"] = report.verification.to_dict()
    return out


def render_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------------------------
# JSON Schema (draft 2020-12), published by `factkit schema`

_INT = {"type": "integer", "minimum": 0}
_OPT_INT = {"type": ["integer", "null"], "minimum": 0}
_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}


def _obj(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": props,
        "required": list(props) if required is None else required,
    }


_SPAN = {"text": _STR, "start": _INT, "end": _INT}
QUANTITY = _obj({**_SPAN, "value": {"type": "number"}, "unit": _OPT_STR, "qualifier": _OPT_STR})
ATTRIBUTION = _obj(
    {
        "speaker": _OPT_STR,
        "speaker_start": _OPT_INT,
        "speaker_end": _OPT_INT,
        "speaker_resolved": _OPT_STR,
        "speaker_title": _OPT_STR,
        "cue": _STR,
        "cue_start": _INT,
        "cue_end": _INT,
        "content": _STR,
        "content_start": _INT,
        "content_end": _INT,
        "direct": {"type": "boolean"},
    }
)
# ``resolved`` is ISO 8601 at the precision the text gives: YYYY-MM-DD, YYYY-MM or YYYY.
TIME = _obj(
    {**_SPAN, "resolved": {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}}
)
SENTENCE = _obj(
    {
        "index": _INT,
        "start": _INT,
        "end": _INT,
        "kind": {"enum": list(values(SegmentKind))},
        "text": _STR,
    }
)
CLAIM = _obj(
    {
        "id": _STR,
        "sentence_index": _INT,
        "start": _INT,
        "end": _INT,
        "text": _STR,
        "kinds": {
            "type": "array",
            "items": {"enum": list(values(ClaimKind))},
            "minItems": 1,
            "uniqueItems": True,
        },
        "score": {"type": "number", "minimum": 0, "maximum": 1},
        "question": _STR,
        "quantities": {"type": "array", "items": QUANTITY},
        "attributions": {"type": "array", "items": ATTRIBUTION},
        "times": {"type": "array", "items": TIME},
    }
)
SUMMARY = _obj(
    {
        "text": _STR,
        "method": {"enum": ["extractive", "seq2seq"]},
        "model": _STR,
        "strategy": _STR,
        "sentences": {
            "type": "array",
            "items": _obj(
                {
                    "index": _OPT_INT,
                    "start": _OPT_INT,
                    "end": _OPT_INT,
                    "score": {"type": "number"},
                    # ids of the report's claims this summary sentence carries
                    "claim_ids": {"type": "array", "items": _STR},
                }
            ),
        },
    }
)
REASON = _obj(
    {
        "type": {"enum": list(values(ReasonType))},
        "detail": _STR,
        "summary_span": {"type": ["array", "null"], "items": _INT},
        "source_start": _OPT_INT,
        "source_end": _OPT_INT,
    }
)
SUPPORT = _obj(
    {"sentence_index": _INT, "start": _INT, "end": _INT, "similarity": {"type": "number"}}
)
VERIFIED_SENTENCE = _obj(
    {
        "index": _INT,
        "start": _INT,
        "end": _INT,
        "text": _STR,
        "verdict": {"enum": list(values(Verdict))},
        "reasons": {"type": "array", "items": REASON},
        "notes": {"type": "array", "items": REASON},
        "support": {"type": "array", "items": SUPPORT},
        "score": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
    }
)
VERIFICATION = _obj(
    {
        "sentences": {"type": "array", "items": VERIFIED_SENTENCE},
        "score": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
    }
)


def report_schema() -> dict[str, Any]:
    """JSON Schema of ``factkit claims|run --format json`` output (and each batch line)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://factkit.dev/schema/report-{SCHEMA_VERSION}.json",
        "title": "factkit report",
        "type": "object",
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "document": _obj(
                {
                    "id": _STR,
                    "date": {"type": ["string", "null"], "format": "date"},
                    "section": _OPT_STR,
                    "title": _OPT_STR,
                    "credit": _OPT_STR,
                    # ISO 639-1 guess ("und": undetermined); factkit is tuned for "en"
                    "language": {"type": "string", "pattern": "^([a-z]{2}|und)$"},
                },
                required=["id", "date", "section", "title", "credit"],
            ),
            "sentences": {"type": "array", "items": SENTENCE},
            "times": {
                "type": "array",
                "items": _obj({**TIME["properties"], "sentence_index": _OPT_INT}),
            },
            "claims": {"type": "array", "items": CLAIM},
            "summary": SUMMARY,
            "verification": VERIFICATION,
            "input": _obj({"id": _STR, "path": _OPT_STR, "line": _OPT_INT}, required=["id"]),
        },
        "required": ["schema_version", "document", "sentences", "times", "claims"],
    }
