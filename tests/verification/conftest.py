"""Helpers for the verification tests: the article index built as ``verify`` builds it."""

from __future__ import annotations

import datetime as dt

from factkit.annotate import Annotator
from factkit.config import Config
from factkit.document import Article
from factkit.split import split_sentences
from factkit.verification.index import ArticleIndex, build_index


def article_index(text: str, date: dt.date | None = None) -> ArticleIndex:
    """The verifier's index of the article ``text`` (dated ``date``), annotated once."""
    annotations = Annotator(Config()).annotate(Article(text=text, date=date), split_sentences(text))
    return build_index(annotations, Config().verify.number_context_words)
