"""HEAD answered as GET without a body, on every GET route of the desk."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.serve.conftest import save_article


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles",
        "/api/articles?query=envoy",
        "/api/articles/s1",
        "/api/articles/s1/checklist.csv",
        "/api/articles/none",
    ],
)
def test_head_on_a_get_route_answers_as_get_without_a_body(
    client: TestClient, seed: str, path: str
) -> None:
    # HEAD on the /api GET routes answered 405 (a monitor reads it as "down"); only /health
    # and / had a HEAD route of their own
    save_article(client, seed, id="s1")
    got, head = client.get(path), client.head(path)
    assert head.status_code == got.status_code
    assert head.content == b""
    for name in ("content-type", "content-length", "content-disposition"):
        assert head.headers.get(name) == got.headers.get(name), name
