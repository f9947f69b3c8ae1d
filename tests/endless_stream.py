"""A stream without end, for the tests of bounded reads: ``yes |`` or ``< /dev/zero`` as a
file object, which counts what it handed over."""

from __future__ import annotations

import io
import itertools
import sys
from typing import Any

import pytest


class Endless(io.RawIOBase):
    """Hands over ``line`` again and again, as much as each read asks; ``taken``: how much.
    Past ``most`` bytes (when given) a read fails, so that a reader without a bound fails its
    test instead of hanging it."""

    def __init__(self, line: bytes = b"y\n", most: int | None = None) -> None:
        self.taken = 0
        self._bytes = itertools.cycle(line)
        self._most = most

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._most is not None and self.taken >= self._most:
            raise OSError(f"read past {self._most:,} bytes of an endless stream")
        piece = bytes(itertools.islice(self._bytes, len(buffer)))
        buffer[: len(piece)] = piece
        self.taken += len(piece)
        return len(piece)


def endless_stdin(monkeypatch: pytest.MonkeyPatch, line: bytes = b"y\n") -> Endless:
    """Makes stdin endless for the test; returns the stream, to see how much was read."""
    endless = Endless(line)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    return endless
