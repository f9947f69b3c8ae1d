"""The archive: saved articles, their reports, and the review state of every claim, in SQLite.

WAL mode with ``synchronous=FULL``: a change is on disk when its statement returns, so a review
change acknowledged to the browser survives ``kill -9`` and power loss. One connection per store,
guarded by a lock (SQLite serialises writers anyway; reads are short).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from factkit.render.labels import shown_line
from factkit.serve.migrations import migrate

REVIEW_FIELDS = ("status", "rating", "note", "reviewer")
CLAIM_COLUMNS = (
    "id, claim_id, rank, text, kinds, speakers, has_number, score, status, rating, note, "
    "reviewer, updated_at"
)


class DamagedArticle(Exception):
    """A saved article whose stored report no longer reads as a report: the archive file was changed
    outside the desk (by hand, another tool). The desk answers with this message, not a bare
    "internal error (JSONDecodeError)"."""

    def __init__(self, article_id: str, problem: str) -> None:
        super().__init__(
            f"article {article_id}: its stored report {problem}: the archive was changed "
            "outside the desk; save the article again to replace it"
        )


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def article_id_for(text: str) -> str:
    """A stable id for a pasted article: the same text is the same article, and keeps its
    review."""
    return "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class ReviewConflict(Exception):
    """A review save over values the saver never saw: someone else saved the claim since."""

    def __init__(self, claim: dict[str, Any], stale: list[str]) -> None:
        # one line, whatever an archive saved before the desk refused a name with a line break
        who = f" by {shown_line(claim['reviewer'])}" if claim.get("reviewer") else ""
        when = f" at {claim['updated_at']}" if claim.get("updated_at") else ""
        super().__init__(
            f"claim {claim['id']} was changed{who}{when} since you loaded it "
            f"({', '.join(stale)}); it now shows that version: make your change again to keep "
            "yours"
        )
        self.claim = claim


def claim_row(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    out["kinds"] = [k for k in out["kinds"].split(",") if k]
    out["speakers"] = [s for s in out["speakers"].split(";") if s]
    out["has_number"] = bool(out["has_number"])
    return out


def _ranked(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(claims, key=lambda c: (-float(c["score"]), int(c["sentence_index"])))


def _claim_text(claim: dict[str, Any]) -> str:
    return " ".join(str(claim["text"]).split())


def _carried(
    conn: sqlite3.Connection, article_pk: int, claims: list[dict[str, Any]]
) -> dict[str, sqlite3.Row]:
    """The old reviews the new claims keep, by new claim id. A review belongs to its claim's
    text: claim ids are sentence positions ("c3"), so after an edit above it the same id is
    another sentence, and its rating would be one the reviewer never gave. The same text keeps
    its review at its old id first, then wherever it moved; a changed text starts open."""
    old: dict[tuple[str, str], sqlite3.Row] = {
        (row["text"], row["claim_id"]): row
        for row in conn.execute(
            "SELECT id, claim_id, text, status, rating, note, reviewer, updated_at FROM claims "
            "WHERE article_pk = ?",
            (article_pk,),
        )
    }
    kept: dict[str, sqlite3.Row] = {}
    for claim in claims:  # unmoved first, so a moved duplicate cannot take their review
        if (row := old.pop((_claim_text(claim), claim["id"]), None)) is not None:
            kept[claim["id"]] = row
    for claim in claims:
        text = _claim_text(claim)
        if claim["id"] not in kept and (key := next((k for k in old if k[0] == text), None)):
            kept[claim["id"]] = old.pop(key)
    return kept


def _remove_article(
    conn: sqlite3.Connection, article_id: str, claims: list[dict[str, Any]]
) -> tuple[str, dict[str, sqlite3.Row]]:
    """Delete the stored article of this id and its claims, inside the caller's transaction:
    (its creation time, or now for a new one; new claim id -> the old review it keeps)."""
    old = conn.execute("SELECT pk, created_at FROM articles WHERE id = ?", (article_id,)).fetchone()
    if old is None:
        return now(), {}
    kept = _carried(conn, old["pk"], claims)
    conn.execute("DELETE FROM claims WHERE article_pk = ?", (old["pk"],))
    conn.execute("DELETE FROM articles WHERE pk = ?", (old["pk"],))
    return old["created_at"], kept


def _claim_values(
    pk: int | None, rank: int, claim: dict[str, Any], review: sqlite3.Row | None
) -> tuple[Any, ...]:
    """One claims row: the report's claim, searchable (speakers, kinds, has_number), with the
    review (and desk id) it keeps, or a fresh one (id None: the next id never given)."""
    names = (a.get("speaker_resolved") or a.get("speaker") for a in claim.get("attributions") or [])
    return (
        review["id"] if review else None,
        pk,
        claim["id"],
        rank,
        _claim_text(claim),
        ",".join(claim.get("kinds") or []),
        ";".join(dict.fromkeys(n for n in names if n)),
        int(bool(claim.get("quantities"))),
        float(claim.get("score") or 0.0),
        review["status"] if review else "open",
        review["rating"] if review else None,
        review["note"] if review else "",
        review["reviewer"] if review else None,
        review["updated_at"] if review else None,
    )


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=30.0
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        self.version = migrate(conn)
        self.fts = (
            conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='claims_fts'"
            ).fetchone()
            is not None
        )
        self._conn = conn
        self._lock = threading.RLock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def check_writable(self) -> None:
        """sqlite3.OperationalError now when this archive cannot be written (a read-only file):
        SQLite opens one read-only without a word, and the first save failed, after a whole
        batch run or with the desk up. A write that matches no row, rolled back, asks it."""
        with self._write() as conn:
            conn.execute("DELETE FROM schema_version WHERE 0")

    # writing ---------------------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: this process's lock, then SQLite's write lock (``BEGIN
        IMMEDIATE``, shared by every desk process on the file); committed when the block ends,
        rolled back when it raises."""
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                # Ctrl-C can land just after COMMIT ran: no transaction to roll back, and
                # ROLLBACK's error hid the interrupt (a traceback from `batch --db`)
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def save_report(self, report: dict[str, Any], text: str, *, origin: str = "desk") -> str:
        """Insert or replace an article and its claims; review state carries over for claims whose
        id is unchanged. Committed (and synced) before returning."""
        doc = report.get("document") or {}
        article_id = str(doc.get("id") or article_id_for(text))
        with self._write() as conn:
            claims = _ranked(list(report.get("claims") or []))
            created, kept = _remove_article(conn, article_id, claims)
            cur = conn.execute(
                "INSERT INTO articles (id, title, date, section, credit, text, report, origin,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    doc.get("title"),
                    doc.get("date"),
                    doc.get("section"),
                    doc.get("credit"),
                    text,
                    json.dumps(report, ensure_ascii=False),
                    origin,
                    created,
                ),
            )
            pk = cur.lastrowid
            # a kept claim keeps its desk id (a tab left open saves to it); a new one takes
            # the next id never given (migrations._claim_id_floor)
            for rank, claim in enumerate(claims):
                conn.execute(
                    "INSERT INTO claims (id, article_pk, claim_id, rank, text, kinds,"
                    " speakers, has_number, score, status, rating, note, reviewer, updated_at)"
                    " VALUES (COALESCE(?, (SELECT n FROM claim_id_floor) + 1),"
                    " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    _claim_values(pk, rank, claim, kept.get(claim["id"])),
                )
        return article_id

    def update_claim(
        self, claim_pk: int, changes: dict[str, Any], if_unchanged: dict[str, Any] | None = None
    ) -> dict[str, Any] | None:
        """Apply review changes (keys from REVIEW_FIELDS, already validated); None if no claim.
        ``if_unchanged``: review values the caller last saw; when one no longer holds, someone
        else saved since, and :class:`ReviewConflict` carries the claim as it is now.

        The check is the database's, not this process's: the write is one ``UPDATE ... WHERE``
        the seen values still hold, and the rows it changed say whether it did, inside a
        ``BEGIN IMMEDIATE`` transaction (SQLite's write lock, which every desk process on the
        file shares), so the claim read back is the one written."""
        fields = [k for k in REVIEW_FIELDS if k in changes]
        shown = if_unchanged or {}
        seen = {k: shown[k] for k in REVIEW_FIELDS if k in shown}
        with self._write():
            written = self._write_review(claim_pk, {k: changes[k] for k in fields}, seen)
            current = self._claim(claim_pk)
        if current is None or written:
            return current
        raise ReviewConflict(current, [k for k, v in seen.items() if current[k] != v] or list(seen))

    def _write_review(self, claim_pk: int, changes: dict[str, Any], seen: dict[str, Any]) -> bool:
        """Whether the claim holds the ``seen`` values (``IS``: a null rating matches None);
        when it does, ``changes`` are written with a new ``updated_at``."""
        where = "".join(f" AND {k} IS ?" for k in seen)
        if not changes:
            found = self._conn.execute(
                f"SELECT 1 FROM claims WHERE id = ?{where}", (claim_pk, *seen.values())
            ).fetchone()
            return found is not None
        sets = "".join(f"{k} = ?, " for k in changes)
        cur = self._conn.execute(
            f"UPDATE claims SET {sets}updated_at = ? WHERE id = ?{where}",
            (*changes.values(), now(), claim_pk, *seen.values()),
        )
        return cur.rowcount == 1

    def _claim(self, claim_pk: int) -> dict[str, Any] | None:
        row = self._conn.execute(
            f"SELECT {CLAIM_COLUMNS}, (SELECT id FROM articles WHERE pk = article_pk) "
            "AS article_id FROM claims WHERE id = ?",
            (claim_pk,),
        ).fetchone()
        return None if row is None else claim_row(row)

    # reading ---------------------------------------------------------------------------------
    def get_article(self, article_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT pk, id, title, date, section, credit, text, report, origin, created_at "
                "FROM articles WHERE id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                return None
            claims = self._conn.execute(
                f"SELECT {CLAIM_COLUMNS} FROM claims WHERE article_pk = ? ORDER BY rank",
                (row["pk"],),
            ).fetchall()
        out = dict(row)
        del out["pk"]
        try:
            out["report"] = json.loads(row["report"])
        except json.JSONDecodeError as exc:
            problem = f"is not valid JSON ({exc.msg} at character {exc.pos})"
            raise DamagedArticle(article_id, problem) from None
        out["review"] = [claim_row(c) for c in claims]
        return out

    def query(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()
