"""factkit.serve.app: the middleware stack as a browser meets it (compression)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.serve.conftest import save_article


def test_pages_and_answers_are_gzipped_when_the_browser_accepts_it(
    client: TestClient, seed: str
) -> None:
    # a long article's page was sent as is: ~10 MB of markup for 5,910 claims
    saved = save_article(client, seed)
    url = f"/articles/{saved['id']}"
    plain = client.get(url, headers={"accept-encoding": "identity"})
    packed = client.get(url, headers={"accept-encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert "accept-encoding" in packed.headers["vary"].lower()
    assert packed.text == plain.text  # decoded by the client: the same page
    assert packed.num_bytes_downloaded < len(plain.content) / 3
    answer = client.get(f"/api/articles/{saved['id']}", headers={"accept-encoding": "gzip"})
    assert answer.headers["content-encoding"] == "gzip" and answer.json()["id"] == saved["id"]
    # HEAD: the headers of the compressed GET, no body; the security headers stay on
    head = client.head(url, headers={"accept-encoding": "gzip"})
    assert head.headers["content-encoding"] == "gzip" and head.content == b""
    assert int(head.headers["content-length"]) == packed.num_bytes_downloaded
    assert head.headers["x-content-type-options"] == "nosniff"


def test_small_answers_are_sent_as_they_are(client: TestClient) -> None:
    # below 1 KiB the gzip header and the CPU cost more than they save
    health = client.get("/health", headers={"accept-encoding": "gzip"})
    assert health.status_code == 200 and "content-encoding" not in health.headers
    assert 0 < len(health.content) < 1024


def test_a_failed_start_through_create_app_leaves_no_new_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `factkit serve` removed the archive its failed start made; the Python API's create_app left
    # it, empty, and the next start's line lacked its "(new)". An archive already there stays.
    from factkit.errors import FactkitError
    from factkit.serve.app import create_app
    from factkit.serve.pool import AnalysisPool
    from factkit.serve.settings import ServeSettings
    from factkit.serve.storage import Store
    from tests.serve.conftest import CLAIMS_ONLY

    def no_model(self: AnalysisPool) -> None:
        raise FactkitError("pipeline setup failed: no model folder")

    kept = tmp_path / "kept.sqlite"
    Store(kept).close()
    monkeypatch.setattr(AnalysisPool, "start", no_model)
    for db in (tmp_path / "new.sqlite", kept):
        app = create_app(ServeSettings(db=db, workers=0, config=CLAIMS_ONLY))
        with pytest.raises(FactkitError, match="pipeline setup failed"), TestClient(app):
            pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.sqlite"]
