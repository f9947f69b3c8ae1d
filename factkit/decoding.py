"""Bytes to text, as the readers say it: a ground helper for ingest and the config loader alike.

Both read a file's bytes themselves, so that what is not text gets one clear line instead of a
codec's message. They share the byte-order marks and the words for bytes that do not decode;
each keeps its own set of encodings (articles: UTF-8, UTF-16, UTF-32; a config: UTF-8, UTF-16)
and its own advice. The helper lives below both, since config sits below ingest.
"""

from __future__ import annotations

import codecs
from collections.abc import Collection

__all__ = ["bom_encoding", "encoding_label", "not_taken", "not_valid"]

# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding that a byte-order mark opening ``data`` names, or None."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def encoding_label(encoding: str) -> str:
    """An encoding as a message names it: "utf-8-sig" -> "UTF-8", "utf-16" -> "UTF-16"."""
    return {"utf-8-sig": "UTF-8"}.get(encoding, encoding.upper())


def not_taken(encoding: str, taken: Collection[str]) -> str:
    """ "UTF-32 by its byte-order mark, which is not read here; expected UTF-8 or UTF-16": a
    reader's words for a marked encoding it does not take (``taken``: those it does)."""
    expected = " or ".join(dict.fromkeys(encoding_label(e) for e in taken))
    label = encoding_label(encoding)
    return f"{label} by its byte-order mark, which is not read here; expected {expected}"


def not_valid(data: bytes, exc: UnicodeDecodeError, encoding: str) -> str:
    """ "not valid UTF-8 (byte 0xe9 at offset 25)": the byte where ``data`` stopped decoding (a
    character cut off at the end names its first byte; "truncated at the end" is kept for a codec
    that reports a position past the data)."""
    at = (
        f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        if exc.start < len(data)
        else "truncated at the end"
    )
    return f"not valid {encoding_label(encoding)} ({at})"
