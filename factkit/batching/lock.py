"""One writer per batch output: an exclusive, non-blocking ``flock`` on a lock file beside it.

``reports.jsonl`` is guarded by ``reports.lock``, which also covers its siblings
(``reports.errors.jsonl``, ``reports.config.yaml``). A second run on the same output fails at once
with :class:`OutputLockedError` (exit 2) before it touches any of those files.

The lock file is removed when the run ends. Removing a lock file is racy unless every acquirer
checks, once it holds the lock, that the path still names the file it locked (a run that opened
the old file just before the holder unlinked it would otherwise lock a deleted file); so acquiring
re-checks the inode and retries. A run killed with SIGKILL leaves the file behind, but not the
lock: the kernel drops ``flock`` locks with the process, so the next run takes it over.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from factkit.errors import FactkitError, shown_path

_BUSY = (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK)


def _try_lock(fd: int) -> None:
    """An exclusive lock on ``fd`` now, or OSError (errno in ``_BUSY`` when someone holds it)."""
    if sys.platform == "win32":  # no flock: lock the first byte instead (released on close)
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class OutputLockedError(FactkitError):
    """Another run holds the output's lock."""


class OutputLock:
    """``with OutputLock(path, output):`` holds an exclusive lock on ``path`` for ``output``."""

    def __init__(self, path: Path, output: Path) -> None:
        self.path = path
        self.output = output
        self._fd: int | None = None

    def acquire(self) -> None:
        for _ in range(100):  # retried only while a holder unlinks the file under us
            fd = self._open()
            try:
                _try_lock(fd)
            except OSError as exc:
                os.close(fd)
                if exc.errno in _BUSY:
                    raise OutputLockedError(self._busy_message()) from None
                output, lock = shown_path(self.output), shown_path(self.path)
                why = exc.strerror or exc
                raise FactkitError(f"{output}: cannot lock its lock file {lock}: {why}") from None
            if self._still_linked(fd):
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                self._fd = fd
                return
            os.close(fd)
        output, lock = shown_path(self.output), shown_path(self.path)
        raise OutputLockedError(f"{output}: could not take the lock {lock}")

    def release(self) -> None:
        if self._fd is None:
            return
        # unlink while still holding the lock: a waiter that opened this file sees it unlinked
        try:
            if self._still_linked(self._fd):
                self.path.unlink()
        except OSError:
            pass  # a lock file that stays behind is harmless: nobody holds its lock
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        except OSError as exc:
            # the user typed -o, not the lock file: name the output first (a read-only folder)
            output, lock = shown_path(self.output), shown_path(self.path)
            why = exc.strerror or exc
            raise FactkitError(f"{output}: cannot create its lock file {lock}: {why}") from None

    def _still_linked(self, fd: int) -> bool:
        try:
            now = os.stat(self.path)
        except FileNotFoundError:
            return False
        held = os.fstat(fd)
        return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)

    def _busy_message(self) -> str:
        try:
            pid = self.path.read_text(encoding="utf-8").strip()
        except OSError:
            pid = ""
        who = f" (pid {pid})" if pid.isdigit() else ""
        return (
            f"{shown_path(self.output)}: another factkit batch run{who} is writing this output "
            f"(lock {shown_path(self.path)}); wait for it to finish, or choose another -o"
        )
