"""The learned ranker's weights: a ``single`` head for one-sentence summaries and a ``multi``
head for longer ones, read from the packaged weights file (scripts/train_summary_ranker.py
writes it), with the redundancy threshold stored beside them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from factkit.errors import ModelLoadError
from factkit.summarization.features import FEATURE_NAMES
from factkit.summarization.select import Length

PACKAGED_RANKER = "summary_ranker.json"
HEADS = ("single", "multi")


@dataclass(frozen=True)
class RankerHead:
    """score = ((x − mean) / scale) · weights + prior · exp(−position / prior_tau)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    prior: float
    prior_tau: float

    def score(self, features: np.ndarray) -> np.ndarray:
        pos = np.arange(len(features), dtype=np.float64)
        z = (features - self.mean) / self.scale
        return np.asarray(z @ self.weights + self.prior * np.exp(-pos / self.prior_tau))

    def to_dict(self) -> dict[str, Any]:
        def rounded(a: np.ndarray) -> list[float]:
            return [round(float(v), 6) for v in a]

        return {
            "mean": rounded(self.mean),
            "scale": rounded(self.scale),
            "weights": rounded(self.weights),
            "prior": self.prior,
            "prior_tau": self.prior_tau,
        }


def packaged_ranker_path() -> Path:
    return Path(str(resources.files("factkit.models").joinpath(PACKAGED_RANKER)))


def load_ranker(path: Path | None = None) -> dict[str, RankerHead]:
    """The ``single`` and ``multi`` heads from a JSON weights file (default: the packaged one)."""
    path = path or packaged_ranker_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("features") != list(FEATURE_NAMES):
            raise ValueError("feature list differs from this version's FEATURE_NAMES")
        heads = {}
        for name in HEADS:
            head = data["heads"][name]
            mean, scale, weights = (
                np.asarray(head[k], dtype=np.float64) for k in ("mean", "scale", "weights")
            )
            if any(a.shape != (len(FEATURE_NAMES),) for a in (mean, scale, weights)):
                raise ValueError(f"head {name!r}: arrays must have {len(FEATURE_NAMES)} values")
            prior, prior_tau = float(head["prior"]), float(head["prior_tau"])
            heads[name] = RankerHead(mean, scale, weights, prior, prior_tau)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ModelLoadError(f"{path}: not a summary ranker weights file ({exc})") from exc
    return heads


DEFAULT_MAX_SIMILARITY = 0.8  # only for a weights file that does not state its own


def ranker_max_similarity(path: Path | None = None) -> float:
    """The redundancy threshold stored with the ranker: two summary sentences with a MiniLM
    cosine above it say the same thing (chosen on the training half, see the model card)."""
    path = path or packaged_ranker_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return float(data.get("redundancy", {}).get("max_cosine", DEFAULT_MAX_SIMILARITY))
    except (OSError, UnicodeDecodeError, ValueError, AttributeError, TypeError) as exc:
        raise ModelLoadError(f"{path}: not a summary ranker weights file ({exc})") from exc


def head_for(length: Length) -> str:
    """One-sentence summaries use the ``single`` head; sentence counts > 1 and budgets ``multi``."""
    return "single" if length.sentences == 1 else "multi"
