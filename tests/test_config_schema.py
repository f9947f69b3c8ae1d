"""The whole config: configs/default.yaml is written from the models and loads back to them."""

from __future__ import annotations

from pathlib import Path

import yaml

from factkit.config import load_config, packaged_default_text
from factkit.config_schema import Config, render_default_yaml

ROOT = Path(__file__).resolve().parent.parent


def test_default_yaml_files_are_generated_from_the_models() -> None:
    expected = render_default_yaml()
    assert (ROOT / "configs" / "default.yaml").read_text(encoding="utf-8") == expected
    assert packaged_default_text() == expected


def test_default_yaml_round_trips_to_model_defaults() -> None:
    assert Config.model_validate(yaml.safe_load(render_default_yaml())) == Config()
    assert load_config() == Config()
