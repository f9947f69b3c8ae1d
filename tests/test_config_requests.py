"""What a review-desk request may set: settings, each judged, and the README lists them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from factkit.config_requests import REQUEST_SETTINGS, request_setting_problem
from factkit.config_schema import Config


def _leaf_settings(model: type[BaseModel] = Config, prefix: str = "") -> dict[str, Any]:
    """Every dotted leaf setting of the config, with its type."""
    leaves: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        kind = field.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            leaves.update(_leaf_settings(kind, f"{prefix}{name}."))
        else:
            leaves[prefix + name] = kind
    return leaves


def test_request_settings_are_settings_and_none_names_a_place() -> None:
    # the desk's config_overrides: a request may not say where anything is loaded from or written
    leaves = _leaf_settings()
    assert set(REQUEST_SETTINGS) <= set(leaves)
    for key in REQUEST_SETTINGS:
        assert not re.search(r"path|file|dir|model$|local_files|device|threads", key), key
        assert leaves[key] not in (str, str | None), f"{key}: a text setting may name a path"
    assert request_setting_problem("verify.threshold") is None
    assert request_setting_problem("encoder.model_path") == (
        "can be set only in the server's config (factkit serve --config or --set)"
    )
    assert request_setting_problem("summarizer") is not None  # a whole section, paths inside
    assert request_setting_problem("nope.x") == "unknown key"


def test_readme_lists_the_request_settings() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("(`factkit.config.REQUEST_SETTINGS`)", 1)[1].split("\n\n")[1]
    listed: set[str] = set()
    for section, names in re.findall(r"`([a-z0-9_.]+)`: ([a-z_, \n]+)", block):
        if section == "verify":  # "every setting but max_sentence_chars"
            continue
        listed |= {f"{section}.{name.strip()}" for name in names.split(",") if name.strip()}
    but = re.search(r"`verify`: every setting but (\w+)", block)
    assert but is not None
    listed |= {k for k in _leaf_settings() if k.startswith("verify.")} - {f"verify.{but[1]}"}
    assert listed == set(REQUEST_SETTINGS)
