"""The desk's JSON answers as pydantic models: the response schemas of ``/openapi.json``, from
which a client can generate its types.

The answers themselves are written as before (the report and verification through the JSON
contract's own adapters, the archive's rows as stored) and sent as they are; these models
describe them, field for field (``tests/serve/test_answers.py`` checks real answers against the
schemas). A report is the contract's :class:`~factkit.render.to_json.ReportJSON`, the schema
``factkit schema report`` prints.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factkit.document import Probability, VerifiedSentence
from factkit.render.to_json import ReportJSON, VerifiedSource
from factkit.serve.vocabulary import Rating, Status

__all__ = [
    "ArticleFound",
    "ClaimReview",
    "ConflictAnswer",
    "ErrorAnswer",
    "HealthAnswer",
    "Rating",
    "ReportJSON",
    "ReviewedClaim",
    "SavedArticle",
    "SearchAnswer",
    "Status",
    "VerifyAnswer",
]


class _Answer(BaseModel):
    # the keys listed are all the answer has ("additionalProperties": false in the schema)
    model_config = ConfigDict(extra="forbid")


class HealthAnswer(_Answer):
    """``GET /health``."""

    status: Literal["ok"]
    version: str
    workers: int = Field(description="Analysis worker processes (0: in the server process).")
    summarizer: bool = Field(description="Whether analyses write a summary.")


class VerifyAnswer(_Answer):
    """``POST /api/verify``: ``factkit verify --format json``'s document and ``all_supported``
    (false where ``factkit verify`` exits 1)."""

    schema_version: str
    source: VerifiedSource
    sentences: tuple[VerifiedSentence, ...]
    score: Probability | None = None
    all_supported: bool


class ClaimReview(_Answer):
    """One claim of a saved article with its review state, as the archive keeps it."""

    id: int = Field(description="The claim's desk id (PATCH /api/claims/{id}).")
    claim_id: str = Field(description="The claim's id in the report (c0, c1, ...).")
    rank: int
    text: str
    kinds: list[str]
    speakers: list[str]
    has_number: bool
    score: float
    status: Status
    rating: Rating | None
    note: str
    reviewer: str | None
    updated_at: str | None = Field(description="When the review last changed (UTC, ISO 8601).")


class ReviewedClaim(ClaimReview):
    """A claim's review with the id of its article: a search match, a PATCH answer."""

    article_id: str


class SavedArticle(_Answer):
    """``GET /api/articles/{id}`` and ``POST /api/articles``: a saved article, its report and
    the review state of every claim."""

    id: str
    title: str | None
    date: str | None
    section: str | None
    credit: str | None
    text: str
    report: ReportJSON
    origin: str = Field(description="desk (saved here) or batch (factkit batch --db).")
    created_at: str
    review: list[ClaimReview]


class ArticleFound(_Answer):
    """One article a search found, with its claims that match."""

    id: str
    title: str | None
    date: str | None
    section: str | None
    origin: str
    created_at: str
    lead: str = Field(description="The opening of the article text.")
    n_claims: int
    n_checked: int
    matches: list[ReviewedClaim] = Field(description="The first matching claims (per_article).")
    more_matches: int = Field(description="The article's matching claims not listed.")


class SearchAnswer(_Answer):
    """``GET /api/articles``."""

    articles: list[ArticleFound]


class ErrorAnswer(_Answer):
    """Every error: one line, and the request field it is about where there is one."""

    error: str
    field: str | None = None


class ConflictAnswer(_Answer):
    """``PATCH /api/claims/{id}`` 409: another editor saved since; the claim as it is now."""

    error: str
    claim: ReviewedClaim
