"""factkit.checkworthy.weights: reading a weights file, every fault named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factkit.checkworthy.features import (
    FEATURE_NAMES,
)
from factkit.checkworthy.model import CheckworthinessModel
from factkit.checkworthy.weights import packaged_model_path
from factkit.config import CheckworthinessConfig
from factkit.errors import ModelLoadError


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _load(path: Path) -> CheckworthinessModel:
    return CheckworthinessModel.load(CheckworthinessConfig(model_path=str(path)))


def test_missing_weights_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.json"
    with pytest.raises(ModelLoadError, match=r"nope\.json"):
        _load(path)


def test_a_weights_file_a_config_names_is_blamed_on_that_setting(tmp_path: Path) -> None:
    # "factkit: error: /x/cw.json: check-worthiness weights file not found" named no setting
    path = tmp_path / "nope.json"
    with pytest.raises(ModelLoadError, match=rf"^checkworthiness\.model_path: {path}: ") as err:
        _load(path)
    assert err.value.setting == "checkworthiness.model_path"  # what names the config file
    # the encoder's own fault names the encoder's setting, not this one
    from factkit.config import EncoderConfig

    typo = EncoderConfig(model_path=str(tmp_path / "typo"))
    with pytest.raises(ModelLoadError, match=r"^encoder\.model_path: no model folder") as err:
        CheckworthinessModel.load(
            CheckworthinessConfig(model_path=str(packaged_model_path())), typo
        )
    assert err.value.setting == "encoder.model_path"


def test_a_missing_encoder_folder_is_named_before_the_encoder_mismatch(tmp_path: Path) -> None:
    # --set encoder.model_path=/typo blamed checkworthiness.json ("trained on 'all-MiniLM-L6-v2'
    # embeddings, but the configured encoder is '/typo'") instead of the missing folder
    from factkit.config import EncoderConfig

    missing = tmp_path / "typo"
    weights = packaged_model_path()
    no_folder = rf"^encoder\.model_path: no model folder at {missing}"
    with pytest.raises(ModelLoadError, match=no_folder):
        CheckworthinessModel.from_file(weights, EncoderConfig(model_path=str(missing)))
    with pytest.raises(
        ModelLoadError, match=rf"^encoder\.model_path: no model folder at {tmp_path}"
    ):
        # a folder without a checkpoint's config.json: no model either
        CheckworthinessModel.from_file(weights, EncoderConfig(model_path=str(tmp_path)))
    other = tmp_path / "other-encoder"  # another checkpoint: its embeddings do not fit
    other.mkdir()
    (other / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelLoadError, match=r"trained on 'all-MiniLM-L6-v2' embeddings"):
        CheckworthinessModel.from_file(weights, EncoderConfig(model_path=str(other)))


@pytest.mark.parametrize(
    "breakage",
    [
        "not json",
        "wrong format",
        "short weights",
        "nan weight",
        "other features",
        "other source",
        "short ngram weights",
        "no ngram buckets",
        "short hidden weights",
        "negative hidden units",
    ],
)
def test_invalid_weights_file_raises_model_load_error(tmp_path: Path, breakage: str) -> None:
    good = json.loads(packaged_model_path().read_text(encoding="utf-8"))
    if breakage == "not json":
        path = tmp_path / "weights.json"
        path.write_text("{not json", encoding="utf-8")
    else:
        bad = dict(good)
        if breakage == "wrong format":
            bad["format"] = "pickle"
        elif breakage == "short weights":
            bad["embedding_weights"] = good["embedding_weights"][:10]
        elif breakage == "nan weight":
            bad["structural_weights"] = [float("nan")] * len(FEATURE_NAMES)
        elif breakage == "short ngram weights":
            bad["ngram_weights"] = good["ngram_weights"][:-1]
        elif breakage == "no ngram buckets":
            del bad["ngram_buckets"]
        elif breakage == "short hidden weights":
            bad["hidden_weights"] = good["hidden_weights"][:-1]
        elif breakage == "negative hidden units":
            bad["hidden_units"] = -1
        elif breakage == "other features":
            bad["structural_features"] = ["length"]
        else:
            bad["structural_source"] = "something-else"
        path = _write(tmp_path, bad)
    with pytest.raises(ModelLoadError, match=r"weights\.json"):
        _load(path)
