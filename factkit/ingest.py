"""Ingestion: files and records -> :class:`Article`: reading an input (a file, or ``-``: stdin) and
sending it to the reader of its format.

Plain text (UTF-8, with or without BOM), Markdown, HTML (main text via trafilatura), JSON records
(``{"id", "text", "date", ...}``), JSONL (one record a line) and stdin (``-``). ``Article.text`` is
what the later stages see and what every offset points into; metadata lines stay in the text (the
splitter tags them as ``dateline``/``credit``) and are also parsed into fields.

The readers live apart: :mod:`article_text` (plain text and the metadata inside it),
:mod:`json_records` (JSON and JSONL records), :mod:`html_pages` (HTML); :mod:`text_checks` says
which texts cannot be read. Their public names stay importable from here.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from factkit.article_text import (
    CLI_RAISE_LIMIT,
    article_from_text,
    check_byte_size,
    check_size,
    input_byte_limit,
    language_note,
)
from factkit.config import IngestConfig
from factkit.decoding import bom_encoding, encoding_label, not_valid
from factkit.document import Article
from factkit.errors import InputError
from factkit.html_pages import HTML_SUFFIXES, deep_html_tree, html_article, is_html
from factkit.json_records import (
    UNUSABLE_ID,
    article_from_record,
    file_id,
    is_usable_id,
    jsonl_record,
    load_json,
    opens_json_record,
    usable_id,
)
from factkit.special_files import NAMED_PIPE, special_file
from factkit.streams import STDIN_CLOSED, read_at_most, stdin_bytes
from factkit.text_checks import (
    EMPTY_ARTICLE,
    has_words,
    is_blank,
    nul_character,
    refuse_nul,
    summary_problem,
    text_problem,
    unpaired_surrogate,
)

# what ingest offered before its readers moved out: importers keep importing it from here
__all__ = [
    "CLI_RAISE_LIMIT",
    "EMPTY_ARTICLE",
    "HTML_SUFFIXES",
    "UNUSABLE_ID",
    "article_from_record",
    "article_from_text",
    "check_size",
    "decode_bytes",
    "deep_html_tree",
    "file_id",
    "has_words",
    "is_blank",
    "is_html",
    "is_usable_id",
    "iter_articles",
    "jsonl_record",
    "language_note",
    "load_json",
    "nul_character",
    "opens_json_record",
    "read_article",
    "read_input_bytes",
    "summary_problem",
    "text_problem",
    "unpaired_surrogate",
    "unreadable",
]


def decode_bytes(data: bytes, path: str) -> str:
    """UTF-8 (BOM stripped), or UTF-16/UTF-32 with a BOM. A NUL anywhere, or undecodable bytes,
    -> InputError naming the file; so is a PDF, which is no text even when it is ASCII."""
    if data.startswith(b"%PDF-"):
        raise InputError(
            "a PDF file; factkit reads text, Markdown, HTML and JSON records: extract its text "
            "first (e.g. `pdftotext FILE OUT.txt`)",
            path=path,
        )
    encoding = bom_encoding(data)
    if encoding is None:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(
                f"contains a NUL byte (offset {nul}): a binary file, or UTF-16/32 without a "
                "byte-order mark; expected UTF-8 text",
                path=path,
            )
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = (
            "; convert it with e.g. `iconv -f latin1 -t utf-8`"
            if encoding == "utf-8"
            else f" after a {encoding_label(encoding)} byte-order mark; expected UTF-8, or "
            "UTF-16/32 with a BOM"
        )
        raise InputError(not_valid(data, exc, encoding) + hint, path=path) from None
    if encoding != "utf-8":
        refuse_nul(text, path)
    return text[1:] if text.startswith("\ufeff") else text


def read_input_bytes(
    path: str, *, summary: bool = False, config: IngestConfig | None = None
) -> bytes:
    """The bytes of an input file (``-``: stdin); ``summary`` for ``verify --summary``, where a
    folder is no batch of articles. With ``config``, an input of one article: read only to
    :func:`input_byte_limit`, and refused past it with one line (an endless pipe never ends)."""
    what = "summary" if summary else "article"
    if path == "-":
        if (stdin := stdin_bytes()) is None:
            raise InputError(STDIN_CLOSED, path=path)
        return _bounded(stdin, path, config, what)
    p = Path(path)
    try:  # is_dir raises too for a name too long
        if p.is_dir():
            if summary:
                raise InputError("is a folder, not a summary file", path=path)
            raise InputError("is a folder, not a file (`factkit batch` reads folders)", path=path)
        if (special := special_file(path)) not in (None, NAMED_PIPE):
            raise InputError(f"{special}, not a file (pipe text in with '-')", path=path)
        with open(p, "rb") as stream:
            return _bounded(stream, path, config, what)
    except OSError as exc:
        raise unreadable(path, exc) from None


def _bounded(stream: BinaryIO, path: str, config: IngestConfig | None, what: str) -> bytes:
    """``stream``'s bytes, all of them without a ``config``; else one past its
    :func:`input_byte_limit` at most, and a stream longer than that refused by its size."""
    if config is None:
        return stream.read()
    data = read_at_most(stream, input_byte_limit(config))
    check_byte_size(data, path, config, what)
    return data


def _broken_link(path: str) -> str:
    """ " (a symlink to X, which is not there)" where ``path`` is one: `ls` shows the name, so
    "no such file" alone read as a mistake of factkit's."""
    try:
        return f" (a symlink to {os.readlink(path)}, which is not there)"
    except (OSError, ValueError):
        return ""


def unreadable(path: str, exc: OSError) -> InputError:
    """The error for an input file that cannot be opened or read: one message whichever
    command reads it."""
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file" + _broken_link(path), path=path)
    return InputError(f"cannot read: {exc.strerror or exc}", path=path)


def _stdin_suffix(text: str) -> str:
    """The suffix stdin is read by: text (none) unless it opens as JSON; then ``.json`` when the
    whole text is one record (pretty-printed or not), ``.jsonl`` when its first line is, and
    ``.json`` otherwise, so that the parse error names its line."""
    if not opens_json_record(text):
        return ""
    for candidate, suffix in ((text, ".json"), (text.split("\n", 1)[0], ".jsonl")):
        try:
            json.loads(candidate)
        except (ValueError, RecursionError):  # no JSON: several records, or a broken record
            continue
        return suffix
    return ".json"


def _json_articles(
    text: str, path: str, stem: str, cfg: IngestConfig
) -> Iterator[Article | InputError]:
    """The article of a JSON object, or each of a JSON array's (a bad item is reported, and the
    next ones still read)."""
    try:
        record = load_json(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} (line {exc.lineno})", path=path) from None
    if not isinstance(record, list):
        yield article_from_record(record, path=path, config=cfg, default_id=stem)
        return
    for i, rec in enumerate(record):
        item_id = stem if len(record) == 1 else f"{stem}:{i}"
        try:
            yield article_from_record(rec, path=path, config=cfg, default_id=item_id)
        except InputError as err:
            bad = InputError(f"item [{i}]: {err.reason}", path=path)
            bad.record_id = usable_id(rec) or item_id  # as a good item would be named
            yield bad


def iter_articles(
    path: str,
    config: IngestConfig | None = None,
    *,
    data: bytes | None = None,
    many: bool = False,
) -> Iterator[Article | InputError]:
    """Every article in one input (a file, or ``-``): one for text/HTML, many for JSON/JSONL.

    Bad JSONL lines come out as :class:`InputError` items (with the line number), so a batch run
    can record them and go on; a whole-file problem raises. The input is read to the size of one
    article (:func:`input_byte_limit`), except a JSON/JSONL file when ``many`` (a batch's file
    of records, each checked by itself).
    """
    cfg = config or IngestConfig()
    if data is None:
        records = many and Path(path).suffix.lower() in {".json", ".jsonl", ".ndjson"}
        data = read_input_bytes(path, config=None if records else cfg)
    raw = data
    text = decode_bytes(raw, path)
    suffix = _stdin_suffix(text) if path == "-" else Path(path).suffix.lower()
    stem = file_id(path)
    if is_html(text, suffix):
        yield html_article(text, path, cfg)
        return
    if suffix in {".jsonl", ".ndjson"}:
        # a JSON Lines line ends at "\n" alone ("\r" before it is JSON white space), as batch
        # reads it: str.splitlines also cut at U+2028, U+2029 and U+0085, which a JSON string
        # may hold raw (json.dumps(..., ensure_ascii=False) leaves them so), and at a lone "\r"
        for n, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                yield jsonl_record(line, path, n, stem, cfg)
        return
    if suffix == ".json":
        yield from _json_articles(text, path, stem, cfg)
        return
    yield article_from_text(text, id=stem, source_path=None if path == "-" else path, config=cfg)


def read_article(path: str, config: IngestConfig | None = None) -> Article:
    """Exactly one article from ``path``. A JSON array or JSONL file with more than one record
    is refused (``factkit batch`` reads those), never cut to its first record; one with a bad
    record is refused by the first bad one's place and fault, with what else the file holds."""
    good = bad = 0
    first: Article | None = None
    first_bad: InputError | None = None
    for item in iter_articles(path, config):
        if isinstance(item, InputError):
            bad += 1
            first_bad = item if first_bad is None else first_bad
        else:
            good += 1
            first = item if first is None else first
    if first_bad is not None:
        raise first_bad if good + bad == 1 else _bad_among_several(first_bad, good, bad, path)
    if first is None:
        raise InputError("no records found", path=path)
    if good > 1:
        raise InputError(
            f"holds {good} records, and this command reads one; "
            f"use `factkit batch {path} -o OUT.jsonl` for all of them",
            path=path,
        )
    return first


def _bad_among_several(first_bad: InputError, good: int, bad: int, path: str) -> InputError:
    """The error for a file of several records, some of them bad: the first bad one by its
    place (``file:line:column``) and fault, then what the file holds. "holds 2 records" for one
    good line and one broken line counted the broken line as a record and named neither."""
    unit = "lines" if first_bad.line is not None else "items"
    more = f"; {bad - 1} more bad" if bad > 1 else ""
    return InputError(
        f"{first_bad.reason}{more} ({good + bad} {unit}: {good} good {_records(good)}, "
        f"{bad} bad); this command reads one record: mend the file, or run "
        f"`factkit batch {path} -o OUT.jsonl`, which reads each good record and lists the bad",
        path=first_bad.path,
        line=first_bad.line,
        column=first_bad.column,
    )


def _records(n: int) -> str:
    return "record" if n == 1 else "records"
