"""factkit.streams: a bounded read stops one byte past its limit."""

from __future__ import annotations

import io

import pytest

from factkit.streams import read_at_most


@pytest.mark.parametrize(("size", "expected"), [(0, 0), (10, 10), (11, 11), (5000, 11)])
def test_a_read_stops_one_byte_past_the_limit(size: int, expected: int) -> None:
    stream = io.BytesIO(b"x" * size)
    assert len(read_at_most(stream, 10)) == expected
    assert stream.tell() == expected  # the rest is left unread


def test_a_stream_read_in_pieces_is_joined_whole() -> None:
    class Trickle(io.RawIOBase):  # a pipe hands over a few bytes a read
        def __init__(self) -> None:
            self.data = b"splitter:\n  max_len: 400\n"

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            piece, self.data = self.data[:3], self.data[3:]
            return piece

    assert read_at_most(Trickle(), 100) == b"splitter:\n  max_len: 400\n"
