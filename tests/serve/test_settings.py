"""Settings are checked before anything starts."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_non_loopback_host_needs_a_token(tmp_path: Path) -> None:
    from factkit.errors import FactkitError
    from factkit.serve.settings import ServeSettings

    with pytest.raises(FactkitError, match="--token"):
        ServeSettings(db=tmp_path / "x", host="0.0.0.0").check()
    ServeSettings(db=tmp_path / "x", host="::1").check()
    ServeSettings(db=tmp_path / "x", host="localhost").check()
