"""A config file's bytes to text, with one line for what is no YAML config text.

It sits below ``config`` (which parses the text) and beside ``decoding``, whose byte-order marks
and words for undecodable bytes the article reader shares. Besides the encodings, it refuses two
files that YAML would read without a word or with a parser's puzzle: an empty file (YAML's null,
which read as "no settings", so a failed ``factkit config show > my.yaml`` ran on the defaults
unseen) and a TOML file (``[splitter]`` gave "invalid YAML (line 2): expected '<document
start>'", or passed as a list).
"""

from __future__ import annotations

from pathlib import Path

from factkit.decoding import bom_encoding, not_taken, not_valid
from factkit.errors import ConfigError
from factkit.special_files import NAMED_PIPE, special_file
from factkit.streams import STDIN_CLOSED, read_at_most, stdin_bytes

__all__ = ["config_text"]

_CONFIG_ENCODINGS = ("utf-8-sig", "utf-16")
# configs/default.yaml, every setting with its comment, is a few KB: a config a thousand times
# that is no config (and a stream without end is never read to its end)
MAX_CONFIG_BYTES = 4 * 2**20


def _read_bounded(path: Path) -> bytes:
    """At most one byte past :data:`MAX_CONFIG_BYTES` of the file (``-``: stdin): "-c - <
    /dev/zero" and an endless pipe read without end."""
    if str(path) == "-":
        if (stdin := stdin_bytes()) is None:
            raise ConfigError(f"standard input: {STDIN_CLOSED}")
        return read_at_most(stdin, MAX_CONFIG_BYTES)
    with open(path, "rb") as fh:
        return read_at_most(fh, MAX_CONFIG_BYTES)


def _config_bytes(path: Path, label: str) -> bytes:
    """The file's bytes (``-``: stdin, as it is for an article)."""
    if str(path) != "-" and (special := special_file(str(path))) not in (None, NAMED_PIPE):
        # "-c /dev/zero" read without end
        raise ConfigError(f"{label}: {special}, not a config file")
    try:
        data = _read_bounded(path)
    except FileNotFoundError:
        raise ConfigError(f"{label}: no such config file") from None
    except IsADirectoryError:
        # "cannot read config: Is a directory"; an article is refused in the same words
        raise ConfigError(f"{label}: is a folder, not a config file") from None
    except OSError as exc:
        raise ConfigError(f"{label}: cannot read config: {exc.strerror or exc}") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(
            f"{label}: more than {MAX_CONFIG_BYTES // 2**20} MiB, and a factkit config is a few "
            "KB of YAML (configs/default.yaml lists every setting)"
        )
    if path.suffix.lower() == ".toml":
        raise ConfigError(
            f"{label}: a TOML file, and a factkit config is YAML: `splitter:` over an indented "
            "`max_len: 400`, not `[splitter]` over `max_len = 400` (configs/default.yaml lists "
            "every setting)"
        )
    return data


def config_text(path: Path, label: str) -> str:
    """The config file as text: UTF-8 (BOM or not), or UTF-16 with a BOM (Windows Notepad's
    "Unicode"), with the article reader's words for what is neither, not a codec's message."""
    data = _config_bytes(path, label)
    encoding = bom_encoding(data) or "utf-8-sig"
    if encoding not in _CONFIG_ENCODINGS:  # UTF-32 read as UTF-16 gave a YAML parser's message
        raise ConfigError(f"{label}: {not_taken(encoding, _CONFIG_ENCODINGS)}")
    if encoding != "utf-16" and (nul := data.find(b"\x00")) >= 0:
        raise ConfigError(
            f"{label}: contains a NUL byte (offset {nul}): a binary file, or UTF-16 without a "
            "byte-order mark; expected a YAML config in UTF-8"
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{label}: {not_valid(data, exc, encoding)}") from None
    if not text.strip("\ufeff \t\r\n"):
        raise ConfigError(
            f"{label}: an empty config file (no settings); leave out --config for the defaults"
        )
    return text
