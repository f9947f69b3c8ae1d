"""One batch input -> its articles, or an InputError for each record or file that cannot be read.

Its own room because this is where batch reads bytes: a JSONL file (UTF-8, or UTF-16/32 after a
byte-order mark) or JSONL on stdin is streamed line by line, each line read to one article's
size at most, so a 10 GB records file costs one line of memory and a line without end is one
failure; a bad line is an item, never a raise. Other files go through the ingest readers.
``-`` (:data:`STDIN`) reads standard input, and a folder named as a file (one the walk could not
list) is one failure saying why; ``input_paths`` asks the same two questions of its arguments.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from factkit.article_text import check_byte_size, input_byte_limit
from factkit.config import IngestConfig
from factkit.decoding import bom_encoding, encoding_label
from factkit.document import Article
from factkit.errors import InputError
from factkit.ingest import file_id, iter_articles, jsonl_record, opens_json_record, unreadable
from factkit.special_files import special_file
from factkit.streams import STDIN_CLOSED, stdin_bytes

STDIN = "-"
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def _decode_line(raw: bytes, path: str, n: int) -> str | InputError:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
            path=path,
            line=n,
        )


Read = tuple[Article | InputError, int | None]  # an article or a bad record, and its JSONL line


def _iter_jsonl_stream(
    stream: Iterable[bytes], path: str, stem: str, config: IngestConfig
) -> Iterator[Read]:
    """JSONL records, one line at a time; a bad line becomes an InputError item, never a raise."""
    for n, raw in enumerate(stream, start=1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        line = _decode_line(raw, path, n)
        item = line if isinstance(line, InputError) else jsonl_record(line, path, n, stem, config)
        yield item, n


def _bounded_lines(
    read_line: Callable[[int], bytes], path: str, config: IngestConfig
) -> Iterator[bytes]:
    """The lines of a JSONL stream (``read_line(k)``: its next line, cut after ``k`` bytes or
    characters), each read to one article's size at most: a line past it (a pipe that never
    sends a line end) ends this input with one failure, and the rest is left unread; iterating
    the stream read such a line without end."""
    limit = input_byte_limit(config)
    n = 0
    while line := read_line(limit + 1):
        n += 1
        check_byte_size(line, path, config, line=n)
        yield line


def _looks_binary(head: bytes) -> bool:
    return b"\x00" in head[:8192]


def _iter_jsonl_file(path: str, config: IngestConfig) -> Iterator[Read]:
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise unreadable(path, exc) from None
    with stream:
        yield from _iter_jsonl_bytes(stream, path, config)


def _iter_jsonl_bytes(stream: io.BufferedReader, path: str, config: IngestConfig) -> Iterator[Read]:
    """The records of a JSONL file open as ``stream``: UTF-8, or UTF-16/32 after a byte-order
    mark (as the single-file commands read it); a file with NUL bytes and no mark is refused."""
    head = stream.peek(8192)
    wide = bom_encoding(head)
    stem = file_id(path)
    if wide in ("utf-16", "utf-32"):
        yield from _iter_jsonl_stream(_wide_lines(stream, wide, path, config), path, stem, config)
        return
    if _looks_binary(head):
        raise InputError("binary file (contains NUL bytes), expected UTF-8 JSONL", path=path)
    yield from _iter_jsonl_stream(_bounded_lines(stream.readline, path, config), path, stem, config)


def _wide_lines(
    stream: IO[bytes], encoding: str, path: str, config: IngestConfig
) -> Iterator[bytes]:
    """The lines of a UTF-16/32 file with a byte-order mark, one at a time, as UTF-8, each read
    to one article's size at most, as :func:`_bounded_lines` reads UTF-8 (iterating the text
    read a line without end whole: a file that never breaks its line filled the memory). A
    line of more characters than that many bytes is longer in UTF-8 too, so the check is one."""
    text = io.TextIOWrapper(stream, encoding=encoding, newline="\n")  # as UTF-8 lines end
    n = 0  # the lines read whole: a bad one is the next
    try:
        for n, line in enumerate(  # noqa: B007 - n names the bad line below
            _bounded_lines(lambda k: text.readline(k).encode("utf-8"), path, config), start=1
        ):
            yield line
    except UnicodeDecodeError:
        raise InputError(
            f"not valid {encoding_label(encoding)} after line {n} (after its byte-order mark)",
            path=path,
        ) from None


def _iter_stdin(config: IngestConfig) -> Iterator[Read]:
    """stdin holds JSONL records when it opens as a JSON record (as the single-file commands
    judge it: "{Editor's note} ..." is text), else one text article."""
    stream = stdin_bytes()
    if stream is None:
        raise InputError(STDIN_CLOSED, path=STDIN)
    head = stream.peek(8192) if hasattr(stream, "peek") else b""
    if opens_json_record(head.decode("utf-8", "replace")) and not _looks_binary(head):
        lines = _bounded_lines(stream.readline, STDIN, config)
        yield from _iter_jsonl_stream(lines, STDIN, "stdin", config)
        return
    for item in iter_articles(STDIN, config):
        yield item, None


def is_dir(path: Path) -> bool:
    """Whether ``path`` is a folder; a path that cannot be asked is not one."""
    try:
        return path.is_dir()
    except OSError:  # a name too long: not a folder, and reading it fails later
        return False


def unlisted_folder(path: str) -> str | None:
    """Why a folder given to be read as a file cannot be (a walk kept it: it could not be
    listed), or None for anything but a folder."""
    if not is_dir(Path(path)):
        return None
    try:
        os.scandir(path).close()
    except OSError as exc:
        return f"cannot read this folder ({exc.strerror or exc}): its files are not in this run"
    return "a folder, not a file"


def read_input(path: str, config: IngestConfig) -> Iterator[Read]:
    """The articles (or bad records) of one input file, or of stdin, with their JSONL lines;
    an InputError for an input that cannot be read at all."""
    if path == STDIN:
        yield from _iter_stdin(config)
    elif special := special_file(path):
        raise InputError(
            f"{special}, not a regular file: batch reads files (pipe text in with '-')", path=path
        )
    elif folder := unlisted_folder(path):
        raise InputError(folder, path=path)
    elif Path(path).suffix.lower() in JSONL_SUFFIXES:
        yield from _iter_jsonl_file(path, config)
    else:  # a .json file of many records is read whole, each record checked by itself
        for item in iter_articles(path, config, many=True):
            yield item, None
