"""A config file's text: an empty file and a TOML file are one line each, not YAML's reading."""

from __future__ import annotations

import codecs
import io
import sys
from pathlib import Path
from typing import Any

import pytest

from factkit.config import load_config
from factkit.config_text import MAX_CONFIG_BYTES
from factkit.errors import ConfigError


@pytest.mark.parametrize(
    "data", [b"", b"  \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, "\n".encode("utf-16")]
)
def test_an_empty_config_file_is_refused(tmp_path: Path, data: bytes) -> None:
    # YAML reads it as null, which was "no settings": a failed `config show > my.yaml` ran on
    # the defaults without a word
    empty = tmp_path / "my.yaml"
    empty.write_bytes(data)
    with pytest.raises(ConfigError) as err:
        load_config(empty)
    assert str(err.value) == (
        f"{empty}: an empty config file (no settings); leave out --config for the defaults"
    )
    # a file of comments was written so on purpose: the defaults
    empty.write_text("# splitter:\n#   max_len: 400\n", encoding="utf-8")
    assert load_config(empty) == load_config()


@pytest.mark.parametrize("text", ["[splitter]\nmax_len = 400\n", "[splitter]\n"])
def test_a_toml_config_names_what_a_config_is(tmp_path: Path, text: str) -> None:
    # "invalid YAML (line 2): expected '<document start>'"; a bare [splitter] was "top level
    # must be a mapping of sections"
    toml = tmp_path / "factkit.toml"
    toml.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(toml)
    assert str(err.value) == (
        f"{toml}: a TOML file, and a factkit config is YAML: `splitter:` over an indented "
        "`max_len: 400`, not `[splitter]` over `max_len = 400` (configs/default.yaml lists "
        "every setting)"
    )
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "missing.toml")


def test_a_folder_given_as_config_is_named_a_folder(tmp_path: Path) -> None:
    # it said "cannot read config: Is a directory", the article reader "is a folder, not a file"
    folder = tmp_path / "configs"
    folder.mkdir()
    with pytest.raises(ConfigError, match=r"configs: is a folder, not a config file$"):
        load_config(folder)


def test_a_device_given_as_config_is_refused_before_reading() -> None:
    # "-c /dev/zero" read without end; /dev/null read as an empty config
    with pytest.raises(ConfigError, match=r"^/dev/null: a device, not a config file$"):
        load_config(Path("/dev/null"))


class _Endless(io.RawIOBase):
    """A stream without end ('yes', /dev/zero): ``reads`` counts the bytes read from it."""

    def __init__(self, pattern: bytes) -> None:
        self.pattern = pattern
        self.reads = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = len(buffer)
        buffer[:n] = (self.pattern * (n // len(self.pattern) + 1))[:n]
        self.reads += n
        return n


@pytest.mark.parametrize("pattern", [b"\x00", b"a: 1\n"])
def test_a_config_on_an_endless_stdin_is_refused_after_a_bounded_read(
    monkeypatch: pytest.MonkeyPatch, pattern: bytes
) -> None:
    # `factkit config show -c - < /dev/zero` (or `yes | ...`) read stdin without end
    endless = _Endless(pattern)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    with pytest.raises(ConfigError, match=r"^standard input: more than 4 MiB, and a factkit"):
        load_config(Path("-"))
    assert endless.reads <= MAX_CONFIG_BYTES + 2**20  # the limit and one buffer at most


def test_a_config_file_past_the_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# padding\n" * (MAX_CONFIG_BYTES // 10 + 1))
    with pytest.raises(ConfigError, match=r"big\.yaml: more than 4 MiB"):
        load_config(big)
    big.write_bytes(b"# padding\n" * (MAX_CONFIG_BYTES // 10 - 10) + b"splitter:\n  max_len: 321\n")
    assert load_config(big).splitter.max_len == 321  # under the limit: read as before


def test_a_closed_stdin_config_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # "factkit config show -c - <&-": sys.stdin is None, and reading it was a traceback
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(ConfigError) as err:
        load_config(Path("-"))
    assert str(err.value).startswith("standard input: closed: there is no standard input")
