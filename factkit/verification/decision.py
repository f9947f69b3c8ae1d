"""The decision layer: a logistic model per slot check (name, number) over its evidence,
shipped as ``factkit/models/verify_decision.json``.

The weights file names each check's features (``FEATURES``) and carries ``format_version``;
both are checked on load, so weights fitted for other features cannot be read silently.
:class:`SlotDecider` applies the model to one summary sentence's slots and keeps the most
suspicious probability of each kind for the sentence score.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from factkit.config import VerifyConfig
from factkit.errors import ModelLoadError

DECISION_FILE = "verify_decision.json"
FORMAT_VERSION = 2
_COMMON = (
    "bias",
    "gap",
    "cover_own",
    "cover_margin",
    "near_own",
    "near_margin",
    "log_freq",
)
FEATURES: dict[str, tuple[str, ...]] = {
    "number": (
        *_COMMON,
        "slot_elsewhere",
        "slot_gap",
        "adj_own",
        "adj_other",
        "same_text",
        "noun_own",
        "noun_rival",
    ),
    "name": (
        *_COMMON,
        "not_in_window",
        "rival",
        "words",
        "ctx_own",
        "ctx_other",
        "ctx_margin",
        "no_cooc",
        "cooc",
        "adj_own",
        "adj_other",
        "adj_margin",
        "adj_own_any",
        "absent",
        "outside_freq",
        "side_agree",
        "side_against",
    ),
}


def decision_features(check: str, ev: dict[str, float]) -> list[float]:
    """The decision layer's inputs for one name or number slot (``ev``: its evidence), in the
    order of ``FEATURES[check]``."""
    near_own = max(ev["near_own"], 0.0)
    common = [
        1.0,
        ev["gap"],
        ev["cover_own"],
        ev["cover_best"] - ev["cover_own"],
        near_own,
        ev["near_best"] - near_own,
        math.log(ev["freq"] + 0.01),
    ]
    if check == "number":
        return [*common, *_number_features(ev)]
    return [*common, *_name_features(ev, log_freq=common[-1])]


def _number_features(ev: dict[str, float]) -> list[float]:
    """The number slot's own inputs, after the common ones."""
    return [
        float(int(ev["rule"]) == 1),
        min(ev["slot_gap"], 2.0),
        ev["adj_own"],
        ev["adj_other"],
        ev["same_text"],
        # the noun it counts goes with the article's number of its value, or with one of
        # another value in the passage ("18 animals" where the article has "70 animals")
        ev.get("noun_own", 0.0),
        ev.get("noun_rival", 0.0),
    ]


def _name_features(ev: dict[str, float], log_freq: float) -> list[float]:
    """The name slot's own inputs, after the common ones (``log_freq``: the last of those)."""
    rule = int(ev["rule"])
    return [
        float(rule & 1),  # not in the windows of the sentences supporting the rest
        float(rule >> 1 & 1),  # a rival name fills the slot
        min(ev["words"], 3.0),
        ev["ctx_own"],
        ev["ctx_other"],
        ev["ctx_other"] - ev["ctx_own"],
        float(ev["cooc"] < 0),
        max(ev["cooc"], 0.0),
        ev["adj_own"],
        ev["adj_other"],
        ev["adj_other"] - ev["adj_own"],
        ev["adj_own_any"],
        # the share of its words the article never gives (a given name before its surname);
        # dumps written before this feature lack it
        ev.get("absent", 0.0),
        # how often the article names a name found outside the supporting window: a summary
        # may name the article's central entity anywhere, while a name swapped in from
        # another sentence is mostly one the article mentions once
        float(rule & 1) * log_freq,
        # the words it shares with a passage sentence mentioning it on the same side of it
        # there, and on the other (``name_alignment.py``: a name moved into another slot has
        # them on the wrong side); dumps written before these features lack them
        min(ev.get("side_agree", 0.0), 4.0),
        min(ev.get("side_against", 0.0), 4.0),
    ]


def check_decision_file(raw: dict[str, object], where: str) -> None:
    """Raise :class:`ModelLoadError` (one line naming ``where``) unless ``raw`` is a decision
    layer of this format with this code's features."""
    checks = raw.get("checks")
    features = raw.get("features")
    if raw.get("format_version") != FORMAT_VERSION or not isinstance(checks, dict):
        raise ModelLoadError(
            f"{where}: format_version {raw.get('format_version')!r}, this factkit reads "
            f"{FORMAT_VERSION}"
        )
    for check, names in FEATURES.items():
        part = checks.get(check)
        given = features.get(check) if isinstance(features, dict) else None
        if not isinstance(part, dict) or given != list(names):
            raise ModelLoadError(
                f"{where}: features of {check!r} are {given!r}, this factkit computes {list(names)}"
            )
        if len(part.get("weights", ())) != len(names):
            raise ModelLoadError(
                f"{where}: {check!r} has {len(part.get('weights', ()))} weights for "
                f"{len(names)} features"
            )


def decision_layer(raw: dict[str, Any]) -> dict[str, tuple[np.ndarray, float]]:
    """check -> (weights, probability threshold) of a decision layer file's contents."""
    return {
        check: (np.array(part["weights"], np.float64), float(part["threshold"]))
        for check, part in raw["checks"].items()
    }


@cache
def _decision_model() -> dict[str, tuple[np.ndarray, float]]:
    """check -> (weights, probability threshold) of the packaged decision layer."""
    raw = json.loads(resources.files("factkit.models").joinpath(DECISION_FILE).read_text())
    check_decision_file(raw, f"factkit/models/{DECISION_FILE}")
    return decision_layer(raw)


class SlotDecider:
    """Judges the name and number slots of one summary sentence after another.

    ``slot_probs`` holds the sentence's most suspicious probability per kind (``"name"``,
    ``"number"``, and ``"rival"`` = 1 when a rival name fills a flagged slot); ``trace``, when a
    list, receives every slot's evidence (benchmarks, fitting)."""

    def __init__(self, config: VerifyConfig, trace: list[dict[str, object]] | None) -> None:
        self.config = config
        self.trace = trace
        self.slot_probs: dict[str, float] = {}

    def flag(self, check: str, ev: dict[str, float], rule_flags: bool) -> bool:
        """Is this slot wrong? The decision layer's verdict on the evidence, or the rule's."""
        if self.trace is not None:
            self.trace.append({"check": check, **ev})
        weights, threshold = _decision_model()[check]
        z = float(weights @ np.array(decision_features(check, ev)))
        probability = 1.0 / (1.0 + math.exp(-z))
        # the sentence score reads the most suspicious slot of each kind
        self.slot_probs[check] = max(self.slot_probs.get(check, 0.0), probability)
        if not self.config.decision:
            return rule_flags
        chosen = self.config.name_threshold if check == "name" else self.config.number_threshold
        threshold = threshold if chosen is None else chosen
        return probability > threshold

    def mark_certain(self, kind: str) -> None:
        """A rule is sure a slot of this kind is wrong (a rival name in it, a misspelt name):
        the sentence score reads it as certain, whatever the layer's probability was."""
        self.slot_probs[kind] = 1.0
