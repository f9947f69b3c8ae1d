"""Tests for scripts/train_runon_splitter.py: the design matrix is built once and each fit takes
its rows, entry for entry what building it from those rows' features gives."""

from __future__ import annotations

import numpy as np

from tests.conftest import load_script


def test_taking_rows_gives_the_matrix_of_those_rows_features() -> None:
    script = load_script("train_runon_splitter")
    feats = [["l_word=he", "r_cap"], [], ["r_cap", "rare"], ["l_word=he"], ["r_cap", "l_stop"]]
    design = script.Design({"l_word=he", "r_cap", "l_stop"})
    full = design.matrix(feats)
    for keep in ([0, 2, 3], [1, 4], [0, 1, 2, 3, 4], []):
        taken = script.take_rows(full, np.asarray(keep, dtype=np.int64))
        built = design.matrix([feats[i] for i in keep])
        assert taken.n_rows == built.n_rows == len(keep)
        assert taken.buckets == built.buckets
        for got, want in zip(taken[:3], built[:3], strict=True):
            assert got.tolist() == want.tolist()
