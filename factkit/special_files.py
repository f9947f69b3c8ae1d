"""What a path is when it is no regular file nor a folder: a named pipe, a socket or a device.

``batch`` reads none of them (a FIFO in a folder hung the run). The single-file commands read a
named pipe (``factkit claims <(curl ...)`` hands them one) but no device or socket: ``factkit
split /dev/zero`` read without end, its memory growing until the machine ran out.
"""

from __future__ import annotations

import os
import stat

__all__ = ["NAMED_PIPE", "special_file"]

NAMED_PIPE = "a named pipe"


def special_file(path: str) -> str | None:
    """``NAMED_PIPE``, "a socket" or "a device" for such a ``path`` (links followed), else
    ``None``: for a regular file or folder, and for a missing file or a link loop, which fail
    when read, with their own words."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return NAMED_PIPE
    return "a socket" if stat.S_ISSOCK(mode) else "a device"
