"""The browser pages: Jinja2 templates (autoescaped) and factkit's own static JS and CSS.

The article page is the HTML report's own markup: one Jinja environment (an overlay of
:func:`factkit.render.to_html.environment`, so the same filters and autoescaping) loads the desk's
templates first and the report's (``partials/summary``, ``article``, ``claims``) after them, and
the report's stylesheet and script are served from ``/static/report``. The desk adds only its
controls (exports, reviewer, and one ``<template>`` of the review select and note that ``desk.js``
clones into each claim, so a long article's page does not repeat the rating options per claim).

Pages carry their data in a ``<script type="application/json">`` block (Jinja's ``tojson`` escapes
``<``, ``>``, ``&`` and quotes, so article text cannot end the block); scripts are files under
``/static``, so the Content-Security-Policy can forbid inline script entirely.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader

from factkit.render import to_html
from factkit.serve.reports import stored_report
from factkit.serve.search import search
from factkit.serve.vocabulary import RATINGS, STATUSES

HERE = Path(__file__).parent
REPORT_STATIC = Path(to_html.__file__).parent / "static"
router = APIRouter(include_in_schema=False)
# what desk.js reads of a claim's review. The claim itself (text, speakers, kinds, score) is in
# the page's markup already: a 2 MB article's 5,512 claims took 1.3 MB more as JSON.
# (the reviewer is sent with a save, never read back: 17 bytes a claim less)
REVIEW_STATE = ("id", "claim_id", "status", "rating", "note", "updated_at")
_env = to_html.environment().overlay(
    loader=ChoiceLoader(
        [FileSystemLoader(HERE / "templates"), PackageLoader("factkit.render", "templates")]
    )
)
# the page's JSON without the spaces after "," and ":" (a 5,910-claim article's review rows
# are ~14 bytes each smaller); its own dict: an overlay shares its parent's policies
_env.policies = {
    **_env.policies,
    "json.dumps_kwargs": {"sort_keys": True, "separators": (",", ":")},
}


def _page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = _env.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status_code, headers={"cache-control": "no-store"})


def mount_static(app: FastAPI) -> None:
    # the more specific mount first: /static/report is the HTML report's own CSS and JS
    app.mount("/static/report", StaticFiles(directory=REPORT_STATIC), name="report-static")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


@router.get("/", response_class=HTMLResponse)  # HEAD too, as every GET route: serve/head.py
def desk(request: Request) -> HTMLResponse:
    recent = search(request.app.state.store, limit=15)
    return _page("desk.html", page="desk", title="Review desk", data={"recent": recent})


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)  # ids may hold "/"
def article_page(article_id: str, request: Request) -> HTMLResponse:
    article = request.app.state.store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    report = stored_report(article)
    view = to_html.report_context(report)
    body = [s for s in article["report"]["sentences"] if s["kind"] == "body"]
    lead = " ".join(body[0]["text"].split()) if body else article["id"]
    title = article["title"] or (lead if len(lead) <= 90 else lead[:88].rsplit(" ", 1)[0] + " …")
    # the page's JSON holds review state only: the report itself is rendered server-side, and
    # the review controls once, as a template desk.js fills from this state
    states = [{key: r[key] for key in REVIEW_STATE} for r in article["review"]]
    data = {"article": {"id": article["id"], "review": states}}
    return _page(
        "article.html",
        page="article",
        title=title,
        meta=view["meta"],
        note=view["note"],
        report_summary=view["report_summary"],
        legend=view["legend"],
        article_pieces=view["article_pieces"],
        claims=view["claims"],
        ratings=RATINGS,
        data=data,
    )


def wants_page(request: Request) -> bool:
    """Whether an error should be a page: a browser (its Accept names text/html) asking for
    something outside /api; API clients (and a browser reading /api) keep the JSON error."""
    accepts_html = "text/html" in request.headers.get("accept", "").lower()
    return accepts_html and not request.url.path.startswith("/api/")


def not_found_page(message: str) -> HTMLResponse:
    """The 404 a browser gets: the reason (autoescaped, as every page's text) and links back to
    the archive and the desk."""
    return _page(
        "not_found.html", 404, page="not-found", title="Not found", data={}, message=message
    )


@router.get("/search", response_class=HTMLResponse)
def search_page() -> HTMLResponse:
    return _page("search.html", page="search", title="Archive", data={}, statuses=STATUSES)


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")


@router.get("/docs", response_class=HTMLResponse)
def docs_page() -> HTMLResponse:
    return _page("docs.html", page="docs", title="API", data={})
