"""Output files of a batch run: JSONL written whole-line-at-a-time, torn tails repaired on resume.

Every record is one unbuffered ``write`` of ``line + "\\n"`` to an append-mode file, so a line
is in the operating system's hands (it survives a ``kill -9``) as soon as ``write`` returns; the
file is fsynced every ``fsync_every`` records and at the end (durable across a power loss). A
crash can therefore only leave a partial *last* line (never a partial line before a complete
one), which :func:`repair_previous_output` truncates away before a resumed run appends.

The errors file is the output's companion (``sync_with``): it is fsynced first whenever the
output is, so no error line that precedes a durable output line is ever lost.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from pathlib import Path
from typing import IO, NamedTuple

from factkit.errors import FactkitError, OutputError, shown_path
from factkit.io import atomic_write_text
from factkit.special_files import special_file


class JsonlWriter:
    """Appends lines to a file; durable (fsync) every ``sync_every`` lines and on close.

    ``sync_with``: writers fsynced just before this one (the errors file of an output).
    """

    def __init__(
        self,
        path: Path,
        *,
        append: bool,
        sync_every: int,
        sync_with: tuple[JsonlWriter, ...] = (),
    ) -> None:
        self.path = path
        self.sync_every = sync_every
        self.sync_with = sync_with
        self.count = 0
        self._unsynced = 0
        # unbuffered: a line never waits in this process's memory, where a kill would lose it
        self._fh: IO[bytes] = open(path, "ab" if append else "wb", buffering=0)  # noqa: SIM115
        self._size = os.fstat(self._fh.fileno()).st_size  # where the next line starts
        self._failed = False

    def write(self, line: str) -> None:
        data = memoryview(line.encode("utf-8") + b"\n")
        try:
            while data:  # a raw write may be partial (signals, nearly full disks)
                written = self._fh.write(data)
                self._size += written or 0
                data = data[written or 0 :]
        except OSError as exc:
            raise self._cut_back(len(line.encode("utf-8")) + 1 - len(data), exc) from None
        self.count += 1
        self._unsynced += 1
        if self._unsynced >= self.sync_every:
            self.sync()

    def _cut_back(self, partial: int, exc: OSError) -> OutputError:
        """A line that could not be written whole (a full disk) is taken back out: the file
        ends with the last whole line, as a resumed run reads it. The error to stop the run."""
        self._failed = True
        self._size -= partial
        with contextlib.suppress(OSError):  # then repair_previous_output does it on resume
            os.ftruncate(self._fh.fileno(), self._size)
        return OutputError(
            f"{self.path}: cannot write: {exc.strerror or exc}; the lines before are whole "
            "(run again with --resume to go on)"
        )

    def sync(self) -> None:
        for companion in self.sync_with:
            companion.sync()
        if self._fh.closed:
            return
        os.fsync(self._fh.fileno())
        self._unsynced = 0

    def close(self) -> None:
        if self._fh.closed:
            return
        try:
            self.sync()
        except OSError:
            if not self._failed:  # after a failed write, its error is the one to tell
                raise
        finally:
            self._fh.close()


REPORT_START = b'{"input":{"id":'
"""How every line of a batch output begins: a report, as ``worker.encode_line`` writes it."""


class PreviousOutput(NamedTuple):
    """A previous run's output, as read before a resumed run changes it."""

    ids: set[str]
    """The ids of its complete report lines."""
    whole: int
    """Bytes up to the end of its last complete line: a longer file ends in a torn line."""
    size: int
    bad_lines: int
    """Complete lines that are no report (blank ones too): a repair drops them."""
    batch_output: bool
    """Whether a batch run wrote it (or it is blank), rather than the user (``notes.jsonl``)."""


def read_previous_output(path: Path) -> PreviousOutput:
    """What the output ``path`` holds (nothing, where it is not there), without changing it.

    It is a batch output when a line is a report, when it is blank, or when it starts as one (a
    first line a kill tore, however early); else every line is the user's own, and a repair would
    drop them all.
    """
    ids: set[str] = set()
    whole = bad_lines = size = 0
    first, written = b"", False
    if path.exists():
        size = path.stat().st_size
        with open(path, "rb") as fh:
            for raw in fh:
                first, written = first or raw, written or bool(raw.strip())
                if not raw.endswith(b"\n"):
                    break  # torn: the process died mid-write (only a last line can be)
                whole += len(raw)
                if (record_id := _record_id(raw)) is not None:
                    ids.add(record_id)
                else:
                    bad_lines += 1
    starts_as_report = first.startswith(REPORT_START) or REPORT_START.startswith(first)
    batch_output = bool(ids) or not written or starts_as_report
    return PreviousOutput(ids, whole, size, bad_lines, batch_output)


def repair_previous_output(path: Path, previous: PreviousOutput) -> int:
    """Makes a previous run's output whole for a resumed run to append to; returns how many
    lines it dropped.

    A torn last line (no final newline: the process died mid-write) is cut off. A line that is not
    a JSON record with ``input.id`` (it cannot come from this writer, but disks and editors happen)
    is dropped by rewriting the file. Only a batch output is repaired (see
    :func:`read_previous_output`): a file of the user's own would lose every line.
    """
    if not previous.batch_output:
        raise ValueError(f"{path}: not a batch output; it is not repaired")
    torn = previous.whole < previous.size
    if torn:
        with open(path, "r+b") as fh:
            fh.truncate(previous.whole)
    if previous.bad_lines:
        _rewrite_without_bad_lines(path)
    return previous.bad_lines + torn


def written_by_batch(path: Path) -> bool:
    """Whether ``path`` is empty or a batch run's output or errors file (its first line is a
    report, or an error record), so a later run may skip it as input and write it again."""
    try:
        with open(path, "rb") as fh:
            first = fh.readline(1 << 20)
    except OSError:  # unreadable: not known to be ours, so not to be overwritten
        return False
    if not first.strip() or first.startswith(REPORT_START):  # a report, maybe torn
        return True
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return (
        isinstance(record, dict)
        and {"stage", "message"} <= record.keys()
        and ("text" not in record)
    )


def _record_id(raw: bytes) -> str | None:
    if not raw.strip():
        return None
    try:
        record = json.loads(raw)
        record_id = record["input"]["id"]
    except (ValueError, KeyError, TypeError):
        return None
    return record_id if isinstance(record_id, str) else None


def _rewrite_without_bad_lines(path: Path) -> None:
    tmp = path.with_name(path.name + ".repair.tmp")
    with open(path, "rb") as src, open(tmp, "wb") as dst:
        for raw in src:
            if _record_id(raw) is not None:
                dst.write(raw)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, path)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def markdown_filename(doc_id: str) -> str:
    """A file name for a document id; ids that needed changing get a short hash to stay unique."""
    safe = _UNSAFE.sub("_", doc_id).strip("._")[:120] or "doc"
    if safe != doc_id:
        safe += "-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8]
    return safe + ".md"


def sibling_path(output: Path, suffix: str) -> Path:
    """``reports.jsonl`` -> ``reports<suffix>`` (``reports.errors.jsonl``, ...)."""
    stem = output.name
    for ext in (".jsonl", ".ndjson", ".json"):
        if stem.lower().endswith(ext) and len(stem) > len(ext):
            stem = stem[: -len(ext)]
            break
    return output.with_name(stem + suffix)


def check_writable_output(output: Path, name: str = "-o") -> None:
    """Refuses an output that is no file to write (``name``: how the caller named it)."""
    if str(output) == "-":
        raise FactkitError(f"{name}: batch output must be a file (stdout cannot be resumed)")
    try:
        is_dir = output.is_dir()
    except OSError as exc:  # a name too long
        raise FactkitError(f"{shown_path(output)}: cannot write: {exc.strerror or exc}") from None
    if is_dir:
        raise FactkitError(f"{shown_path(output)}: {name} must be a file, not a folder")
    check_regular_output(output, name)


def make_output_folder(output: Path) -> None:
    """Create the output's folder, once every refusal has been made: ``-o newdir/r.jsonl
    --errors <a named pipe>`` left ``newdir`` behind the refusal."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = exc.strerror or exc
        raise FactkitError(f"{shown_path(output)}: cannot create its folder: {why}") from None


def check_regular_output(output: Path, name: str) -> None:
    """Refuses a device, named pipe or socket as a batch output or errors file: the run locks,
    repairs and resumes a file. ``--errors /dev/null`` was told "leave out -o to write to
    stdout", which batch cannot do, and ``factkit.batch(..., "/dev/null")`` ended in an OSError
    after making /dev/null.config.yaml and /dev/null.errors.jsonl beside the device."""
    if kind := special_file(str(output)):
        raise FactkitError(
            f"{name} {shown_path(output)}: is {kind}, not a file; a batch run writes its reports "
            "and errors to files it can resume"
        )


CHECKLIST_MANIFEST = ".factkit-checklists"
"""In ``--markdown-dir``: the checklist files the last run wrote there, one name a line."""


class ChecklistFolder:
    """``--markdown-dir``: one checklist per document, and the manifest of what factkit wrote.

    A fresh run (no ``--resume``) first removes the checklists the manifest names, so the folder
    holds one run's checklists, not a mix with documents no longer in the run; any file factkit
    did not write (not in the manifest) is left alone. A resumed run keeps them and adds its own.
    A name goes into the manifest before its file is written, so a killed run lists every file;
    a resumed run lists each name once (the document a kill cut short is written again).
    """

    def __init__(self, folder: Path, *, resume: bool) -> None:
        self.folder = folder
        self.manifest = folder / CHECKLIST_MANIFEST
        self.listed: set[str] = set()
        if resume:
            self._relist()
        else:  # the last run's checklists go, as its output is started afresh
            self._remove_listed()
            self._append("", mode="w")

    def _read_listed(self) -> list[str]:
        try:
            return self.manifest.read_text(encoding="utf-8", errors="replace").splitlines()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise FactkitError(f"{self.manifest}: cannot read: {exc.strerror or exc}") from None

    def _relist(self) -> None:
        """The manifest once more, each name once and every line whole: a resumed run redoes the
        document a kill cut short, and its name was listed already (2,001 lines for 2,000)."""
        names = list(dict.fromkeys(name for name in self._read_listed() if name))
        self.listed = set(names)
        atomic_write_text(self.manifest, "".join(name + "\n" for name in names))

    def _remove_listed(self) -> None:
        for name in self._read_listed():
            # only a name markdown_filename can give, in this folder: a hand-edited line such as
            # '../notes.md' removes nothing
            if not _CHECKLIST_NAME.fullmatch(name):
                continue
            try:
                (self.folder / name).unlink(missing_ok=True)
            except OSError as exc:
                raise FactkitError(
                    f"--markdown-dir: cannot remove the last run's {self.folder / name}: "
                    f"{exc.strerror or exc}"
                ) from None

    def _append(self, text: str, mode: str = "a") -> None:
        try:
            with open(self.manifest, mode, encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise FactkitError(f"{self.manifest}: cannot write: {exc.strerror or exc}") from None

    def write(self, doc_id: str, markdown: str) -> None:
        name = markdown_filename(doc_id)
        if name not in self.listed:
            self.listed.add(name)
            self._append(name + "\n")
        atomic_write_text(self.folder / name, markdown)


_CHECKLIST_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*\.md")
