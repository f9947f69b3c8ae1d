"""The JSON API under ``/api`` (documented at ``/docs`` from the generated OpenAPI schema)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request, Response
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from factkit.article_text import iso_date
from factkit.ingest import is_blank, summary_problem, text_problem
from factkit.serve.answers import (
    ConflictAnswer,
    ErrorAnswer,
    ReportJSON,
    ReviewedClaim,
    SavedArticle,
    SearchAnswer,
    VerifyAnswer,
)
from factkit.serve.json_answer import JSONAnswer
from factkit.serve.json_body import RecordReadingRoute
from factkit.serve.pool import AnalysisPool
from factkit.serve.reports import EXPORTS, export, stored_report
from factkit.serve.search import search
from factkit.serve.storage import ReviewConflict, Store
from factkit.serve.vocabulary import Rating, RatingFilter, Status, StatusFilter
from factkit.text_checks import control_character, line_break

# every error is {"error": "one line", "field"?}, whatever the status (errors.install)
router = APIRouter(
    responses={"4XX": {"model": ErrorAnswer}, "5XX": {"model": ErrorAnswer}},
    route_class=RecordReadingRoute,  # a key given twice is refused, as in a JSON record
)
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
_PATH_SAFE = "/:@!$&'()*+,;=-._~"  # RFC 3986 path characters; the rest is percent-encoded


def article_url(article_id: str) -> str:
    """The API path of a saved article. A stored id need not match ID_PATTERN (a batch
    record's or an uploaded JSON record's own id: 'статья', 'a b?x#y', even a line break), and
    a header holds ASCII only: raw, it was a 500 after the save, or a header split in two."""
    return "/api/articles/" + quote(article_id, safe=_PATH_SAFE)


def _attachment(article_id: str, fmt: str) -> str:
    """``content-disposition`` for an export: an ASCII file name, and the id's own letters in
    ``filename*`` (RFC 6266); header bytes past Latin-1 were a 500."""
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in article_id)[:100]
    plain = "".join(c if c.isascii() else "_" for c in name)
    own = quote(f"{name}-checklist.{fmt}", safe="")
    return f"attachment; filename=\"{plain}-checklist.{fmt}\"; filename*=UTF-8''{own}"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _some_text(value: str) -> str:
    """What the command line refuses in a file (empty or whitespace only) the desk refuses too."""
    if is_blank(value):
        raise ValueError("the text is empty: no text to process")
    return value


def _unicode_text(value: str) -> str:
    """What the command line and the API refuse in a text, NUL or a lone surrogate (a JSON
    "\\ud800" escape, which reached the tokenizer and the archive's hash as a 500)."""
    if why := text_problem(value):
        raise ValueError(why)
    return value


def _summary_text(value: str) -> str:
    """An empty summary, or one with no letter or digit ('!!!'), states nothing to check: refused
    in the command line's words."""
    if why := summary_problem(value):
        raise ValueError(why)
    return value


def _plain_text(value: str | None) -> str | None:
    """A title, note or reviewer's name with a NUL or ESC (a control character but tab and line
    ends) is refused, as a JSON record's title is: it went raw into the Markdown and CSV
    exports."""
    if value is not None and (why := control_character(value)):
        raise ValueError(f"{why}; expected text")
    return value


def _one_line(value: str | None) -> str | None:
    """A reviewer's name, a title or a file name holds no line break either: a name "a\\nb"
    split the 409 message that names the reviewer, a file name the error lines naming the
    upload. A note keeps its line breaks."""
    if value is not None and (why := line_break(value)):
        raise ValueError(why)
    return value


PlainText = Annotated[str | None, AfterValidator(_plain_text)]
OneLine = Annotated[str | None, AfterValidator(_plain_text), AfterValidator(_one_line)]


# "" is refused by the validator, not by a min_length (pydantic's "String should have at least 1
# character"), so that "" and "  " get one message; the schema still says minLength 1
_NOT_EMPTY = Field(json_schema_extra={"minLength": 1})
SomeText = Annotated[str, AfterValidator(_some_text), AfterValidator(_unicode_text), _NOT_EMPTY]
SummaryText = Annotated[
    str, AfterValidator(_summary_text), AfterValidator(_unicode_text), _NOT_EMPTY
]


def _record_date(value: Any) -> Any:
    """A date in the forms a JSON record's date takes: an ISO timestamp is the date it writes
    (2019-09-05T23:30:00-05:00 is 5 September). pydantic refused one ("should have zero time")
    that the same article uploaded as a record, or a batch line, was read with."""
    if isinstance(value, str) and (date := iso_date(value.strip())) is not None:
        return date
    return value


RecordDate = Annotated[dt.date | None, BeforeValidator(_record_date)]


class AnalyzeIn(_In):
    text: SomeText = Field(description="The article text (or an uploaded file's text).")
    date: RecordDate = Field(
        None,
        description="Publication date (YYYY-MM-DD, or an ISO 8601 timestamp read as the date it "
        "writes), resolves relative dates.",
    )
    title: OneLine = Field(None, max_length=500)
    id: str | None = Field(None, pattern=ID_PATTERN, description="Article id (default: a hash).")
    filename: OneLine = Field(
        None,
        max_length=255,
        description="Uploaded file's name: .txt .md .html .json choose the reader.",
    )
    config_overrides: dict[str, Any] | None = Field(
        None, description='Dotted settings, e.g. {"summarizer.enabled": false}.'
    )


class VerifyIn(_In):
    source: SomeText = Field(description="The article the summary should be faithful to.")
    summary: SummaryText = Field(description="The summary to check.")
    summary_filename: OneLine = Field(
        None,
        max_length=255,
        description="Uploaded summary file's name: .txt .md .html .json choose the reader "
        "(Markdown markup and HTML are not checked as words of the summary).",
    )


class ReviewSeen(_In):
    """The review values a client last saw, for the fields it changes."""

    status: Status | None = None
    rating: Rating | None = None
    note: PlainText = Field(None, max_length=10000)


class ReviewIn(ReviewSeen):  # the review fields, plus who saves and what they saw
    reviewer: OneLine = Field(None, max_length=200)
    if_unchanged: ReviewSeen | None = Field(
        None,
        description="Save only if these fields still hold these values (what this client last "
        "saw); else 409 with the claim as it is now. Two editors on one claim: no silent "
        "overwrite.",
    )


def _answer(
    data: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> JSONAnswer:
    """A JSON answer sent as it was built (the route's ``response_model`` documents it): the
    report and verification as the contract's adapters wrote them, byte for byte, never
    re-validated into the model (which would write ``"summary": null`` where a report has
    none)."""
    return JSONAnswer(data, status, headers=headers)


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _pool(request: Request) -> AnalysisPool:
    pool: AnalysisPool = request.app.state.pool
    return pool


def _payload(body: AnalyzeIn) -> dict[str, Any]:
    data = body.model_dump(exclude={"config_overrides"})
    data["date"] = body.date.isoformat() if body.date else None
    return data


@router.post(
    "/api/analyze", summary="Analyse an article (nothing is saved)", response_model=ReportJSON
)
async def analyze(body: AnalyzeIn, request: Request) -> JSONAnswer:
    result = await _pool(request).analyze(_payload(body), body.config_overrides)
    return _answer(result["report"])


@router.post(
    "/api/verify", summary="Check a summary against its article", response_model=VerifyAnswer
)
async def verify(body: VerifyIn, request: Request) -> JSONAnswer:
    return _answer(await _pool(request).verify(body.source, body.summary, body.summary_filename))


@router.post(
    "/api/articles",
    status_code=201,
    summary="Analyse an article and save it",
    response_model=SavedArticle,
)
async def save_article(body: AnalyzeIn, request: Request) -> JSONAnswer:
    result = await _pool(request).analyze(_payload(body), body.config_overrides)
    store = _store(request)
    # the write waits for its fsync: off the event loop
    article_id = await run_in_threadpool(store.save_report, result["report"], result["text"])
    saved = await run_in_threadpool(store.get_article, article_id)
    assert saved is not None
    return _answer(saved, 201, {"location": article_url(article_id)})


@router.get(
    "/api/articles", summary="Search saved articles and claims", response_model=SearchAnswer
)
def list_articles(
    request: Request,
    query: Annotated[str, Query(max_length=500, description="Words in the text or a claim.")] = "",
    speaker: Annotated[str, Query(max_length=200, description="Part of a speaker's name.")] = "",
    kind: Annotated[Literal["", "quantitative", "attributed"], Query()] = "",
    since: Annotated[dt.date | None, Query(description="Article date on or after.")] = None,
    status: Annotated[StatusFilter, Query()] = "",
    rating: Annotated[RatingFilter, Query()] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    per_article: Annotated[
        int, Query(ge=1, le=500, description="Matching claims shown per article.")
    ] = 20,
) -> JSONAnswer:
    results = search(
        _store(request),
        query=query,
        speaker=speaker,
        kind=kind,
        since=since.isoformat() if since else "",
        status=status,
        rating=rating,
        limit=limit,
        per_article=per_article,
    )
    return _answer({"articles": results})


# Ids may hold "/" (a batch record's "news/2021/a"), hence the path converters; the export route
# comes first, or the article route would take "a/checklist.md" as an id.
@router.get(
    "/api/articles/{article_id:path}/checklist.{fmt}",
    summary="Export the checklist with review state (md, csv, json)",
    response_class=Response,
)
def checklist(article_id: str, fmt: str, request: Request) -> Response:
    store = _store(request)
    article = store.get_article(article_id) if fmt in EXPORTS else None
    if article is None:
        # an id that ends so ("notes/checklist.md") is the article when no export is meant; with
        # both stored the export wins (the other's own export still carries its report)
        whole = store.get_article(f"{article_id}/checklist.{fmt}")
        if whole is not None:
            return JSONAnswer(whole)
    if fmt not in EXPORTS:
        raise HTTPException(404, f"no export format {fmt!r} (md, csv, json)")
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    body = export(article, fmt)
    return Response(
        body,
        media_type=f"{EXPORTS[fmt]}; charset=utf-8",
        headers={"content-disposition": _attachment(article_id, fmt)},
    )


@router.get(
    "/api/articles/{article_id:path}",
    summary="A saved article: report and review state",
    response_model=SavedArticle,
)
def get_article(article_id: str, request: Request) -> JSONAnswer:
    article = _store(request).get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    # a report edited outside the desk into JSON that is no report ({}, null) is named as the
    # page and the exports name it, not sent on as the contract's shape (read back: ~0.04 s
    # for a 400 KB article's report)
    stored_report(article)
    return _answer(article)


@router.patch(
    "/api/claims/{claim_id}",
    summary="Change a claim's review state",
    response_model=ReviewedClaim,
    responses={409: {"model": ConflictAnswer, "description": "Saved by another since"}},
)
def review_claim(claim_id: int, body: ReviewIn, request: Request) -> JSONAnswer:
    changes = body.model_dump(exclude_unset=True, exclude={"if_unchanged"})
    seen = body.if_unchanged.model_dump(exclude_unset=True) if body.if_unchanged else {}
    if not changes:
        raise HTTPException(400, "give at least one of status, rating, note, reviewer")
    if changes.get("status") is None:
        changes.pop("status", None)
    for fields in (changes, seen):  # a null note is the empty note the store keeps
        if "note" in fields and fields["note"] is None:
            fields["note"] = ""
    # an id past SQLite's 64-bit integers names no claim (and overflowed the driver)
    in_range = -(2**63) <= claim_id < 2**63
    try:
        claim = _store(request).update_claim(claim_id, changes, seen) if in_range else None
    except ReviewConflict as conflict:
        return JSONAnswer({"error": str(conflict), "claim": conflict.claim}, 409)
    if claim is None:
        raise HTTPException(404, f"no claim {claim_id}")
    return _answer(claim)
