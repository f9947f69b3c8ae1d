"""The entry point and the app: version, help, usage errors and Ctrl-C as one line and an exit code
(``factkit.cli.entry``, ``factkit.cli.groups``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factkit import __version__
from tests.cli.running import SEED, interrupted, run_cli


def test_version(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run_cli(["--version"], capsys, monkeypatch)
    assert code == 0 and out.strip() == f"factkit {__version__}"


@pytest.mark.parametrize(
    "args",
    [
        ["-h"],
        ["split", "-h"],
        ["claims", "-h"],
        ["summarize", "-h"],
        ["run", "-h"],
        ["verify", "-h"],
        ["batch", "-h"],
        ["config", "-h"],
        ["config", "show", "-h"],
        ["schema", "-h"],
    ],
)
def test_help_everywhere(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run_cli(args, capsys, monkeypatch)
    assert code == 0 and "Usage" in out


@pytest.mark.parametrize(
    "args,choices",
    [
        (["split", SEED], "'text', 'json'"),
        (["claims", SEED], "'markdown', 'json', 'csv'"),
        (["summarize", SEED], "'text', 'json'"),
        (["run", SEED], "'markdown', 'json', 'html'"),
        (["verify", "--source", SEED, "--summary", SEED], "'markdown', 'json'"),
    ],
)
def test_bad_format_is_a_usage_error(
    args: list[str],
    choices: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = run_cli([*args, "--format", "pdf"], capsys, monkeypatch)
    assert code == 2 and not out
    assert len(err.splitlines()) == 1 and "--format" in err and choices in err
    # it read "... '-f': Value error, 'pdf' is not one of ...", typer's pydantic wording
    assert "Value error" not in err and f"'pdf' is not one of {choices}" in err


def test_a_file_named_like_an_option_is_told_how_to_name_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "No such option: -d (see 'factkit split -h')" alone: the help has no -d to show
    monkeypatch.chdir(tmp_path)
    Path("-dash.txt").write_text("The mayor said 12 homes burned.", encoding="utf-8")
    code, out, err = run_cli(["split", "-dash.txt"], capsys, monkeypatch)
    assert code == 2 and not out
    assert err == (
        "factkit: error: No such option: -d (see 'factkit split -h'); to name the file "
        "-dash.txt, write ./-dash.txt or put -- before it\n"
    )
    code, out, _ = run_cli(["split", "--", "-dash.txt"], capsys, monkeypatch)
    assert code == 0 and out.startswith("0\t")
    # an unknown option that names no file gets no such hint
    code, _, err = run_cli(["split", "--bogus", "-dash.txt"], capsys, monkeypatch)
    assert code == 2
    assert err == "factkit: error: No such option: --bogus (see 'factkit split -h')\n"


def test_ctrl_c_in_a_single_file_command_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # typer turns a KeyboardInterrupt inside a command into a silent exit 130; the user must still
    # be told, and -o must not be left half written
    monkeypatch.setattr("factkit.split.split_sentences", interrupted)
    out_file = tmp_path / "s.txt"
    code, out, err = run_cli(["split", SEED, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 130 and out == ""
    assert err.strip() == "factkit: interrupted"
    assert list(tmp_path.iterdir()) == []
