"""``python -m factkit.batching`` is the ``factkit batch`` command line, messages included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def test_module_and_cli_give_the_same_usage_error(tmp_path: Path) -> None:
    out = str(tmp_path / "o.jsonl")
    module = _run("-m", "factkit.batching", "x.txt", "-o", out, "--engine", "bogus")
    cli = _run(
        "-c",
        "from factkit.cli import main; main()",
        "batch",
        "x.txt",
        "-o",
        out,
        "--engine",
        "bogus",
    )
    assert module.returncode == cli.returncode == 2
    assert module.stderr == cli.stderr
    assert len(module.stderr.strip().splitlines()) == 1 and "--engine" in module.stderr
