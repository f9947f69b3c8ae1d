"""What a command reads: its config (a file, stdin, --set) and its one article, and a model that
does not load (``factkit.cli.inputs``)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from tests.cli.running import CLAIMS_ONLY, SEED, run_cli


def test_empty_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    code, out, err = run_cli(["split", str(f)], capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err == f"factkit: error: {f}: the article is empty: no text to process\n"


def test_an_input_name_with_a_line_break_is_named_quoted_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # raw, the name split the line in two; collapsed, "e\nmpty.txt" read as "e mpty.txt"
    monkeypatch.chdir(tmp_path)
    Path("e\nmpty.txt").write_bytes(b"")
    code, _, err = run_cli(["split", "e\nmpty.txt"], capsys, monkeypatch)
    assert code == 2
    assert err == "factkit: error: $'e\\nmpty.txt': the article is empty: no text to process\n"


def test_binary_file_one_line_error_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "blob.bin"
    f.write_bytes(bytes(range(256)))
    code, out, err = run_cli(["split", str(f)], capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "blob.bin" in err and "Traceback" not in err


def test_unknown_config_key_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = tmp_path / "x.yaml"
    cfg.write_text("splitter:\n  max_lenn: 3\n", encoding="utf-8")
    code, _, err = run_cli(["split", SEED, "--config", str(cfg)], capsys, monkeypatch)
    assert code == 2
    assert err.strip() == f"factkit: error: {cfg}: splitter.max_lenn: unknown key"
    code, _, err = run_cli(["config", "validate", str(cfg)], capsys, monkeypatch)
    assert code == 2 and "splitter.max_lenn: unknown key" in err


def test_an_article_of_invisible_characters_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # zero-width spaces and joiners only: analysed as one invisible sentence, summarised, exit 0
    path = tmp_path / "zw.txt"
    path.write_text("\u200b\u200c \u200d\n\u2060", encoding="utf-8")
    code, out, err = run_cli(["claims", str(path), *CLAIMS_ONLY], capsys, monkeypatch)
    assert (code, out) == (2, "")
    assert err == f"factkit: error: {path}: the article is empty: no text to process\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_a_dash_config_is_read_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "factkit config validate -" said "-: no such config file", where "-" is stdin elsewhere
    _stdin(monkeypatch, b"splitter:\n  max_lenn: 3\n")
    code, _, err = run_cli(["config", "validate", "-"], capsys, monkeypatch)
    # ... and then named it "-:", a dash where a file's name goes: it is "standard input"
    assert code == 2 and err.strip() == (
        "factkit: error: standard input: splitter.max_lenn: unknown key"
    )
    _stdin(monkeypatch, b"splitter:\n  max_len: 321\n")
    code, _, err = run_cli(["config", "validate", "-"], capsys, monkeypatch)
    assert code == 0 and err.strip() == "standard input: ok"
    _stdin(monkeypatch, b"splitter:\n  max_len: 321\n")
    code, out, _ = run_cli(["config", "show", "--config", "-"], capsys, monkeypatch)
    assert code == 0 and "max_len: 321" in out


@pytest.mark.parametrize(
    "command,data,needle",
    [
        (["split", "-"], b"", "the article is empty"),
        (["claims", "-"], b"caf\xe9", "not valid UTF-8"),
        (["run", "-"], b"a\x00b", "contains a NUL byte"),
        (["verify", "--source", SEED, "--summary", "-"], b" \n", "the summary is empty"),
        (["split", "x.txt", "-c", "-"], b"splitter:\n  max_len: '4'\n", "splitter.max_len"),
    ],
)
def test_an_error_on_standard_input_names_it(
    command: list[str],
    data: bytes,
    needle: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the line named the input as a file called "-": "factkit: error: -: not valid UTF-8 ..."
    _stdin(monkeypatch, data)
    code, out, err = run_cli(command, capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.startswith("factkit: error: standard input: ") and needle in err, err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    "command",
    [["split", "-", "-c", "-"], ["batch", "-", "-o", "out.jsonl", "-c", "-"]],
)
def test_a_dash_config_and_a_dash_input_are_refused_together(
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    _stdin(monkeypatch, b"splitter:\n  max_len: 321\n")
    code, out, err = run_cli(command, capsys, monkeypatch)
    assert code == 2 and out == "" and list(tmp_path.iterdir()) == []
    assert err.strip().endswith("--config and the input cannot both be stdin ('-')")


@pytest.mark.parametrize(
    "command",
    [
        ["claims", SEED, "--set", "summarizer.enabled=maybe"],
        ["summarize", SEED, "--set", "summarizer.enabled=maybe"],
        ["run", SEED, "--max-chars", "300", "--set", "summarizer.max_chars=lots"],
    ],
)
def test_a_bad_setting_the_command_fixes_is_still_refused(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the command's own setting (claims: no summary; --max-chars) was put after the user's
    # --set and replaced its bad value before the check, so these ran where 'config show' says
    # 'Input should be a valid ...'
    code, out, err = run_cli(command, capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.startswith("factkit: error: --set: summarizer.") and "Input should be" in err


def test_a_model_that_does_not_load_names_the_file_or_set_that_gave_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    nowhere = tmp_path / "nowhere"
    cfg = tmp_path / "x.yaml"
    cfg.write_text(f"encoder:\n  model_path: {nowhere}\n", encoding="utf-8")
    problem = f"encoder.model_path: no model folder at {nowhere} "
    code, _, err = run_cli(["run", SEED, "--config", str(cfg)], capsys, monkeypatch)
    assert code == 2 and err.startswith(f"factkit: error: {cfg}: {problem}")
    assert len(err.strip().splitlines()) == 1
    set_path = ["--set", f"encoder.model_path={nowhere}"]
    code, _, err = run_cli(["run", SEED, "--config", str(cfg), *set_path], capsys, monkeypatch)
    assert code == 2 and err.startswith(f"factkit: error: --set: {problem}")
    out = tmp_path / "out.jsonl"
    batch = ["batch", SEED, "-o", str(out), "--engine", "serial", "-q", "--config", str(cfg)]
    code, _, err = run_cli(batch, capsys, monkeypatch)
    assert code == 2
    assert err.startswith(f"factkit: error: pipeline setup failed: {cfg}: {problem}")
