"""scripts/compare_dumps.py: item-by-item changes between two eval_verify dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import load_script


def _item(kind: str, changed: str, flagged: bool, reasons: list[str]) -> dict[str, object]:
    return {
        "split": "dev",
        "doc": 4,
        "kind": kind,
        "line": "Leeds finished 7th.",
        "changed": changed,
        "flagged": flagged,
        "reasons": reasons,
    }


def _write(path: Path, items: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def test_flags_gained_lost_and_retyped_are_counted_per_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old = [
        _item("number_swap", "Leeds finished 12th.", False, []),
        _item("entity_swap", "Hull finished 7th.", True, ["entity_not_in_source: 'Hull'"]),
        _item("untouched", "Leeds finished 7th.", True, ["number_mismatch: '7th'"]),
    ]
    new = [
        _item("number_swap", "Leeds finished 12th.", True, ["number_mismatch: '12th'"]),
        _item("entity_swap", "Hull finished 7th.", True, ["slot_clash: 'Hull'"]),
        _item("untouched", "Leeds finished 7th.", False, []),
    ]
    script = load_script("compare_dumps")
    monkeypatch.setattr(
        "sys.argv",
        ["x", str(_write(tmp_path / "a", old)), str(_write(tmp_path / "b", new)), "--show", "1"],
    )
    assert script.main() == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line[:1].isalpha()}
    assert rows["number_swap"] == ["1", "1", "0", "0"]
    assert rows["entity_swap"] == ["1", "0", "0", "1"]
    assert rows["untouched"] == ["1", "0", "1", "0"]
    assert "[number_swap] gained 4: Leeds finished 12th." in out
    assert "new: [\"number_mismatch: '12th'\"]" in out


def test_dumps_that_share_no_item_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a = _write(tmp_path / "a", [_item("number_swap", "Leeds finished 12th.", False, [])])
    b = _write(tmp_path / "b", [_item("number_swap", "Leeds finished 9th.", False, [])])
    monkeypatch.setattr("sys.argv", ["x", str(a), str(b)])
    assert load_script("compare_dumps").main() == 1


@pytest.mark.parametrize("pool", ["qags-check", "polnear-check"])
def test_show_prints_no_item_of_a_check_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pool: str
) -> None:
    old = [_item("number_swap", "Leeds finished 12th.", False, []) | {"split": pool}]
    new = [_item("number_swap", "Leeds finished 12th.", True, ["number_mismatch: '12th'"])]
    new[0]["split"] = pool
    script = load_script("compare_dumps")
    monkeypatch.setattr(
        "sys.argv",
        ["x", str(_write(tmp_path / "a", old)), str(_write(tmp_path / "b", new)), "--show", "5"],
    )
    assert script.main() == 0
    out = capsys.readouterr().out
    assert "Leeds" not in out  # its counts only
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line[:1].isalpha()}
    assert rows["number_swap"] == ["1", "1", "0", "0"]
