"""Safe defaults: body limit (413), CSP and escaping, no CORS unless asked, the token."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from tests.serve.conftest import make_client, save_article

JSON = {"content-type": "application/json"}


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


def test_pages_have_a_strict_csp_and_no_inline_script(client: TestClient, seed: str) -> None:
    import re

    evil = seed + '\n"</script><script>window.__pwned=1</script><img src=x onerror=alert(1)>"\n'
    saved = save_article(client, evil)
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
