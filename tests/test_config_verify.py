"""The verifier's config section."""

from __future__ import annotations

from pathlib import Path

import pytest

from factkit.config import load_config
from factkit.errors import ConfigError


def test_candidate_sentences_is_a_count_checked_on_load(tmp_path: Path) -> None:
    """verify.candidate_sentences (article sentences encoded per summary sentence) takes 0 (all)
    or more; anything else is one line naming the file and the field."""
    assert load_config(overrides=["verify.candidate_sentences=0"]).verify.candidate_sentences == 0
    bad = tmp_path / "k.yaml"
    bad.write_text("verify:\n  candidate_sentences: -3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(bad)
    assert str(err.value) == (
        f"{bad}: verify.candidate_sentences: Input should be greater than or equal to 0"
    )
    with pytest.raises(ConfigError, match=r"^--set: verify\.candidate_sentences: .*integer"):
        load_config(overrides=["verify.candidate_sentences=many"])
