"""The SQLite archive: migrations, durability settings, review kept across restarts."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.serve.conftest import make_client, save_article


def test_migrations_are_versioned_and_applied_once(tmp_path: Path) -> None:
    import sqlite3

    from factkit.errors import FactkitError
    from factkit.serve.migrations import MIGRATIONS
    from factkit.serve.storage import Store

    path = tmp_path / "m.sqlite"
    store = Store(path)
    assert store.version == len(MIGRATIONS)
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(len(MIGRATIONS),)]
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.execute("UPDATE schema_version SET version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(FactkitError, match="newer"):
        Store(path)


def test_store_syncs_every_commit(tmp_path: Path) -> None:
    from factkit.serve.storage import Store

    store = Store(tmp_path / "s.sqlite")
    assert store.query("PRAGMA synchronous")[0][0] == 2  # FULL
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    store.close()


def test_review_survives_a_new_app_on_the_same_archive(tmp_path: Path, seed: str) -> None:
    db = tmp_path / "desk.sqlite"
    with make_client(db) as c:
        saved = save_article(c, seed)
        claim = saved["review"][2]
        c.patch(f"/api/claims/{claim['id']}", json={"status": "checked", "note": "ok"})
    with make_client(db) as c:
        again = c.get(f"/api/articles/{saved['id']}").json()
        assert next(x for x in again["review"] if x["id"] == claim["id"])["note"] == "ok"


def test_saving_the_same_article_again_keeps_its_review(client: TestClient, seed: str) -> None:
    first = save_article(client, seed)
    claim = first["review"][1]
    client.patch(f"/api/claims/{claim['id']}", json={"status": "checked"})
    second = save_article(client, seed)
    assert second["id"] == first["id"]
    kept = next(c for c in second["review"] if c["claim_id"] == claim["claim_id"])
    assert kept["status"] == "checked"
    assert len(client.get("/api/articles").json()["articles"]) == 1


def _report(article_id: str, claims: list[tuple[str, str]]) -> dict[str, object]:
    return {
        "document": {"id": article_id},
        "claims": [
            {"id": cid, "text": text, "score": 0.5, "sentence_index": i, "kinds": []}
            for i, (cid, text) in enumerate(claims)
        ],
    }


def test_a_review_stays_with_its_claim_when_the_article_text_changed(tmp_path: Path) -> None:
    # claim ids are sentence positions ("c3"): a sentence put in above moved every review onto
    # the claim after it, a rating the reviewer never gave to that text
    from factkit.serve.storage import Store

    store = Store(tmp_path / "s.sqlite")
    first = [("c0", "The mayor said 12 homes burned."), ("c1", "Police said 3 men were held.")]
    store.save_report(_report("news/a", first), "text one")
    held = next(r for r in store.get_article("news/a")["review"] if r["claim_id"] == "c1")
    store.update_claim(held["id"], {"status": "checked", "rating": "true", "note": "rang them"})
    moved = [
        ("c0", "Fire crews said 40 people fled."),
        ("c1", "The mayor said 12 homes burned."),
        ("c2", "Police said 3 men were held."),
    ]
    store.save_report(_report("news/a", moved), "text two")
    review = {r["text"]: r for r in store.get_article("news/a")["review"]}
    assert review["Police said 3 men were held."]["rating"] == "true"
    assert review["Police said 3 men were held."]["note"] == "rang them"
    assert review["The mayor said 12 homes burned."]["status"] == "open"
    assert review["The mayor said 12 homes burned."]["rating"] is None
    store.close()


def test_saving_an_article_again_keeps_the_desk_ids_of_its_kept_claims(tmp_path: Path) -> None:
    # every save gave every claim a new desk id (`batch --resume --db` re-imports each report),
    # so a desk tab left open saved nothing ("no claim 7") and exports changed their desk_id
    from factkit.serve.storage import Store

    store = Store(tmp_path / "s.sqlite")
    first = [("c0", "The mayor said 12 homes burned."), ("c1", "Police said 3 men were held.")]
    store.save_report(_report("news/a", first), "text one")
    ids = {r["text"]: r["id"] for r in store.get_article("news/a")["review"]}
    store.save_report(_report("news/a", first), "text one")
    assert {r["text"]: r["id"] for r in store.get_article("news/a")["review"]} == ids
    moved = [
        ("c0", "Fire crews said 40 people fled."),
        *[("c" + str(i + 1), t) for i, (_, t) in enumerate(first)],
    ]
    store.save_report(_report("news/a", moved), "text two")
    again = {r["text"]: r["id"] for r in store.get_article("news/a")["review"]}
    assert all(again[text] == ids[text] for text in ids)
    assert again["Fire crews said 40 people fled."] not in ids.values()
    held = store.update_claim(ids["Police said 3 men were held."], {"status": "checked"})
    assert held is not None and held["text"] == "Police said 3 men were held."
    store.close()


def test_two_desks_on_one_archive_cannot_both_save_over_the_same_version(tmp_path: Path) -> None:
    # the conflict check was a lock of one process: two desks on one file (two connections)
    # each read the note they were shown, each found it unchanged, and both saves went in, the
    # second silently over the first. A third connection holds the write lock while both
    # saves start, so both have read before either can write.
    import sqlite3
    import threading
    import time

    from factkit.serve.storage import ReviewConflict, Store

    path = tmp_path / "s.sqlite"
    Store(path).save_report(_report("news/a", [("c0", "The mayor said 12 homes burned.")]), "t")
    desks = [Store(path), Store(path)]
    claim = desks[0].get_article("news/a")["review"][0]["id"]
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    outcomes: list[str] = []

    def save(desk: Store, note: str) -> None:
        try:
            desk.update_claim(claim, {"note": note}, {"note": ""})
            outcomes.append("saved")
        except ReviewConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(d, f"desk {i}")) for i, d in enumerate(desks)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)  # both saves reach the database and wait on its lock
    blocker.execute("COMMIT")
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["conflict", "saved"]
    note = desks[0].get_article("news/a")["review"][0]["note"]
    assert note in ("desk 0", "desk 1")
    blocker.close()
    for desk in desks:
        desk.close()


def test_a_dropped_claims_desk_id_is_never_given_to_another_claim(tmp_path: Path) -> None:
    # SQLite gives a new row the largest id + 1, so the id of a claim dropped on a re-save went
    # to the next claim saved: a tab still showing the old claim then wrote its review there
    from factkit.serve.storage import Store

    store = Store(tmp_path / "s.sqlite")
    claims = [("c0", "The mayor said 12 homes burned."), ("c1", "Police said 3 men were held.")]
    store.save_report(_report("news/a", claims), "text one")
    dropped = next(r["id"] for r in store.get_article("news/a")["review"] if r["claim_id"] == "c1")
    store.save_report(_report("news/a", claims[:1]), "text two")
    store.save_report(_report("news/b", [("c0", "Fire crews said 40 people fled.")]), "text b")
    store.close()
    store = Store(tmp_path / "s.sqlite")  # and after a restart
    store.save_report(_report("news/c", [("c0", "The port said 9 ships waited.")]), "text c")
    for article_id in ("news/a", "news/b", "news/c"):
        assert dropped not in {r["id"] for r in store.get_article(article_id)["review"]}
    assert store.update_claim(dropped, {"status": "checked"}) is None
    store.close()


def test_a_desk_id_freed_before_the_id_floor_is_not_given_again(tmp_path: Path) -> None:
    # the floor (migration 3) was seeded from the largest claim id left, so ids freed above it
    # before the migration (a re-save's dropped claims) went to the next claims saved, where a
    # tab still showing the old claim wrote its review
    import sqlite3

    from factkit.serve.migrations import MIGRATIONS
    from factkit.serve.storage import Store

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(
        f"CREATE TABLE schema_version (version INTEGER NOT NULL);"
        f"{MIGRATIONS[0](conn)}{MIGRATIONS[1](conn)}"
        "INSERT INTO schema_version VALUES (2);"
        "INSERT INTO articles (pk, id, text, report, created_at) VALUES (1, 'a', 't', '{}', '');"
    )
    for claim_pk in range(1, 6):  # ids 1-5 given, then 4 and 5 dropped by a re-save
        conn.execute(
            "INSERT INTO claims (id, article_pk, claim_id, rank, text, kinds, score)"
            " VALUES (?, 1, ?, 0, 'x', '', 0.5)",
            (claim_pk, f"c{claim_pk}"),
        )
    conn.execute("DELETE FROM claims WHERE id > 3")
    conn.close()
    store = Store(path)
    store.save_report(_report("news/b", [("c0", "Fire crews said 40 people fled.")]), "text b")
    (new,) = store.get_article("news/b")["review"]
    assert new["id"] > 5
    store.close()
    fresh = Store(tmp_path / "new.sqlite")  # a new archive still numbers from 1
    fresh.save_report(_report("news/b", [("c0", "Fire crews said 40 people fled.")]), "text b")
    assert [r["id"] for r in fresh.get_article("news/b")["review"]] == [1]
    fresh.close()


def test_an_interrupt_after_commit_stays_an_interrupt(tmp_path: Path) -> None:
    # Ctrl-C during `batch --db`'s import landed after a save's COMMIT had run: the ROLLBACK
    # that followed raised 'cannot rollback - no transaction is active', a traceback and exit 1
    # where an interrupt gives one line and 130
    from factkit.serve.storage import Store

    store = Store(tmp_path / "a.sqlite")
    with pytest.raises(KeyboardInterrupt), store._write() as conn:
        conn.execute("INSERT INTO schema_version (version) VALUES (99)")
        conn.execute("COMMIT")
        raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt), store._write() as conn:  # still usable; rolled back
        conn.execute("DELETE FROM schema_version WHERE version = 99")
        raise KeyboardInterrupt
    assert store.query("SELECT COUNT(*) AS n FROM schema_version WHERE version = 99")[0]["n"] == 1
    store.close()


def test_a_conflict_names_a_stored_reviewer_on_one_line(tmp_path: Path) -> None:
    # an archive may hold a name saved before the desk refused line breaks in it: the 409
    # message naming it came out on two lines
    from factkit.serve.storage import ReviewConflict, Store

    store = Store(tmp_path / "s.sqlite")
    store.save_report(_report("news/a", [("c0", "The mayor said 12 homes burned.")]), "t")
    claim = store.get_article("news/a")["review"][0]["id"]
    store.update_claim(claim, {"note": "ask", "reviewer": "ana\nmaria"}, {})
    with pytest.raises(ReviewConflict) as conflict:
        store.update_claim(claim, {"note": "fine"}, {"note": ""})
    message = str(conflict.value)
    assert "\n" not in message and f"claim {claim} was changed by ana maria at " in message
    store.close()
