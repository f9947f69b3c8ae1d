"""Tests for scripts/probe_number_context.py: the contextual reading of a number slot, and how
the probe turns dump rows into labelled slots and scores them."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from tests.conftest import ROOT, load_script


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    return load_script("probe_number_context")


def _unit(*values: float) -> np.ndarray:
    vec = np.array(values, np.float32)
    return vec / np.linalg.norm(vec)


def test_span_vector_averages_the_tokens_inside_the_span_only(probe: Any) -> None:
    # "[CLS] three were killed [SEP]": the special tokens have empty offsets
    offsets = [(0, 0), (0, 5), (6, 10), (11, 17), (0, 0)]
    hidden = np.array([[9, 9], [1, 0], [0, 1], [5, 5], [9, 9]], np.float32)
    vec = probe.span_vector(offsets, hidden, 0, 10)
    assert np.allclose(vec, _unit(1, 1))
    assert probe.span_vector(offsets, hidden, 17, 20) is None


def test_reading_span_widens_by_words_each_side(probe: Any) -> None:
    text = "Police said three people were killed."
    start = text.index("three")
    assert probe.reading_span(text, start, start + 5, 0) == (start, start + 5)
    wide = probe.reading_span(text, start, start + 5, 1)
    assert text[slice(*wide)] == "said three people"


def test_context_features_compare_own_value_and_same_unit_rivals(probe: Any) -> None:
    summary = _unit(1, 0)
    mentions = [
        (3.0, "people", _unit(1, 1)),  # own value
        (5.0, "people", _unit(0, 1)),  # the rival of the same unit
        (7.0, "year", _unit(1, 0)),  # another unit: no rival while one of its own unit is
    ]
    got = probe.context_features(summary, 3.0, "people", mentions)
    assert got["tok_own"] == pytest.approx(2**-0.5)
    assert got["tok_rival"] == pytest.approx(0.0, abs=1e-6)
    assert got["tok_gap"] == pytest.approx(2**-0.5)
    # a summary number without a unit, or one whose unit the article's others lack: any value
    for unit in ("", "metre"):
        loose = probe.context_features(summary, 3.0, unit, mentions)
        assert loose["tok_rival"] == pytest.approx(1.0)
    alone = probe.context_features(summary, 9.0, "people", mentions[1:2])
    assert alone["tok_own"] == probe.MISSING


def _number_ev(start: int, end: int) -> dict[str, float]:
    ev = {"check": "number", "span_start": start, "span_end": end, "rule": 0.0, "freq": 0.1}
    keys = ("gap", "cover_own", "cover_best", "near_own", "near_best", "slot_gap")
    return ev | dict.fromkeys((*keys, "adj_own", "adj_other", "same_text"), 0.0)


def test_row_slots_label_untouched_slots_and_the_edited_slot(probe: Any) -> None:
    trace = [_number_ev(0, 3), _number_ev(10, 12), {"check": "sentence"}]
    untouched = probe.row_slots({"kind": "untouched", "trace": trace})
    assert [(a, b, label) for a, b, label, _ in untouched] == [(0, 3, 0), (10, 12, 0)]
    assert all(z is not None for *_, z in untouched)
    swap = probe.row_slots({"kind": "number_swap", "edit": [10, 11], "trace": trace})
    assert [(a, b, label) for a, b, label, _ in swap] == [(10, 12, 1)]
    # a slot a rule decided before the layer: the edit span, no logit
    ruled = probe.row_slots({"kind": "number_swap", "edit": [20, 22], "trace": trace})
    assert ruled == [(20, 22, 1, None)]


def test_auc_counts_ties_half(probe: Any) -> None:
    assert probe.auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert probe.auc([0.5], [0.5]) == 0.5
    assert probe.auc([0.1], [0.2, 0.0]) == 0.5


def _record(label: int, flagged: bool, own: float, z: float) -> dict[str, Any]:
    return {"label": label, "flagged": flagged, "reached": True, "layer_z": z,
            "tok_own": own, "tok_rival": 0.5, "tok_gap": own - 0.5}  # fmt: skip


def test_combined_catch_counts_misses_above_every_clean_slot(probe: Any) -> None:
    records = [
        _record(0, False, own=0.9, z=-2.0),  # clean untouched slots
        _record(0, False, own=0.8, z=-1.0),
        _record(0, True, own=0.1, z=5.0),  # a flagged line's slot sets no bar
        _record(1, False, own=0.3, z=-1.5),  # a miss the layer alone ranks below a clean slot
    ]
    caught = dict(probe.combined_catch(records, "tok_own"))
    assert caught[0.0] == 0  # -1.5 < -1.0
    assert caught[4.0] == 1  # -1.5 - 4 x 0.3 = -2.7 > max(-2 - 3.6, -1 - 3.2) = -4.2


def test_unique_counts_a_slot_read_in_two_dumps_of_one_pool_once(probe: Any) -> None:
    slot = _record(0, False, own=0.9, z=-2.0) | {"row": [4, "untouched", "Three died."]}
    both = [slot | {"pool": "dev@seed13"}, slot | {"pool": "dev@exhaustive"}]
    assert len(probe.unique(both)) == 1
    assert len(probe.unique([slot | {"pool": "dev"}, slot | {"pool": "leads"}])) == 2
