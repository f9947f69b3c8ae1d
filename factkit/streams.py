"""Reading a stream with an end in sight.

``sys.stdin.buffer.read()`` reads until the writer stops: ``factkit config show -c - <
/dev/zero`` or ``yes | factkit ...`` never returned, and its memory grew the while. A reader
that knows how much it can use reads one byte past that and stops: the caller refuses the input
with one line and the rest is never read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import AnyStr, BinaryIO

STDIN_CLOSED = "closed: there is no standard input to read (give a file, or pipe the text in)"

_CHUNK_BYTES = 1 << 20  # one read: large enough to be quick, small enough to stop near the limit


def stdin_bytes() -> BinaryIO | None:
    """Standard input's byte stream; None where the process has none (``cmd <&-``, a service
    started without one): ``sys.stdin`` is None then, and reading it was a traceback."""
    return None if sys.stdin is None else sys.stdin.buffer


def read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of ``stream``: a result longer than ``limit`` says there was
    more, which was left unread."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(_CHUNK_BYTES, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def chunks(stream: BinaryIO) -> Iterable[bytes]:
    """``stream`` in reads of at most one chunk, to its end."""
    while chunk := stream.read(_CHUNK_BYTES):
        yield chunk


def count_nonblank_lines(pieces: Iterable[AnyStr], newline: AnyStr) -> int:
    """How many lines of the text ``pieces`` make up hold more than white space, one piece at
    a time: iterating a file's lines held each line whole, and a file that never breaks its
    line (10 GB of it) filled the memory to be counted."""
    count = 0
    open_line = False  # the line the last piece ended in has text
    for piece in pieces:
        *ended, rest = piece.split(newline)
        for part in ended:  # the first one ends the line the previous piece left open
            count += open_line or bool(part.strip())
            open_line = False
        open_line = open_line or bool(rest.strip())
    return count + open_line
