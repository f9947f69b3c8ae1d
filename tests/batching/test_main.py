"""``python -m factkit.batching`` is the ``factkit batch`` command line, messages included."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_python


def test_module_and_cli_give_the_same_usage_error(tmp_path: Path) -> None:
    out = str(tmp_path / "o.jsonl")
    module = run_python("-m", "factkit.batching", "x.txt", "-o", out, "--engine", "bogus")
    cli = run_python(
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
