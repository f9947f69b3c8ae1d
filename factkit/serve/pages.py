"""The browser pages: Jinja2 templates (autoescaped) and factkit's own static JS and CSS.

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
from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = Path(__file__).parent
router = APIRouter(include_in_schema=False)
_env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _page(name: str, **context: Any) -> HTMLResponse:
    html = _env.get_template(name).render(**context)
    return HTMLResponse(html, headers={"cache-control": "no-store"})


def mount_static(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


@router.get("/", response_class=HTMLResponse)
def desk(request: Request) -> HTMLResponse:
    recent = request.app.state.store.recent(limit=15)
    return _page("desk.html", page="desk", title="Review desk", data={"recent": recent})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str, request: Request) -> HTMLResponse:
    article = request.app.state.store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    body = [s for s in article["report"]["sentences"] if s["kind"] == "body"]
    lead = " ".join(body[0]["text"].split()) if body else article["id"]
    title = article["title"] or (lead if len(lead) <= 90 else lead[:88].rsplit(" ", 1)[0] + " …")
    return _page("article.html", page="article", title=title, data={"article": article})


@router.get("/search", response_class=HTMLResponse)
def search_page() -> HTMLResponse:
    return _page("search.html", page="search", title="Archive", data={})


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")


@router.get("/docs", response_class=HTMLResponse)
def docs_page() -> HTMLResponse:
    return _page("docs.html", page="docs", title="API", data={})
