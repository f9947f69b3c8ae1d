"""How a command writes: stdout, ``-o`` and its suffix, ``-`` (``factkit.cli.outputs``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.cli.running import CLAIMS_ONLY, SEED, run_cli


def test_a_failing_stdout_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "factkit schema > /dev/full" (a full disk) ended in an OSError traceback
    import errno

    class Full:
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    # and "factkit --version > /dev/full", "factkit -h > /dev/full" (click's own echo)
    for args in (["schema"], ["split", SEED], ["config", "show"], ["--version"], ["-h"]):
        monkeypatch.setattr(sys, "stdout", Full())
        code, _, err = run_cli(args, capsys, monkeypatch)
        assert code == 2, args
        assert err == "factkit: error: stdout: cannot write: No space left on device\n"


def test_no_stdout_at_all_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "factkit schema >&-": sys.stdout is None, and writing to it was an AttributeError traceback
    for args in (["schema"], ["split", SEED], ["config", "show"]):
        monkeypatch.setattr(sys, "stdout", None)
        code, _, err = run_cli(args, capsys, monkeypatch)
        assert code == 2, args
        assert err == "factkit: error: stdout: cannot write: closed (give -o FILE)\n"


@pytest.mark.parametrize(
    ("args", "name", "first"),
    [
        # "-o report.json" without --format wrote the Markdown checklist into report.json
        (["claims", SEED, *CLAIMS_ONLY], "report.json", "{"),
        (["claims", SEED, *CLAIMS_ONLY], "report.CSV", "id,sentence_index"),
        (["claims", SEED, *CLAIMS_ONLY], "report.md", "# Claim checklist"),
        (["claims", SEED, *CLAIMS_ONLY], "report.txt", "# Claim checklist"),
        (["claims", SEED, *CLAIMS_ONLY], "report", "# Claim checklist"),  # no suffix: default
        (["claims", SEED, *CLAIMS_ONLY, "-f", "json"], "report.2026-12", "{"),  # not a suffix
        (["split", SEED], "sentences.json", "{"),
        (["split", SEED], "sentences.tsv", "0\t"),
    ],
)
def test_the_output_suffix_names_the_format_when_none_is_given(
    args: list[str],
    name: str,
    first: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out_file = tmp_path / name
    code, _, _ = run_cli([*args, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 0 and out_file.read_text(encoding="utf-8").startswith(first)


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["claims", SEED, *CLAIMS_ONLY], "page.html"),
        (["split", SEED], "rows.csv"),
        (["batch", SEED, *CLAIMS_ONLY], "reports.csv"),  # wrote JSON lines into reports.csv
        # a suffix no renderer writes: Markdown went into out.pdf, JSON lines into r.pdf
        (["claims", SEED, *CLAIMS_ONLY], "out.pdf"),
        (["run", SEED, *CLAIMS_ONLY], "report.out"),
        (["summarize", SEED], "summary.docx"),
        (["verify", "--source", SEED, "--summary", SEED], "check.pdf"),
        (["batch", SEED, *CLAIMS_ONLY], "reports.pdf"),
    ],
)
def test_an_output_suffix_the_command_cannot_write_is_refused(
    command: list[str],
    name: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out_file = tmp_path / name
    code, _, err = run_cli([*command, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 2 and not out_file.exists()
    assert (
        f"-o {out_file}: factkit {command[0]} does not write" in err and len(err.splitlines()) == 1
    )


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["claims", SEED, *CLAIMS_ONLY, "-f", "markdown"], "report.json"),  # wrote Markdown
        (["claims", SEED, *CLAIMS_ONLY, "-f", "json"], "report.csv"),
        (["split", SEED, "-f", "json"], "rows.txt"),
    ],
)
def test_an_output_suffix_other_than_the_format_given_is_refused(
    command: list[str],
    name: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out_file = tmp_path / name
    code, _, err = run_cli([*command, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 2 and list(tmp_path.iterdir()) == []
    assert err.startswith(f"factkit: error: -o {out_file}: a {out_file.suffix} file does not")
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("command", [["claims", SEED, *CLAIMS_ONLY], ["split", SEED]])
def test_dash_as_output_is_stdout(
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "-o -" wrote a file named "-" (and "-.config.yaml") in the working folder, where "-" as
    # an input is stdin
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli([*command, "-o", "-"], capsys, monkeypatch)
    assert code == 0 and out and "wrote" not in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "command",
    [
        ["batch", SEED, "-o", "r.jsonl", "--errors", "-"],
        ["batch", SEED, "-o", "r.jsonl", "--markdown-dir", "-"],
        ["batch", SEED, "-o", "r.jsonl", "--db", "-"],
        ["serve", "--db", "-", "--port", "0"],
    ],
)
def test_a_dash_that_cannot_be_a_stream_is_refused_not_a_file_named_dash(
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "-" is stdin or stdout everywhere else; these wrote an errors file, a folder or a SQLite
    # archive named "-" in the working folder (and serve then ran on it)
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(command, capsys, monkeypatch)
    option = command[command.index("-") - 1]
    assert code == 2 and list(tmp_path.iterdir()) == []
    assert err.strip() == f"factkit: error: {option} -: give a path (this output is no stream)"


def test_warning_and_wrote_lines_name_a_file_with_a_line_break_quoted_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # raw, "fr\n.txt" split the warning line and "wrote out\n.txt" the last line in two
    monkeypatch.chdir(tmp_path)
    Path("le\nmonde.txt").write_text(
        "Le président a dit mardi que quarante personnes sont mortes à Paris. Il a ajouté "
        "que la police enquête toujours sur les causes de l'incendie.\n",
        encoding="utf-8",
    )
    code, _, err = run_cli(["split", "le\nmonde.txt", "-o", "out\n.txt"], capsys, monkeypatch)
    assert code == 0
    warning, wrote = err.splitlines()
    assert warning.startswith("factkit: warning: $'le\\nmonde.txt': the text looks like French")
    assert wrote == "wrote $'out\\n.txt'"
    assert Path("out\n.txt").read_text(encoding="utf-8").startswith("0\t")
