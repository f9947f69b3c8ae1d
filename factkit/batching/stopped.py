"""The one line a batch stopped by Ctrl-C or SIGTERM ends with: what its output holds.

The runner opens the output only once its engine has started (seconds for a process pool,
longer for a cluster). Stopped before that, the line said "what was written to reports.jsonl is
complete" of a file that did not exist, or that still held the last run's reports untouched.
The output is looked at when the batch starts and when it stops, and the line says which of
these is true.
"""

from __future__ import annotations

import os
from pathlib import Path

# What identifies a file's contents cheaply: a file this run opened or wrote changes in one.
FileState = tuple[int, int, int]  # (inode, size, modification time in ns)


def file_state(path: Path) -> FileState | None:
    """``path``'s state now; None where there is no such file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def stop_line(how: str, output: Path, before: FileState | None) -> str:
    """The line for a batch ``how`` ("interrupted", "terminated") writing ``output``, whose
    state was ``before`` when the batch started."""
    now = file_state(output)
    if now is None or now == before or now[1] == 0:
        held = "was not made" if now is None else "is as it was" if now == before else "is empty"
        return (
            f"factkit batch: {how} before any report was written ({output} {held}) -- "
            "run the command again"
        )
    return (
        f"factkit batch: {how}; what was written to {output} is complete -- "
        "run again with --resume to finish"
    )
