"""factkit.serve.app: the middleware stack as a browser meets it (compression)."""

from __future__ import annotations

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
