"""scripts/train_checkworthiness.py: training the check-worthiness model."""

from __future__ import annotations

import json
from types import ModuleType

import numpy as np
import pytest

from tests.conftest import load_script, read_jsonl, shared_file


def _train_script() -> ModuleType:
    return load_script("train_checkworthiness")


@pytest.mark.parametrize("hidden_units", [0, 8])
def test_training_twice_gives_identical_weights(hidden_units: int) -> None:
    train = _train_script()
    rows = read_jsonl(shared_file("train", "claimbuster_train.jsonl"))[:120]
    texts = [r["text"] for r in rows]
    labels = np.asarray([r["label"] for r in rows])
    ids = [f"cb-{i * 100}" for i in range(len(rows))]  # 12 blocks of 1000 ids
    assert 0 < labels.sum() < len(labels)
    from factkit.encoder import get_encoder

    results = []
    for _ in range(2):
        embeddings = get_encoder().encode(texts)
        m, selection = train.train_model(
            texts,
            labels,
            embeddings,
            l2_grid=(1.0, 3.0),
            n_folds=3,
            hidden_units=hidden_units,
            epoch_grid=(2, 4),
            ids=ids,
        )
        results.append((json.dumps(m.to_dict()), selection))
    assert results[0] == results[1]
    assert results[0][1]["l2"] in (1.0, 3.0)
    assert 0.0 <= results[0][1]["grouped_cv_auc"] <= 1.0
    assert m.hidden_units == hidden_units


def test_grouped_folds_keep_id_blocks_together() -> None:
    train = _train_script()
    ids = [f"cb-{n}" for n in (5, 10, 999, 1000, 1500, 2100, 3000, 3999, 4000, 7000)]
    folds = train.grouped_folds(ids, 2)
    assert len(train.grouped_folds(ids[:3], 5)) == 1  # one block: one fold, not empty ones
    assert sorted(np.concatenate(folds).tolist()) == list(range(len(ids)))
    fold_of = {int(i): f for f, idx in enumerate(folds) for i in idx}
    # ids 5, 10 and 999 share block 0; 1000 and 1500 share block 1
    assert fold_of[0] == fold_of[1] == fold_of[2]
    assert fold_of[3] == fold_of[4]
