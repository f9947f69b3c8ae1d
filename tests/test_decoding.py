"""factkit.decoding: the byte-order marks and the words for bytes that do not decode, shared by
ingest and the config loader."""

from __future__ import annotations

import codecs

import pytest

from factkit.decoding import bom_encoding, encoding_label, not_taken, not_valid


def test_the_longest_mark_wins() -> None:
    # the UTF-32 LE mark opens with the UTF-16 LE one
    assert bom_encoding(codecs.BOM_UTF32_LE + "a".encode("utf-32-le")) == "utf-32"
    assert bom_encoding(codecs.BOM_UTF16_BE + b"\x00a") == "utf-16"
    assert bom_encoding(codecs.BOM_UTF8 + b"a") == "utf-8-sig"
    assert bom_encoding(b"a: 1\n") is None


def test_labels_name_the_encoding_not_the_codec() -> None:
    assert encoding_label("utf-8-sig") == "UTF-8"
    assert encoding_label("utf-16") == "UTF-16"


def test_a_marked_encoding_a_reader_does_not_take_is_named() -> None:
    assert not_taken("utf-32", ("utf-8-sig", "utf-16")) == (
        "UTF-32 by its byte-order mark, which is not read here; expected UTF-8 or UTF-16"
    )


@pytest.mark.parametrize(
    ("data", "encoding", "words"),
    [
        (b"caf\xe9 au lait", "utf-8", "not valid UTF-8 (byte 0xe9 at offset 3)"),
        # a character cut off at the end: its first byte is named
        ("caf\u00e9".encode()[:-1], "utf-8-sig", "not valid UTF-8 (byte 0xc3 at offset 3)"),
        (codecs.BOM_UTF16_LE + b"a\x00b", "utf-16", "not valid UTF-16 (byte 0x62 at offset 4)"),
    ],
)
def test_not_valid_says_where_the_bytes_stop_decoding(
    data: bytes, encoding: str, words: str
) -> None:
    with pytest.raises(UnicodeDecodeError) as caught:
        data.decode(encoding)
    assert not_valid(data, caught.value, encoding) == words
