"""Batch inputs: the files to read -> a lazy stream of uniquely-identified articles and failures.

Nothing is read before it is needed: files are read one at a time as the runner asks for the
next article (``input_records``), each article gets an id unique in input order (the same on
every run, which ``--resume`` relies on), and what cannot be read becomes a :class:`Failure`,
a line of the errors file, while the stream goes on. Which files to read is ``input_paths``;
how many documents they hold, ``input_counts``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from factkit.batching.input_records import read_input
from factkit.config import IngestConfig
from factkit.document import Article
from factkit.errors import InputError
from factkit.ingest import file_id


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


def _with_column(item: InputError) -> str:
    """A bad line's fault with the column where its JSON broke: the errors file gives the path
    and line in fields of their own."""
    return item.reason if item.column is None else f"{item.reason} (column {item.column})"


def _path_id(path: str) -> str:
    return file_id(path)


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
            for item, line in read_input(path, config):
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
