"""Atomic writes: a file is either the old one or the whole new one, never half."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factkit.errors import OutputError
from factkit.io import (
    atomic_write_files,
    atomic_write_text,
    check_outputs,
    config_path_for,
    same_file,
)


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.md"
    atomic_write_text(target, "first\n")
    atomic_write_text(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert [p.name for p in target.parent.iterdir()] == ["out.md"]  # no temp files left
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600


def test_failed_write_keeps_old_content_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def boom(fd: int) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr("factkit.io.os.fsync", boom)
    with pytest.raises(OutputError, match=r"out\.json: cannot write: disk on fire"):
        atomic_write_text(target, "new content")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_report_and_sidecar_are_written_together_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report, sidecar = tmp_path / "r.md", tmp_path / "r.md.config.yaml"
    report.write_text("old report", encoding="utf-8")
    real_fsync = os.fsync
    calls = []

    def second_fails(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr("factkit.io.os.fsync", second_fails)
    with pytest.raises(OutputError, match=r"r\.md\.config\.yaml: cannot write: No space left"):
        atomic_write_files([(report, "new report"), (sidecar, "cfg")])
    assert report.read_text(encoding="utf-8") == "old report"  # the first was not renamed in
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]
    monkeypatch.setattr("factkit.io.os.fsync", real_fsync)
    atomic_write_files([(report, "new report"), (sidecar, "cfg")])
    assert report.read_text(encoding="utf-8") == "new report"
    assert sidecar.read_text(encoding="utf-8") == "cfg"


def test_failed_write_removes_the_folders_it_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(fd: int) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr("factkit.io.os.fsync", boom)
    with pytest.raises(OutputError):
        atomic_write_text(tmp_path / "a" / "b" / "out.md", "x")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_the_way_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "out.md").mkdir()
    with pytest.raises(OutputError, match=r"out\.md: is a folder"):
        atomic_write_text(tmp_path / "out.md", "x")


def test_check_outputs_sees_links_and_resolved_paths(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(src)
    os.link(src, tmp_path / "hard.txt")
    for out in ("a.txt", "link.txt", "hard.txt", "sub/../a.txt"):
        with pytest.raises(OutputError, match="refusing to overwrite the input"):
            check_outputs([tmp_path / out], [str(src)])
    check_outputs([tmp_path / "b.txt"], [str(src), "-", None])
    assert same_file(tmp_path / "link.txt", src) and not same_file(tmp_path / "b.txt", src)


def test_outputs_refused_name_a_name_with_a_line_break_on_one_line(tmp_path: Path) -> None:
    src = tmp_path / "in\n.txt"
    src.write_text("x", encoding="utf-8")
    (tmp_path / "a\nfolder").mkdir()
    with pytest.raises(OutputError) as refused:
        check_outputs([src], [str(src)])
    shown = f"$'{tmp_path}/in\\n.txt'"
    assert str(refused.value) == (
        f"{shown}: refusing to overwrite the input {shown}; choose another output"
    )
    with pytest.raises(OutputError) as refused:
        atomic_write_text(tmp_path / "a\nfolder", "x")
    assert str(refused.value) == f"$'{tmp_path}/a\\nfolder': is a folder; give a file name to write"


def test_config_path_sits_beside_output(tmp_path: Path) -> None:
    assert config_path_for(tmp_path / "r.html") == tmp_path / "r.html.config.yaml"


def test_an_output_that_is_a_device_or_pipe_is_refused(tmp_path: Path) -> None:
    # the atomic write renames a temp file over the target: "-o /dev/full" (as root) replaced
    # the device node with a regular file and said "wrote /dev/full"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (tmp_path / "link").symlink_to(fifo)
    for out in (fifo, tmp_path / "link"):
        with pytest.raises(OutputError, match=r"not a regular file \(a device, pipe or socket\)"):
            check_outputs([out], ["in.txt"])
        check_outputs([out], ["in.txt"], refuse_special=False)  # batch's runner refuses it
    assert fifo.is_fifo() and (tmp_path / "link").is_symlink()


def test_an_output_name_too_long_is_one_line(tmp_path: Path) -> None:
    # Path.is_dir() raised ENAMETOOLONG out of check_outputs: a traceback
    with pytest.raises(OutputError, match=r"cannot write: File name too long"):
        check_outputs([tmp_path / ("a" * 300 + ".md")], ["in.txt"])
