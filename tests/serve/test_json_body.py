"""A request body read as a JSON record is read: a key given twice is refused, naming it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.serve.conftest import save_article

JSON = {"content-type": "application/json"}
NEWS = "The council said 14 bridges were closed on Monday. Officials said 3 reopened."


@pytest.mark.parametrize(
    ("url", "body", "key"),
    [
        ("/api/analyze", f'{{"text": "Nothing.", "text": "{NEWS}"}}', "text"),
        ("/api/verify", f'{{"source": "{NEWS}", "summary": "x", "summary": "y"}}', "summary"),
        # in an inner object too
        ("/api/analyze", f'{{"text": "{NEWS}", "config_overrides": {{"a": 1, "a": 2}}}}', "a"),
    ],
)
def test_a_key_given_twice_in_a_body_is_refused_naming_it(
    client: TestClient, url: str, body: str, key: str
) -> None:
    # json.loads kept the last value silently: the desk analysed a text its sender may not mean
    r = client.post(url, content=body, headers=JSON)
    assert r.status_code == 400, r.text
    assert r.json() == {"error": f"the body is not valid JSON (key {key!r} given twice)"}


def test_a_review_giving_a_field_twice_saves_neither(client: TestClient) -> None:
    saved = save_article(client, NEWS)
    claim = saved["review"][0]
    url = f"/api/claims/{claim['id']}"
    for body in (
        '{"note": "ask the council", "note": "fine"}',
        '{"note": "fine", "if_unchanged": {"note": "", "note": "x"}}',
    ):
        r = client.patch(url, content=body, headers=JSON)
        assert r.status_code == 400, r.text
        assert r.json() == {"error": "the body is not valid JSON (key 'note' given twice)"}
    again = client.get(f"/api/articles/{saved['id']}").json()["review"][0]
    assert (again["id"], again["note"]) == (claim["id"], "")
    # the same key in two objects is no repeat
    ok = client.patch(url, content='{"note": "fine", "if_unchanged": {"note": ""}}', headers=JSON)
    assert ok.status_code == 200 and ok.json()["note"] == "fine"
