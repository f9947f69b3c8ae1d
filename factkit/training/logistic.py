"""L2-regularised logistic regression, fitted deterministically (training only, never imported by
``factkit run``).

Two solvers: dense Newton for a few hundred features, and truncated Newton over a dense block plus
hashed n-grams (:class:`factkit.checkworthy.ngrams.HashedNgrams`), whose Hessian is too big to form.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import numpy as np

from factkit.checkworthy.ngrams import HashedNgrams

__all__ = ["fit_logistic", "fit_logistic_bias_first", "fit_logistic_sparse", "sigmoid"]


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    l2: float,
    max_iter: int = 50,
    tol: float = 1e-9,
    sample_weight: np.ndarray | None = None,
) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method: (weights, bias).

    The bias is not penalised; ``sample_weight`` weighs each row's log-loss (default 1). Newton
    on ~400 features converges in ~10 steps and, unlike SGD, has no randomness, so the same data
    gives the same weights.
    """
    x64 = np.asarray(x, dtype=np.float64)
    y64 = np.asarray(y, dtype=np.float64)
    rows = np.ones(len(y64)) if sample_weight is None else np.asarray(sample_weight, np.float64)
    n, d = x64.shape
    design = np.hstack([x64, np.ones((n, 1))])
    penalty = np.full(d + 1, float(l2))
    penalty[-1] = 0.0
    theta = np.zeros(d + 1)
    for _ in range(max_iter):
        p = 1.0 / (1.0 + np.exp(-(design @ theta)))
        grad = design.T @ (rows * (p - y64)) + penalty * theta
        curvature = rows * p * (1.0 - p)
        hessian = (design * curvature[:, None]).T @ design + np.diag(penalty) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hessian, grad)
        theta -= step
        if float(np.max(np.abs(step))) < tol:
            break
    return theta[:-1], float(theta[-1])


def fit_logistic_bias_first(
    x: np.ndarray, y: np.ndarray, l2: float, sample_weight: np.ndarray | None = None
) -> np.ndarray:
    """:func:`fit_logistic` for a design whose column 0 is the constant 1 (the verifier's
    decision and score features): one vector, the bias first."""
    weights, bias = fit_logistic(x[:, 1:], y, l2, max_iter=100, sample_weight=sample_weight)
    return np.r_[bias, weights]


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))


Weights = tuple[np.ndarray, np.ndarray, float]  # dense weights, n-gram weights, bias


def fit_logistic_sparse(
    dense: np.ndarray,
    ngrams: HashedNgrams,
    y: np.ndarray,
    l2: float,
    max_iter: int = 40,
    tol: float = 1e-6,
) -> Weights:
    """L2 logistic regression over ``[dense | ngrams]``: (dense weights, n-gram weights, bias).

    Thousands of hashed buckets make the Hessian too big to form, so this is truncated Newton:
    each step solves H s = g by preconditioned conjugate gradients with Hessian-vector products
    only. No randomness: the same data gives the same weights.
    """
    problem = _SparseLogistic(
        np.asarray(dense, dtype=np.float64), ngrams, np.asarray(y, dtype=np.float64), float(l2)
    )
    n, d = problem.xd.shape
    weights: Weights = (np.zeros(d), np.zeros(ngrams.buckets), 0.0)
    z = problem.logits(weights)
    current = problem.loss(z, weights)
    for _ in range(max_iter):
        p = sigmoid(z)
        g = problem.gradient(p - problem.y, weights)
        g_norm = float(np.linalg.norm(g))
        if g_norm < tol * n:
            break
        h = p * (1.0 - p)
        # loose early and tight near the optimum (inexact Newton)
        cg_tol = min(0.5, math.sqrt(g_norm / n)) * g_norm
        step = _conjugate_gradient(
            partial(problem.hessian_times, h), g, problem.hessian_diagonal(h), cg_tol
        )
        weights, z, new = problem.backtrack(weights, step, current)
        improvement = current - new
        current = new
        if improvement <= 1e-10 * max(1.0, abs(current)):
            break
    w_dense, w_ngram, bias = weights
    return w_dense, w_ngram, float(bias)


@dataclass(frozen=True)
class _SparseLogistic:
    """The penalised log-loss of :func:`fit_logistic_sparse` over ``[xd | ngrams]`` and a bias,
    and what a Newton step reads of it (the gradient, Hessian-vector products, its diagonal)."""

    xd: np.ndarray  # (n, d)
    ngrams: HashedNgrams
    y: np.ndarray  # (n,)
    lam: float

    def logits(self, weights: Weights) -> np.ndarray:
        w_dense, w_ngram, bias = weights
        return self.xd @ w_dense + self.ngrams.dot(w_ngram) + bias

    def loss(self, z: np.ndarray, weights: Weights) -> float:
        w_dense, w_ngram, _ = weights
        # log(1 + e^z) - y z, stably
        nll = float(np.sum(np.logaddexp(0.0, z) - self.y * z))
        return nll + 0.5 * self.lam * float(w_dense @ w_dense + w_ngram @ w_ngram)

    def gradient(self, r: np.ndarray, weights: Weights) -> np.ndarray:
        """The loss's gradient, ``r`` being the residuals ``p - y``."""
        w_dense, w_ngram, _ = weights
        lam = self.lam
        return np.concatenate(
            [self.xd.T @ r + lam * w_dense, self.ngrams.t_dot(r) + lam * w_ngram, [r.sum()]]
        )

    def hessian_diagonal(self, h: np.ndarray) -> np.ndarray:
        """The Hessian's diagonal, ``h`` being the curvatures ``p (1 - p)``: CG's preconditioner."""
        lam = self.lam
        return np.concatenate(
            [(self.xd**2).T @ h + lam, self.ngrams.t_dot_squared(h) + lam, [h.sum() + 1e-9]]
        )

    def hessian_times(self, h: np.ndarray, v: np.ndarray) -> np.ndarray:
        """The Hessian times ``v``, never forming the Hessian."""
        d, k, lam = self.xd.shape[1], self.ngrams.buckets, self.lam
        u = h * (self.xd @ v[:d] + self.ngrams.dot(v[d : d + k]) + v[-1])
        return np.concatenate(
            [self.xd.T @ u + lam * v[:d], self.ngrams.t_dot(u) + lam * v[d : d + k], [u.sum()]]
        )

    def backtrack(
        self, weights: Weights, step: np.ndarray, current: float
    ) -> tuple[Weights, np.ndarray, float]:
        """The weights after ``step``, halved until the loss does not rise (so every step is a
        descent step), with their logits and loss."""
        w_dense, w_ngram, bias = weights
        d, k = self.xd.shape[1], self.ngrams.buckets
        scale = 1.0
        while True:
            moved = (
                w_dense - scale * step[:d],
                w_ngram - scale * step[d : d + k],
                bias - scale * float(step[-1]),
            )
            z = self.logits(moved)
            new = self.loss(z, moved)
            if new <= current or scale < 1e-4:
                return moved, z, new
            scale *= 0.5


def _conjugate_gradient(
    hess_vec: Callable[[np.ndarray], np.ndarray],
    g: np.ndarray,
    diag: np.ndarray,
    tol: float,
    max_iter: int = 250,
) -> np.ndarray:
    """Solve H s = g by conjugate gradients preconditioned with H's diagonal, until the residual
    norm is below ``tol`` (or ``max_iter`` steps): the Newton step of :func:`fit_logistic_sparse`.
    """
    step = np.zeros_like(g)
    resid = g.copy()
    pre = resid / diag
    direction = pre.copy()
    rz = float(resid @ pre)
    for _ in range(max_iter):
        hd = hess_vec(direction)
        alpha = rz / float(direction @ hd)
        step += alpha * direction
        resid -= alpha * hd
        if float(np.linalg.norm(resid)) < tol:
            break
        pre = resid / diag
        rz_next = float(resid @ pre)
        direction = pre + (rz_next / rz) * direction
        rz = rz_next
    return step
