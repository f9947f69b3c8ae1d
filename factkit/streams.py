"""Reading a stream with an end in sight.

``sys.stdin.buffer.read()`` reads until the writer stops: ``factkit config show -c - <
/dev/zero`` or ``yes | factkit ...`` never returned, and its memory grew the while. A reader
that knows how much it can use reads one byte past that and stops: the caller refuses the input
with one line and the rest is never read.
"""

from __future__ import annotations

from typing import BinaryIO

_CHUNK_BYTES = 1 << 20  # one read: large enough to be quick, small enough to stop near the limit


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
