"""Learned check-worthiness: the probability that a sentence is a check-worthy factual claim.

A logistic output over the shared MiniLM sentence embedding and a few structural features
(:mod:`.features`), hashed word uni- and bigrams (:mod:`.ngrams`) and one small hidden layer
(:mod:`.model`), with weights shipped as JSON in ``factkit/models/`` (:mod:`.weights`), trained
by ``scripts/train_checkworthiness.py``. In the pipeline, claim assembly hands over each claim
sentence's structure and embedding, so nothing is found or encoded twice. The package is
``checkworthy``, not ``checkworthiness``: a submodule's name binds on its package and would
shadow the function ``factkit.checkworthiness``. Its public names are handed on here (the
official scorer calls ``factkit.checkworthy:checkworthiness``).
"""

from factkit.checkworthy.features import (
    FEATURE_NAMES,
    STRUCTURAL_SOURCE,
    SentenceStructure,
    isolated_structure,
    structural_features,
    structural_matrix,
)
from factkit.checkworthy.model import CheckworthinessModel, checkworthiness, gelu_tanh
from factkit.checkworthy.ngrams import HashedNgrams, hashed_ngrams
from factkit.checkworthy.weights import packaged_model_path

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
