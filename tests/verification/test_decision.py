"""factkit.verification.decision: the weights file names its features and its format."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from factkit.errors import ModelLoadError
from factkit.verification.decision import (
    DECISION_FILE,
    FEATURES,
    FORMAT_VERSION,
    check_decision_file,
    decision_features,
)


def _packaged() -> dict[str, object]:
    raw = json.loads(resources.files("factkit.models").joinpath(DECISION_FILE).read_text())
    assert isinstance(raw, dict)
    return raw


def test_packaged_file_names_the_features_this_code_computes() -> None:
    raw = _packaged()
    check_decision_file(raw, DECISION_FILE)  # no error
    assert raw["format_version"] == FORMAT_VERSION
    names = "gap cover_own cover_best near_own near_best freq rule slot_gap adj_own adj_other"
    names += " same_text words ctx_own ctx_other cooc adj_own_any"
    evidence = dict.fromkeys(names.split(), 0.5)
    for check, names in FEATURES.items():
        assert len(decision_features(check, evidence)) == len(names)


@pytest.mark.parametrize(
    "change",
    [
        lambda raw: raw.update(format_version=FORMAT_VERSION + 1),
        lambda raw: raw.pop("features"),
        lambda raw: raw["features"]["name"].reverse(),
        lambda raw: raw["checks"]["number"]["weights"].pop(),
    ],
)
def test_a_file_for_other_features_or_format_is_one_clear_error(change: object) -> None:
    raw = _packaged()
    change(raw)  # type: ignore[operator]
    with pytest.raises(ModelLoadError) as err:
        check_decision_file(raw, "verify_decision.json")
    message = str(err.value)
    assert message.startswith("verify_decision.json: ")
    assert "\n" not in message


def test_a_rule_that_is_sure_outranks_the_layer_and_a_later_slot_keeps_it() -> None:
    from factkit.config import VerifyConfig
    from factkit.verification.decision import SlotDecider

    decider = SlotDecider(VerifyConfig(), trace=None)
    names = "gap cover_own cover_best near_own near_best freq rule slot_gap adj_own adj_other"
    names += " same_text words ctx_own ctx_other cooc adj_own_any absent"
    evidence = dict.fromkeys(names.split(), 0.0)
    decider.flag("name", evidence, rule_flags=False)
    assert 0.0 < decider.slot_probs["name"] < 1.0
    decider.mark_certain("name")
    decider.flag("name", evidence, rule_flags=False)  # a later, less suspicious slot
    assert decider.slot_probs["name"] == 1.0
    assert "rival" not in decider.slot_probs


def test_how_often_the_article_names_a_name_outside_the_window_is_its_own_input() -> None:
    names = "gap cover_own cover_best near_own near_best freq adj_own adj_other"
    names += " words ctx_own ctx_other cooc adj_own_any absent"
    evidence = dict.fromkeys(names.split(), 0.0)
    column = FEATURES["name"].index("outside_freq")
    inside = decision_features("name", {**evidence, "freq": 0.3, "rule": 0.0})
    outside = decision_features("name", {**evidence, "freq": 0.3, "rule": 1.0})
    outside_rival = decision_features("name", {**evidence, "freq": 0.3, "rule": 3.0})
    assert inside[column] == 0.0
    assert outside[column] == pytest.approx(math.log(0.31))
    assert outside_rival[column] == outside[column]
    rare = decision_features("name", {**evidence, "freq": 0.02, "rule": 1.0})
    assert rare[column] < outside[column]  # a name the article gives once scores lower


def test_slot_sides_and_counted_nouns_are_inputs_and_old_dumps_still_read() -> None:
    names = "gap cover_own cover_best near_own near_best freq adj_own adj_other rule"
    names += " words ctx_own ctx_other cooc adj_own_any absent"
    evidence = dict.fromkeys(names.split(), 0.0)
    features = decision_features("name", {**evidence, "side_agree": 2.0, "side_against": 9.0})
    assert features[FEATURES["name"].index("side_agree")] == 2.0
    assert features[FEATURES["name"].index("side_against")] == 4.0  # capped
    assert decision_features("name", evidence)[-2:] == [0.0, 0.0]  # a dump without them
    numbers = dict.fromkeys(
        ["gap", "cover_own", "cover_best", "near_own", "near_best", "freq", "rule"], 0.0
    )
    numbers |= dict.fromkeys(["slot_gap", "adj_own", "adj_other", "same_text"], 0.0)
    counted = decision_features("number", {**numbers, "noun_own": 0.0, "noun_rival": 1.0})
    assert counted[FEATURES["number"].index("noun_rival")] == 1.0
    assert len(counted) == len(FEATURES["number"])
