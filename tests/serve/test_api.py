"""The API through the real app: the report contract, saving, review, search, exports, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from factkit.render.to_json import report_schema
from tests.serve.conftest import make_client


def _save(client: TestClient, text: str, **extra: object) -> dict:
    r = client.post("/api/articles", json={"text": text, **extra})
    assert r.status_code == 201, r.text
    assert r.headers["location"] == f"/api/articles/{r.json()['id']}"
    return r.json()


def test_health(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


def test_analyze_returns_the_report_contract_and_saves_nothing(
    client: TestClient, seed: str
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    r = client.post("/api/analyze", json={"text": seed, "title": "Envoy", "id": "seed-1"})
    assert r.status_code == 200
    report = r.json()
    jsonschema.validate(report, report_schema())
    assert report["document"] == {
        "id": "seed-1",
        "date": "2021-08-10",
        "section": "Fast News",
        "title": "Envoy",
        "credit": "AP",
    }
    assert len(report["claims"]) >= 9
    assert client.get("/api/articles").json()["articles"] == []


def test_save_review_and_read_back(client: TestClient, seed: str) -> None:
    saved = _save(client, seed)
    assert saved["text"] == seed
    assert len(saved["review"]) == len(saved["report"]["claims"]) >= 9
    assert all(c["status"] == "open" and c["rating"] is None for c in saved["review"])
    top = saved["review"][0]
    r = client.patch(
        f"/api/claims/{top['id']}",
        json={
            "status": "checked",
            "rating": "misleading",
            "note": "figure is a floor",
            "reviewer": "ana",
        },
    )
    assert r.status_code == 200
    assert r.json()["status"] == "checked" and r.json()["rating"] == "misleading"
    assert r.json()["article_id"] == saved["id"]
    again = client.get(f"/api/articles/{saved['id']}").json()
    claim = next(c for c in again["review"] if c["id"] == top["id"])
    assert (claim["status"], claim["rating"], claim["note"], claim["reviewer"]) == (
        "checked",
        "misleading",
        "figure is a floor",
        "ana",
    )
    assert claim["updated_at"]
    # clearing a rating and a note
    r = client.patch(f"/api/claims/{top['id']}", json={"rating": None, "note": None})
    assert (r.json()["rating"], r.json()["note"], r.json()["status"]) == (None, "", "checked")


def test_saving_the_same_article_again_keeps_its_review(client: TestClient, seed: str) -> None:
    first = _save(client, seed)
    claim = first["review"][1]
    client.patch(f"/api/claims/{claim['id']}", json={"status": "checked"})
    second = _save(client, seed)
    assert second["id"] == first["id"]
    kept = next(c for c in second["review"] if c["claim_id"] == claim["claim_id"])
    assert kept["status"] == "checked"
    assert len(client.get("/api/articles").json()["articles"]) == 1


def test_search_by_text_speaker_kind_since_and_status(client: TestClient, seed: str) -> None:
    saved = _save(client, seed)
    other = _save(
        client,
        "Officials said on Monday that 40 bridges were closed.\n",
        date="2020-01-05",
        id="bridges",
    )

    def ids(**params: str) -> list[str]:
        r = client.get("/api/articles", params=params)
        assert r.status_code == 200, r.text
        return [a["id"] for a in r.json()["articles"]]

    assert ids(query="Khalilzad") == [saved["id"]]
    assert ids(query="bridges") == ["bridges"]
    assert ids(query="nothing-like-this") == []
    assert set(ids()) == {saved["id"], "bridges"}
    assert ids(since="2021-01-01") == [saved["id"]]
    found = client.get("/api/articles", params={"speaker": "bachelet", "kind": "quantitative"})
    (article,) = found.json()["articles"]
    assert article["id"] == saved["id"]
    assert article["matches"] and all(
        "Michelle Bachelet" in c["speakers"] and c["has_number"] for c in article["matches"]
    )
    claim = article["matches"][0]
    client.patch(f"/api/claims/{claim['id']}", json={"status": "checked", "rating": "true"})
    (hit,) = client.get("/api/articles", params={"status": "checked"}).json()["articles"]
    assert [c["id"] for c in hit["matches"]] == [claim["id"]]
    assert hit["n_checked"] == 1
    assert ids(rating="false") == []
    assert other["id"] == "bridges"


def test_search_without_fts5_falls_back_to_like(tmp_path: Path, seed: str) -> None:
    from factkit.serve.search import search
    from factkit.serve.storage import Store

    store = Store(tmp_path / "a.sqlite")
    store.save_report(
        {"document": {"id": "x"}, "claims": [], "sentences": []}, "Quarterly 50% rise"
    )
    store.fts = False
    assert [a["id"] for a in search(store, query="quarterly 50%")] == ["x"]
    assert search(store, query="100%") == []
    store.fts = True
    assert [a["id"] for a in search(store, query='quarterly "50')] == ["x"]  # quotes are words
    store.close()


def test_exports_carry_the_review(client: TestClient, seed: str) -> None:
    saved = _save(client, seed)
    top = saved["review"][0]
    client.patch(
        f"/api/claims/{top['id']}", json={"status": "checked", "rating": "false", "note": "wrong"}
    )
    base = f"/api/articles/{saved['id']}/checklist"
    md = client.get(base + ".md")
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert "attachment" in md.headers["content-disposition"]
    assert md.text.count("- [x] ") == 1
    assert md.text.count("- [ ] ") == len(saved["review"]) - 1
    assert "Review: rated false · note: wrong" in md.text
    csv_text = client.get(base + ".csv").text
    header, *rows = csv_text.splitlines()
    assert header.endswith("status,rating,note,reviewer")
    assert len(rows) == len(saved["review"])
    assert any(
        row.startswith(top["claim_id"] + ",") and row.endswith("checked,false,wrong,")
        for row in rows
    )
    data = json.loads(client.get(base + ".json").text)
    reviewed = next(c for c in data["claims"] if c["id"] == top["claim_id"])
    assert reviewed["review"]["status"] == "checked"
    assert data["claims"][0]["text"] and data["schema_version"]
    assert client.get(base + ".pdf").status_code == 404


def test_uploaded_html_file_is_read_as_html(client: TestClient) -> None:
    page = (
        "<html><head><title>Dam report</title></head><body><article><h1>Dam report</h1>"
        "<p>The ministry said on Friday that 3,400 people had been moved from the valley, "
        'up from 1,200 a week earlier.</p><p>"We are not done," the minister, Ana Ruiz, '
        "told reporters, adding that 12 villages remained at risk.</p></article>"
        "<script>var x = 1;</script></body></html>"
    )
    r = client.post("/api/analyze", json={"text": page, "filename": "dam.html"})
    assert r.status_code == 200, r.text
    text = " ".join(s["text"] for s in r.json()["sentences"])
    assert "3,400 people" in text and "<p>" not in text and "var x" not in text
    bad = client.post("/api/analyze", json={"text": "x", "filename": "a.exe"})
    assert bad.status_code == 422 and bad.json()["field"] == "filename"


# --- errors ------------------------------------------------------------------------------------
JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{bad", "the body is not valid JSON"),
        ("[1, 2]", "the body must be a JSON object"),
        ("", "the body is missing"),
        ("{}", "missing field: text"),
    ],
)
def test_400_with_one_message(client: TestClient, body: str, message: str) -> None:
    r = client.post("/api/analyze", content=body, headers=JSON)
    assert r.status_code == 400
    assert r.json()["error"].startswith(message)
    assert set(r.json()) <= {"error", "field"}


def test_400_missing_field_on_verify(client: TestClient) -> None:
    r = client.post("/api/verify", json={"source": "x"})
    assert r.status_code == 400 and r.json() == {
        "error": "missing field: summary",
        "field": "summary",
    }


@pytest.mark.parametrize(
    ("method", "url", "body", "field"),
    [
        ("post", "/api/analyze", {"text": "x", "date": "yesterday"}, "date"),
        ("post", "/api/analyze", {"text": ""}, "text"),
        ("post", "/api/analyze", {"text": "x", "colour": "red"}, "colour"),
        ("post", "/api/analyze", {"text": "x", "id": "../etc"}, "id"),
        (
            "post",
            "/api/analyze",
            {"text": "x", "config_overrides": {"splitter.max_len": -1}},
            "config_overrides",
        ),
        (
            "post",
            "/api/articles",
            {"text": "x", "config_overrides": {"nope": 1}},
            "config_overrides",
        ),
        ("patch", "/api/claims/1", {"rating": "maybe"}, "rating"),
        ("patch", "/api/claims/1", {"status": "done"}, "status"),
        ("patch", "/api/claims/abc", {"status": "open"}, "claim_id"),
    ],
)
def test_422_names_the_field(
    client: TestClient, method: str, url: str, body: dict, field: str
) -> None:
    r = getattr(client, method)(url, json=body)
    assert r.status_code == 422, r.text
    assert r.json()["field"] == field
    assert r.json()["error"].startswith(field)


def test_422_on_query_parameters(client: TestClient) -> None:
    for params, field in (
        ({"since": "last week"}, "since"),
        ({"kind": "opinion"}, "kind"),
        ({"limit": "0"}, "limit"),
    ):
        r = client.get("/api/articles", params=params)
        assert r.status_code == 422 and r.json()["field"] == field


def test_404s(client: TestClient, seed: str) -> None:
    saved = _save(client, seed)
    for url in (
        "/api/articles/nope",
        "/api/articles/nope/checklist.md",
        "/no/such/route",
        "/articles/nope",
        f"/api/articles/{saved['id']}/checklist.docx",
    ):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.json()["error"]
    r = client.patch("/api/claims/999999", json={"status": "checked"})
    assert r.status_code == 404 and r.json() == {"error": "no claim 999999"}


def test_413_past_the_body_limit(tmp_path: Path) -> None:
    with make_client(tmp_path / "d.sqlite", body_limit=4096) as c:
        big = json.dumps({"text": "x" * 5000})
        r = c.post("/api/analyze", content=big, headers=JSON)
        assert r.status_code == 413 and "4096" in r.json()["error"]

        def chunks():  # no Content-Length: counted while it streams
            for _ in range(5):
                yield b"x" * 1000

        r = c.post("/api/analyze", content=chunks(), headers=JSON)
        assert r.status_code == 413
        assert c.post("/api/analyze", json={"text": "A man said 3 dogs ran."}).status_code == 200


def test_default_body_limit_is_10_mb(client: TestClient) -> None:
    r = client.post("/api/analyze", content=b" " * (10 * 1024 * 1024 + 1), headers=JSON)
    assert r.status_code == 413


# --- security ----------------------------------------------------------------------------------
def test_pages_have_a_strict_csp_and_no_inline_script(client: TestClient, seed: str) -> None:
    import re

    evil = seed + '\n"</script><script>window.__pwned=1</script><img src=x onerror=alert(1)>"\n'
    saved = _save(client, evil)
    for url in ("/", f"/articles/{saved['id']}", "/search", "/docs"):
        r = client.get(url)
        assert r.status_code == 200
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        for tag in re.findall(r"<script[^>]*>", r.text):
            assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
        assert "<script>window.__pwned" not in r.text
        assert "<img src=x" not in r.text
        # every asset is factkit's own: no src/href to another host
        assert not re.search(r'(src|href)="(https?:)?//', r.text)
    js = client.get("/static/desk.js")
    assert js.status_code == 200 and "innerHTML" not in js.text


def test_no_cors_unless_configured(client: TestClient, tmp_path: Path) -> None:
    headers = {"origin": "https://evil.example"}
    assert "access-control-allow-origin" not in client.get("/health", headers=headers).headers
    with make_client(tmp_path / "c.sqlite", cors_origins=("https://desk.example",)) as c:
        r = c.get("/health", headers={"origin": "https://desk.example"})
        assert r.headers["access-control-allow-origin"] == "https://desk.example"


def test_token_guards_api_and_page(tmp_path: Path) -> None:
    token = "s3cret-token"
    with make_client(tmp_path / "t.sqlite", token=token, host="0.0.0.0") as c:
        assert c.get("/health").status_code == 200
        assert c.get("/api/articles").status_code == 401
        assert c.get("/").status_code == 401
        assert c.get("/api/articles", headers={"authorization": "Bearer nope"}).status_code == 401
        ok = c.get("/api/articles", headers={"authorization": f"Bearer {token}"})
        assert ok.status_code == 200
        assert c.get("/api/articles?token=" + token).status_code == 401  # never in API URLs
        r = c.get("/?token=" + token, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/"
        assert (
            "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]
        )
        assert c.get("/").status_code == 200  # the cookie from now on
        assert c.get("/api/articles").status_code == 200


def test_non_loopback_host_needs_a_token(tmp_path: Path) -> None:
    from factkit.errors import FactkitError
    from factkit.serve.settings import ServeSettings

    with pytest.raises(FactkitError, match="--token"):
        ServeSettings(db=tmp_path / "x", host="0.0.0.0").check()
    ServeSettings(db=tmp_path / "x", host="::1").check()
    ServeSettings(db=tmp_path / "x", host="localhost").check()


# --- storage -----------------------------------------------------------------------------------
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


def test_review_survives_a_new_app_on_the_same_archive(tmp_path: Path, seed: str) -> None:
    db = tmp_path / "desk.sqlite"
    with make_client(db) as c:
        saved = _save(c, seed)
        claim = saved["review"][2]
        c.patch(f"/api/claims/{claim['id']}", json={"status": "checked", "note": "ok"})
    with make_client(db) as c:
        again = c.get(f"/api/articles/{saved['id']}").json()
        assert next(x for x in again["review"] if x["id"] == claim["id"])["note"] == "ok"


def test_verify_endpoint(client: TestClient, seed: str) -> None:
    r = client.post(
        "/api/verify",
        json={
            "source": seed,
            "summary": "Michelle Bachelet said her office had counted at least 183 deaths.",
        },
    )
    assert r.status_code == 200, r.text
    data = r.json()
    assert len(data["sentences"]) == 1
    assert data["sentences"][0]["verdict"] in ("supported", "unsupported")
    assert isinstance(data["all_supported"], bool)


def test_openapi_documents_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/analyze",
        "/api/verify",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/claims/{claim_id}",
        "/api/articles/{article_id}/checklist.{fmt}",
    ):
        assert path in spec["paths"]
    assert "/" not in spec["paths"]
    assert client.get("/docs").status_code == 200


def test_config_overrides_change_the_analysis_and_are_bounded(client: TestClient) -> None:
    from factkit.serve.pool import MAX_OVERRIDE_SETS

    text = "The mayor said on Monday that 40 bridges were closed, up from 12 a week earlier.\n"
    plain = client.post("/api/analyze", json={"text": text}).json()
    assert plain["claims"]
    off = client.post(
        "/api/analyze", json={"text": text, "config_overrides": {"claims.enabled": False}}
    )
    assert off.status_code == 200 and off.json()["claims"] == []
    for n in range(MAX_OVERRIDE_SETS - 1):
        r = client.post(
            "/api/analyze",
            json={"text": text, "config_overrides": {"splitter.max_len": 1000 + n}},
        )
        assert r.status_code == 200
    r = client.post(
        "/api/analyze", json={"text": text, "config_overrides": {"splitter.max_len": 5}}
    )
    assert r.status_code == 422 and r.json()["field"] == "config_overrides"


def test_cli_does_not_import_fastapi_and_a_missing_extra_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from factkit.errors import FactkitError
    from factkit.serve.server import run_server
    from factkit.serve.settings import ServeSettings
    from tests.serve.conftest import ROOT

    code = "import sys, factkit.cli; sys.exit('fastapi' in sys.modules or 'uvicorn' in sys.modules)"
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(FactkitError, match=r"pip install 'factkit\[serve\]'"):
        run_server(ServeSettings(db=tmp_path / "x.sqlite"))


def test_store_syncs_every_commit(tmp_path: Path) -> None:
    from factkit.serve.storage import Store

    store = Store(tmp_path / "s.sqlite")
    assert store.query("PRAGMA synchronous")[0][0] == 2  # FULL
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    store.close()
