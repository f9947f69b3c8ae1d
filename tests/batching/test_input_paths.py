"""factkit.batching.input_paths: input arguments (folders, globs, files, stdin) -> the files to
read, each once, usage errors before anything is read."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factkit.batching.input_paths import expand_inputs
from factkit.batching.inputs import iter_inputs
from factkit.config import IngestConfig
from factkit.document import Article
from factkit.errors import FactkitError
from tests.batching.articles import claims_only_batch

EXTS = [".txt", ".md", ".jsonl", ".json"]


def _tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    (root / "b" / "x.txt").write_text("one", encoding="utf-8")
    (root / "a" / "x.txt").write_text("two", encoding="utf-8")
    (root / "a" / "notes.pdf").write_bytes(b"%PDF")
    (root / ".hidden" / "y.txt").write_text("hidden", encoding="utf-8")
    (root / "z.MD").write_text("# Title\n\nthree", encoding="utf-8")


def test_folders_are_walked_recursively_sorted_by_extension(tmp_path: Path) -> None:
    _tree(tmp_path)
    files = expand_inputs([str(tmp_path)], EXTS)
    rel = [str(Path(f).relative_to(tmp_path)) for f in files]
    assert rel == ["a/x.txt", "b/x.txt", "z.MD"]  # sorted, pdf and hidden folder skipped


def test_globs_missing_files_stdin_and_exclusions(tmp_path: Path) -> None:
    _tree(tmp_path)
    out = tmp_path / "a" / "out.jsonl"
    out.write_text("", encoding="utf-8")
    files = expand_inputs(
        [
            str(tmp_path / "**" / "*.txt"),
            str(tmp_path / "a" / "x.txt"),
            "-",
            str(out),
        ],
        EXTS,
        exclude=[out],
    )
    # the glob found both x.txt; naming one again does not add it twice; the output is never input
    assert [Path(f).name for f in files] == ["x.txt", "x.txt", "-"]


def test_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(FactkitError, match="no files match"):
        expand_inputs([str(tmp_path / "*.nothing")], EXTS)
    with pytest.raises(FactkitError, match="no files with extensions"):
        expand_inputs([str(tmp_path)], EXTS)
    with pytest.raises(FactkitError, match="no inputs"):
        expand_inputs([], EXTS)
    # a named file that is not there was kept, to fail as a document: exit 3 after the workers
    # started, with the last run's output started afresh; it is a typo, as an empty glob is
    _tree(tmp_path)
    gone = str(tmp_path / "gone.txt")
    with pytest.raises(FactkitError, match=f"^{re.escape(gone)}: no such file or folder$"):
        expand_inputs([str(tmp_path / "a" / "x.txt"), gone], EXTS)
    # a link that leads nowhere is something there: read, it fails as a document
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    assert expand_inputs([str(tmp_path / "dangling.txt")], EXTS) == [str(tmp_path / "dangling.txt")]
    # a typo'd name with a line break is named on one line, as a shell would quote it
    with pytest.raises(FactkitError) as missing:
        expand_inputs([str(tmp_path / "go\nne.txt")], EXTS)
    assert str(missing.value) == f"$'{tmp_path}/go\\nne.txt': no such file or folder"


def test_a_symlink_loop_or_a_too_long_name_is_kept_to_fail_as_a_document(tmp_path: Path) -> None:
    # Path.resolve() raised RuntimeError on a loop and OSError on a name too long: a traceback
    # instead of a line in the errors file
    loop = tmp_path / "loop1"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    long = tmp_path / ("a" * 300 + ".txt")
    assert expand_inputs([str(loop), str(long)], EXTS) == [str(loop), str(long)]


def _without_read_override() -> list[str]:
    """A command prefix under which a mode-000 folder cannot be listed: none for a normal user;
    for root (as in CI containers), root without its capability to read past permissions."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root without setpriv: every folder can be listed")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def test_a_folder_that_cannot_be_listed_is_a_failure_or_a_usage_error(tmp_path: Path) -> None:
    # os.walk skipped it without a word: its articles were missing from the run unseen
    data = tmp_path / "in"
    (data / "locked").mkdir(parents=True)
    (data / "a.txt").write_text("The mayor said 12 homes burned.\n", encoding="utf-8")
    (data / "locked" / "b.txt").write_text("Police said 3 were hurt.\n", encoding="utf-8")
    (data / "locked").chmod(0)
    try:
        prefix = _without_read_override()
        run = subprocess.run(
            [*prefix, *claims_only_batch(data, tmp_path / "out.jsonl", "--engine", "serial")],
            capture_output=True,
            text=True,
        )
        assert run.returncode == 3, run.stderr
        (failure,) = [
            json.loads(line)
            for line in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        assert failure["path"] == str(data / "locked") and failure["id"] == "locked"
        assert failure["message"] == (
            "cannot read this folder (Permission denied): its files are not in this run"
        )
        named = subprocess.run(
            [*prefix, *claims_only_batch(data / "locked", tmp_path / "out2.jsonl")],
            capture_output=True,
            text=True,
        )
        assert named.returncode == 2
        assert named.stderr.strip() == (
            f"factkit: error: {data / 'locked'}: cannot read this folder (Permission denied): "
            "its files are not in this run"
        )
    finally:
        (data / "locked").chmod(0o755)


@pytest.mark.parametrize("argument", ["./-", "*"])
def test_a_file_named_dash_is_read_as_that_file_not_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argument: str
) -> None:
    # Path("./-") is spelled "-": `batch ./-` (or a glob matching a file "-") read stdin instead
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_text("Fire\n\nThe mayor said 12 homes burned on Monday.\n", "utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    files = expand_inputs([argument], EXTS)
    assert files == [f".{os.sep}-"]
    items = list(iter_inputs(files, IngestConfig()))
    assert [item.path for item in items] == [f".{os.sep}-"]
    assert isinstance(items[0].article, Article)
    assert "12 homes burned" in items[0].article.text
