"""Learned check-worthiness: the probability that a sentence is a check-worthy factual claim.

A logistic output over three parts: a linear term in the shared MiniLM sentence embedding and a few
structural features (quantities, attribution, specificity, opinion and first-person markers); a
linear term in a hashed bag of word uni- and bigrams (signed feature hashing with ``zlib.crc32``, a
stable hash, so the weights need no vocabulary); and one small hidden layer (tanh-GELU) over the
embedding and structural features, which learns interactions the linear terms cannot (it mostly
helps tell check-worthy facts from unimportant ones). With ``hidden_units == 0`` the model is a
plain logistic regression. It is trained on the ClaimBuster sentences (label 1 = check-worthy
factual sentence) by ``scripts/train_checkworthiness.py`` with ``factkit.training``; the weights
ship as JSON in ``factkit/models/``. This module only scores, with numpy.

In the pipeline, claim assembly hands over what the annotate stage found in each claim sentence
(its quantities and whether an attribution touches it, read in the article's context) and the
sentence's row of the article's embedding table, so nothing is found or encoded twice. A sentence
scored on its own (``factkit.checkworthiness``, training, evaluation) is annotated alone.

The module is ``checkworthy`` rather than ``checkworthiness`` because importing a submodule binds
its name on the package, which would shadow the public function ``factkit.checkworthiness``.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
import re
import zlib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from factkit.cache import ProcessCache
from factkit.config import CheckworthinessConfig, EncoderConfig
from factkit.errors import ModelLoadError
from factkit.lang import word_set

__all__ = [
    "FEATURE_NAMES",
    "STRUCTURAL_SOURCE",
    "CheckworthinessModel",
    "HashedNgrams",
    "SentenceStructure",
    "checkworthiness",
    "gelu_tanh",
    "hashed_ngrams",
    "isolated_structure",
    "packaged_model_path",
    "structural_features",
    "structural_matrix",
]

FORMAT = "factkit-checkworthiness/3"
PACKAGED_WEIGHTS = "checkworthiness.json"

# --------------------------------------------------------------------------------------------
# structural features

FEATURE_NAMES: tuple[str, ...] = (
    "has_quantity",
    "log_quantities",
    "has_attribution",
    "log_numbers",
    "has_year",
    "money_or_percent",
    "capitalized_ratio",
    "log_words",
    "comparative",
    "temporal_cue",
    "first_person_singular",
    "first_person_plural",
    "second_person",
    "opinion_marker",
    "modal_or_future",
    "negation",
    "question",
    "exclamation",
)

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d[\d,.]*\d|\d")
_NUMBER = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
_MONEY_PERCENT = re.compile(
    r"[$£€%]|\b(?:percent|per cent|dollars?|cents?|million|billion|trillion)\b", re.I
)


_NUMBER_WORDS = word_set("number_words")
_COMPARATIVE = word_set("comparatives")
_TEMPORAL = word_set("temporal_cues")
_FIRST_SINGULAR = word_set("pronouns_first_singular")
_FIRST_PLURAL = word_set("pronouns_first_plural")
_SECOND = word_set("pronouns_second")
_OPINION = word_set("opinion_markers")
_MODAL = word_set("modals")
_NEGATION = word_set("negations")


class SentenceStructure(NamedTuple):
    """What the annotate stage found in one sentence, as the structural features read it."""

    quantities: int  # how many quantities
    attributed: bool  # whether an attribution's cue or content touches the sentence


def isolated_structure(sentence: str) -> SentenceStructure:
    """The structure of a sentence scored on its own (``factkit.checkworthiness``, training,
    evaluation): the sentence is annotated alone, as one body sentence, by the same annotate
    stage the pipeline runs. In an article, the pipeline hands over the structure it found
    there instead, which can differ: an attribution whose quote spans several sentences touches
    each of them."""
    from factkit.annotate import annotate_sentence
    from factkit.annotations import AnnotationLayers

    notes = annotate_sentence(sentence, AnnotationLayers(times=False))
    (body,) = notes.annotated
    return SentenceStructure(len(notes.quantities_of(body)), bool(notes.attributions))


# Recorded in the weights file: a model trained with one source must not be run with the other.
# "factkit.claims" names the annotate finders (they lived in factkit.claims when the shipped
# model was trained; the name stays so its weights still load).
STRUCTURAL_SOURCE = "factkit.claims"


def structural_features(sentence: str, structure: SentenceStructure | None = None) -> np.ndarray:
    """The :data:`FEATURE_NAMES` vector (float32) of one sentence; ``structure`` is what the
    annotate stage found in it (None: annotate the sentence alone, :func:`isolated_structure`)."""
    tokens = _TOKEN.findall(sentence)
    words = [t.lower().replace("’", "'") for t in tokens if not t[0].isdigit()]
    word_set = set(words)
    n_numbers = sum(1 for t in tokens if _NUMBER.match(t)) + sum(w in _NUMBER_WORDS for w in words)
    later_words = [t for t in tokens[1:] if t[0].isalpha() and t not in ("I", "I'm", "I've")]
    capitalized = sum(1 for t in later_words if t[0].isupper())
    n_quantities, attributed = isolated_structure(sentence) if structure is None else structure
    stripped = sentence.rstrip(" \"'”’)")
    values = (
        float(n_quantities > 0),
        math.log1p(n_quantities),
        float(attributed),
        math.log1p(n_numbers),
        float(_YEAR.search(sentence) is not None),
        float(_MONEY_PERCENT.search(sentence) is not None),
        capitalized / len(later_words) if later_words else 0.0,
        math.log1p(len(tokens)),
        float(bool(word_set & _COMPARATIVE)),
        float(bool(word_set & _TEMPORAL)),
        float(bool(word_set & _FIRST_SINGULAR)),
        float(bool(word_set & _FIRST_PLURAL)),
        float(bool(word_set & _SECOND)),
        float(bool(word_set & _OPINION)),
        float(bool(word_set & _MODAL)),
        float(bool(word_set & _NEGATION) or "n't" in sentence),
        float(stripped.endswith("?")),
        float(stripped.endswith("!")),
    )
    return np.asarray(values, dtype=np.float32)


def structural_matrix(
    sentences: Sequence[str], structure: Sequence[SentenceStructure] | None = None
) -> np.ndarray:
    """Structural features of many sentences, one row each (``structure``: one per sentence,
    as :func:`structural_features` takes it)."""
    if structure is not None and len(structure) != len(sentences):
        raise ValueError(f"{len(structure)} structures for {len(sentences)} sentences")
    out = np.zeros((len(sentences), len(FEATURE_NAMES)), dtype=np.float32)
    for i, sentence in enumerate(sentences):
        out[i] = structural_features(sentence, structure[i] if structure is not None else None)
    return out


# --------------------------------------------------------------------------------------------
# hashed word n-grams

_NGRAM_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


class HashedNgrams(NamedTuple):
    """A sparse ``(n_rows, buckets)`` matrix as COO triplets (one row per sentence)."""

    rows: np.ndarray  # int64
    cols: np.ndarray  # int64
    values: np.ndarray  # float64
    n_rows: int
    buckets: int

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """Matrix @ weights: one value per row."""
        return np.bincount(
            self.rows, weights=self.values * weights[self.cols], minlength=self.n_rows
        )

    def t_dot(self, per_row: np.ndarray) -> np.ndarray:
        """Matrix.T @ per_row: one value per bucket."""
        return np.bincount(
            self.cols, weights=self.values * per_row[self.rows], minlength=self.buckets
        )

    def t_dot_squared(self, per_row: np.ndarray) -> np.ndarray:
        """(Matrix ** 2).T @ per_row: the Hessian diagonal of the n-gram block."""
        return np.bincount(
            self.cols, weights=self.values**2 * per_row[self.rows], minlength=self.buckets
        )


def _sentence_ngrams(sentence: str, buckets: int) -> dict[int, float]:
    # every run of digits is the same token: "42 percent" and "7 percent" share their bigram
    tokens = [
        "0" if t[0].isdigit() else t
        for t in _NGRAM_TOKEN.findall(sentence.lower().replace("’", "'"))
    ]
    grams = tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]
    # signs are counted in whole numbers: the same sums as adding 1.0s, without the floats
    counts: dict[int, int] = {}
    count_of = counts.get
    for gram in grams:
        h = zlib.crc32(gram.encode("utf-8"))
        # a sign bit from the hash makes bucket collisions cancel on average instead of adding up
        bucket = h % buckets
        counts[bucket] = count_of(bucket, 0) + (1 if h >> 31 else -1)
    # sublinear term frequency (a single use is +-1.0: 1 + log 1), then unit length
    feats = {
        b: float(c) if -1 <= c <= 1 else math.copysign(1.0 + math.log(abs(c)), c)
        for b, c in counts.items()
        if c
    }
    values = feats.values()
    norm = math.sqrt(sum(map(operator.mul, values, values))) or 1.0
    return {b: v / norm for b, v in feats.items()}


def hashed_ngrams(sentences: Sequence[str], buckets: int) -> HashedNgrams:
    """Signed, hashed, sublinear-tf, L2-normalised word uni+bigram counts of each sentence."""
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for i, sentence in enumerate(sentences):
        feats = _sentence_ngrams(sentence, buckets)
        rows.extend([i] * len(feats))
        cols.extend(feats)
        values.extend(feats.values())
    return HashedNgrams(
        np.asarray(rows, dtype=np.int64),
        np.asarray(cols, dtype=np.int64),
        np.asarray(values, dtype=np.float64),
        len(sentences),
        buckets,
    )


# --------------------------------------------------------------------------------------------
# scoring helpers


def gelu_tanh(x: np.ndarray) -> np.ndarray:
    """GELU, tanh approximation (as ``torch.nn.GELU(approximate="tanh")``)."""
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x**3)))


# --------------------------------------------------------------------------------------------
# runtime model


def encoder_name(config: EncoderConfig) -> str:
    """How a weights file names the encoder its features came from (as ``SentenceEncoder.name``)."""
    return "all-MiniLM-L6-v2" if config.model_path is None else str(Path(config.model_path))


def packaged_model_path() -> Path:
    return Path(str(resources.files("factkit") / "models" / PACKAGED_WEIGHTS))


def _float_array(data: dict[str, Any], key: str, size: int, path: Path) -> np.ndarray:
    try:
        arr = np.asarray(data[key], dtype=np.float64)
    except (KeyError, TypeError, ValueError):
        raise ModelLoadError(
            f"{path}: check-worthiness weights: missing or non-numeric '{key}'"
        ) from None
    if arr.shape != (size,) or not np.all(np.isfinite(arr)):
        raise ModelLoadError(
            f"{path}: check-worthiness weights: '{key}' must be {size} finite numbers"
        )
    return arr


def _weights_file(path: Path) -> dict[str, Any]:
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


def _check_fits_this_install(data: dict[str, Any], path: Path, enc_cfg: EncoderConfig) -> None:
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
        data = _weights_file(path)
        meta = data.get("metadata", {})
        enc_cfg = encoder_config or EncoderConfig()
        _check_fits_this_install(data, path, enc_cfg)
        try:
            dim = int(data["embedding_dim"])
        except (KeyError, TypeError, ValueError):
            raise ModelLoadError(
                f"{path}: check-worthiness weights: missing 'embedding_dim'"
            ) from None
        k = len(FEATURE_NAMES)
        try:
            buckets = int(data["ngram_buckets"])
        except (KeyError, TypeError, ValueError):
            raise ModelLoadError(
                f"{path}: check-worthiness weights: missing 'ngram_buckets'"
            ) from None
        if buckets < 1:
            raise ModelLoadError(f"{path}: check-worthiness weights: 'ngram_buckets' must be >= 1")
        try:
            bias = float(data["bias"])
            units = int(data["hidden_units"])
        except (KeyError, TypeError, ValueError):
            raise ModelLoadError(
                f"{path}: check-worthiness weights: missing or non-numeric 'bias' or 'hidden_units'"
            ) from None
        if units < 0:
            raise ModelLoadError(f"{path}: check-worthiness weights: 'hidden_units' must be >= 0")
        hidden = _float_array(data, "hidden_weights", (dim + k) * units, path)
        return cls(
            _float_array(data, "embedding_weights", dim, path),
            _float_array(data, "structural_weights", k, path),
            _float_array(data, "structural_mean", k, path),
            _float_array(data, "structural_scale", k, path),
            _float_array(data, "ngram_weights", buckets, path),
            bias,
            enc_cfg,
            meta if isinstance(meta, dict) else {},
            hidden_weights=hidden.reshape(dim + k, units),
            hidden_bias=_float_array(data, "hidden_bias", units, path),
            output_weights=_float_array(data, "output_weights", units, path),
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
