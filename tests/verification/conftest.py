"""Helpers for the verification tests: the article index built as ``verify`` builds it, and the
number mismatches ``verify`` finds."""

from __future__ import annotations

import datetime as dt

from factkit.annotate import Annotator
from factkit.config import Config
from factkit.document import Article, ReasonType
from factkit.split import split_sentences
from factkit.verification import verify
from factkit.verification.index import ArticleIndex, build_index


def article_index(text: str, date: dt.date | None = None) -> ArticleIndex:
    """The verifier's index of the article ``text`` (dated ``date``), annotated once."""
    annotations = Annotator(Config()).annotate(Article(text=text, date=date), split_sentences(text))
    return build_index(annotations, Config().verify.number_context_words)


def number_mismatches(summary: str, article: str) -> list[tuple[str, str]]:
    """(detail, the article's figure: ``""`` where none is quoted) of each ``number_mismatch``
    ``verify`` finds in ``summary`` against ``article``."""
    result = verify(summary, article)
    return [
        (r.detail, "" if r.source_start is None else article[r.source_start : r.source_end])
        for s in result.sentences
        for r in s.reasons
        if r.type == ReasonType.NUMBER_MISMATCH
    ]
