"""``factkit batch … --db``: a batch's reports land in the desk's archive, searchable."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from factkit.config import load_config
from factkit.errors import FactkitError
from factkit.ingest import article_from_text
from factkit.pipeline import Pipeline
from factkit.render.to_json import report_to_dict
from factkit.serve.importer import import_reports, open_archive
from factkit.serve.search import search
from factkit.serve.settings import default_db_path
from factkit.serve.storage import Store
from tests.serve.conftest import CLAIMS_ONLY, ROOT, SEED


def _line(text: str, doc_id: str) -> str:
    report = Pipeline(load_config(CLAIMS_ONLY)).analyze(article_from_text(text, id=doc_id))
    return json.dumps(
        {"input": {"id": doc_id, "path": None, "line": None}, **report_to_dict(report)}
    )


def test_import_reports_rebuilds_text_and_is_searchable(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text(_line(seed, "seed") + '\nnot json\n{"x": 1}\n', encoding="utf-8")
    result = import_reports(out, tmp_path / "desk.sqlite")
    assert (result.imported, result.skipped) == (1, 2)
    desk = tmp_path / "desk.sqlite"
    skipped = f"2 lines of {out} skipped (not a report)"
    assert result.summary() == f"imported 1 report into {desk}; {skipped}"
    store = Store(tmp_path / "desk.sqlite")
    article = store.get_article("seed")
    assert article is not None and article["origin"] == "batch"
    for c in article["report"]["claims"]:  # offsets still point at the claim text
        assert " ".join(article["text"][c["start"] : c["end"]].split()) == " ".join(
            c["text"].split()
        )
    (hit,) = search(store, speaker="Bachelet", kind="quantitative", since="2021-08-01")
    assert hit["id"] == "seed" and hit["matches"]
    # importing again replaces the article and keeps the review
    claim = article["review"][0]
    store.update_claim(claim["id"], {"status": "checked"})
    import_reports(out, store)
    again = store.get_article("seed")
    assert again is not None
    assert (
        next(c for c in again["review"] if c["claim_id"] == claim["claim_id"])["status"]
        == "checked"
    )
    store.close()


def test_batch_command_imports_with_db(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "desk.sqlite"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from factkit.cli import main; main()",
            "batch",
            str(tmp_path / "in"),
            "-o",
            str(tmp_path / "out.jsonl"),
            "--engine",
            "serial",
            "--config",
            str(CLAIMS_ONLY),
            "--quiet",
            "--db",
            str(db),
        ],
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert f"imported 1 report into {db}\n" in done.stderr  # it said "1 reports"
    store = Store(db)
    (hit,) = search(store, query="Khalilzad")
    assert hit["id"] == "seed" and hit["n_claims"] >= 9
    store.close()


def test_imported_ids_with_slashes_and_hashes_open_in_the_desk(tmp_path: Path) -> None:
    # batch ids come from records ("news/2021/a") or repeats ("x#2"); an id with a "/" was a 404
    # for its page, its API entry and its exports, even URL-encoded
    from urllib.parse import quote

    from tests.serve.conftest import make_client

    text = "The mayor said on Monday that 40 bridges were closed."
    out = tmp_path / "out.jsonl"
    ids = ["news/2021/a", "x#2", "a b?c"]
    out.write_text("".join(_line(text, i) + "\n" for i in ids), encoding="utf-8")
    import_reports(out, tmp_path / "desk.sqlite")
    with make_client(tmp_path / "desk.sqlite") as client:
        for doc_id in ids:
            q = quote(doc_id, safe="")
            assert client.get(f"/api/articles/{q}").json()["id"] == doc_id
            page = client.get(f"/articles/{q}")
            assert page.status_code == 200, doc_id
            for fmt in ("md", "csv", "json"):
                assert client.get(f"/api/articles/{q}/checklist.{fmt}").status_code == 200
        assert client.get("/api/articles/news/2021/nope").status_code == 404


def test_a_folder_or_a_text_file_as_archive_is_one_line_naming_it(tmp_path: Path) -> None:
    # SQLite said "unable to open database file" for a folder: which --db was wrong, and how?
    with pytest.raises(FactkitError, match=r"^--db .*: is a folder; give a file name"):
        open_archive(tmp_path)
    text = tmp_path / "notes.txt"
    text.write_text("x" * 200, encoding="utf-8")
    with pytest.raises(FactkitError, match=r"notes\.txt: is not a desk archive \(not an SQLite"):
        open_archive(text)


def test_a_named_pipe_as_archive_is_one_line_and_nothing_is_made_beside_it(
    tmp_path: Path,
) -> None:
    # `--db /dev/null` (a device) said "disk I/O error" and left a /dev/null-journal; a named
    # pipe is the same kind of path that any user may make
    pipe = tmp_path / "desk.sqlite"
    os.mkfifo(pipe)
    with pytest.raises(FactkitError, match=r"^--db .*desk\.sqlite: is a named pipe, not a desk"):
        open_archive(pipe)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk.sqlite"]


def test_an_empty_file_or_another_programs_database_is_refused_and_left_as_it_was(
    tmp_path: Path,
) -> None:
    # `serve --db empty.txt` (or another program's SQLite file) quietly became an archive
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(FactkitError, match=r"^--db .*empty\.txt: is an empty file, not a desk"):
        open_archive(empty)
    assert empty.read_bytes() == b""
    other = tmp_path / "contacts.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(FactkitError, match=r"contacts\.db: is an SQLite database of another prog"):
        open_archive(other)
    assert other.read_bytes() == before


@contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """``path`` cannot be written while the block runs: its mode for a user, immutable for root
    (whom no mode stops), or the test is skipped where neither can be had."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield
        return
    if shutil.which("chattr") is None:
        pytest.skip("root needs chattr to make a read-only file")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this filesystem has no immutable files")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_archive_is_refused_when_opened_not_at_the_first_save(
    tmp_path: Path,
) -> None:
    # SQLite opened it read-only without a word: `batch --db` ran the whole batch and then
    # died in the import with a traceback; the desk started, and every save was a 500
    path = tmp_path / "desk.sqlite"
    open_archive(path).close()
    refused = pytest.raises(FactkitError, match=r"^--db .*desk\.sqlite: is read-only, and the")
    with _read_only(path), refused:
        open_archive(path)


def test_a_new_or_existing_archive_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_archive(path).close()  # made new
    store = open_archive(path)  # and opened again: it holds the desk's tables
    assert store.version > 0
    store.close()


def test_a_new_archive_is_made_only_in_a_folder_that_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `serve --db ~/dsk/desk.sqlite` (a typo for ~/desk/) made the folder and an empty archive
    # in it without a word, and the day's reviews were saved there
    typo = tmp_path / "dsk" / "desk.sqlite"
    with pytest.raises(FactkitError, match=r"^--db .*desk\.sqlite: no folder .*dsk to make a new"):
        open_archive(typo)
    assert not typo.parent.exists()
    # a name with a line break is shown as a shell quotes it: the line stays one
    with pytest.raises(FactkitError) as refused:
        open_archive(tmp_path / "ds\nk" / "desk.sqlite")
    assert str(refused.value) == (
        f"--db $'{tmp_path}/ds\\nk/desk.sqlite': no folder $'{tmp_path}/ds\\nk' to make a new "
        "archive in (check the path, or create the folder first)"
    )
    # the default archive's data folder is the desk's own to make
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    open_archive(default_db_path()).close()
    assert (tmp_path / "data" / "factkit" / "desk.sqlite").is_file()
