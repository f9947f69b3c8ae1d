"""factkit.verification.align: the evidence a summary sentence has in each article window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Builds one alignment of a long summary sentence and prints its evidence bytes: twenty content
# words of many IDF weights, so their float32 sum depends on the order they are added in.
_EVIDENCE = """
import numpy as np
from tests.verification.conftest import article_index
from factkit.verification.align import Alignment
from factkit.verification.text import content_tokens

words = ("harbour council ferry storm budget bridge teachers strike flood rescue museum "
         "airport tunnel railway hospital police mayor river festival election").split()
# word k stands in every (k % 7 + 1)-th sentence: many different IDF weights
article = " ".join(
    "On day %d the " % i
    + " and the ".join(w for k, w in enumerate(words) if i % (k % 7 + 1) == 0)
    + " met."
    for i in range(1, 23)
)
src = article_index(article)
summary = "The " + " and the ".join(words) + " were all named."
tokens = content_tokens(summary, 0, len(summary))
align = Alignment(src, np.linspace(0.1, 0.9, len(src.body)), tokens, 0.5)
cover, near = align.evidence(frozenset())
print(cover.tobytes().hex(), near.tobytes().hex())
"""


def _evidence_under(hash_seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _EVIDENCE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_evidence_is_the_same_whatever_the_hash_seed() -> None:
    # the stems are a set: summed in its order, the covers differed in the last float32 bit
    # from one process to the next, and a verdict near a threshold could follow them
    results = {_evidence_under(seed) for seed in range(6)}
    assert len(results) == 1
