"""The CLI end to end, in-process through the real entry point (``factkit.cli.main``): what
every test of ``tests/cli`` runs it with."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factkit.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = str(ROOT / "data" / "seed_article.txt")
CLAIMS_ONLY = ["--set", "checkworthiness.enabled=false"]


def run_cli(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["factkit", *args])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def interrupted(*_args: object, **_kwargs: object) -> None:
    """Stands in for a stage the user stops with Ctrl-C."""
    raise KeyboardInterrupt
