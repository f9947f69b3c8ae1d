"""The decision layer: a logistic model per slot check (name, number) over its evidence,
shipped as ``factkit/models/verify_decision.json``."""

from __future__ import annotations

import math
from functools import cache

import numpy as np

DECISION_FILE = "verify_decision.json"


def decision_features(check: str, ev: dict[str, float]) -> list[float]:
    """The decision layer's inputs for one name or number slot (``ev``: its evidence)."""
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
    rule = int(ev["rule"])
    if check == "number":
        return [
            *common,
            float(rule == 1),
            min(ev["slot_gap"], 2.0),
            ev["adj_own"],
            ev["adj_other"],
            ev["same_text"],
        ]
    return [
        *common,
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
    ]


@cache
def _decision_model() -> dict[str, tuple[np.ndarray, float]]:
    """check -> (weights, probability threshold) of the packaged decision layer."""
    import json
    from importlib import resources

    raw = json.loads(resources.files("factkit.models").joinpath(DECISION_FILE).read_text())
    return {
        check: (np.array(part["weights"], np.float64), float(part["threshold"]))
        for check, part in raw["checks"].items()
    }
