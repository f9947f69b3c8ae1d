"""Key-fact features: which summary candidates carry the article's most check-worthy claims.

The summarizer reads the claims the pipeline already extracted (``Pipeline.analyze`` hands them
over); called on its own it extracts them once itself, without the check-worthiness model, so
both paths see the same features. Only the claim's *structure* is used (quantities, attribution,
named speaker, anchored date: ``factkit.claims.structural_score``), not the learned score, for
the same reason. How much each feature counts is learned with the ranker
(scripts/train_summary_ranker.py), not set by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from factkit.document import Claim, Sentence
from factkit.lang import word_set

CLAIM_FEATURES = (
    "claim", "claim_quantities", "claim_attributed", "claim_named", "claim_dated",
    "claim_strength", "claim_strength_z", "claim_top",
)  # fmt: skip

_PRONOUNS = word_set("subject_pronouns")


def claims_by_sentence(claims: Sequence[Claim]) -> dict[int, Claim]:
    """Sentence index -> the claim made in that sentence (one claim per sentence)."""
    return {c.sentence_index: c for c in claims}


def _named(claim: Claim) -> bool:
    for att in claim.attributions:
        who = att.speaker_resolved or att.speaker or ""
        if who[:1].isupper() and who.split()[0].lower() not in _PRONOUNS:
            return True
    return False


def claim_features(candidates: Sequence[Sentence], claims: Mapping[int, Claim]) -> np.ndarray:
    """(candidates x CLAIM_FEATURES): the claim each candidate sentence carries, if any."""
    from factkit.claims import structural_score

    rows = np.zeros((len(candidates), len(CLAIM_FEATURES)))
    for k, sentence in enumerate(candidates):
        claim = claims.get(sentence.index)
        if claim is None:
            continue
        rows[k, :6] = (
            1.0,
            min(1.0, len(claim.quantities) / 2),
            bool(claim.attributions),
            _named(claim),
            any(t.resolved for t in claim.times),
            structural_score(claim.quantities, claim.attributions, claim.times),
        )
    strengths = rows[:, 5]
    spread = float(strengths.std())
    if spread > 1e-9:
        rows[:, 6] = (strengths - strengths.mean()) / spread
    if strengths.max() > 0:
        rows[:, 7] = strengths >= strengths.max() - 1e-9
    return rows
