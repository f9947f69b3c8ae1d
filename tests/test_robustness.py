"""Every bad input and every dangerous output gets one clear line and exit 2, or a report.

Each case runs the REAL command line in a subprocess (``python -m factkit.cli``, the console
script's ``main``), so typer's own argument handling is what is tested. For each case the test
checks the exit code, the shape of stderr (one ``factkit: error:`` line, never a traceback) and
that no input, and no output of an earlier run, changed (and that no temp file was left behind).
Where the summarizer is not under test the runs use ``configs/claims-only.yaml``.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CODE_ROOT = ROOT  # the checkout whose factkit is run (scripts may point it elsewhere)
SEED = ROOT / "data" / "seed_article.txt"
CLAIMS_ONLY = ["-c", str(ROOT / "configs" / "claims-only.yaml")]
CHINESE = (
    "北京市政府周二表示，今年洪水已造成至少183人死亡，比去年增加了百分之五。"
    "官员说，这一数字可能还会上升。市长李明说，救援工作将持续到下周。"
)


@dataclass
class Run:
    rc: int
    out: str
    err: str


def factkit(
    *args: str | Path, cwd: Path, preexec: Callable[[], None] | None = None, timeout: int = 300
) -> Run:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(CODE_ROOT), env.get("PYTHONPATH")) if p)
    env.pop("FORCE_COLOR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "factkit.cli", *map(str, args)],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=preexec,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def snapshot(folder: Path) -> dict[str, object]:
    """Every file under ``folder``: its bytes (links: their target), so a change shows."""
    files: dict[str, object] = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        if p.is_symlink():
            files[rel] = ("link", os.readlink(p))
        elif p.is_file():
            files[rel] = p.read_bytes()
        elif p.is_dir():
            files[rel] = "dir"
    return files


def assert_one_error(run: Run, *needles: str, code: int = 2) -> None:
    assert run.rc == code, run.err
    assert "Traceback" not in run.err
    lines = run.err.splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("factkit: error: "), lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder with a copy of the seed article (``a.txt``) and an earlier run's output."""
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "old.md").write_text("an earlier report\n", encoding="utf-8")
    (tmp_path / "old.md.config.yaml").write_text("ingest: {}\n", encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def seed_json(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The claims-only JSON report of the UTF-8 seed: the reference other encodings must match."""
    run = factkit("claims", SEED, "-f", "json", *CLAIMS_ONLY, cwd=tmp_path_factory.mktemp("ref"))
    assert run.rc == 0 and run.err == "", run.err
    return json.loads(run.out)


# --- usage errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args,needle",
    [
        (["claims"], "Missing argument"),
        (["claims", "x.txt", "--bogus"], "--bogus"),
        (["nosuchcmd"], "nosuchcmd"),
        (["summarize", "x.txt", "-n", "0"], "--sentences"),
        (["verify", "--source", "x.txt"], "--summary"),
        (["batch", "x.txt"], "--output"),
        (["claims", "x.txt", "--format", "pdf"], "--format"),
        (["summarize", "x.txt", "-n", "2", "--words", "5"], "only one of"),
    ],
)
def test_usage_error_is_one_line_exit_2(args: list[str], needle: str, tmp_path: Path) -> None:
    run = factkit(*args, cwd=tmp_path)
    assert_one_error(run, needle)
    assert run.out == ""


@pytest.mark.parametrize(
    "args,command,listed",
    [([], "factkit", "summarize"), (["config"], "factkit config", "validate")],
)
def test_bare_group_shows_its_help_then_one_error_line(
    args: list[str], command: str, listed: str, tmp_path: Path
) -> None:
    run = factkit(*args, cwd=tmp_path)
    assert run.rc == 2 and run.out == "" and "Traceback" not in run.err
    *help_lines, last = run.err.rstrip("\n").splitlines()
    assert f"Usage: {command} " in "\n".join(help_lines) and listed in "\n".join(help_lines)
    assert last.startswith("factkit: error: Missing command"), last
    assert last.endswith(f"(see '{command} -h')"), last


@pytest.mark.parametrize("args", [["-h"], ["claims", "-h"], ["config", "-h"], ["--version"]])
def test_help_and_version_still_work(args: list[str], tmp_path: Path) -> None:
    run = factkit(*args, cwd=tmp_path)
    assert run.rc == 0 and run.err == "" and run.out


# --- outputs that would destroy an input, or cannot be written --------------------------------


def _links(work: Path) -> None:
    (work / "link.txt").symlink_to("a.txt")
    os.link(work / "a.txt", work / "hard.txt")
    (work / "cfg.yaml").write_text("summarizer:\n  enabled: false\n", encoding="utf-8")
    (work / "s.txt").write_text("At least 183 people died.\n", encoding="utf-8")


@pytest.mark.parametrize(
    "args,needle",
    [
        (["claims", "a.txt", "-o", "a.txt"], "overwrite the input a.txt"),
        (["run", "a.txt", "-o", "./sub/../a.txt"], "overwrite the input a.txt"),
        (["claims", "a.txt", "-o", "link.txt"], "overwrite the input a.txt"),
        (["claims", "link.txt", "-o", "a.txt"], "overwrite the input link.txt"),
        (["split", "a.txt", "-o", "hard.txt"], "overwrite the input a.txt"),
        (["claims", "a.txt", "-c", "cfg.yaml", "-o", "cfg.yaml"], "input cfg.yaml"),
        (["claims", "a.txt", "-c", "old.md.config.yaml", "-o", "old.md"], "old.md.config.yaml"),
        (["verify", "--source", "a.txt", "--summary", "s.txt", "-o", "s.txt"], "input s.txt"),
        (["batch", "a.txt", "-o", "a.txt"], "input a.txt"),
        (["claims", "a.txt", "-o", "."], "is a folder"),
        (["claims", "a.txt", "-o", "sub"], "is a folder"),
        (["claims", "a.txt", "-o", "a.txt/x.md"], "not a folder"),
        (["batch", "a.txt", "-o", "sub"], "is a folder"),
    ],
)
def test_output_never_destroys_an_input(args: list[str], needle: str, work: Path) -> None:
    _links(work)
    (work / "sub").mkdir()
    before = snapshot(work)
    run = factkit(*args, cwd=work)
    assert_one_error(run, needle)
    assert snapshot(work) == before


def test_sidecar_in_the_way_writes_nothing(work: Path) -> None:
    (work / "new.md.config.yaml").mkdir()
    (work / "old.md.config.yaml").unlink()
    (work / "old.md.config.yaml").mkdir()
    before = snapshot(work)
    for out in ("new.md", "old.md"):
        run = factkit("claims", "a.txt", "-o", out, *CLAIMS_ONLY, cwd=work)
        assert_one_error(run, f"{out}.config.yaml: is a folder")
        assert snapshot(work) == before


@contextmanager
def small_disk(folder: Path, size: int) -> Iterator[Path]:
    """A real filesystem of ``size`` bytes (tmpfs; needs root and mount rights)."""
    folder.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


PAGE = os.sysconf("SC_PAGE_SIZE")


def _pages(n_bytes: int) -> int:
    return -(-n_bytes // PAGE)


def test_full_disk_keeps_the_earlier_output(work: Path, seed_json: dict) -> None:
    """Room for nothing but the earlier output: the run fails in one line, the old file stays."""
    with small_disk(work / "disk", 2 * PAGE) as disk:
        (disk / "old.json").write_text("earlier\n", encoding="utf-8")
        (disk / "filler").write_bytes(b"x" * PAGE)  # now the disk is full
        before = snapshot(work)
        run = factkit(
            "claims", "a.txt", "-f", "json", "-o", "disk/old.json", *CLAIMS_ONLY, cwd=work
        )
        assert_one_error(run, "disk/old.json", "No space left on device")
        assert snapshot(work) == before


def test_full_disk_at_the_sidecar_writes_neither(work: Path, seed_json: dict) -> None:
    """The report fits, its config sidecar does not: neither appears (they are written as one)."""
    report = len((json.dumps(seed_json, ensure_ascii=False, indent=2) + "\n").encode())
    with small_disk(work / "disk", (_pages(report) + 1) * PAGE) as disk:
        (disk / "old.json").write_text("earlier\n", encoding="utf-8")
        before = snapshot(work)
        run = factkit(
            "claims", "a.txt", "-f", "json", "-o", "disk/old.json", *CLAIMS_ONLY, cwd=work
        )
        assert_one_error(run, "old.json.config.yaml", "No space left on device")
        assert snapshot(work) == before


def test_file_size_limit_is_one_line_too(work: Path) -> None:
    """Without root: the process may write no file over 1 KiB (EFBIG, a real write failure)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    before = snapshot(work)
    run = factkit("claims", "a.txt", "-o", "old.md", *CLAIMS_ONLY, cwd=work, preexec=limit)
    assert_one_error(run, "old.md: cannot write")
    assert snapshot(work) == before


# --- bad or unusual inputs --------------------------------------------------------------------


def _record(n: int) -> dict:
    return {"id": f"r{n}", "text": f"The mayor said {n + 10} roads were closed on Monday."}


@pytest.mark.parametrize(
    "name,content,holds",
    [
        ("docs.jsonl", "".join(json.dumps(_record(n)) + "\n" for n in range(3)), "3 records"),
        ("docs.json", json.dumps([_record(0), _record(1)]), "2 records"),
        # the broken line is named, and not counted as a record
        ("mixed.jsonl", json.dumps(_record(0)) + "\n{not json\n", ":2:2: invalid JSON"),
    ],
)
@pytest.mark.parametrize("command", ["claims", "split"])
def test_multi_record_file_points_to_batch(
    name: str, content: str, holds: str, command: str, tmp_path: Path
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    before = snapshot(tmp_path)
    run = factkit(command, name, *CLAIMS_ONLY, cwd=tmp_path)
    assert_one_error(run, name, holds, "factkit batch")
    assert run.out == "" and snapshot(tmp_path) == before


def test_single_record_jsonl_is_fine(tmp_path: Path) -> None:
    (tmp_path / "one.jsonl").write_text(json.dumps(_record(0)) + "\n", encoding="utf-8")
    run = factkit("claims", "one.jsonl", "-f", "json", *CLAIMS_ONLY, cwd=tmp_path)
    assert run.rc == 0 and run.err == ""
    assert json.loads(run.out)["document"]["id"] == "r0"


@pytest.mark.parametrize("offset", [100, 9000, 20_000])
@pytest.mark.parametrize("command", ["split", "claims"])
def test_nul_byte_anywhere_is_refused(offset: int, command: str, tmp_path: Path) -> None:
    text = SEED.read_bytes() * 6
    (tmp_path / "nul.txt").write_bytes(text[:offset] + b"\x00" + text[offset:])
    before = snapshot(tmp_path)
    run = factkit(command, "nul.txt", *CLAIMS_ONLY, cwd=tmp_path)
    assert_one_error(run, "nul.txt", f"NUL byte (offset {offset})")
    assert run.out == "" and snapshot(tmp_path) == before


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-32", "utf-8-sig"])
def test_unicode_with_a_bom_is_decoded(encoding: str, tmp_path: Path, seed_json: dict) -> None:
    text = SEED.read_text(encoding="utf-8")
    data = (
        b"\xfe\xff" + text.encode("utf-16-be")
        if encoding == "utf-16-be-bom"
        else text.encode(encoding)
    )
    (tmp_path / "enc.txt").write_bytes(data)
    run = factkit("claims", "enc.txt", "-f", "json", *CLAIMS_ONLY, cwd=tmp_path)
    assert run.rc == 0 and run.err == "", run.err
    report = json.loads(run.out)
    assert report["claims"] == seed_json["claims"]
    assert report["sentences"] == seed_json["sentences"]


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n", b"\xef\xbb\xbf\n"])
@pytest.mark.parametrize("command", ["split", "claims", "summarize", "run"])
def test_empty_article_is_a_clear_error(content: bytes, command: str, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(content)
    before = snapshot(tmp_path)
    run = factkit(command, "empty.txt", cwd=tmp_path)
    assert_one_error(run, "empty.txt", "empty")
    assert run.out == "" and snapshot(tmp_path) == before


def test_empty_summary_is_a_clear_error(work: Path) -> None:
    (work / "s.txt").write_text("\n", encoding="utf-8")
    run = factkit("verify", "--source", "a.txt", "--summary", "s.txt", cwd=work)
    assert_one_error(run, "s.txt", "empty")


def test_nothing_to_summarize_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "meta.txt").write_text(" date 2021-08-10 Fast News\n", encoding="utf-8")
    run = factkit("summarize", "meta.txt", cwd=tmp_path)
    assert_one_error(run, "meta.txt", "no body sentences")


def test_invalid_metadata_date_warns(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text(
        " date 2021-13-45 Fast News\nThe mayor said on Tuesday that 12 roads were closed.\n",
        encoding="utf-8",
    )
    run = factkit("claims", "d.txt", "-f", "json", *CLAIMS_ONLY, cwd=tmp_path)
    assert run.rc == 0 and "Traceback" not in run.err
    lines = run.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factkit: warning: d.txt: ")
    assert "'2021-13-45' is not a valid date" in lines[0]
    assert json.loads(run.out)["document"]["date"] is None


@pytest.mark.parametrize("command", ["claims", "split"])
def test_non_english_text_warns_and_records_the_language(command: str, tmp_path: Path) -> None:
    (tmp_path / "zh.txt").write_text(CHINESE, encoding="utf-8")
    run = factkit(command, "zh.txt", "-f", "json", *CLAIMS_ONLY, cwd=tmp_path)
    assert run.rc == 0 and "Traceback" not in run.err
    lines = run.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factkit: warning: zh.txt: ")
    assert "Chinese (zh)" in lines[0] and "English" in lines[0]
    assert json.loads(run.out)["document"]["language"] == "zh"


@pytest.mark.parametrize(
    "setup,needle",
    [
        (lambda d: None, "no such file"),
        (lambda d: (d / "x.txt").mkdir(), "is a folder"),
        (lambda d: (d / "x.txt").write_bytes(b"caf\xe9"), "not valid UTF-8"),
        (lambda d: (d / "x.txt").write_bytes(b"\xff\xfe\x41"), "not valid UTF-16"),
    ],
)
def test_unreadable_input_is_one_line(
    setup: Callable[[Path], None], needle: str, tmp_path: Path
) -> None:
    setup(tmp_path)
    before = snapshot(tmp_path)
    run = factkit("claims", "x.txt", *CLAIMS_ONLY, cwd=tmp_path)
    assert_one_error(run, "x.txt", needle)
    assert snapshot(tmp_path) == before


def test_batch_of_a_missing_file_is_a_usage_error_that_keeps_the_last_run(work: Path) -> None:
    # 'factkit batch missing.txt' started the workers, wrote the last run's output afresh (one
    # failure in the errors file) and exited 3, as if a document had failed
    (work / "r.jsonl").write_text('{"earlier": "run"}\n', encoding="utf-8")
    before = snapshot(work)
    run = factkit("batch", "a.txt", "missing.txt", "-o", "r.jsonl", "-q", *CLAIMS_ONLY, cwd=work)
    assert_one_error(run, "missing.txt: no such file or folder")
    assert snapshot(work) == before
