"""Archive search: articles by text, claims by text, speaker, kind, review state and date.

Without claim filters the result is the articles whose title or text matches ``query`` (with the
claims whose own text matches). With claim filters (speaker, kind, status, rating) it is the claims
meeting all of them (and ``query``), grouped by article: "every claim by this speaker with a
number since the first of last month" is ``speaker=…&kind=quantitative&since=…``. ``since`` is
the article's date (the day it was saved when it has none). FTS5 when this SQLite has it, else
LIKE on each word. An article shows at most ``per_article`` matching claims and counts the rest
(``more_matches``): one long article with hundreds of hits would otherwise fill the list. SQLite
applies both caps (``limit`` articles, ``per_article`` claims each) with window functions, so
Python reads only the rows it shows, whatever the archive's size.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from factkit.serve.storage import CLAIM_COLUMNS, claim_row

if TYPE_CHECKING:
    from factkit.serve.storage import Store

KINDS = ("quantitative", "attributed")
# what a list shows for an article without a title: its first body sentence (none where the
# stored report is not JSON: one row edited by hand made every list a 500, "malformed JSON")
LEAD = (
    "(CASE WHEN json_valid(a.report) THEN (SELECT substr(json_extract(value, '$.text'), 1, 160) "
    "FROM json_each(a.report, '$.sentences') WHERE json_extract(value, '$.kind') = 'body' "
    "LIMIT 1) END)"
)


# each matching claim's place in its article (nth), its article's matches (found) and the
# article's place in the list (article_nth): the caps become a WHERE on these
_WINDOWS = (
    "ROW_NUMBER() OVER (PARTITION BY c.article_pk ORDER BY c.rank, c.id) AS nth, "
    "COUNT(*) OVER (PARTITION BY c.article_pk) AS found"
)


@dataclass
class _Matches:
    """Article id -> its first matching claims (at most ``cap``), and how many more there are."""

    cap: int
    shown: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    more: dict[str, int] = field(default_factory=dict)

    def add(self, rows: Iterable[Any]) -> _Matches:
        """``rows``: an article's first ``cap`` claims, in order, each with ``found``."""
        for row in rows:
            claim = claim_row(row)
            found = claim.pop("found")
            self.shown.setdefault(row["article_id"], []).append(claim)
            if found > self.cap:
                self.more[row["article_id"]] = found - self.cap
        return self


def _fts_query(query: str) -> str:
    """Each word a quoted FTS5 phrase (all must match): user text never becomes FTS syntax."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in query.split())


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _text_filter(
    store: Store,
    table: str,
    alias: str,
    key: str,
    columns: tuple[str, ...],
    query: str,
    params: list[Any],
) -> str:
    if store.fts:
        params.append(_fts_query(query))
        return f"{alias}.{key} IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)"
    parts = []
    for word in query.split():
        ors = []
        for column in columns:
            ors.append(f"{alias}.{column} LIKE ? ESCAPE '\\'")
            params.append(_like(word))
        parts.append("(" + " OR ".join(ors) + ")")
    return " AND ".join(parts) or "1"


def search(
    store: Store,
    *,
    query: str = "",
    speaker: str = "",
    kind: str = "",
    since: str = "",
    status: str = "",
    rating: str = "",
    limit: int = 50,
    per_article: int = 20,
) -> list[dict[str, Any]]:
    # a NUL parts words: FTS5 reads its query as C text and ended it there, inside the quotes
    # ('unterminated string', a 500); no saved text holds one
    query = query.replace("\0", " ").strip()
    where_a: list[str] = []
    params_a: list[Any] = []
    if since:
        where_a.append("COALESCE(a.date, substr(a.created_at, 1, 10)) >= ?")
        params_a.append(since)
    where_c, params_c = _claim_filter(store, query, speaker, kind, status, rating)
    found = _Matches(per_article)
    if speaker or kind or status or rating:
        _matching_claims(store, where_a + where_c, [*params_a, *params_c], found, limit)
        ids = list(found.shown)
    else:
        ids = _matching_articles(store, query, where_a, params_a, limit)
        if query and ids:
            _claims_naming(store, ids, where_c, params_c, found)
    return [_summary(store, article_id, found) for article_id in ids]


def _claim_filter(
    store: Store, query: str, speaker: str, kind: str, status: str, rating: str
) -> tuple[list[str], list[Any]]:
    """The conditions a claim must meet, and their parameters: always the claim filters; the
    query, which selects claims when filters are given too, or else shows which claims of a
    matching article mention it."""
    where_c: list[str] = []
    params_c: list[Any] = []
    if speaker:
        where_c.append("c.speakers LIKE ? ESCAPE '\\'")
        params_c.append(_like(speaker.strip()))
    if kind:
        where_c.append("(',' || c.kinds || ',') LIKE ?")
        params_c.append(f"%,{kind},%")
        if kind == "quantitative":
            where_c[-1] = f"({where_c[-1]} OR c.has_number = 1)"
    if status:
        where_c.append("c.status = ?")
        params_c.append(status)
    if rating:
        where_c.append("c.rating = ?")
        params_c.append(rating)
    if query:
        where_c.append(
            _text_filter(store, "claims", "c", "id", ("text", "speakers"), query, params_c)
        )
    return where_c, params_c


def _matching_claims(
    store: Store, where: list[str], params: list[Any], found: _Matches, limit: int
) -> None:
    """Adds to ``found`` the claims meeting ``where`` of the newest ``limit`` articles with any."""
    rows = store.query(
        f"SELECT article_id, {CLAIM_COLUMNS}, found FROM (SELECT a.id AS article_id, "
        f"{_prefixed('c')}, {_WINDOWS}, DENSE_RANK() OVER (ORDER BY COALESCE(a.date, "
        "a.created_at) DESC, a.pk DESC) AS article_nth FROM claims c "
        "JOIN articles a ON a.pk = c.article_pk WHERE "
        + (" AND ".join(where) or "1")
        + ") WHERE nth <= ? AND article_nth <= ? ORDER BY article_nth, nth",
        (*params, found.cap, limit),
    )
    found.add(rows)


def _matching_articles(
    store: Store, query: str, where_a: list[str], params_a: list[Any], limit: int
) -> list[str]:
    """The ids of the articles meeting ``where_a`` whose title or text has ``query``, newest
    saved first."""
    where, params = list(where_a), list(params_a)
    if query:
        where.append(_text_filter(store, "articles", "a", "pk", ("title", "text"), query, params))
    rows = store.query(
        "SELECT a.id FROM articles a WHERE "
        + (" AND ".join(where) or "1")
        + " ORDER BY a.created_at DESC, a.pk DESC LIMIT ?",
        (*params, limit),
    )
    return [r["id"] for r in rows]


def _claims_naming(
    store: Store, ids: list[str], where_c: list[str], params_c: list[Any], found: _Matches
) -> None:
    """Adds to ``found`` the claims that mention the query (``where_c``) of the articles found."""
    marks = ",".join("?" * len(ids))
    rows = store.query(
        f"SELECT article_id, {CLAIM_COLUMNS}, found FROM (SELECT a.id AS article_id, "
        f"{_prefixed('c')}, {_WINDOWS} FROM claims c JOIN articles a ON "
        f"a.pk = c.article_pk WHERE a.id IN ({marks}) AND "
        + " AND ".join(where_c)
        + ") WHERE nth <= ? ORDER BY rank, id",
        (*ids, *params_c, found.cap),
    )
    found.add(rows)


def _prefixed(alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in CLAIM_COLUMNS.split(","))


def _summary(store: Store, article_id: str, found: _Matches) -> dict[str, Any]:
    row = store.query(
        "SELECT a.id, a.title, a.date, a.section, a.origin, a.created_at, "
        f"{LEAD} AS lead, "
        "(SELECT COUNT(*) FROM claims WHERE article_pk = a.pk) AS n_claims, "
        "(SELECT COUNT(*) FROM claims WHERE article_pk = a.pk AND status = 'checked') "
        "AS n_checked FROM articles a WHERE a.id = ?",
        (article_id,),
    )[0]
    out = dict(row)
    out["matches"] = found.shown.get(article_id, [])
    out["more_matches"] = found.more.get(article_id, 0)
    return out
