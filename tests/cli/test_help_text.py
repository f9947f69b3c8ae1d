"""Every command's help reads whole at 80 columns in a pipe (``factkit.cli.help_text``)."""

from __future__ import annotations

import re
import sys
from typing import Any, Protocol

import pytest
import typer.main

from factkit.cli import app, main
from factkit.cli.help_text import first_paragraph


class Command(Protocol):
    """What these tests read of a command. typer builds it with the click it bundles (newer
    typer) or the click package (older): importing ``click`` named a package nothing declares."""

    name: str | None
    help: str | None
    params: list[Any]


def _commands() -> list[tuple[list[str], Command]]:
    """Every command and group of the CLI, with the words that name it."""
    found: list[tuple[list[str], Command]] = []
    pending: list[tuple[list[str], Command]] = [([], typer.main.get_command(app))]
    while pending:
        words, command = pending.pop()
        found.append((words, command))
        for name, sub in getattr(command, "commands", {}).items():
            pending.append(([*words, name], sub))
    return found


# each test below runs once per command, named by the words that call it
_every_command = pytest.mark.parametrize(
    ("words", "command"),
    [
        pytest.param(words, command, id=" ".join(words) or "factkit")
        for words, command in _commands()
    ],
)


def _help(
    words: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys, "argv", ["factkit", *words, "-h"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code in (0, None)
    return capsys.readouterr().out


def _squeezed(text: str) -> str:
    """``text`` without whitespace: wrapping may break a line anywhere between words."""
    return "".join(text.split())


@_every_command
def test_help_reads_whole_at_80_columns(
    words: list[str],
    command: Command,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `factkit batch -h` in a pipe cut 4 cells with "…" ("configs/default.…", "--quiet,--no-pr…")
    text = _help(words, monkeypatch, capsys)
    assert "…" not in text
    assert max(len(line) for line in text.splitlines()) <= 80
    whole = _squeezed(text)
    for param in command.params:
        assert _squeezed(getattr(param, "help", None) or "") in whole, param.name
        # an argument shows its placeholder (FILE, INPUT), an option its flags
        flags = [param.metavar] if param.param_type_name == "argument" and param.metavar else []
        for flag in flags or param.opts + param.secondary_opts:
            assert flag in text, flag
    for sub in getattr(command, "commands", {}).values():
        assert _squeezed(first_paragraph(sub.help)) in whole, sub.name


@_every_command
def test_help_says_what_to_give(
    words: list[str],
    command: Command,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # typer showed Python types: "--set <list[str]>", "inputs... <list[str]>", "--db <path>";
    # a placeholder is now a word (KEY=VALUE, INPUT..., FILE) or the list of choices
    text = _help(words, monkeypatch, capsys)
    for placeholder in re.findall(r"<[a-z][^<>]*>", text):
        assert "|" in placeholder, placeholder
    for param in command.params:
        if param.param_type_name == "argument" and param.metavar is None:
            assert param.name == "document"  # schema's: its choices are the placeholder


def test_serve_help_says_what_no_workers_means(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `serve --workers 0` is allowed (x>=0) and starts a desk "workers: in-process"; the help
    # said only "Analysis processes", so 0 read as a desk that could analyse nothing
    text = _squeezed(_help(["serve"], monkeypatch, capsys))
    assert _squeezed("0: one thread of the server") in text
