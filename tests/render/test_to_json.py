"""The JSON Schema's closed vocabularies are the enums the document model uses."""

from __future__ import annotations

from factkit.enums import ClaimKind, ReasonType, SegmentKind, Verdict, values
from factkit.render.to_json import CLAIM, REASON, SENTENCE, VERIFIED_SENTENCE, report_schema


def test_schema_enums_are_the_vocabularies() -> None:
    assert SENTENCE["properties"]["kind"]["enum"] == list(values(SegmentKind))
    assert CLAIM["properties"]["kinds"]["items"]["enum"] == list(values(ClaimKind))
    assert REASON["properties"]["type"]["enum"] == list(values(ReasonType))
    assert VERIFIED_SENTENCE["properties"]["verdict"]["enum"] == list(values(Verdict))
    schema = report_schema()
    assert schema["properties"]["sentences"]["items"] is SENTENCE
    # plain strings, so `factkit schema` prints the same JSON as before
    assert all(type(v) is str for v in SENTENCE["properties"]["kind"]["enum"])
