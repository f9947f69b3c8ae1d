"""Archive search: text, speaker, kind, since, review state; FTS5 and the LIKE fallback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from tests.serve.conftest import save_article


def test_search_by_text_speaker_kind_since_and_status(client: TestClient, seed: str) -> None:
    saved = save_article(client, seed)
    other = save_article(
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


def test_a_text_query_shows_the_claims_that_mention_it(client: TestClient) -> None:
    save_article(
        client, "Officials said 40 bridges were closed. Mr Smith said 12 roads were shut.\n"
    )
    (article,) = client.get("/api/articles", params={"query": "bridges"}).json()["articles"]
    assert article["matches"] and all("bridges" in c["text"] for c in article["matches"])
    # a claim filter with the query: only the claims meeting both
    found = client.get("/api/articles", params={"query": "roads", "kind": "quantitative"})
    (article,) = found.json()["articles"]
    assert [("roads" in c["text"]) for c in article["matches"]] == [True]


def test_a_nul_in_the_query_parts_words(client: TestClient) -> None:
    # FTS5 reads its query as C text and ended it at the NUL, inside the word's quotes:
    # 'sqlite3.OperationalError: unterminated string', a 500
    save_article(client, "The mayor said 12 homes burned on Monday.", id="fire")
    for query in ["mayor\x00homes", "\x00"]:
        r = client.get("/api/articles", params={"query": query})
        assert r.status_code == 200, r.text
        assert [a["id"] for a in r.json()["articles"]] == ["fire"]


def test_an_article_shows_its_first_matches_and_counts_the_rest(client: TestClient) -> None:
    # one long article with hundreds of hits filled the list: 502 claims for the 2 MB article
    text = "".join(f"Officials said {n} bridges were closed in Leeds.\n" for n in range(1, 31))
    save_article(client, text, id="many")
    save_article(client, "Mr Smith said 12 bridges were shut.\n", id="one")
    for params in [{"query": "bridges"}, {"query": "bridges", "kind": "quantitative"}]:
        found = client.get("/api/articles", params={**params, "per_article": 4}).json()
        by_id = {a["id"]: a for a in found["articles"]}
        many = by_id["many"]
        assert len(many["matches"]) == 4
        assert many["matches"][0]["text"].startswith("Officials said 1 bridges")
        assert many["more_matches"] == many["n_claims"] - 4 > 20
        assert (len(by_id["one"]["matches"]), by_id["one"]["more_matches"]) == (1, 0)
    (many,) = client.get("/api/articles", params={"query": "Leeds"}).json()["articles"]
    assert (len(many["matches"]), many["more_matches"]) == (20, many["n_claims"] - 20)
    r = client.get("/api/articles", params={"per_article": 0})
    assert r.status_code == 422 and r.json()["field"] == "per_article"


def _many_claims(store: Any, articles: int, claims: int) -> None:
    for a in range(articles):
        report = {
            "document": {"id": f"art{a}", "date": f"2021-08-{a % 28 + 1:02d}"},
            "sentences": [],
            "claims": [
                {
                    "id": f"c{n}",
                    "text": f"Officials said {n} bridges were closed.",
                    "kinds": ["quantitative"],
                    "quantities": [{"text": str(n)}],
                    "score": 0.5,
                    "sentence_index": n,
                }
                for n in range(claims)
            ],
        }
        store.save_report(report, " ".join(c["text"] for c in report["claims"]))


def test_the_caps_are_applied_while_collecting(tmp_path: Path) -> None:
    # every matching claim of the archive came back to Python, to be cut to `limit` articles
    # and `per_article` claims there: 2,000 batch articles, 8.8 MB for a 50-article answer
    from factkit.serve.search import search
    from factkit.serve.storage import Store

    store = Store(tmp_path / "a.sqlite")
    _many_claims(store, articles=30, claims=6)
    fetched: list[int] = []
    real_query = store.query

    def query(sql: str, params: Any = ()) -> Any:
        rows = real_query(sql, params)
        fetched.append(len(rows))
        return rows

    store.query = query  # type: ignore[method-assign]
    for params in [{"kind": "quantitative"}, {"query": "bridges"}]:
        fetched.clear()
        found = search(store, **params, limit=4, per_article=2)
        assert [len(a["matches"]) for a in found] == [2] * 4
        assert [a["more_matches"] for a in found] == [4] * 4
        assert [c["claim_id"] for c in found[0]["matches"]] == ["c0", "c1"]
        assert "found" not in found[0]["matches"][0]
        # no read returns more than the claims shown, 4 articles x 2 (it was 180 and 24)
        assert max(fetched) == 8, fetched
    store.close()
