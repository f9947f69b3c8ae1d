"""``python -m factkit`` is the ``factkit`` command line, its exit codes and messages included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def test_module_gives_the_cli_usage_error() -> None:
    module = _run("-m", "factkit", "nosuchcmd")
    cli = _run("-c", "from factkit.cli import main; main()", "nosuchcmd")
    assert module.returncode == cli.returncode == 2
    assert module.stderr == cli.stderr
    assert "nosuchcmd" in module.stderr and len(module.stderr.strip().splitlines()) == 1


def test_module_runs_a_command(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "WASHINGTON (AP) -- The agency said on Tuesday that at least 183 people had died.\n",
        encoding="utf-8",
    )
    done = _run("-m", "factkit", "claims", str(article), "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    quantities = [q for claim in report["claims"] for q in claim["quantities"]]
    assert [(q["value"], q["qualifier"]) for q in quantities] == [(183.0, "at least")]
