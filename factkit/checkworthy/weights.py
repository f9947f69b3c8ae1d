"""The check-worthiness weights file: where it is, and reading it back with every fault named.

Its own room because a weights file is an input a user may choose (``checkworthiness.
model_path``): each way it can be wrong (not there, not JSON, another format, weights trained
on other structural features or another encoder, a missing or non-numeric field, an array of
the wrong length or with a non-finite number) is one :class:`ModelLoadError` naming the file,
never a silently wrong score. The model builds itself from what this room reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import numpy as np

from factkit.checkworthy.features import FEATURE_NAMES, STRUCTURAL_SOURCE
from factkit.config import EncoderConfig
from factkit.errors import ModelLoadError

FORMAT = "factkit-checkworthiness/3"
PACKAGED_WEIGHTS = "checkworthiness.json"

_Read = TypeVar("_Read")


class WeightsShape(NamedTuple):
    """The sizes and the bias a weights file gives, read before its arrays."""

    embedding_dim: int
    ngram_buckets: int
    bias: float
    hidden_units: int


def encoder_name(config: EncoderConfig) -> str:
    """How a weights file names the encoder its features came from (as ``SentenceEncoder.name``)."""
    return "all-MiniLM-L6-v2" if config.model_path is None else str(Path(config.model_path))


def packaged_model_path() -> Path:
    return Path(str(resources.files("factkit") / "models" / PACKAGED_WEIGHTS))


def _fault(path: Path, what: str) -> ModelLoadError:
    return ModelLoadError(f"{path}: check-worthiness weights: {what}")


def _read_field(read: Callable[[], _Read], path: Path, missing: str) -> _Read:
    """``read()``, or a ModelLoadError saying ``missing`` when the field is absent or no number."""
    try:
        return read()
    except (KeyError, TypeError, ValueError):
        raise _fault(path, missing) from None


def float_array(data: dict[str, Any], key: str, size: int, path: Path) -> np.ndarray:
    """The weights file's ``key``: ``size`` finite numbers, as float64."""
    arr = _read_field(
        lambda: np.asarray(data[key], dtype=np.float64), path, f"missing or non-numeric '{key}'"
    )
    if arr.shape != (size,) or not np.all(np.isfinite(arr)):
        raise _fault(path, f"'{key}' must be {size} finite numbers")
    return arr


def weights_shape(data: dict[str, Any], path: Path) -> WeightsShape:
    """The embedding size, the n-gram buckets, the bias and the hidden units of a weights file."""
    dim = _read_field(lambda: int(data["embedding_dim"]), path, "missing 'embedding_dim'")
    buckets = _read_field(lambda: int(data["ngram_buckets"]), path, "missing 'ngram_buckets'")
    if buckets < 1:
        raise _fault(path, "'ngram_buckets' must be >= 1")
    bias, units = _read_field(
        lambda: (float(data["bias"]), int(data["hidden_units"])),
        path,
        "missing or non-numeric 'bias' or 'hidden_units'",
    )
    if units < 0:
        raise _fault(path, "'hidden_units' must be >= 0")
    return WeightsShape(dim, buckets, bias, units)


def read_weights_file(path: Path) -> dict[str, Any]:
    """The weights file's JSON object, or a ModelLoadError saying why it is none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelLoadError(f"{path}: check-worthiness weights file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelLoadError(f"{path}: cannot read check-worthiness weights: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelLoadError(f"{path}: not a check-worthiness weights file (format {FORMAT!r})")
    return data


def check_fits_this_install(data: dict[str, Any], path: Path, enc_cfg: EncoderConfig) -> None:
    """Weights trained on other inputs than this install computes (structural features, their
    source, the encoder) would score silently wrong: a ModelLoadError instead."""
    names = tuple(data.get("structural_features", ()))
    if names != FEATURE_NAMES:
        raise ModelLoadError(
            f"{path}: structural features {list(names)} do not match this factkit version"
        )
    if data.get("structural_source") != STRUCTURAL_SOURCE:
        raise ModelLoadError(
            f"{path}: trained with structural features from {data.get('structural_source')!r}, "
            f"but this install computes them with {STRUCTURAL_SOURCE!r}; retrain "
            "(scripts/train_checkworthiness.py)"
        )
    if data.get("encoder") != encoder_name(enc_cfg):
        from factkit.encoder import model_folder

        model_folder(enc_cfg)  # a mistyped folder is the error to report, not the mismatch
        raise ModelLoadError(
            f"{path}: trained on {data.get('encoder')!r} embeddings, but the configured "
            f"encoder is {encoder_name(enc_cfg)!r}"
        )
