"""factkit/cli/options.py: the options several commands share."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factkit.cli.options import literal_path

from .running import CLAIMS_ONLY, SEED, run_cli


def test_literal_path_keeps_dash_apart_from_the_file_named_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert literal_path("-") == Path("-")  # stdin / stdout
    assert literal_path("./-") == tmp_path / "-"  # the file named "-"
    assert literal_path("out/r.json") == Path("out/r.json")


@pytest.mark.parametrize(
    "args",
    [
        ["run", SEED, "-o", "results/"],
        ["batch", SEED, "-o", "results/"],
        ["batch", SEED, "-o", "r.jsonl", "--errors", "results/"],
        ["batch", SEED, "-o", "r.jsonl", "--db", "results/"],
    ],
)
def test_an_output_file_named_with_a_trailing_slash_is_refused_and_nothing_written(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    # `-o results/` (a folder the user meant) wrote a file named "results", a sidecar beside it
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli([*args, *CLAIMS_ONLY], capsys, monkeypatch)
    assert code == 2 and err.count("\n") == 1
    assert "results/: names a folder (it ends in a slash); give a file in it" in err
    assert list(tmp_path.iterdir()) == []


def test_dot_slash_dash_config_is_the_file_not_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_text("splitter:\n  max_len: 333\n", "utf-8")
    code, out, _ = run_cli(["config", "show", "-c", "./-"], capsys, monkeypatch)
    assert code == 0 and "max_len: 333" in out
    code, _, err = run_cli(["config", "validate", "./-"], capsys, monkeypatch)
    assert code == 0 and err.strip().endswith(": ok")


def test_dot_slash_dash_output_writes_the_file_named_dash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["claims", SEED, "-f", "json", "-o", "./-", *CLAIMS_ONLY]
    code, out, _ = run_cli(args, capsys, monkeypatch)
    assert code == 0 and out == ""  # nothing on stdout: the report went to the file
    assert json.loads((tmp_path / "-").read_text("utf-8"))["claims"]
