"""``factkit config show`` (``factkit.cli.config_files``)."""

from __future__ import annotations

import pytest

from tests.cli.running import run_cli


def test_config_show_applies_overrides(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run_cli(["config", "show", "--set", "splitter.max_len=400"], capsys, monkeypatch)
    assert code == 0 and "max_len: 400" in out
