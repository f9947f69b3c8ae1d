"""How many documents the batch inputs hold, for the progress bar, without reading them twice.

Its own room because counting is not reading: it runs ahead of the run, must never hold a line
(or a large JSON file) in memory, and may answer "unknown" (stdin, a .json file too large to
parse twice) where the reader has no such choice.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from factkit.batching.input_records import JSONL_SUFFIXES, STDIN
from factkit.decoding import bom_encoding
from factkit.ingest import load_json
from factkit.special_files import special_file
from factkit.streams import chunks, count_nonblank_lines

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
