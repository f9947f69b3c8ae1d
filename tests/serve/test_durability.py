"""``kill -9`` of a real server loses no acknowledged review change."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.serve.conftest import CLAIMS_ONLY, Server


def test_acknowledged_review_survives_kill_9(tmp_path: Path, seed: str) -> None:
    db = tmp_path / "desk.sqlite"
    server = Server(db, "--config", str(CLAIMS_ONLY), "--workers", "1", log=tmp_path / "log")
    try:
        server.wait_ready()
        saved = httpx.post(server.url + "/api/articles", json={"text": seed}, timeout=120)
        assert saved.status_code == 201, saved.text
        review = saved.json()["review"]
        changes = {"status": "checked", "rating": "unverifiable", "note": "called the UN office"}
        acked = []
        for claim in review[:5]:  # several quick writes, the last right before the kill
            r = httpx.patch(f"{server.url}/api/claims/{claim['id']}", json=changes, timeout=30)
            assert r.status_code == 200
            acked.append(claim["id"])
        server.kill9()
    finally:
        server.stop()
    assert server.proc.returncode == -9

    again = Server(db, "--config", str(CLAIMS_ONLY), "--workers", "0", log=tmp_path / "log")
    try:
        again.wait_ready()
        article = httpx.get(f"{again.url}/api/articles/{saved.json()['id']}", timeout=30).json()
    finally:
        again.stop()
    by_id = {c["id"]: c for c in article["review"]}
    for claim_id in acked:
        assert by_id[claim_id]["status"] == "checked"
        assert by_id[claim_id]["rating"] == "unverifiable"
        assert by_id[claim_id]["note"] == "called the UN office"
    assert all(c["status"] == "open" for c in article["review"] if c["id"] not in acked)
