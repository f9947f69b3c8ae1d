"""The JSON answers' response models: /openapi.json describes every answer the desk gives."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.serve.conftest import save_article


def _schema_of(spec: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    """The response schema of one answer, with the spec's components to resolve its refs."""
    content = spec["paths"][path][method]["responses"][status]["content"]
    schema = content["application/json"]["schema"]
    assert "$ref" in schema, f"{method} {path} {status}: no response model"
    return {**schema, "components": spec["components"]}


def test_every_json_answer_matches_its_response_model(client: TestClient, seed: str) -> None:
    # the endpoints declared dict[str, Any]: /openapi.json had no response schema to generate
    # a client's types from
    jsonschema = pytest.importorskip("jsonschema")
    spec = client.get("/openapi.json").json()
    saved = save_article(client, seed, id="s1")
    claim = saved["review"][0]["id"]
    summary = "Michelle Bachelet said her office had counted at least 183 deaths."
    answers = [
        ("/health", "get", "200", client.get("/health")),
        ("/api/analyze", "post", "200", client.post("/api/analyze", json={"text": seed})),
        (
            "/api/verify",
            "post",
            "200",
            client.post("/api/verify", json={"source": seed, "summary": summary}),
        ),
        ("/api/articles", "post", "201", client.post("/api/articles", json={"text": seed})),
        ("/api/articles", "get", "200", client.get("/api/articles", params={"query": "envoy"})),
        ("/api/articles/{article_id}", "get", "200", client.get("/api/articles/s1")),
        (
            "/api/claims/{claim_id}",
            "patch",
            "200",
            client.patch(f"/api/claims/{claim}", json={"note": "a", "rating": "true"}),
        ),
        (
            "/api/claims/{claim_id}",
            "patch",
            "409",
            client.patch(f"/api/claims/{claim}", json={"note": "b", "if_unchanged": {"note": ""}}),
        ),
        ("/api/articles/{article_id}", "get", "4XX", client.get("/api/articles/none")),
        ("/api/analyze", "post", "4XX", client.post("/api/analyze", json={"text": " "})),
    ]
    for path, method, status, answer in answers:
        assert str(answer.status_code)[0] == status[0], (path, answer.text)
        schema = _schema_of(spec, path, method, status)
        jsonschema.validate(answer.json(), schema)
    assert client.get("/api/articles").json()["articles"][0]["matches"] == []
