"""Fitting the check-worthiness model (training only; ``scripts/train_checkworthiness.py`` runs it).

:func:`fit_checkworthiness` turns labelled sentences and their embeddings into a
:class:`factkit.checkworthy.model.CheckworthinessModel`: a logistic regression by truncated
Newton, or the joint model (linear + n-gram + one hidden layer) of :func:`fit_joint`, trained
with seeded torch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np

from factkit.checkworthy.features import structural_matrix
from factkit.checkworthy.model import CheckworthinessModel
from factkit.checkworthy.ngrams import HashedNgrams, hashed_ngrams
from factkit.config import EncoderConfig
from factkit.training.logistic import fit_logistic_sparse

__all__ = ["JointWeights", "fit_checkworthiness", "fit_joint"]


class JointWeights(NamedTuple):
    """What :func:`fit_joint` learns (float64 arrays)."""

    linear: np.ndarray  # (d,)
    ngram: np.ndarray  # (buckets,)
    bias: float
    hidden: np.ndarray  # (d, hidden_units)
    hidden_bias: np.ndarray  # (hidden_units,)
    output: np.ndarray  # (hidden_units,)


def fit_joint(
    dense: np.ndarray,
    ngrams: HashedNgrams,
    y: np.ndarray,
    l2: float,
    hidden_units: int = 64,
    epochs: int = 50,
    seed: int = 13,
    dropout: float = 0.3,
    hidden_decay: float = 1e-2,
    learning_rate: float = 2e-3,
    batch_size: int = 256,
) -> JointWeights:
    """Linear(dense) + linear(n-grams) + one hidden layer over dense, trained jointly.

    Minibatch AdamW on the log-loss; the linear and n-gram weights carry the same L2 penalty
    (``l2``, per whole data set) as the logistic regression, the hidden layer has dropout on its
    input and output and weight decay. torch is seeded and run with deterministic algorithms, so
    the same data gives the same weights on the same machine.
    """
    import torch

    was_deterministic = torch.are_deterministic_algorithms_enabled()
    torch.use_deterministic_algorithms(True)  # process-wide: restored below
    try:
        return _fit_joint(
            torch,
            dense,
            ngrams,
            y,
            l2,
            hidden_units,
            epochs,
            seed,
            dropout,
            hidden_decay,
            learning_rate,
            batch_size,
        )
    finally:
        torch.use_deterministic_algorithms(was_deterministic)


def _ngram_bags(
    torch: Any, ngrams: HashedNgrams, n: int
) -> Callable[[np.ndarray], tuple[Any, Any, Any]]:
    """A batch of rows -> their n-grams as EmbeddingBag's input (indices, offsets, weights):
    each row's n-grams are sorted into one contiguous run once, so a batch is a few slices."""
    order = np.argsort(ngrams.rows, kind="stable")
    row_of = ngrams.rows[order]
    cols = torch.tensor(ngrams.cols[order], dtype=torch.long)
    vals = torch.tensor(ngrams.values[order], dtype=torch.float32)
    starts = np.searchsorted(row_of, np.arange(n))
    ends = np.searchsorted(row_of, np.arange(n), side="right")

    def bag(idx: np.ndarray) -> tuple[Any, Any, Any]:
        lengths = ends[idx] - starts[idx]
        picks = np.concatenate([np.arange(starts[i], ends[i]) for i in idx] + [np.zeros(0, int)])
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        return cols[picks], torch.tensor(offsets, dtype=torch.long), vals[picks]

    return bag


def _fit_joint(
    torch: Any,
    dense: np.ndarray,
    ngrams: HashedNgrams,
    y: np.ndarray,
    l2: float,
    hidden_units: int,
    epochs: int,
    seed: int,
    dropout: float,
    hidden_decay: float,
    learning_rate: float,
    batch_size: int,
) -> JointWeights:
    x = torch.tensor(np.asarray(dense, dtype=np.float32))
    target = torch.tensor(np.asarray(y, dtype=np.float32))
    n, d = x.shape
    bag = _ngram_bags(torch, ngrams, n)
    torch.manual_seed(seed)
    linear, ngram, hidden, output = layers = _joint_layers(torch, d, ngrams.buckets, hidden_units)
    drop = torch.nn.Dropout(dropout)
    act = torch.nn.GELU(approximate="tanh")

    def logits(idx: np.ndarray) -> torch.Tensor:
        xb = x[idx]
        c, o, v = bag(idx)
        z = linear(xb).squeeze(1) + ngram(c, o, per_sample_weights=v).squeeze(1)
        return z + output(drop(act(hidden(drop(xb))))).squeeze(1)

    optimiser = _optimiser(torch, layers, hidden_decay, learning_rate)
    shuffler = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        perm = torch.randperm(n, generator=shuffler).numpy()
        for b in range(0, n, batch_size):
            idx = perm[b : b + batch_size]
            nll = torch.nn.functional.binary_cross_entropy_with_logits(
                logits(idx), target[idx], reduction="sum"
            )
            penalty = (linear.weight**2).sum() + (ngram.weight**2).sum()
            loss = (nll + 0.5 * l2 * len(idx) / n * penalty) / len(idx)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()

    return _joint_weights(layers)


class _JointLayers(NamedTuple):
    """The joint model's torch layers."""

    linear: Any  # dense -> logit
    ngram: Any  # n-grams -> logit (an EmbeddingBag)
    hidden: Any  # dense -> hidden units
    output: Any  # hidden units -> logit


def _joint_layers(torch: Any, d: int, buckets: int, hidden_units: int) -> _JointLayers:
    """The layers, built in this order from torch's seeded generator (the n-gram weights start
    at zero), so one seed gives one start."""
    linear = torch.nn.Linear(d, 1)
    ngram = torch.nn.EmbeddingBag(buckets, 1, mode="sum")
    torch.nn.init.zeros_(ngram.weight)
    hidden = torch.nn.Linear(d, hidden_units)
    output = torch.nn.Linear(hidden_units, 1)
    return _JointLayers(linear, ngram, hidden, output)


def _optimiser(torch: Any, layers: _JointLayers, hidden_decay: float, learning_rate: float) -> Any:
    """AdamW with weight decay on the hidden layer only (the linear and n-gram weights carry
    the L2 penalty in the loss)."""
    linear, ngram, hidden, output = layers
    return torch.optim.AdamW(
        [
            {"params": [*hidden.parameters(), *output.parameters()], "weight_decay": hidden_decay},
            {"params": [*linear.parameters(), *ngram.parameters()], "weight_decay": 0.0},
        ],
        lr=learning_rate,
    )


def _joint_weights(layers: _JointLayers) -> JointWeights:
    """The trained layers as float64 arrays; the two output biases are one."""

    def arr(t: Any) -> np.ndarray:
        return t.detach().numpy().astype(np.float64)

    linear, ngram, hidden, output = layers
    return JointWeights(
        arr(linear.weight[0]),
        arr(ngram.weight[:, 0]),
        float(linear.bias.item() + output.bias.item()),
        arr(hidden.weight).T.copy(),
        arr(hidden.bias),
        arr(output.weight[0]),
    )


def fit_checkworthiness(
    sentences: Sequence[str],
    labels: Sequence[int] | np.ndarray,
    embeddings: np.ndarray,
    l2: float,
    encoder_config: EncoderConfig | None = None,
    structural: np.ndarray | None = None,
    ngram_buckets: int = 1 << 14,
    hidden_units: int = 0,
    epochs: int = 50,
    seed: int = 13,
) -> CheckworthinessModel:
    """Train on labelled sentences (1 = check-worthy) and their embeddings.

    ``hidden_units == 0``: logistic regression by truncated Newton (no randomness);
    otherwise :func:`fit_joint` with that many hidden units for ``epochs`` (seeded).
    """
    feats = structural_matrix(sentences) if structural is None else structural
    mean = feats.mean(axis=0).astype(np.float64)
    scale = feats.std(axis=0).astype(np.float64)
    scale[scale < 1e-6] = 1.0  # a constant feature (e.g. in a tiny subset) stays at zero weight
    x = np.hstack([np.asarray(embeddings, dtype=np.float64), (feats - mean) / scale])
    ngrams = hashed_ngrams(sentences, ngram_buckets)
    dim = embeddings.shape[1]
    y = np.asarray(labels)
    if hidden_units == 0:
        weights, ngram_weights, bias = fit_logistic_sparse(x, ngrams, y, l2)
        return CheckworthinessModel(
            weights[:dim], weights[dim:], mean, scale, ngram_weights, bias, encoder_config
        )
    fitted = fit_joint(x, ngrams, y, l2, hidden_units=hidden_units, epochs=epochs, seed=seed)
    return CheckworthinessModel(
        fitted.linear[:dim],
        fitted.linear[dim:],
        mean,
        scale,
        fitted.ngram,
        fitted.bias,
        encoder_config,
        hidden_weights=fitted.hidden,
        hidden_bias=fitted.hidden_bias,
        output_weights=fitted.output,
    )
