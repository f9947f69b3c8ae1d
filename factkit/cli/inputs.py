"""What a command checks and reads before its stage runs: its paths (one stdin, no output over an
input), its config (the user's, then the command's own settings) and the one article it is
given."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from factkit.cli.outputs import warn
from factkit.config import Config, load_config, with_overrides
from factkit.errors import FactkitError, InputError, ModelLoadError
from factkit.io import check_outputs, config_path_for

if TYPE_CHECKING:
    from factkit.document import Article


def command_config(
    config: Path | None, overrides: list[str] | None, fixed: Sequence[str] = ()
) -> Config:
    """``fixed``: settings the command itself sets, after the user's are checked (they replaced
    a bad value first, so 'claims --set summarizer.enabled=maybe' ran)."""
    return with_overrides(load_config(config, overrides or []), fixed)


def one_stdin(config: Path | None, inputs: list[str]) -> None:
    """``--config -`` reads stdin, as ``-`` does for an article: one of them can have it."""
    if config is not None and str(config) == "-" and "-" in inputs:
        raise FactkitError("--config and the input cannot both be stdin ('-')")


def check_output(output: Path | None, *inputs: str, config: Path | None) -> None:
    """Before any work: ``-o`` and its config sidecar must not name an input, nor a folder."""
    one_stdin(config, list(inputs))
    inputs = (*inputs, *([] if config is None else [str(config)]))
    if output is not None:
        check_outputs([output], inputs)  # first: "-o ." has no sidecar name
        check_outputs([config_path_for(output)], inputs)


def read_article(file: str, cfg: Config) -> Article:
    """The one article in ``file``; an empty one is a user error, and ingestion's notes (a bad
    metadata date, a non-English text) go to stderr."""
    from factkit.ingest import EMPTY_ARTICLE, is_blank
    from factkit.ingest import read_article as ingest_article

    article = ingest_article(file, cfg.ingest)
    if is_blank(article.text):
        raise InputError(EMPTY_ARTICLE, path=file)
    for note in article.warnings:
        warn(file, note)
    return article


@contextmanager
def sources_named(cfg: Config) -> Iterator[None]:
    """A model that does not load: its one line names the config file, ``--set`` or the
    defaults that gave the setting (``configs/x.yaml: encoder.model_path: ...``)."""
    from factkit.config_sources import name_source

    try:
        yield
    except ModelLoadError as exc:
        raise ModelLoadError(name_source(cfg.sources, exc)) from None
