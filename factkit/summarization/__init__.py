"""Summarization stage: ``build_summarizer(config).summarize(article, sentences)``.

In the pipeline the summarizer reads the article's annotations (its embedding table and the
claims assembled from them); called on its own it annotates the article itself.

``extractive`` (default, offline): MiniLM sentence embeddings, centrality + lead prior + MMR.
``seq2seq``: any Hugging Face seq2seq checkpoint, with sentence-boundary chunking and
map-reduce for long articles. Summarizers are cached per process and config, so batch workers
load their models once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Protocol

from factkit.annotations import Annotations
from factkit.cache import ProcessCache
from factkit.config import Config
from factkit.document import Article, Claim, Sentence, Summary

__all__ = ["Summarizer", "build_summarizer"]


class Summarizer(Protocol):
    name: str

    def summarize(
        self,
        article: Article,
        sentences: list[Sentence],
        *,
        n_sentences: int | None = None,
        words: int | None = None,
        ratio: float | None = None,
        max_chars: int | None = None,
        claims: Sequence[Claim] | None = None,
        annotations: Annotations | None = None,
    ) -> Summary: ...


_SUMMARIZERS: ProcessCache[Summarizer] = ProcessCache()


def build_summarizer(config: Config) -> Summarizer:
    """The process-wide summarizer for ``config.summarizer.kind`` (models load once)."""
    key = json.dumps(
        {
            "summarizer": config.summarizer.model_dump(mode="json"),
            "encoder": config.encoder.model_dump(mode="json"),
        },
        sort_keys=True,
    )
    return _SUMMARIZERS.get(key, lambda: _build(config))


def _build(config: Config) -> Summarizer:
    if config.summarizer.kind == "seq2seq":
        from factkit.summarization.seq2seq import Seq2SeqSummarizer

        return Seq2SeqSummarizer(config)
    from factkit.summarization.extractive import ExtractiveSummarizer

    return ExtractiveSummarizer(config)
