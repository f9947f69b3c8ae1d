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


def _number_evidence(**changed: float) -> dict[str, float]:
    """The evidence of a number slot in the summary's best-supported sentence: the article
    gives its value, in the same written form, in a sentence that fits its slot as well as the
    best article number does (``rule`` 0); ``changed`` sets the rest."""
    evidence = dict.fromkeys(["gap", "slot_gap", "adj_own", "adj_other", "rule"], 0.0)
    evidence |= {"cover_own": 0.6, "cover_best": 0.75, "near_own": 0.8, "near_best": 0.8}
    evidence |= {"gap": 0.1, "freq": 0.15, "same_text": 1.0, "noun_own": 0.0, "noun_rival": 0.0}
    return evidence | changed


def test_the_number_threshold_flags_a_value_set_among_another_numbers_words() -> None:
    from factkit.config import VerifyConfig
    from factkit.verification.decision import SlotDecider

    # the article's value, but the noun it counts and two of the words next to it go with
    # another number of the passage: the packaged threshold (0.29) flags it, 0.35 did not
    moved = _number_evidence(slot_gap=0.05, adj_other=2.0, noun_rival=1.0)
    shipped = SlotDecider(VerifyConfig(), trace=None)
    assert shipped.flag("number", moved, rule_flags=False)
    assert 0.29 < shipped.slot_probs["number"] <= 0.35
    assert not SlotDecider(VerifyConfig(number_threshold=0.35), None).flag("number", moved, False)
    # the same value standing among its own words is well under the threshold
    assert not shipped.flag("number", _number_evidence(adj_own=2.0), rule_flags=False)
