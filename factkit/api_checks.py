"""The argument checks of the public API (:mod:`factkit`): a wrong type, a hand-built Article
with a field a stage cannot read, an empty text, a summary length out of range -- each named by
the function and the argument, before any work, instead of an unrelated error deep in a stage."""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from factkit.document import Article

# What each kind of public argument accepts, and how a TypeError describes it (Article and
# Config are added by _accepted, on first use).
_ACCEPTS: dict[str, tuple[tuple[type, ...], str]] = {
    "text": ((str,), "a str"),
    "article": ((str,), "a str or a factkit.Article"),
    "config": ((str, os.PathLike, type(None)), "a factkit.Config, a YAML path or None"),
    "path": ((str, os.PathLike), "a str or os.PathLike path"),
    "paths": ((str, os.PathLike), "a path or a list of paths"),
    "count": ((int, type(None)), "an int or None"),
    "share": ((int, float, type(None)), "a number or None"),
    "yaml_path": ((str, os.PathLike, type(None)), "a YAML path or None"),
    "overrides": ((list, tuple), "a list of 'key=value' str"),
    "setting": ((str,), "a 'key=value' str"),
}
# The kinds that are lists, and what each item must be ("paths" is also one path alone).
_ITEM_KIND = {"paths": "path", "overrides": "setting"}
# What to do instead, after the TypeError of a kind where users reach for something else.
_INSTEAD = {"yaml_path": " (a dict of settings: factkit.Config.model_validate(...))"}


# The fields of a hand-built Article that a stage reads, and what each must be: a dataclass takes
# anything, and a date written as text failed deep in the annotate stage.
_ARTICLE_FIELDS: dict[str, tuple[tuple[type, ...], str]] = {
    "text": ((str,), "a str"),
    "id": ((str,), "a str"),
    "date": ((dt.date, type(None)), "a datetime.date or None"),
    **{key: ((str, type(None)), "a str or None") for key in ("section", "title", "credit")},
    "language": ((str, type(None)), "an ISO 639-1 code ('en'), 'und' or None"),
}
_LANGUAGE_CODE = re.compile(r"[a-z]{2}|und")  # document.LanguageCode


def _accepted(kind: str) -> tuple[tuple[type, ...], str]:
    """``_ACCEPTS[kind]``, with the class an article or a config may also be."""
    types, what = _ACCEPTS[kind]
    if kind == "article":
        from factkit.document import Article

        types = (*types, Article)
    elif kind == "config":
        from factkit.config import Config

        types = (*types, Config)
    return types, what


def check_article(func: str, name: str, article: Article) -> None:
    """A TypeError (ValueError for a malformed language code) naming the field of ``article``
    that a stage cannot read; a datetime is refused too (its times would resolve to
    "2021-08-10T05:00:00", not a date)."""
    for key, (types, what) in _ARTICLE_FIELDS.items():
        value = getattr(article, key)
        if not isinstance(value, types) or isinstance(value, dt.datetime):
            raise TypeError(
                f"factkit.{func}(): {name}.{key} must be {what}, not {type(value).__name__}"
            )
    if article.language is not None and not _LANGUAGE_CODE.fullmatch(article.language):
        what = _ARTICLE_FIELDS["language"][1]
        raise ValueError(
            f"factkit.{func}(): {name}.language must be {what}, not {article.language!r}"
        )


def check_args(func: str, **args: tuple[str, Any]) -> None:
    """The one argument check of the public API: ``name=(kind, value)`` for each argument.

    A wrong type (``None``, ``bytes``, a number...) raises a ``TypeError`` naming the function and
    the argument, before any work, instead of an unrelated error deep inside a stage.
    """
    for name, (kind, value) in args.items():
        if kind in _ITEM_KIND and isinstance(value, (list, tuple)):  # a list: each item
            for i, item in enumerate(value):
                check_args(func, **{f"{name}[{i}]": (_ITEM_KIND[kind], item)})
            continue
        types, what = _accepted(kind)
        # a bool is an int to isinstance, but True is no length
        if not isinstance(value, types) or (kind in ("count", "share") and isinstance(value, bool)):
            raise TypeError(
                f"factkit.{func}(): {name} must be {what}, not {type(value).__name__}"
                + _INSTEAD.get(kind, "")
            )
        if kind == "article" and not isinstance(value, str):  # an Article, checked above
            article = cast("Article", value)
            check_article(func, name, article)
            name, value = f"{name}.text", article.text
        if kind in ("text", "article") and isinstance(value, str):
            from factkit.ingest import text_problem

            # what the command line refuses in a file, as the README says the API does
            if why := text_problem(value):
                raise ValueError(f"factkit.{func}(): {name}: {why}")
        if kind == "article":
            check_not_blank(func, name, value)


def check_not_blank(
    func: str, name: str, text: str, what: str = "the article", work: str = "process"
) -> None:
    """An empty article is a ValueError, as the command line refuses it (exit 2): the API gave
    an empty report, summary or claim list, which reads as "nothing to check". So is an empty
    sentence to score (``what``, ``work``): the model's score for no text (0.04) would pass
    for a judgement."""
    from factkit.ingest import is_blank

    if is_blank(text):
        raise ValueError(f"factkit.{func}(): {name}: {what} is empty: no text to {work}")


def check_summary_lengths(
    *, n_sentences: int | None, words: int | None, ratio: float | None, max_chars: int | None
) -> None:
    """``summarize``'s lengths: each in range, and only one of ``n_sentences``, ``words`` and
    ``ratio``."""
    # as the command line's options and the config's fields: the summarizer's own check said
    # "ratio must be in (0, 1], got nan" without naming the function
    for name, value in (("n_sentences", n_sentences), ("words", words), ("max_chars", max_chars)):
        if value is not None and value < 1:
            raise ValueError(f"factkit.summarize(): {name} must be >= 1, got {value}")
    if ratio is not None and not 0 < ratio <= 1:
        raise ValueError(
            f"factkit.summarize(): ratio must be more than 0 and at most 1, got {ratio}"
        )
    lengths = {"n_sentences": n_sentences, "words": words, "ratio": ratio}
    given = [name for name, value in lengths.items() if value is not None]
    if len(given) > 1:  # as the CLI's --sentences/--words/--ratio: one would silently win
        named = " and ".join([", ".join(given[:-1]), given[-1]])
        raise ValueError(
            f"factkit.summarize(): give only one of n_sentences, words, ratio (got {named})"
        )
