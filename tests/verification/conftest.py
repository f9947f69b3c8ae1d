"""Helpers for the verification tests: the article index built as ``verify`` builds it, the
number mismatches ``verify`` finds, and the article name a slot finder finds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from factkit.annotate import Annotator
from factkit.config import Config
from factkit.document import Article, ReasonType
from factkit.split import split_sentences
from factkit.verification import verify
from factkit.verification.index import ArticleIndex, IndexedName, build_index
from factkit.verification.names import NameSpan
from factkit.verification.slot_query import SlotQuery


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


def summary_span(text: str, name: str) -> NameSpan:
    """The name span of the first ``name`` in ``text``, its words as the name readers give them."""
    start = text.index(name)
    return start, start + len(name), [w.lower().removesuffix("'s") for w in name.split()]


def name_in_slot(
    finder: Callable[..., IndexedName | None], summary: str, name: str, article: str
) -> str | None:
    """The article name ``finder`` (``anchored_rival``, ``subject_rival``) finds in the slot of
    ``name`` (every body sentence aligned; an article name with a word of ``name`` is the same
    name)."""
    src = article_index(article)
    span = summary_span(summary, name)
    words = set(span[2])

    def same(n: IndexedName) -> bool:
        return bool(words & n.words)

    query = SlotQuery(summary, span, (0, len(summary)), [span], src, range(len(src.body)), same)
    found = finder(query, lambda n: not same(n))
    return None if found is None else article[found.start : found.end]
