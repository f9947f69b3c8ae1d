"""Batch inputs: paths, folders and globs -> a lazy stream of uniquely-identified articles.

Nothing is read before it is needed: folders are walked in sorted order (so ids come out the same
on every run, which ``--resume`` relies on), files are read one at a time as the runner asks for
the next article, and JSONL files (and JSONL on stdin) are streamed line by line, so a 10 GB
records file costs one line of memory.
"""

from __future__ import annotations

import glob
import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from factkit.article_text import check_byte_size, input_byte_limit
from factkit.batching.output import written_by_batch
from factkit.config import IngestConfig
from factkit.decoding import bom_encoding, encoding_label
from factkit.document import Article
from factkit.errors import FactkitError, InputError
from factkit.ingest import iter_articles, jsonl_record, load_json, opens_json_record, unreadable
from factkit.special_files import special_file
from factkit.streams import STDIN_CLOSED, chunks, count_nonblank_lines, stdin_bytes

STDIN = "-"
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_GLOB_CHARS = set("*?[")
ArgumentKind = Literal["stdin", "folder", "glob", "file"]


@dataclass(frozen=True, slots=True)
class Job:
    """One article to analyse; ``seq`` is its position in the input stream."""

    seq: int
    id: str
    path: str | None
    line: int | None
    article: Article


@dataclass(frozen=True, slots=True)
class Failure:
    """One document (or one unreadable input) that produced no report: a line of the errors file."""

    id: str
    path: str | None
    line: int | None
    stage: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "line": self.line,
            "stage": self.stage,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class InputItem:
    """An article read from the inputs, before it is given a sequence number."""

    id: str
    path: str | None
    line: int | None
    article: Article


def _walk_folder(folder: Path, extensions: set[str]) -> list[Path]:
    """Files under ``folder`` with a wanted extension, sorted by path, hidden files and folders
    skipped. (Only paths are held, not contents, so even a huge tree is cheap to list.) A folder
    inside that cannot be listed is kept as an input, so that reading it records a failure: the
    walk skipped it without a word, and its articles were missing from the run unseen."""
    found: list[Path] = []
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unlisted.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root) / name
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in extensions
        )
    found.extend(Path(error.filename) for error in unlisted if error.filename is not None)
    return sorted(found, key=lambda p: p.parts)


def _unlisted_folder(path: str) -> str | None:
    """Why a folder given to be read as a file cannot be (a walk kept it: it could not be
    listed), or None for anything but a folder."""
    if not _is_dir(Path(path)):
        return None
    try:
        os.scandir(path).close()
    except OSError as exc:
        return f"cannot read this folder ({exc.strerror or exc}): its files are not in this run"
    return "a folder, not a file"


def _is_output(
    path: Path, resolved: Path, outputs: dict[Path, tuple[int, int] | None], names: str
) -> bool:
    """Whether an input is one of this run's outputs; one that holds articles (not a previous
    run's reports or errors) is refused, as writing the output would destroy it."""
    inode = _inode(path)
    if resolved not in outputs and (inode is None or inode not in outputs.values()):
        return False
    if inode is not None and not written_by_batch(path):
        raise FactkitError(
            f"{path}: an input of this run, and the run would write its output over it; "
            f"choose another {names}"
        )
    return True


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long: not a folder, and reading it fails later
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def _inode(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``, or None where it cannot be read (not there yet)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _output_inodes(outputs: Iterable[Path]) -> dict[Path, tuple[int, int] | None]:
    return {out.resolve(): _inode(out) for out in outputs}


def file_argument(path: Path) -> str:
    """``path`` as the input it is: a file named "-" (``./-``, or a glob's match in the working
    folder) is ``./-``, since ``Path("./-")`` is spelled "-", which the readers take for stdin."""
    return f".{os.sep}{STDIN}" if str(path) == STDIN else str(path)


def _argument_kind(arg: str) -> ArgumentKind:
    """What an input argument names: ``stdin`` (``-``), a ``folder`` to walk, a ``glob`` (``*?[``
    in an argument that is no existing path) or a ``file``."""
    if arg == STDIN:
        return "stdin"
    path = Path(arg)
    if _is_dir(path):
        return "folder"
    if not _exists(path) and _GLOB_CHARS & set(arg):
        return "glob"
    return "file"


def _glob_matches(pattern: str) -> list[Path]:
    """The paths a glob argument matches, sorted (``**`` recurses)."""
    return [Path(m) for m in sorted(glob.glob(pattern, recursive=True))]


def walked_folders(inputs: Iterable[str]) -> list[Path]:
    """The folders ``expand_inputs`` walks for these arguments (named, or matched by a glob)."""
    folders: list[Path] = []
    for arg in inputs:
        kind = _argument_kind(arg)
        if kind == "folder":
            folders.append(Path(arg))
        elif kind == "glob":
            folders.extend(match for match in _glob_matches(arg) if _is_dir(match))
    return folders


def _argument_files(arg: str, kind: ArgumentKind, wanted: set[str]) -> list[Path]:
    """The files a folder, glob or file argument gives: a folder's files with a wanted extension,
    a glob's matches (the folders among them walked), or the named file itself."""
    if kind == "folder":
        found = _walk_folder(Path(arg), wanted)
        if found == [Path(arg)]:  # the folder named could not be listed
            raise FactkitError(f"{arg}: {_unlisted_folder(arg)}")
        if not found:
            raise FactkitError(
                f"{arg}: no files with extensions {', '.join(sorted(wanted))} in this folder "
                "(set batch.extensions to pick up others)"
            )
        return found
    if kind == "glob":
        matches = _glob_matches(arg)
        if not matches:
            raise FactkitError(f"{arg}: no files match this pattern")
        return [f for m in matches for f in (_walk_folder(m, wanted) if _is_dir(m) else [m])]
    if _absent(Path(arg)):
        raise FactkitError(f"{arg}: no such file or folder")
    return [Path(arg)]


def _absent(path: Path) -> bool:
    """Whether nothing, not even a dangling link, is at ``path``: a named input that is a typo
    is a usage error (exit 2 before a worker starts or an output is touched), as a glob that
    matches nothing is; a link that leads nowhere is read, and fails, as the errors file says."""
    try:
        path.lstat()
    except FileNotFoundError:
        return True
    except OSError:  # a name too long, a folder on the way that is a file: reading it fails
        return False
    return False


def wanted_extensions(extensions: Iterable[str]) -> set[str]:
    """``batch.extensions`` as lower-case suffixes with their dot (``md`` -> ``.md``)."""
    return {e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions}


def expand_inputs(
    inputs: Iterable[str],
    extensions: Iterable[str],
    exclude: Iterable[Path] = (),
    outputs: Iterable[Path] = (),
    output_names: str = "-o (or --errors)",
) -> list[str]:
    """Input arguments -> the list of files to read (``-`` kept as is), each file once.

    A folder is walked recursively for the configured extensions; an argument with ``*?[`` that
    is not an existing path is a glob (``**`` recurses). A named file that does not exist, a
    folder or glob that finds nothing, and an empty input list are usage errors (a named file
    that exists but cannot be read fails later and lands in the errors file). ``exclude`` paths
    are never inputs; ``outputs`` (the report and errors files) are skipped when a previous run
    wrote them, else refused (by ``output_names``, the caller's names for them).
    """
    wanted = wanted_extensions(extensions)
    skip = {p.resolve() for p in exclude}
    outs = _output_inodes(outputs)
    seen: set[Path] = set()
    files: list[str] = []

    def add(path: Path) -> None:
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):  # a symlink loop, a name too long: reading it fails later
            resolved = path.absolute()
        if resolved in skip or resolved in seen or _is_output(path, resolved, outs, output_names):
            return
        seen.add(resolved)
        files.append(file_argument(path))

    for arg in inputs:
        kind = _argument_kind(arg)
        if kind == "stdin":
            if STDIN in files:
                raise FactkitError("'-' (stdin) given twice")
            files.append(STDIN)
            continue
        for file in _argument_files(arg, kind, wanted):
            add(file)
    if not files:
        raise FactkitError("no inputs: give files, folders, globs or '-' for stdin")
    return files


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
    stem = Path(path).stem
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


def _iter_one_input(path: str, config: IngestConfig) -> Iterator[Read]:
    if path == STDIN:
        yield from _iter_stdin(config)
    elif special := special_file(path):
        raise InputError(
            f"{special}, not a regular file: batch reads files (pipe text in with '-')", path=path
        )
    elif folder := _unlisted_folder(path):
        raise InputError(folder, path=path)
    elif Path(path).suffix.lower() in JSONL_SUFFIXES:
        yield from _iter_jsonl_file(path, config)
    else:  # a .json file of many records is read whole, each record checked by itself
        for item in iter_articles(path, config, many=True):
            yield item, None


def _with_column(item: InputError) -> str:
    """A bad line's fault with the column where its JSON broke: the errors file gives the path
    and line in fields of their own."""
    return item.reason if item.column is None else f"{item.reason} (column {item.column})"


def _path_id(path: str) -> str:
    return "stdin" if path == STDIN else Path(path).stem


class UniqueIds:
    """Makes ids unique in input order: the second ``x`` becomes ``x#2``, the third ``x#3``.

    Deterministic for the same inputs, so a resumed run gives every document the id it had.
    """

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._next_suffix: dict[str, int] = {}

    def claim(self, base: str) -> str:
        base = base or "doc"
        if base not in self._seen:
            self._seen.add(base)
            return base
        n = self._next_suffix.get(base, 2)
        while f"{base}#{n}" in self._seen:
            n += 1
        self._next_suffix[base] = n + 1
        unique = f"{base}#{n}"
        self._seen.add(unique)
        return unique


def iter_inputs(files: list[str], config: IngestConfig) -> Iterator[InputItem | Failure]:
    """Every article of every input file in order, or a :class:`Failure` for what cannot be read.

    A whole-file problem (missing, binary, bad UTF-8, bad JSON) is one failure for that file and
    the stream goes on with the next file; a bad JSONL line is one failure for that line.
    """
    ids = UniqueIds()
    for path in files:
        read = 0
        try:
            for item, line in _iter_one_input(path, config):
                read += 1
                if isinstance(item, InputError):  # a JSONL line, or an item of a JSON array
                    where = _path_id(path) + (f":{line}" if line is not None else "")
                    yield Failure(
                        id=ids.claim(item.record_id or where),  # path and line: the location
                        path=path,
                        line=line,
                        stage="ingest",
                        message=_with_column(item),
                    )
                else:
                    article_id = ids.claim(item.id or _path_id(path))
                    yield InputItem(id=article_id, path=path, line=line, article=item)
            if not read:  # an empty JSONL file or JSON array: one line in the errors file
                raise InputError("no records found", path=path)
        except InputError as err:
            yield Failure(
                id=ids.claim(_path_id(path)),
                path=path,
                line=err.line,
                stage="ingest",
                message=err.reason,
            )
        except Exception as exc:  # a parser bug on one odd file must not end the run
            yield Failure(
                id=ids.claim(_path_id(path)),
                path=path,
                line=None,
                stage="ingest",
                message=f"{type(exc).__name__}: {exc}",
            )


_COUNTED_JSON_BYTES = 32 << 20
"""The largest .json file parsed to count its records for the progress bar. A larger one leaves
the total unknown, as stdin does: the run reads and parses the file anyway, and parsing it again
for the bar (``read_bytes`` and all) doubled the run's memory for a GB array."""


def count_documents(files: list[str]) -> int | None:
    """How many documents ``files`` hold (for the progress bar): JSONL lines are counted, a JSON
    array by its length; None when unknown (stdin, a .json file too large to parse twice).
    Failures count as documents too."""
    total = 0
    for path in files:
        if path == STDIN:
            return None
        documents = _documents_in(path)
        if documents is None:
            return None
        total += documents
    return total


def _documents_in(path: str) -> int | None:
    """The documents one input counts as: a JSONL file's records, a JSON array's items, else
    one (a file that cannot be read is one failure); None when a .json file is too large."""
    suffix = Path(path).suffix.lower()
    try:
        if special_file(path):
            return 1  # a failure, never read
        if suffix in JSONL_SUFFIXES:
            return max(1, _jsonl_lines(path))  # no records: one failure
        if suffix == ".json":
            if os.path.getsize(path) > _COUNTED_JSON_BYTES:
                return None
            data = load_json(Path(path).read_bytes())
            return max(1, len(data)) if isinstance(data, list) else 1
    except (OSError, ValueError):
        pass
    return 1


def _jsonl_lines(path: str) -> int:
    """The lines of a JSONL file that hold more than white space, read a chunk at a time (a
    line is never held whole), in its encoding (UTF-16/32 after a byte-order mark)."""
    with open(path, "rb") as fh:
        wide = bom_encoding(fh.peek(8192))
        if wide not in ("utf-16", "utf-32"):
            return count_nonblank_lines(chunks(fh), b"\n")
        text = io.TextIOWrapper(fh, encoding=wide, newline="\n")
        return count_nonblank_lines(iter(lambda: text.read(1 << 20), ""), "\n")
