"""Summarization stage: ``build_summarizer(config).summarize(article, sentences)``.

``extractive`` (default, offline): MiniLM sentence embeddings, centrality + lead prior + MMR.
``seq2seq``: any Hugging Face seq2seq checkpoint, with sentence-boundary chunking and
map-reduce for long articles. Summarizers are cached per process and config, so batch workers
load their models once.
"""

from __future__ import annotations

import json
import threading
from typing import Protocol

from factkit.config import Config
from factkit.document import Article, Sentence, Summary

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
    ) -> Summary: ...


_LOCK = threading.Lock()
_CACHE: dict[str, Summarizer] = {}


def build_summarizer(config: Config) -> Summarizer:
    """The process-wide summarizer for ``config.summarizer.kind`` (models load once)."""
    key = json.dumps(
        {
            "summarizer": config.summarizer.model_dump(mode="json"),
            "encoder": config.encoder.model_dump(mode="json"),
        },
        sort_keys=True,
    )
    with _LOCK:
        summarizer = _CACHE.get(key)
        if summarizer is None:
            if config.summarizer.kind == "seq2seq":
                from factkit.summarization.seq2seq import Seq2SeqSummarizer

                summarizer = Seq2SeqSummarizer(config)
            else:
                from factkit.summarization.extractive import ExtractiveSummarizer

                summarizer = ExtractiveSummarizer(config)
            _CACHE[key] = summarizer
        return summarizer
