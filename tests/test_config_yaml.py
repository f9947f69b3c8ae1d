"""Config YAML: invalid, too deep, a key given twice, a value its type cannot hold: one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from factkit.config import load_config
from factkit.errors import ConfigError


def test_invalid_yaml_reports_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("splitter:\n  max_len: [1,\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"x\.yaml: invalid YAML \(line \d+\)"):
        load_config(bad)


def test_yaml_nested_too_deeply_is_one_line(tmp_path: Path) -> None:
    # yaml.safe_load raised RecursionError: a traceback from --config and from --set
    f = tmp_path / "deep.yaml"
    f.write_text("a: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"deep\.yaml: invalid YAML: nested too deeply"):
        load_config(f)
    why = r"^--set splitter\.max_len: invalid YAML value: nested too deeply$"
    with pytest.raises(ConfigError, match=why):
        load_config(overrides=["splitter.max_len=" + "[" * 50_000 + "]" * 50_000])


def test_a_duplicate_key_names_the_file_key_and_line(tmp_path: Path) -> None:
    # yaml.safe_load keeps the last of two equal keys without a word
    f = tmp_path / "dup.yaml"
    f.write_text("summarizer:\n  sentences: 2\n  words: 40\n  sentences: 5\n", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"^.*dup\.yaml: invalid YAML \(line 4\): duplicate key 'sentences'$"
    ):
        load_config(f)
    f.write_text("splitter:\n  max_len: 1\nsplitter:\n  max_len: 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\(line 3\): duplicate key 'splitter'"):
        load_config(f)
    with pytest.raises(ConfigError, match=r"^--set summarizer: invalid YAML value: duplicate key"):
        load_config(overrides=["summarizer={sentences: 1, sentences: 2}"])
    # a YAML merge key is not a duplicate: the mapping's own key overrides the merged one
    f.write_text(
        "base: &b {sentences: 2}\nsummarizer:\n  <<: *b\n  sentences: 4\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"base: unknown key"):  # parsed, then validated
        load_config(f)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2021-13-45", "month must be in 1..12"),
        (
            "9" * 5000,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits",
        ),
    ],
)
def test_a_yaml_value_its_type_cannot_hold_is_one_line(
    tmp_path: Path, value: str, why: str
) -> None:
    # PyYAML raises ValueError for these, and `factkit config validate` ended in a traceback
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"splitter:\n  extra_abbreviations: [{value}]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(cfg)
    assert str(err.value) == f"{cfg}: invalid YAML: a value cannot be read ({why})"
    with pytest.raises(ConfigError) as err:
        load_config(None, [f"splitter.extra_abbreviations=[{value}]"])
    assert str(err.value) == (
        f"--set splitter.extra_abbreviations: invalid YAML value: a value cannot be read ({why})"
    )
