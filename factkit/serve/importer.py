"""``factkit batch … --db desk.sqlite``: put a batch's reports into the desk's archive.

Each JSON line of the batch output becomes a saved article (origin ``batch``), searchable with the
desk's own; a line already imported (same article id) is replaced and keeps its review state. The
batch lines do not carry the article text, so it is rebuilt from the sentences' offsets.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factkit.errors import FactkitError, shown_path
from factkit.ingest import load_json
from factkit.serve.reports import text_from_sentences
from factkit.serve.settings import default_db_path
from factkit.serve.storage import Store
from factkit.special_files import special_file


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    """Lines of ``source`` that are no report (blank lines are not counted)."""
    db: Path
    source: Path

    def summary(self) -> str:
        """One line for the user: the reports imported and the lines skipped as no report,
        counts that add up to the lines read."""
        line = f"imported {_count(self.imported, 'report')} into {shown_path(self.db)}"
        if self.skipped:
            skipped = _count(self.skipped, "line")
            line += f"; {skipped} of {shown_path(self.source)} skipped (not a report)"
        return line


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _report(line: str) -> dict[str, Any] | None:
    try:
        record = load_json(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(record, dict) or not isinstance(record.get("claims"), list):
        return None
    if not isinstance(record.get("sentences"), list):
        return None
    source = record.pop("input", None) or {}
    document = dict(record.get("document") or {})
    document["id"] = str(document.get("id") or source.get("id") or "")
    record["document"] = document
    return record if document["id"] else None


def open_archive(db: str | Path) -> Store:
    """The desk archive at ``db`` (``batch --db`` before its run, ``serve --db``): a path that
    is no archive (a text file, a folder) is one line naming it, not a traceback. A new archive
    is made only in a folder that exists, but for the default one (its data folder is made):
    a mistyped folder was created, with an empty archive in it, and the desk saved the day's
    reviews there, away from the archive the user meant."""
    path = Path(db)
    try:
        if str(db) != ":memory:":
            _check_archive_file(db)
        return _writable(Store(db))
    except (sqlite3.Error, OSError) as exc:
        raise FactkitError(f"--db {shown_path(db)}: {_archive_problem(path, exc)}") from None


def open_archive_noting_new(db: str | Path) -> tuple[Store, bool]:
    """:func:`open_archive`, and whether this opening made the archive (no file was at ``db``):
    the desk's start line says "(new)", and a start that fails removes what it made
    (:func:`close_archive`'s ``made_now``)."""
    made_now = _archive_is_new(db)
    return open_archive(db), made_now


def _archive_is_new(db: str | Path) -> bool:
    """Whether no file is at ``db`` yet (a name too long is no new archive: opening it fails
    with the one line that says why)."""
    try:
        return not Path(db).exists()
    except OSError:
        return False


def close_archive(store: Store, *, made_now: bool) -> None:
    """Close the archive of a start that failed (a model that does not load, a batch refused);
    ``made_now``: that start made it, so it goes, with SQLite's files beside it. The failed
    start left an empty archive, and the next one's start line lacked its "(new)"."""
    store.close()
    if made_now and str(store.path) != ":memory:":
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{store.path}{suffix}").unlink(missing_ok=True)


def _check_archive_file(db: str | Path) -> None:
    """Make the default archive's data folder; refuse a new archive in a folder that does not
    exist, a device, pipe or socket, and a file there that is no archive (each named as ``--db``
    gave it)."""
    path = Path(db)
    if path == default_db_path():
        path.parent.mkdir(parents=True, exist_ok=True)
    elif _is_folder(path.parent) is False:
        raise FactkitError(
            f"--db {shown_path(db)}: no folder {shown_path(path.parent)} to make a new archive "
            "in (check the path, or create the folder first)"
        )
    elif kind := special_file(str(path)):
        # SQLite took /dev/null for a database it could not write ("disk I/O error"), and left
        # a /dev/null-journal beside it
        raise FactkitError(
            f"--db {shown_path(db)}: is {kind}, not a desk archive (give a file name)"
        )
    elif why := _not_an_archive(path):
        raise FactkitError(f"--db {shown_path(db)}: {why}")


_SQLITE_HEADER = b"SQLite format 3\x00"


def _not_an_archive(path: Path) -> str | None:
    """Why the existing file ``path`` is no desk archive to open, or None (no file there: a new
    archive; an archive; an SQLite file with no tables yet). SQLite takes an empty file for a
    new database, and a desk saved into any SQLite database it was given: ``--db notes.txt``
    left empty, or another program's database, quietly became an archive. An empty file is
    refused too: an archive is never empty once opened (a desk killed while making one leaves
    its write-ahead log, and is let through)."""
    try:
        if not path.is_file():
            return None  # nothing there, or a folder: opening says which
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_HEADER))
        if not head:
            if _has_content(Path(f"{path}-wal")):
                return None
            return "is an empty file, not a desk archive (give a new file name, or remove it)"
        if head != _SQLITE_HEADER:
            return "is not a desk archive (not an SQLite file)"
        tables = _table_names(path)
    except (OSError, sqlite3.Error):
        return None  # opening it says why, in the words _archive_problem gives
    if tables and "schema_version" not in tables:
        return "is an SQLite database of another program, not a desk archive (no factkit tables)"
    return None


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _table_names(path: Path) -> set[str]:
    """The tables of the SQLite file ``path``, read without changing it (read-only)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    return {str(name) for (name,) in rows}


def _writable(store: Store) -> Store:
    try:
        store.check_writable()
    except sqlite3.Error:
        store.close()
        raise
    return store


def _is_folder(path: Path) -> bool | None:
    """Whether ``path`` is a folder; None where that cannot be asked (a name too long)."""
    try:
        return path.is_dir()
    except OSError:
        return None


def _archive_problem(db: Path, exc: Exception) -> str:
    """SQLite says "unable to open database file" for a folder and for a file it may not create
    alike; the user needs to know which."""
    if _is_folder(db):
        return "is a folder; give a file name for the archive (such as desk.sqlite in it)"
    if isinstance(exc, OSError):  # a name too long, for one
        return f"cannot open or create this file: {exc.strerror or exc}"
    if "readonly database" in str(exc):
        return "is read-only, and the desk and batch --db write into it (check its permissions)"
    if str(exc) == "unable to open database file":
        return "cannot open or create this file (is its folder writable?)"
    return str(exc)


def import_reports(jsonl_path: str | Path, db: str | Path | Store) -> ImportResult:
    """Import every report line of ``jsonl_path``; lines that are not reports are skipped."""
    store = db if isinstance(db, Store) else Store(db)
    imported = skipped = 0
    try:
        with open(jsonl_path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                report = _report(line)
                if report is None:
                    skipped += 1
                    continue
                store.save_report(report, text_from_sentences(report["sentences"]), origin="batch")
                imported += 1
    finally:
        if not isinstance(db, Store):
            store.close()
    return ImportResult(imported, skipped, store.path, Path(jsonl_path))
