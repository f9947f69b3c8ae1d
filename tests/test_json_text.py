"""JSON text with DEL and C1 escaped (``factkit.json_text``)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from factkit import json_text


@given(st.text())
def test_no_del_or_c1_is_written_raw_and_the_value_loads_back(text: str) -> None:
    value = {"title": text, "items": [text, 1.5, None]}
    written = json_text.document(value)
    assert json_text.RAW_CONTROL.search(written) is None
    assert json.loads(written) == value


def test_an_ordinary_text_stays_readable_and_a_hostile_one_is_ascii_only() -> None:
    assert json_text.dumps({"t": "café — “quoted”"}) == '{"t": "café — “quoted”"}'
    assert json_text.dumps({"t": "café\x7f\x9b"}) == '{"t": "caf\\u00e9\\u007f\\u009b"}'


def test_one_line_records_also_escape_the_line_separators() -> None:
    line = json_text.dumps(["a\u2028b"], unsafe=json_text.RAW_LINE_BREAK)
    assert line == '["a\\u2028b"]'
    assert json_text.dumps(["a\u2028b"]) == '["a\u2028b"]'  # a file keeps them readable


def test_the_bytes_pattern_finds_exactly_del_and_c1_in_utf8() -> None:
    for code in range(0x7F, 0xA0):
        assert json_text.RAW_CONTROL_BYTES.search(f"a{chr(code)}b".encode())
    # a C1 byte value as a continuation byte of another character is no control
    assert json_text.RAW_CONTROL_BYTES.search("ā€\u0880".encode()) is None
