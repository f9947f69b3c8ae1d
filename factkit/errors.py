"""Errors a user can cause. Each carries one line that names the file/field, and an exit code.

The CLI prints ``str(error)`` on stderr and exits with ``error.exit_code``; it never shows a
traceback for these.
"""

from __future__ import annotations

import os
import unicodedata
from functools import partial
from typing import Any

STDIN_NAME = "standard input"


# what a file name is shown with when it holds a control character or a line break: the
# escapes of bash's $'...' quoting, so the shown name can be pasted back into a shell
_SHELL_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def control_or_undecoded(c: str) -> bool:
    """Is ``c`` a control character (Cc) or a lone surrogate (Cs: a byte of a name that is not
    UTF-8, as os.fsdecode keeps it, U+DC80-U+DCFF)? No file name or id shows one as it is."""
    return unicodedata.category(c) in ("Cc", "Cs")


def _unprintable(c: str) -> bool:
    return control_or_undecoded(c) or c in "\u2028\u2029"


def _shell_escape(c: str) -> str:
    if c in _SHELL_ESCAPES:
        return _SHELL_ESCAPES[c]
    if not _unprintable(c):
        return c
    if 0xDC80 <= ord(c) <= 0xDCFF:  # the byte the name holds
        return f"\\x{ord(c) - 0xDC00:02x}"
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def shown_path(path: str | os.PathLike[str]) -> str:
    """A file name as a one-line message shows it: as it is, or, where it holds a control
    character, a line break or a byte that is not UTF-8 ("a\\nb.txt"), quoted as bash's
    ``$'a\\nb.txt'``, which a shell reads back as the name. Raw, the line break split the
    message in two; collapsed to a space, it named another file."""
    name = os.fspath(path)
    if not any(_unprintable(c) for c in name):
        return name
    return "$'" + "".join(_shell_escape(c) for c in name) + "'"


def input_name(path: str | None) -> str:
    """How a message names an input file: its path (:func:`shown_path`), "standard input" for
    ``-`` (a message that opened with "-:" read as a dash), or "<input>" for text that came from
    no file."""
    if path is None or path == "":
        return "<input>"
    return STDIN_NAME if path == "-" else shown_path(path)


def located(name: str, line: int | None, column: int | None = None) -> str:
    """``name``, ``name:line`` or ``name:line:column``: where in an input a problem is."""
    if line is None:
        return name
    return f"{name}:{line}" if column is None else f"{name}:{line}:{column}"


class FactkitError(Exception):
    """Base class: a problem with the user's input, config or environment (not a bug)."""

    exit_code = 2


class ConfigError(FactkitError):
    """Invalid config file or override: ``configs/x.yaml: splitter.max_len: <reason>``."""


class InputError(FactkitError):
    """Unreadable or malformed input: names the file (and line for JSONL, and the column where
    the line's JSON broke: ``file:line:column``, the form editors jump to)."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(f"{located(input_name(path), line, column)}: {message}")
        self.path = path
        self.line = line
        self.column = column
        self.reason = message
        self.record_id: str | None = None
        """A bad JSON record's own id, when it gives a usable one, else for an item of a JSON
        array the id a good item there gets (``arr:2``); batch records it."""


class OutputError(FactkitError):
    """An output cannot be written (a folder in the way, a full disk, ``-o`` naming an input)."""


class Interrupted(FactkitError):
    """Ctrl-C, reported by the command that was stopped (batch says what is complete)."""

    exit_code = 130


class ModelLoadError(FactkitError):
    """A model could not be found or loaded; the message says where factkit looked.

    ``setting``: the dotted config setting that chose the model (``encoder.model_path``), or
    ``None`` for a packaged file no setting names. The message starts with it, and the CLI,
    batch and the desk put the config file (or ``--set``) that gave it in front
    (``config_sources.name_source``)."""

    def __init__(self, message: str, *, setting: str | None = None) -> None:
        super().__init__(f"{setting}: {message}" if setting else message)
        self.setting = setting
        self.reason = message

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # pickled into and out of worker processes: keep the setting (args hold the whole line)
        return partial(type(self), setting=self.setting), (self.reason,)


class StageError(FactkitError):
    """A stage failed on one document (recorded per document in batch runs)."""

    exit_code = 1

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"{stage}: {message}")
        self.stage = stage
        self.reason = message
