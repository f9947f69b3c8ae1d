"""``python -m factkit`` is the ``factkit`` command line, its exit codes and messages included."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_python


def test_module_gives_the_cli_usage_error() -> None:
    module = run_python("-m", "factkit", "nosuchcmd")
    cli = run_python("-c", "from factkit.cli import main; main()", "nosuchcmd")
    assert module.returncode == cli.returncode == 2
    assert module.stderr == cli.stderr
    assert "nosuchcmd" in module.stderr and len(module.stderr.strip().splitlines()) == 1


def test_module_runs_a_command(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "WASHINGTON (AP) -- The agency said on Tuesday that at least 183 people had died.\n",
        encoding="utf-8",
    )
    done = run_python("-m", "factkit", "claims", str(article), "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    quantities = [q for claim in report["claims"] for q in claim["quantities"]]
    assert [(q["value"], q["qualifier"]) for q in quantities] == [(183.0, "at least")]
