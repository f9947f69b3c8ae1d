"""The check-worthiness model at run time: ``score(sentences)`` -> probabilities, with numpy.

Its own room because it is the one place the three parts of the model meet: a linear term in
the shared MiniLM sentence embedding and the structural features (:mod:`.features`), a linear
term in the hashed word n-grams (:mod:`.ngrams`), and one small hidden layer (tanh-GELU) over
the embedding and the standardised structural features. The weights come from the file
:mod:`.weights` reads, once per process per config.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from factkit.cache import ProcessCache
from factkit.checkworthy.features import (
    FEATURE_NAMES,
    STRUCTURAL_SOURCE,
    SentenceStructure,
    structural_matrix,
)
from factkit.checkworthy.ngrams import hashed_ngrams
from factkit.checkworthy.weights import (
    FORMAT,
    check_fits_this_install,
    encoder_name,
    float_array,
    packaged_model_path,
    read_weights_file,
    weights_shape,
)
from factkit.config import CheckworthinessConfig, EncoderConfig
from factkit.errors import ModelLoadError


def gelu_tanh(x: np.ndarray) -> np.ndarray:
    """GELU, tanh approximation (as ``torch.nn.GELU(approximate="tanh")``)."""
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x**3)))


class CheckworthinessModel:
    """``score(sentences)`` -> probabilities; ``load()`` reads the packaged (or configured) JSON."""

    def __init__(
        self,
        embedding_weights: np.ndarray,
        structural_weights: np.ndarray,
        structural_mean: np.ndarray,
        structural_scale: np.ndarray,
        ngram_weights: np.ndarray,
        bias: float,
        encoder_config: EncoderConfig | None = None,
        metadata: dict[str, Any] | None = None,
        hidden_weights: np.ndarray | None = None,
        hidden_bias: np.ndarray | None = None,
        output_weights: np.ndarray | None = None,
    ) -> None:
        self.embedding_weights = np.asarray(embedding_weights, dtype=np.float32)
        self.ngram_weights = np.asarray(ngram_weights, dtype=np.float64)
        # standardisation folded into the weights: w·(s - mean)/scale = (w/scale)·s - w·mean/scale
        scaled = np.asarray(structural_weights, dtype=np.float64) / np.asarray(structural_scale)
        self.structural_weights = np.asarray(structural_weights, dtype=np.float64)
        self.structural_mean = np.asarray(structural_mean, dtype=np.float64)
        self.structural_scale = np.asarray(structural_scale, dtype=np.float64)
        self._structural_effective = scaled.astype(np.float32)
        self.bias = float(bias)
        self._bias_effective = float(bias - scaled @ self.structural_mean)
        # the hidden layer sees [embedding | standardised structural]; 0 units = plain LR
        d = self.embedding_weights.shape[0] + len(self.structural_mean)
        self.hidden_weights = (
            np.zeros((d, 0)) if hidden_weights is None else np.asarray(hidden_weights, np.float64)
        )
        units = self.hidden_weights.shape[1]
        self.hidden_bias = (
            np.zeros(units) if hidden_bias is None else np.asarray(hidden_bias, np.float64)
        )
        self.output_weights = (
            np.zeros(units) if output_weights is None else np.asarray(output_weights, np.float64)
        )
        if self.hidden_weights.shape != (d, units) or self.hidden_bias.shape != (units,):
            raise ValueError(f"hidden layer must be ({d}, units) with one bias per unit")
        if self.output_weights.shape != (units,):
            raise ValueError("one output weight per hidden unit")
        self._hidden_f32 = self.hidden_weights.astype(np.float32)
        self.encoder_config = encoder_config or EncoderConfig()
        self.metadata = dict(metadata or {})

    @property
    def hidden_units(self) -> int:
        return int(self.hidden_weights.shape[1])

    # ---- construction

    @classmethod
    def from_file(
        cls, path: str | Path, encoder_config: EncoderConfig | None = None
    ) -> CheckworthinessModel:
        path = Path(path)
        data = read_weights_file(path)
        meta = data.get("metadata", {})
        enc_cfg = encoder_config or EncoderConfig()
        check_fits_this_install(data, path, enc_cfg)
        dim, buckets, bias, units = weights_shape(data, path)
        k = len(FEATURE_NAMES)
        hidden = float_array(data, "hidden_weights", (dim + k) * units, path)
        return cls(
            float_array(data, "embedding_weights", dim, path),
            float_array(data, "structural_weights", k, path),
            float_array(data, "structural_mean", k, path),
            float_array(data, "structural_scale", k, path),
            float_array(data, "ngram_weights", buckets, path),
            bias,
            enc_cfg,
            meta if isinstance(meta, dict) else {},
            hidden_weights=hidden.reshape(dim + k, units),
            hidden_bias=float_array(data, "hidden_bias", units, path),
            output_weights=float_array(data, "output_weights", units, path),
        )

    @classmethod
    def load(
        cls,
        config: CheckworthinessConfig | None = None,
        encoder_config: EncoderConfig | None = None,
    ) -> CheckworthinessModel:
        """The model for these configs, read once per process."""
        cfg = config or CheckworthinessConfig()
        enc_cfg = encoder_config or EncoderConfig()
        path = Path(cfg.model_path) if cfg.model_path else packaged_model_path()
        key = (str(path), tuple(sorted(enc_cfg.model_dump().items())))
        try:
            return _MODELS.get(key, lambda: cls.from_file(path, enc_cfg))
        except ModelLoadError as exc:
            # a fault of the weights file a config chose names that setting too (one of the
            # packaged file is a broken install; one of the encoder names its own setting)
            if cfg.model_path is None or exc.setting is not None:
                raise
            raise ModelLoadError(str(exc), setting="checkworthiness.model_path") from None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-able weights file: 8 significant digits for the linear weights, 3 for the
        thousands of n-gram and hidden-layer weights (keeps the file small; on the training
        sentences scores move by < 1e-3). The hidden layer is stored row-major,
        (embedding_dim + structural) x units."""

        def rounded(arr: np.ndarray, digits: int = 8) -> list[float]:
            return [float(f"{v:.{digits}g}") for v in np.asarray(arr, dtype=np.float64)]

        return {
            "format": FORMAT,
            "encoder": encoder_name(self.encoder_config),
            "embedding_dim": int(self.embedding_weights.shape[0]),
            "structural_features": list(FEATURE_NAMES),
            "structural_source": STRUCTURAL_SOURCE,
            "bias": float(f"{self.bias:.8g}"),
            "structural_weights": rounded(self.structural_weights),
            "structural_mean": rounded(self.structural_mean),
            "structural_scale": rounded(self.structural_scale),
            "embedding_weights": rounded(self.embedding_weights),
            "ngram_buckets": int(self.ngram_weights.shape[0]),
            "ngram_weights": rounded(self.ngram_weights, 3),
            "hidden_units": self.hidden_units,
            "hidden_weights": rounded(self.hidden_weights.reshape(-1), 3),
            "hidden_bias": rounded(self.hidden_bias, 3),
            "output_weights": rounded(self.output_weights, 3),
            "metadata": self.metadata,
        }

    # ---- scoring

    def score(
        self,
        sentences: Sequence[str],
        embeddings: np.ndarray | None = None,
        structure: Sequence[SentenceStructure] | None = None,
    ) -> np.ndarray:
        """Probabilities in [0, 1], one per sentence. In an article, pass the ``embeddings``
        (from the shared encoder, same config) and the ``structure`` the annotate stage found in
        each sentence; without them the sentences are encoded and annotated one by one."""
        if len(sentences) == 0:
            return np.zeros(0, dtype=np.float64)
        if embeddings is None:
            from factkit.encoder import get_encoder

            embeddings = get_encoder(self.encoder_config).encode(list(sentences))
        emb = np.asarray(embeddings, dtype=np.float32)
        if emb.shape != (len(sentences), self.embedding_weights.shape[0]):
            raise ValueError(
                f"embeddings shape {emb.shape} does not match "
                f"({len(sentences)}, {self.embedding_weights.shape[0]})"
            )
        feats = structural_matrix(sentences, structure)
        logits = (
            emb @ self.embedding_weights
            + feats @ self._structural_effective
            + hashed_ngrams(sentences, self.ngram_weights.shape[0]).dot(self.ngram_weights)
            + self._bias_effective
        ).astype(np.float64)
        if self.hidden_units:
            standardised = ((feats - self.structural_mean) / self.structural_scale).astype(
                np.float32
            )
            pre = np.hstack([emb, standardised]) @ self._hidden_f32 + self.hidden_bias
            logits += gelu_tanh(pre) @ self.output_weights
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -50.0, 50.0)))


_MODELS: ProcessCache[CheckworthinessModel] = ProcessCache()


def checkworthiness(sentence: str) -> float:
    """Probability in [0, 1] that ``sentence`` is a check-worthy factual claim (default model)."""
    return float(CheckworthinessModel.load().score([sentence])[0])
