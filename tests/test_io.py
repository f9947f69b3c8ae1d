"""Atomic writes: a file is either the old one or the whole new one, never half."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factkit.io import atomic_write_text, config_path_for


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
    with pytest.raises(OSError, match="disk on fire"):
        atomic_write_text(target, "new content")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_config_path_sits_beside_output(tmp_path: Path) -> None:
    assert config_path_for(tmp_path / "r.html") == tmp_path / "r.html.config.yaml"
