"""factkit: news articles to summaries and claim checklists for fact-checkers and editors.

Public API (stable names)::

    read_article(path, config=None) -> Article
    read_summary(path) -> str
    split_sentences(text, config=None) -> list[Sentence]
    find_quantities(text) -> list[Quantity]
    extract_claims(text_or_article, config=None) -> list[Claim]
    summarize(text_or_article, config=None, *, n_sentences=None, words=None, ratio=None,
              max_chars=None) -> Summary
    analyze(text_or_article, config=None) -> Report
    verify(summary_text, source, config=None) -> Verification
    checkworthiness(sentence) -> float
    batch(inputs, output, config=None, workers=None, engine="local") -> BatchResult

``config`` is a :class:`Config`, a path to a YAML file, or ``None`` for the defaults. Stage
modules are imported on first use so ``import factkit`` stays light.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factkit.api_checks import check_args as _check_args
from factkit.api_checks import check_not_blank as _check_not_blank
from factkit.api_checks import check_summary_lengths as _check_summary_lengths
from factkit.enums import BatchEngine
from factkit.errors import ConfigError, FactkitError, InputError, ModelLoadError
from factkit.version import __version__

if TYPE_CHECKING:
    from factkit.batching import BatchResult
    from factkit.config import Config, SplitterConfig
    from factkit.document import (
        Article,
        Attribution,
        Claim,
        Quantity,
        Sentence,
        Summary,
        SummarySentence,
        TimeAnchor,
        Verification,
    )
    from factkit.report import Report

    ConfigLike = Config | str | Path | None

# The public types are imported on first use: pydantic and PyYAML were most of the 0.2 s that
# `import factkit` took, and `python -m factkit` imports this module before its Ctrl-C handling
# is installed (a Ctrl-C then printed a traceback).
_LAZY = {
    **dict.fromkeys(("Config", "SplitterConfig"), "factkit.config"),
    **dict.fromkeys(
        (
            "Article",
            "Attribution",
            "Claim",
            "Quantity",
            "Sentence",
            "Summary",
            "SummarySentence",
            "TimeAnchor",
            "Verification",
        ),
        "factkit.document",
    ),
    "Report": "factkit.report",
}


# Subpackages the README's API section names as ``factkit.X`` ("factkit.render.render_report"):
# after a bare ``import factkit`` such a name was an AttributeError until something imported it.
_SUBPACKAGES = frozenset({"render"})


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return importlib.import_module(f"factkit.{name}")  # the import binds it here too
    if name not in _LAZY:
        raise AttributeError(f"module 'factkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBPACKAGES})


__all__ = [
    "Article",
    "Attribution",
    "Claim",
    "Config",
    "ConfigError",
    "FactkitError",
    "InputError",
    "ModelLoadError",
    "Quantity",
    "Report",
    "Sentence",
    "Summary",
    "SummarySentence",
    "TimeAnchor",
    "Verification",
    "__version__",
    "analyze",
    "batch",
    "checkworthiness",
    "extract_claims",
    "find_quantities",
    "load_config",
    "read_article",
    "read_summary",
    "split_sentences",
    "summarize",
    "verify",
]


def _coerce(config: ConfigLike) -> Config:
    from factkit.config import coerce_config

    return coerce_config(config)


def load_config(
    path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()
) -> Config:
    """Fill and validate a config: packaged defaults < the YAML file ``path`` < ``overrides``
    ("key=value", as ``--set`` takes them). A dict of settings is ``Config.model_validate``'s."""
    # a dict failed in os.fspath, and one override given as a str was read a character at a time
    _check_args("load_config", path=("yaml_path", path), overrides=("overrides", overrides))
    from factkit.config import load_config as _load_config

    return _load_config(path, overrides)


def as_article(text_or_article: str | Article, config: Config | None = None) -> Article:
    """Wrap raw text as an Article (its metadata line, if any, gives date and section), read
    with the config's ``ingest`` settings (``max_chars``, ``metadata_line``)."""
    if not isinstance(text_or_article, str):
        return text_or_article
    from factkit.ingest import article_from_text

    return article_from_text(text_or_article, config=config.ingest if config else None)


# the API user's way to raise ingest.max_chars (the command line's is --set)
_API_RAISE_LIMIT = "config=factkit.load_config(None, ['ingest.max_chars=N'])"


def _article_of(name: str, text_or_article: str | Article, config: Config) -> Article:
    """:func:`as_article`, with a text past ``ingest.max_chars`` named by its argument, as
    ``verify`` names ``summary_text``: it was named "-", the command line's stdin."""
    from factkit.ingest import check_size

    if isinstance(text_or_article, str):
        check_size(text_or_article, name, None, config.ingest, raise_limit=_API_RAISE_LIMIT)
    return as_article(text_or_article, config)


def read_article(path: str | os.PathLike[str], config: ConfigLike = None) -> Article:
    """One article from a file, read as the command line reads FILE: plain text, Markdown, HTML
    (main text, title and date), a JSON record; the config's ``ingest`` section applies.
    A file factkit cannot read raises :class:`InputError` naming it."""
    _check_args("read_article", path=("path", path), config=("config", config))
    from factkit.ingest import read_article as _read

    return _read(os.fspath(path), _coerce(config).ingest)


def read_summary(path: str | os.PathLike[str]) -> str:
    """The summary in a file, as `factkit verify --summary` reads it, for :func:`verify`: a
    text file as it is, a Markdown file with its markup blanked (as long as the file: offsets
    index it), an HTML page's main text, a JSON summary's ``"text"``. A file factkit cannot read
    raises :class:`InputError` naming it."""
    _check_args("read_summary", path=("path", path))
    from factkit.summary_file import read_summary as _read

    return _read(os.fspath(path))


def split_sentences(text: str, config: ConfigLike | SplitterConfig = None) -> list[Sentence]:
    """Sentences and non-body segments with character offsets into ``text``.

    ``config`` is read like every other function's (a Config, a YAML path, None); the splitter's
    own section (``Config().splitter``) is still taken as it always was.
    """
    from factkit.split import split_sentences as _split

    _check_args("split_sentences", text=("text", text))
    from factkit.config import SplitterConfig

    if isinstance(config, SplitterConfig):
        return _split(text, config)
    _check_args("split_sentences", config=("config", config))
    return _split(text, _coerce(config).splitter if config is not None else None)


def find_quantities(text: str) -> list[Quantity]:
    """Every checkable number in any text, normalized (value, unit, qualifier)."""
    _check_args("find_quantities", text=("text", text))
    from factkit.annotate.quantities import find_quantities as _find

    return _find(text)


def analyze(text_or_article: str | Article, config: ConfigLike = None) -> Report:
    """The whole pipeline on one article: sentences, claims, times, summary (and verification)."""
    _check_args("analyze", text_or_article=("article", text_or_article), config=("config", config))
    from factkit.pipeline import Pipeline

    cfg = _coerce(config)
    return Pipeline(cfg).analyze(_article_of("text_or_article", text_or_article, cfg))


def extract_claims(text_or_article: str | Article, config: ConfigLike = None) -> list[Claim]:
    """Claims worth checking, in article order."""
    _check_args(
        "extract_claims", text_or_article=("article", text_or_article), config=("config", config)
    )
    from factkit.pipeline import Pipeline

    cfg = _coerce(config).model_copy(deep=True)
    cfg.summarizer.enabled = False
    return Pipeline(cfg).analyze(_article_of("text_or_article", text_or_article, cfg)).claims


def summarize(
    text_or_article: str | Article,
    config: ConfigLike = None,
    *,
    n_sentences: int | None = None,
    words: int | None = None,
    ratio: float | None = None,
    max_chars: int | None = None,
) -> Summary:
    """A summary (``.text``, ``.sentences`` with offsets, scores and ``claim_ids``) of one
    article; ``max_chars`` caps its length in characters."""
    _check_args(
        "summarize",
        text_or_article=("article", text_or_article),
        config=("config", config),
        n_sentences=("count", n_sentences),
        words=("count", words),
        ratio=("share", ratio),
        max_chars=("count", max_chars),
    )
    _check_summary_lengths(n_sentences=n_sentences, words=words, ratio=ratio, max_chars=max_chars)
    from factkit.split import split_sentences as _split
    from factkit.summarization import build_summarizer

    cfg = _coerce(config)
    article = _article_of("text_or_article", text_or_article, cfg)
    sentences = _split(article.text, cfg.splitter)
    return build_summarizer(cfg).summarize(
        article, sentences, n_sentences=n_sentences, words=words, ratio=ratio, max_chars=max_chars
    )


def verify(summary_text: str, source: str | Article, config: ConfigLike = None) -> Verification:
    """Check each summary sentence against the article: numbers, speakers, dates, names."""
    _check_args(
        "verify",
        summary_text=("text", summary_text),
        source=("article", source),
        config=("config", config),
    )
    from factkit.ingest import check_size, summary_problem
    from factkit.verification import verify as _verify

    if why := summary_problem(summary_text):  # what `factkit verify` refuses
        raise ValueError(f"factkit.verify(): summary_text: {why}")
    cfg = _coerce(config)
    check_size(  # as the article
        summary_text, "summary_text", None, cfg.ingest, "summary", _API_RAISE_LIMIT
    )
    return _verify(summary_text, _article_of("source", source, cfg), cfg)


def checkworthiness(sentence: str) -> float:
    """Probability in [0, 1] that a sentence is a check-worthy factual claim."""
    _check_args("checkworthiness", sentence=("text", sentence))
    _check_not_blank("checkworthiness", "sentence", sentence, "the sentence", "score")
    from factkit.checkworthy.model import checkworthiness as _score

    return _score(sentence)


def batch(
    inputs: list[str] | str,
    output: str | Path,
    config: ConfigLike = None,
    workers: int | None = None,
    engine: BatchEngine | str = BatchEngine.LOCAL,
    **options: Any,
) -> BatchResult:
    """Run the pipeline over many inputs into a JSONL file (see ``factkit batch -h``). Silent,
    as the API is: ``progress=True`` shows the command line's progress and summary line."""
    _check_args(
        "batch", inputs=("paths", inputs), output=("path", output), config=("config", config)
    )
    from factkit.batching import run_batch
    from factkit.batching.arguments import API_ARGUMENTS

    items = [os.fspath(inputs)] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    options.setdefault("progress", False)
    options.setdefault("names", API_ARGUMENTS)  # its errors name these arguments, not -o
    return run_batch(items, output, _coerce(config), workers=workers, engine=engine, **options)
