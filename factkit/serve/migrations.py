"""The archive's schema, as ordered migrations applied at start-up.

``schema_version`` holds one row: the number of migrations applied. A migration is a function of
the connection returning an SQL script; each script runs in one transaction together with the
version bump, so a crash mid-way leaves the previous version intact. Add new migrations at
the end; never edit old ones.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _core(conn: sqlite3.Connection) -> str:
    return """
        CREATE TABLE articles (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT,
            date TEXT,
            section TEXT,
            credit TEXT,
            text TEXT NOT NULL,
            report TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'desk',
            created_at TEXT NOT NULL
        );
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            claim_id TEXT NOT NULL,
            rank INTEGER NOT NULL,
            text TEXT NOT NULL,
            kinds TEXT NOT NULL,
            speakers TEXT NOT NULL DEFAULT '',
            has_number INTEGER NOT NULL DEFAULT 0,
            score REAL NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            rating TEXT,
            note TEXT NOT NULL DEFAULT '',
            reviewer TEXT,
            updated_at TEXT,
            UNIQUE (article_pk, claim_id)
        );
        CREATE INDEX claims_article ON claims(article_pk);
        CREATE INDEX articles_date ON articles(date);
        """


def fts5_available(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        conn.execute("DROP TABLE temp.fts5_probe")
    except sqlite3.OperationalError:
        return False
    return True


def _full_text(conn: sqlite3.Connection) -> str:
    """Full-text indexes (FTS5) over article title+text and claim text+speakers, when this SQLite
    has FTS5; without it search falls back to LIKE."""
    if not fts5_available(conn):
        return ""
    return """
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles',
            content_rowid='pk');
        CREATE VIRTUAL TABLE claims_fts USING fts5(text, speakers, content='claims',
            content_rowid='id');
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
                VALUES ('delete', old.pk, old.title, old.text);
        END;
        CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts(rowid, text, speakers) VALUES (new.id, new.text, new.speakers);
        END;
        CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts(claims_fts, rowid, text, speakers)
                VALUES ('delete', old.id, old.text, old.speakers);
        END;
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
        INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
        """


def _claim_id_floor(conn: sqlite3.Connection) -> str:
    """The largest claim id ever given. SQLite gives a new row the largest id + 1, so the id of
    a claim dropped on a re-save went to the next claim saved, and a desk tab still showing the
    old claim wrote its review there; new claims are numbered from this floor instead."""
    return """
        CREATE TABLE claim_id_floor (n INTEGER NOT NULL);
        INSERT INTO claim_id_floor (n) SELECT COALESCE(MAX(id), 0) FROM claims;
        CREATE TRIGGER claims_floor AFTER INSERT ON claims
            WHEN new.id > (SELECT n FROM claim_id_floor) BEGIN
            UPDATE claim_id_floor SET n = new.id;
        END;
        """


# 2**32: more claim ids than an archive gives in practice (4 billion claims saved)
FREED_ID_GAP = 2**32


def _floor_past_ids_freed_before_it(conn: sqlite3.Connection) -> str:
    """Ids freed before the floor existed (a re-save's dropped claims above the largest id left)
    are recorded nowhere, and the floor, seeded from the largest id left, gave each out once
    more, to a claim a tab open since then could review in the old one's place. An archive in
    use jumps its floor past any of them; a new one, with no article yet, keeps counting from 1
    (the desk deletes no article, so an archive in use has one)."""
    return f"""
        UPDATE claim_id_floor SET n = n + {FREED_ID_GAP}
            WHERE EXISTS (SELECT 1 FROM articles);
        """


MIGRATIONS: tuple[Callable[[sqlite3.Connection], str], ...] = (
    _core,
    _full_text,
    _claim_id_floor,
    _floor_past_ids_freed_before_it,
)


def schema_version(conn: sqlite3.Connection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return 0 if row is None else int(row[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this database has not seen; returns the resulting version."""
    version = schema_version(conn)
    if version > len(MIGRATIONS):
        from factkit.errors import FactkitError

        raise FactkitError(
            f"the archive's schema is version {version}, newer than this factkit knows "
            f"({len(MIGRATIONS)}): upgrade factkit"
        )
    for number in range(version + 1, len(MIGRATIONS) + 1):
        script = MIGRATIONS[number - 1](conn)
        try:  # one script, one transaction (executescript would commit a transaction begun apart)
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nDELETE FROM schema_version;\n"
                f"INSERT INTO schema_version (version) VALUES ({number});\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)
