"""The API through the real app: the report contract, saving, review, exports, uploads."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from factkit.render.to_json import report_schema
from factkit.serve.storage import article_id_for
from tests.serve.conftest import make_client, save_article


def test_health(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


@pytest.mark.parametrize("path", ["/health", "/"])
def test_head_answers_as_get_without_a_body(client: TestClient, path: str) -> None:
    # uptime monitors and link checkers ask with HEAD; a 405 reads as "the desk is down"
    r = client.head(path)
    assert r.status_code == 200
    assert r.content == b""
    assert r.headers["content-type"] == client.get(path).headers["content-type"]


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
        "language": "en",
    }
    assert len(report["claims"]) >= 9
    assert client.get("/api/articles").json()["articles"] == []


SHORT_NEWS = "The council said on Tuesday that 40 homes were flooded after the storm."


@pytest.mark.parametrize(
    ("field", "bad"), [("note", "ok\x1b[2J"), ("reviewer", "a\x00b"), ("note", "ok\x9b2J")]
)
def test_422_a_control_character_in_a_review_is_refused_naming_the_field(
    client: TestClient, field: str, bad: str
) -> None:
    # a NUL or ESC in a note or a reviewer's name was saved and written raw into the Markdown and
    # CSV exports; a tab and a line break stay a note's own
    saved = save_article(client, SHORT_NEWS)
    url = f"/api/claims/{saved['review'][0]['id']}"
    r = client.patch(url, json={field: bad})
    assert r.status_code == 422, r.text
    assert r.json()["field"] == field
    assert r.json()["error"].startswith(f"{field}: contains a control character (U+00")
    seen = client.patch(url, json={"note": "one\tfigure\nchecked", "if_unchanged": {"note": bad}})
    assert seen.status_code == 422 and seen.json()["field"] == "if_unchanged.note"
    assert client.patch(url, json={field: "one\tfigure checked"}).status_code == 200
    assert client.patch(url, json={"note": "one\tfigure\nchecked"}).json()["note"] == (
        "one\tfigure\nchecked"
    )


@pytest.mark.parametrize("name", ["ana\nmaria", "ana\r\nmaria", "ana\u2028maria"])
def test_422_a_line_break_in_a_reviewers_name_is_refused_and_409_stays_one_line(
    client: TestClient, name: str
) -> None:
    # "ana\nmaria" was saved, and the 409 that names the reviewer came out on two lines
    saved = save_article(client, SHORT_NEWS)
    url = f"/api/claims/{saved['review'][0]['id']}"
    r = client.patch(url, json={"note": "ask the council", "reviewer": name})
    assert r.status_code == 422, r.text
    assert r.json() == {
        "error": f"reviewer: contains a line break (U+{ord(name[3]):04X} at character 3); "
        "expected one line",
        "field": "reviewer",
    }
    assert client.get(f"/api/articles/{saved['id']}").json()["review"][0]["note"] == ""


@pytest.mark.parametrize(
    ("url", "field"),
    [("/api/articles", "title"), ("/api/analyze", "title"), ("/api/analyze", "filename")],
)
def test_422_a_line_break_in_a_title_or_file_name_is_refused(
    client: TestClient, url: str, field: str
) -> None:
    # an uploaded file's name heads the error lines about it ("text: a\nb.json: invalid JSON")
    r = client.post(url, json={"text": SHORT_NEWS, field: "Flood\nnews.md"})
    assert r.status_code == 422, r.text
    assert r.json() == {
        "error": f"{field}: contains a line break (U+000A at character 5); expected one line",
        "field": field,
    }
    assert client.get("/api/articles").json()["articles"] == []


def test_422_a_line_break_or_nul_in_a_summary_file_name_is_refused(client: TestClient) -> None:
    refused = (("s\n.md", "a line break (U+000A"), ("s\x00.md", "a control character (U+0000"))
    for bad, why in refused:
        body = {"source": SHORT_NEWS, "summary": "Three roads.", "summary_filename": bad}
        r = client.post("/api/verify", json=body)
        assert r.status_code == 422, r.text
        assert r.json()["field"] == "summary_filename"
        assert r.json()["error"].startswith(f"summary_filename: contains {why} at character 1)")


def test_422_a_control_character_in_a_title_is_refused(client: TestClient) -> None:
    for url in ("/api/articles", "/api/analyze"):
        r = client.post(url, json={"text": SHORT_NEWS, "title": "Flood\x1b]0;x\x07"})
        assert r.status_code == 422, r.text
        assert r.json() == {
            "error": "title: contains a control character (U+001B at character 5); expected text",
            "field": "title",
        }


def test_save_review_and_read_back(client: TestClient, seed: str) -> None:
    saved = save_article(client, seed)
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


def test_a_save_over_a_review_someone_else_changed_is_refused(
    client: TestClient, seed: str
) -> None:
    # two editors open the same claim; the second save must not silently undo the first
    top = save_article(client, seed)["review"][0]
    url = f"/api/claims/{top['id']}"
    first = client.patch(
        url, json={"note": "ask CENTCOM", "reviewer": "ana", "if_unchanged": {"note": ""}}
    )
    assert first.status_code == 200 and first.json()["note"] == "ask CENTCOM"
    late = client.patch(url, json={"note": "fine", "reviewer": "ben", "if_unchanged": {"note": ""}})
    assert late.status_code == 409
    assert late.json()["claim"]["note"] == "ask CENTCOM"
    assert late.json()["claim"]["reviewer"] == "ana"
    assert "changed by ana" in late.json()["error"] and "(note)" in late.json()["error"]
    # a field the late editor saw right still saves; a save without if_unchanged overwrites
    rated = client.patch(url, json={"rating": "false", "if_unchanged": {"rating": None}})
    assert rated.status_code == 200 and rated.json()["note"] == "ask CENTCOM"
    assert client.patch(url, json={"note": "fine"}).json()["note"] == "fine"
    assert (
        client.patch("/api/claims/999999", json={"note": "x", "if_unchanged": {}}).status_code
        == 404
    )


def _upload_record(client: TestClient, own_id: str) -> httpx.Response:
    """Upload a one-record JSON file whose record gives ``own_id`` as its id."""
    record = json.dumps({"id": own_id, "text": "The mayor said 40 bridges were closed."})
    return client.post("/api/articles", json={"text": record, "filename": "up.json"})


@pytest.mark.parametrize("own_id", ["статья", "a b?x=1#y%", "a\u00a0b/c:d"])
def test_an_uploaded_records_own_id_is_saved_and_reached_by_its_location(
    client: TestClient, own_id: str
) -> None:
    # an uploaded JSON record keeps its own id, which need not match the API's id pattern: a
    # non-Latin id was saved, then the answer was a 500 (the raw id in the location header);
    # a line break split the header in two; '?' and '#' made a location that named another id
    r = _upload_record(client, own_id)
    assert r.status_code == 201, r.text
    assert r.json()["id"] == own_id
    assert r.headers["location"].isascii() and "\n" not in r.headers["location"]
    assert client.get(r.headers["location"]).json()["id"] == own_id
    export = client.get(r.headers["location"] + "/checklist.md")
    assert export.status_code == 200
    disposition = export.headers["content-disposition"]
    assert disposition.isascii() and "\n" not in disposition
    assert disposition.startswith('attachment; filename="') and "filename*=UTF-8''" in disposition


@pytest.mark.parametrize("own_id", ["a\r\nSet-Cookie: x=1", " ", "tab\there"])
def test_an_uploaded_record_whose_id_no_url_can_name_is_refused(
    client: TestClient, own_id: str
) -> None:
    # saved, then unreachable: no route matches a line break, a blank id has no URL; and the
    # raw id split the location header in two
    r = _upload_record(client, own_id)
    assert r.status_code == 422, r.text
    assert r.json() == {
        "error": "text: up.json: the record's id is blank or holds a control character "
        "(a line break, a tab)",
        "field": "text",
    }
    assert client.get("/api/articles").json()["articles"] == []


def test_exports_carry_the_review(client: TestClient, seed: str) -> None:
    saved = save_article(client, seed)
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


def test_an_uploaded_json_record_keeps_its_id_as_batch_gives_it(client: TestClient) -> None:
    # the desk replaced the record's "id" with a hash of its text, so the same record saved here
    # and imported from `factkit batch --db` became two archive articles with split reviews
    text = "The council said 40 homes were flooded on Monday."
    record = json.dumps({"id": "news/2021/flood-7", "title": "Flood", "text": text})
    saved = client.post("/api/articles", json={"text": record, "filename": "flood.json"})
    assert saved.status_code == 201 and saved.json()["id"] == "news/2021/flood-7"
    assert client.get("/api/articles/news/2021/flood-7").json()["title"] == "Flood"
    # a record without an id, a pasted text and an explicit id are as before
    bare = json.dumps({"text": text})
    r = client.post("/api/analyze", json={"text": bare, "filename": "flood.json"})
    assert r.json()["document"]["id"] == article_id_for(text)
    r = client.post("/api/analyze", json={"text": record, "filename": "f.json", "id": "mine"})
    assert r.json()["document"]["id"] == "mine"
    r = client.post("/api/analyze", json={"text": text, "filename": "flood.txt"})
    assert r.json()["document"]["id"] == article_id_for(text)


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


def test_verify_reads_an_uploaded_summary_by_its_filename(client: TestClient, seed: str) -> None:
    # an uploaded .md summary was checked as plain text: the URL's 2021 and 08 were numbers of it
    summary = (
        "# Summary\n\n- **Zalmay Khalilzad**, the US envoy, traveled to "
        "[Doha](https://example.com/2021/08/doha), Qatar.\n"
    )
    body = {"source": seed, "summary": summary, "summary_filename": "s.md"}
    r = client.post("/api/verify", json=body)
    assert r.status_code == 200, r.text
    sentences = r.json()["sentences"]
    assert r.json()["all_supported"] and len(sentences) == 1
    assert "https" not in sentences[0]["text"] and "**" not in sentences[0]["text"]
    r = client.post("/api/verify", json={**body, "summary_filename": "s.jsonl"})
    assert r.status_code == 422
    assert "s.jsonl: a .jsonl file holds many records, no one summary" in r.text
    # any other name is plain text, as on the command line: the markup stays words of it
    r = client.post("/api/verify", json={**body, "summary_filename": "s.hypo"})
    assert r.status_code == 200
    assert any("**" in s["text"] for s in r.json()["sentences"])
    r = client.post(
        "/api/verify", json={**body, "summary": "# Summary\n", "summary_filename": "s.md"}
    )
    assert r.status_code == 422 and "s.md" in r.text


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


def test_config_overrides_apply_to_the_config_the_desk_started_with(tmp_path: Path) -> None:
    # a request's config_overrides re-read the --config file, so editing it while the desk ran
    # changed those analyses (and only those) without a restart
    config = tmp_path / "desk.yaml"
    config.write_text("summarizer:\n  enabled: false\nclaims:\n  enabled: true\n", "utf-8")
    text = "The mayor said on Monday that 40 bridges were closed, up from 12 a week earlier.\n"
    with make_client(tmp_path / "desk.sqlite", config=config) as client:
        config.write_text("claims:\n  enabled: false\n", encoding="utf-8")  # edited mid-run
        r = client.post(
            "/api/analyze", json={"text": text, "config_overrides": {"splitter.max_len": 900}}
        )
        assert r.status_code == 200
        assert r.json()["claims"], "the edited file (claims off) was read again"
        assert "summary" not in r.json()  # the started config's summarizer: off


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


@pytest.mark.parametrize("article_id", ["notes/checklist.md", "notes/checklist.txt"])
def test_an_id_ending_like_the_export_route_is_still_its_article(
    client: TestClient, article_id: str
) -> None:
    # the export route took "notes/checklist.md" as the export of "notes": 404 "no article"
    text = "The council said 40 homes were flooded on Monday."
    record = json.dumps({"id": article_id, "title": "Flood", "text": text})
    saved = client.post("/api/articles", json={"text": record, "filename": "flood.json"})
    assert saved.status_code == 201, saved.text
    got = client.get(f"/api/articles/{article_id}")
    assert got.status_code == 200 and got.json()["id"] == article_id
    own = client.get(f"/api/articles/{article_id}/checklist.csv")
    assert own.status_code == 200 and own.text.startswith("id,")
    assert client.get("/api/articles/notes/checklist.pdf").status_code == 404


def test_a_del_or_c1_control_in_an_article_is_escaped_in_the_answers(
    client: TestClient, seed: str
) -> None:
    text = seed.replace("said", "said\x7f\x9b", 1)
    r = client.post("/api/articles", json={"text": text, "id": "ctl"})
    assert r.status_code == 201, r.text
    for answer in (
        r,
        client.get("/api/articles/ctl"),
        client.get("/api/articles/ctl/checklist.json"),
    ):
        assert b"\x7f" not in answer.content and b"\xc2\x9b" not in answer.content
        assert b"\\u007f\\u009b" in answer.content
    assert r.json()["text"] == text


@pytest.mark.parametrize(
    ("sent", "date"),
    [
        ("2019-09-05", "2019-09-05"),
        ("2019-09-05T23:30:00-05:00", "2019-09-05"),  # the date it writes, not moved to UTC
        ("2019-09-05T10:00:00Z", "2019-09-05"),
    ],
)
def test_a_date_is_read_in_the_forms_a_json_record_gives_it(
    client: TestClient, sent: str, date: str
) -> None:
    # a timestamp was a 422 ("Datetimes provided to dates should have zero time") while the
    # same article uploaded as a .json record, or a batch line, was read with its date
    text = "The mayor said on Tuesday that 40 homes burned."
    r = client.post("/api/analyze", json={"text": text, "date": sent})
    assert r.status_code == 200, r.text
    assert r.json()["document"]["date"] == date
    assert r.json()["times"][0]["resolved"] == "2019-09-03"


def test_a_date_that_is_no_date_is_still_refused_naming_the_field(client: TestClient) -> None:
    r = client.post("/api/analyze", json={"text": "The mayor spoke.", "date": "2019-09-05junk"})
    assert r.status_code == 422 and r.json()["field"] == "date"
