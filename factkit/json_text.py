"""JSON text as factkit writes it: UTF-8 kept readable, but never a raw character that a
terminal or a line reader acts on. The json module escapes only C0 controls; DEL and C1
(U+0080-U+009F, among them U+009B, one character that starts an escape sequence) went into
report, claims and verify files and desk answers raw. Its one option that escapes them is
``ensure_ascii``, so a text holding one is written ASCII-only: hostile input costs
readability, an ordinary article's file stays as it was."""

from __future__ import annotations

import json
import re
from typing import Any

# DEL and C1: what the json module leaves raw and a terminal may act on
RAW_CONTROL = re.compile("[\x7f-\x9f]")
# the same in a UTF-8 encoding (C1 is 0xC2 then 0x80-0x9F; 0xC2 is only ever a lead byte)
RAW_CONTROL_BYTES = re.compile(b"\x7f|\xc2[\x80-\x9f]")
# for one record on one line: also the characters ``str.splitlines`` (and some JSONL readers)
# break lines on (U+0085 is C1)
RAW_LINE_BREAK = re.compile("[\x7f-\x9f\u2028\u2029]")


def dumps(
    value: Any,
    *,
    indent: int | None = None,
    separators: tuple[str, str] | None = None,
    allow_nan: bool = True,
    unsafe: re.Pattern[str] = RAW_CONTROL,
) -> str:
    """``json.dumps(value, ensure_ascii=False, ...)``, or with ``ensure_ascii=True`` where that
    text holds a character ``unsafe`` matches (loads back the same value either way)."""
    text = json.dumps(
        value, ensure_ascii=False, indent=indent, separators=separators, allow_nan=allow_nan
    )
    if unsafe.search(text) is None:
        return text
    return json.dumps(
        value, ensure_ascii=True, indent=indent, separators=separators, allow_nan=allow_nan
    )


def document(value: Any) -> str:
    """A JSON file's text: indented by 2, ending in a newline."""
    return dumps(value, indent=2) + "\n"
