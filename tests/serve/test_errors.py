"""Every error code through the real app: 400 with one message, 404, 422 naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.serve.conftest import save_article

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


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"text": "caf\xe9 owner said 3"}', "not UTF-8: byte 0xe9 at offset 13"),
        (b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
        # JSON reads UTF-16 and UTF-32 (a whole one is analysed); one cut off mid-character
        # was "not UTF-8: byte 0x7d at offset 40"
        (
            '{"text": "x said 3"}'.encode("utf-16")[:-1],
            "not valid UTF-16 (byte 0x7d at offset 40) after a UTF-16 byte-order mark; send UTF-8",
        ),
        (
            '{"text": "x said 3"}'.encode("utf-16-le")[:-1],
            "not valid UTF-16-LE (byte 0x7d at offset 38); send UTF-8",
        ),
    ],
)
def test_a_body_json_cannot_parse_says_why(client: TestClient, body: bytes, message: str) -> None:
    # both answered starlette's "There was an error parsing the body", naming neither cause
    r = client.post("/api/analyze", content=body, headers=JSON)
    assert r.status_code == 400
    assert r.json() == {"error": f"the body is not valid JSON ({message})"}


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
        # what the command line refuses (an empty article, a NUL) the desk refused not
        ("post", "/api/analyze", {"text": " \n\t "}, "text"),
        ("post", "/api/articles", {"text": " \n\t "}, "text"),
        ("post", "/api/articles", {"text": "The mayor\u0000 said 5 homes burned."}, "text"),
        ("post", "/api/analyze", {"text": "<html></html>", "filename": "a.htm"}, "text"),
        # an uploaded file whose text is only invisible marks is empty, as on the command line
        (
            "post",
            "/api/analyze",
            {"text": '{"text": "\u200b\u200c"}', "filename": "z.json"},
            "text",
        ),
        ("post", "/api/verify", {"source": "  ", "summary": "The mayor spoke."}, "source"),
        ("post", "/api/verify", {"source": "The mayor spoke.", "summary": "\n"}, "summary"),
        (
            "post",
            "/api/verify",
            {"source": "The mayor spoke.", "summary": "!!! \U0001f642"},
            "summary",
        ),
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


@pytest.mark.parametrize(
    ("url", "body", "field", "message"),
    [
        ("/api/analyze", {"text": ""}, "text", "the text is empty: no text to process"),
        ("/api/verify", {"source": "", "summary": "x"}, "source", "the text is empty"),
        ("/api/verify", {"source": "x", "summary": ""}, "summary", "the summary is empty"),
    ],
)
def test_an_empty_text_is_refused_in_the_words_a_blank_one_is(
    client: TestClient, url: str, body: dict, field: str, message: str
) -> None:
    # "" said pydantic's "String should have at least 1 character", "  " the command line's
    # words; an empty summary said "the text is empty", the command line "the summary is empty"
    blank = client.post(url, json={**body, field: " \n "})
    empty = client.post(url, json=body)
    assert empty.status_code == blank.status_code == 422
    assert empty.json() == blank.json()
    assert empty.json()["error"].startswith(f"{field}: {message}")
    spec = client.get("/openapi.json").json()["components"]["schemas"]
    assert spec["AnalyzeIn"]["properties"]["text"]["minLength"] == 1


def test_a_bad_config_override_is_named_without_the_command_line_option(
    client: TestClient,
) -> None:
    # the message read "config_overrides: --set: splitter.max_len: ...": the API has no --set
    body = {"text": "x", "config_overrides": {"splitter.max_len": -1}}
    r = client.post("/api/analyze", json=body)
    assert r.status_code == 422
    assert r.json()["error"] == (
        "config_overrides: splitter.max_len: Input should be greater than or equal to 0"
    )


@pytest.mark.parametrize(
    "key",
    [
        "summarizer.seq2seq.model",
        "summarizer.seq2seq.cache_dir",
        "encoder.model_path",
        "checkworthiness.model_path",
        "claims.attribution.cues_file",
    ],
)
def test_a_request_cannot_name_a_server_path_nor_learn_whether_it_exists(
    client: TestClient, tmp_path: Path, key: str
) -> None:
    # a request could name any server path as a model, cue or cache path, and the 422 said
    # whether it existed ("no model folder ..."): a probe of the server's files
    (tmp_path / "there").mkdir()
    (tmp_path / "there" / "cues.txt").write_text("said\n", encoding="utf-8")
    answers = []
    for where in (tmp_path / "there", tmp_path / "there" / "cues.txt", tmp_path / "missing"):
        body = {"text": "The mayor spoke.", "config_overrides": {key: str(where)}}
        r = client.post("/api/analyze", json=body)
        assert r.status_code == 422, r.text
        answers.append(r.json())
    refused = f"config_overrides: {key}: can be set only in the server's config"
    assert answers[0] == answers[1] == answers[2]
    assert answers[0] == {
        "error": f"{refused} (factkit serve --config or --set)",
        "field": "config_overrides",
    }


@pytest.mark.parametrize(
    "overrides",
    [
        {"summarizer.seq2seq.local_files_only": False},  # would let a request reach the hub
        {"encoder.threads": 64},
        {"ingest.max_chars": 10**12},
        {"summarizer": {"seq2seq": {"model": "/etc"}}},  # a whole section, paths inside
        {"verify.threshold=0.5": 1},  # '=' would split the key when it is applied
    ],
)
def test_only_the_request_settings_may_be_overridden(client: TestClient, overrides: dict) -> None:
    body = {"text": "The mayor spoke.", "config_overrides": overrides}
    r = client.post("/api/analyze", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["error"].startswith(f"config_overrides: {next(iter(overrides))}: ")


def test_a_request_setting_still_changes_the_analysis(client: TestClient) -> None:
    from factkit.config import REQUEST_SETTINGS

    assert "verify.threshold" in REQUEST_SETTINGS
    body = {"text": "The mayor spoke.", "config_overrides": {"verify.threshold": 0.7}}
    assert client.post("/api/analyze", json=body).status_code == 200


def test_an_upload_error_names_the_uploaded_file_not_a_temp_file(client: TestClient) -> None:
    # the upload is read from a temp file, whose path ("/tmp/tmpab12.json") was the message
    r = client.post("/api/analyze", json={"text": "plain words", "filename": "notes.json"})
    assert r.status_code == 422
    assert r.json() == {
        "error": "text: notes.json: invalid JSON: Expecting value (line 1)",
        "field": "text",
    }
    two = '[{"text": "One."}, {"text": "Two."}]'
    r = client.post("/api/analyze", json={"text": two, "filename": "notes.json"})
    assert r.status_code == 422 and "/tmp" not in r.json()["error"]
    assert r.json()["error"].startswith("text: notes.json: holds 2 records")
    assert "factkit batch notes.json -o OUT.jsonl" in r.json()["error"]
    assert client.get("/api/articles").json()["articles"] == []


def test_422_on_query_parameters(client: TestClient) -> None:
    for params, field in (
        ({"since": "last week"}, "since"),
        ({"kind": "opinion"}, "kind"),
        ({"limit": "0"}, "limit"),
    ):
        r = client.get("/api/articles", params=params)
        assert r.status_code == 422 and r.json()["field"] == field


def test_404s(client: TestClient, seed: str) -> None:
    saved = save_article(client, seed)
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


def test_past_max_chars_is_a_422_naming_the_field(tmp_path: Path) -> None:
    # a source past ingest.max_chars raised InputError out of the worker: a 500 and a traceback;
    # a summary past it was verified whatever its length
    from tests.serve.conftest import make_client

    long = "The mayor said 12 roads were closed. " * 20
    short = "The mayor said 12 roads were closed."
    with make_client(tmp_path / "d.sqlite", overrides=("ingest.max_chars=200",)) as client:
        for body, field in (
            ({"source": long, "summary": short}, "source"),
            ({"source": short, "summary": long}, "summary"),
        ):
            r = client.post("/api/verify", json=body)
            assert r.status_code == 422 and r.json()["field"] == field
            assert r.json()["error"].startswith(f"{field}: 740 characters, more than ingest.max")
        # /api/analyze named the text "-", the command line's stdin, and no field
        r = client.post("/api/analyze", json={"text": long})
        assert r.status_code == 422 and r.json()["field"] == "text"
        assert r.json()["error"].startswith("text: 740 characters, more than ingest.max")


def test_a_claim_id_past_sqlite_integers_is_a_404(client: TestClient) -> None:
    # 2**63 overflowed SQLite's integer: a 500 with a plain-text "Internal Server Error"
    r = client.patch(f"/api/claims/{2**63}", json={"status": "checked"})
    assert r.status_code == 404 and r.json() == {"error": f"no claim {2**63}"}


def test_an_unexpected_failure_is_a_json_500_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # any other exception answered text/plain "Internal Server Error", not the API's JSON error
    from factkit.serve.app import create_app
    from factkit.serve.settings import ServeSettings
    from factkit.serve.storage import Store
    from tests.serve.conftest import CLAIMS_ONLY

    def broken(self: Store, article_id: str) -> None:
        raise RuntimeError("disk on fire at /secret/path")

    monkeypatch.setattr(Store, "get_article", broken)
    app = create_app(ServeSettings(db=tmp_path / "d.sqlite", workers=0, config=CLAIMS_ONLY))
    with TestClient(app, raise_server_exceptions=False) as c:
        for url in ("/api/articles/x", "/articles/x"):
            r = c.get(url)
            assert r.status_code == 500 and r.headers["content-type"] == "application/json"
            assert r.json() == {"error": "internal error (RuntimeError); the server log has it"}


def test_a_report_damaged_outside_the_desk_is_named_and_the_lists_still_work(
    client: TestClient, tmp_path: Path
) -> None:
    # an archive edited by hand: one article's report cut to bad JSON made the home page and
    # every search a 500 ("malformed JSON") and its own page "internal error (JSONDecodeError)"
    import sqlite3

    bad = save_article(client, "The mayor said 12 homes burned on Monday.", title="Fire")["id"]
    save_article(client, "Officials said 40 bridges were closed.", id="bridges")
    with sqlite3.connect(tmp_path / "desk.sqlite") as conn:
        conn.execute("UPDATE articles SET report = substr(report, 1, 50) WHERE id = ?", (bad,))
    for params in [{}, {"query": "homes"}, {"kind": "quantitative"}]:
        r = client.get("/api/articles", params=params)
        assert r.status_code == 200, r.text
        assert bad in [a["id"] for a in r.json()["articles"]]
    assert client.get("/").status_code == 200
    for path in [f"/api/articles/{bad}", f"/articles/{bad}", f"/api/articles/{bad}/checklist.md"]:
        r = client.get(path)
        assert r.status_code == 500
        message = r.json()["error"]
        assert message.startswith(f"article {bad}: its stored report is not valid JSON (")
        assert "save the article again" in message
    assert client.get("/api/articles/bridges").status_code == 200
    # JSON, but no report: "internal error (ValidationError)" or "(TypeError)"
    for stored, shown in [("{}", "validation error"), ("null", "(it is null)")]:
        with sqlite3.connect(tmp_path / "desk.sqlite") as conn:
            conn.execute("UPDATE articles SET report = ? WHERE id = ?", (stored, bad))
        for path in [
            f"/articles/{bad}",
            f"/api/articles/{bad}/checklist.csv",
            f"/api/articles/{bad}",
        ]:
            r = client.get(path)
            assert r.status_code == 500
            assert r.json()["error"].startswith(
                f"article {bad}: its stored report is not a factkit report "
            )
            assert shown in r.json()["error"]


@pytest.mark.parametrize(
    ("url", "body", "field"),
    [
        ("/api/articles", b'{"text": "The mayor said \\ud800 5 homes burned."}', "text"),
        ("/api/analyze", b'{"text": "The mayor said 5 homes burned.\\udfff"}', "text"),
        (
            "/api/verify",
            b'{"source": "The mayor said 5 homes burned.", "summary": "\\ud800 5."}',
            "summary",
        ),
    ],
)
def test_422_a_lone_surrogate_in_a_text_is_refused_naming_the_field(
    client: TestClient, url: str, body: bytes, field: str
) -> None:
    # a JSON "\ud800" escape reached the archive's hash (UnicodeEncodeError) or the tokenizer
    # ("TextEncodeInput must be Union[...]"): a 500, where the command line refuses the record
    r = client.post(url, content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["field"] == field and "unpaired surrogate" in r.json()["error"]


def test_a_browser_gets_an_html_404_page_and_an_api_client_json(client: TestClient) -> None:
    browser = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
    r = client.get("/articles/<b>gone</b>", headers=browser)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    # the id is the page's text, escaped; the page links back to the archive and the desk
    assert "&lt;b&gt;gone&lt;/b&gt;" in r.text and "<b>gone" not in r.text
    assert 'href="/search"' in r.text and 'href="/"' in r.text
    assert (
        client.get("/no/such/route", headers=browser)
        .headers["content-type"]
        .startswith("text/html")
    )
    # API clients, and a browser reading /api, keep the JSON error
    assert client.get("/articles/gone").json() == {"error": "no article 'gone'"}
    api = client.get("/api/articles/gone", headers=browser)
    assert api.status_code == 404 and api.json() == {"error": "no article 'gone'"}
