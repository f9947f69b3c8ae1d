"""Tests for scripts/train_summary_ranker.py: cross-validation folds and the single head's fit."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from factkit.summarization.features import FEATURE_NAMES
from tests.conftest import load_script


def _train_script() -> ModuleType:
    return load_script("train_summary_ranker")


def test_cv_folds_partition_the_documents_once_per_repeat() -> None:
    script = _train_script()
    folds = script.cv_folds(23)
    assert len(folds) == script.CV_FOLDS * script.CV_REPEATS
    for r in range(script.CV_REPEATS):
        repeat = folds[r * script.CV_FOLDS : (r + 1) * script.CV_FOLDS]
        assert sorted(np.concatenate(repeat).tolist()) == list(range(23))
        assert max(map(len, repeat)) - min(map(len, repeat)) <= 1
    assert [f.tolist() for f in folds] == [f.tolist() for f in script.cv_folds(23)]
    assert folds[0].tolist() != folds[script.CV_FOLDS].tolist()  # each repeat reshuffles


def test_single_head_learns_the_column_that_finds_the_best_sentence() -> None:
    script = _train_script()
    col = {name: i for i, name in enumerate(FEATURE_NAMES)}
    rng = np.random.default_rng(0)
    docs, features = [], []
    for _ in range(8):
        fmeasure = rng.uniform(0.1, 0.5, size=5)
        x = np.zeros((5, len(FEATURE_NAMES)))
        x[:, col["centroid_z"]] = -fmeasure  # meaning alone points the wrong way
        x[:, col["tfidf_z"]] = 3 * fmeasure  # TF-IDF centrality points the right way
        docs.append({"texts": ["Five words make a sentence."] * 5, "fmeasure": fmeasure.tolist()})
        features.append(x)
    head = script.single_head(docs, features)
    weights = dict(zip(FEATURE_NAMES, head["weights"], strict=True))
    assert weights["tfidf_z"] > 0 and weights["centroid_z"] == 1.0
    best = np.mean([max(d["fmeasure"]) for d in docs])
    assert head["fit"]["even_rouge1_f"] == round(best, 4)


def _judged(doc_id: str, article: str, label: str, summary: str, spans: list[str]) -> dict:
    return {
        "id": f"cliff-cnndm-BART-{doc_id}", "origin": "cnndm", "article": article,
        "summary": summary, "label": label, "error_spans": spans,
    }  # fmt: skip


def test_pseudo_items_leave_out_sample_articles_and_cut_error_spans() -> None:
    script = _train_script()
    samples = [
        {"id": "aaa", "article": "In the sample by id."},
        {"id": "zzz", "article": "In  the sample\nby text, under another id."},
    ]
    judged = [
        _judged("aaa", "Other text, same id.", "supported", "Kept out.", []),
        _judged("bbb", "In the sample by text, under another id.", "supported", "Out.", []),
        _judged("ccc", "A new article.", "supported", "Police said six were hurt.", []),
        _judged("ccc", "A new article.", "unsupported", "Police said nine died.", ["nine"]),
        _judged("ddd", "Only a wrong summary.", "unsupported", "Ten fled.", ["Ten"]),
    ]
    supported = script.pseudo_items(samples, judged, "supported")
    assert [(i[0], i[2], i[3]) for i in supported] == [
        ("pseudo_cnndm", "A new article.", ["Police said six were hurt."])
    ]
    everything = script.pseudo_items(samples, judged, "all")
    assert [i[3] for i in everything] == [
        ["Police said six were hurt.", "Police said   died."],
        ["  fled."],
    ]


def test_fit_listwise_follows_the_documents_that_weigh_most() -> None:
    script = _train_script()
    rng = np.random.default_rng(1)
    features, targets = [], []
    for sign in (1.0, -1.0):  # half the documents reward column 0, half punish it
        for _ in range(6):
            x = rng.normal(size=(5, 2))
            features.append(x)
            targets.append(sign * x[:, 0])
    first_half = [1.0] * 6 + [0.01] * 6
    _, _, toward_first = script.fit_listwise(features, targets, 0.1, 0.01, 300, first_half)
    _, _, toward_second = script.fit_listwise(features, targets, 0.1, 0.01, 300, first_half[::-1])
    assert toward_first[0] > 0.5 and toward_second[0] < -0.5
    _, _, default = script.fit_listwise(features[:6], targets[:6], 0.1, 0.01, 300)
    _, _, ones = script.fit_listwise(features[:6], targets[:6], 0.1, 0.01, 300, [1.0] * 6)
    assert np.allclose(default, ones)


def test_qags_sentences_judged_inconsistent_become_error_spans() -> None:
    script = _train_script()
    rows = [
        {"id": "qags-cnndm-7-0", "article": "Text.", "summary_sentence": "six hurt .", "label": 1},
        {"id": "qags-cnndm-7-1", "article": "Text.", "summary_sentence": "nine died .", "label": 0},
        {"id": "qags-cnndm-8-0", "article": "Rain.", "summary_sentence": "it rained .", "label": 1},
    ]
    judged = script.qags_as_judged(rows)
    assert [(j["label"], j["error_spans"]) for j in judged] == [
        ("unsupported", ["nine died ."]),
        ("supported", []),
    ]
    items = script.pseudo_items([], judged, "all")
    assert [(i[2], [r.strip() for r in i[3]]) for i in items] == [
        ("Text.", ["six hurt ."]),
        ("Rain.", ["it rained ."]),
    ]


def test_one_se_choice_keeps_the_simple_point_unless_the_gain_is_clear() -> None:
    script = _train_script()
    noisy = {"plain": [40.0, 41.0, 42.0, 41.0], "extra": [41.0, 40.5, 42.5, 41.2]}
    choice, paired = script.one_se_choice(noisy, ["plain"])
    assert choice == "plain" and 0 < paired["best_gain"] <= paired["standard_error"]
    clear = {"plain": [40.0, 41.0, 42.0, 41.0], "extra": [40.6, 41.5, 42.7, 41.4]}
    assert script.one_se_choice(clear, ["plain"])[0] == "extra"


def test_a_cache_with_the_old_paragraph_flags_is_refused(tmp_path: Path) -> None:
    # its flags were measured before a lede after a cut-off caption counted as opening its
    # paragraph: a refit would learn from flags the summarizer no longer computes
    cache = tmp_path / "cache.npz"
    np.savez(cache, embeddings=np.zeros((1, 2)))
    old = {"texts": ["A lede."], "opens_paragraph": [False], "rows": [0, 1]}
    cache.with_suffix(".json").write_text(json.dumps([old]), encoding="utf-8")
    with pytest.raises(SystemExit, match="older version"):
        _train_script()._read_cache(cache)
