"""The stages' config sections: strict types, finite floats, vocabularies, cross-field checks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from factkit.config import load_config
from factkit.config_schema import Config, render_default_yaml
from factkit.enums import BatchEngine, OutputFormat
from factkit.errors import ConfigError


def test_seq2seq_kind_requires_a_model() -> None:
    with pytest.raises(ConfigError, match=r"summarizer: .*seq2seq\.model is not set"):
        load_config(overrides=["summarizer.kind=seq2seq"])


def test_engine_and_format_are_the_vocabularies() -> None:
    cfg = load_config(overrides=["batch.engine=dask", "render.format=html"])
    assert cfg.batch.engine is BatchEngine.DASK and cfg.render.format is OutputFormat.HTML
    dumped = cfg.to_yaml()
    assert "  engine: dask\n" in dumped and "  format: html\n" in dumped
    assert "engine: local" in render_default_yaml()  # plain words, no Python tags


def test_unknown_engine_names_the_field_and_choices() -> None:
    with pytest.raises(ConfigError) as info:
        load_config(overrides=["batch.engine=threads"])
    message = str(info.value)
    assert "batch.engine" in message and "'local', 'dask' or 'serial'" in message


@pytest.mark.parametrize(
    ("setting", "value", "field"),
    [
        ("summarizer", "{sentences: true}", "summarizer.sentences"),  # was read as 1
        ("summarizer", "{words: 40.7}", "summarizer.words"),
        ("splitter", "{max_len: '400'}", "splitter.max_len"),
        ("claims", "{enabled: 1}", "claims.enabled"),
        ("verify", "{min_similarity: true}", "verify.min_similarity"),
        ("encoder", "{model_path: [a]}", "encoder.model_path"),
    ],
)
def test_a_value_of_the_wrong_type_is_an_error_naming_the_field(
    tmp_path: Path, setting: str, value: str, field: str
) -> None:
    f = tmp_path / "c.yaml"
    f.write_text(f"{setting}: {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"c\.yaml: {re.escape(field)}: Input should"):
        load_config(f)


def _float_settings(model: type[BaseModel], prefix: str = "") -> list[str]:
    """The dotted name of every setting that takes a float, section by section."""
    found: list[str] = []
    for name, field in model.model_fields.items():
        kind = field.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            found += _float_settings(kind, f"{prefix}{name}.")
        elif kind is float or float in getattr(kind, "__args__", ()):
            found.append(prefix + name)
    return found


def test_no_float_setting_takes_nan_or_inf(tmp_path: Path) -> None:
    # summarizer.ratio=.nan said "should be <= 1"; an unbounded weight took .inf silently
    settings = _float_settings(Config)
    assert {"summarizer.ratio", "verify.threshold", "summarizer.extractive.position_weight"} <= set(
        settings
    )
    for setting in settings:
        for value in (".nan", ".inf", "-.inf"):
            why = rf"^--set: {re.escape(setting)}: Input should be a finite number$"
            with pytest.raises(ConfigError, match=why):
                load_config(overrides=[f"{setting}={value}"])
    path = tmp_path / "nan.yaml"
    path.write_text("verify:\n  number_tolerance: .nan\n", "utf-8")
    with pytest.raises(ConfigError, match=r"nan\.yaml: verify\.number_tolerance: .* finite"):
        load_config(path)
