"""Claim extraction: body sentences with numbers or attributed statements, ranked for checking.

A *claim* is a body sentence with at least one quantity or attribution, as the annotate stage
found them (``factkit.annotate``; claims are assembled from the article's annotations, never by
running the finders again). Its ``score`` in [0, 1]
ranks specific, attributed, numeric statements above vague ones:

    structural = 0.35·[has quantity] + 0.25·[has attribution] + 0.10·[named speaker]
               + 0.10·min(1, quantities/2) + 0.10·[qualifier or unit] + 0.10·[anchored date]
    score      = w·learned + (1 − w)·structural        (w = claims.scoring.learned_weight)

where ``learned`` is the check-worthiness model's probability for the sentence (its features read
in the article: the quantities and attributions touching the sentence, and its row of the
annotations' embedding table); with ``checkworthiness.enabled: false`` the score is structural.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from factkit.annotate import attributions_by_sentence, claim_layers
from factkit.annotations import Annotations
from factkit.checkworthy.features import SentenceStructure
from factkit.claims.questions import build_question
from factkit.config import Config
from factkit.document import (
    Article,
    Attribution,
    Claim,
    ClaimKind,
    Quantity,
    Sentence,
    TimeAnchor,
)
from factkit.lang import word_set

__all__ = [
    "ClaimExtractor",
    "ClaimSet",
    "attributions_by_sentence",
    "build_question",
    "structural_score",
]


def structural_score(
    quantities: Sequence[Quantity],
    attributions: Sequence[Attribution],
    times: Sequence[TimeAnchor],
) -> float:
    named = any(
        (a.speaker_resolved or a.speaker or "")[:1].isupper()
        and (a.speaker_resolved or a.speaker or "").split()[0].lower()
        not in word_set("subject_pronouns")
        for a in attributions
    )
    score = (
        0.35 * bool(quantities)
        + 0.25 * bool(attributions)
        + 0.10 * named
        + 0.10 * min(1.0, len(quantities) / 2)
        + 0.10 * any(q.qualifier or q.unit for q in quantities)
        + 0.10 * any(t.resolved for t in times)
    )
    return min(1.0, score)


@dataclass(frozen=True, slots=True)
class ClaimSet:
    claims: list[Claim]
    times: list[TimeAnchor]


class ClaimExtractor:
    """Assembles claims from an article's annotations: a body sentence with a quantity or an
    attribution becomes a claim, scored and given a verification question. The finders ran
    once in the annotate stage; this stage only reads what they found (the layers that
    ``claims.quantities/attribution/times`` disable are ignored even when annotated)."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.layers = claim_layers(self.config)
        self._scorer = None
        if self.config.checkworthiness.enabled and self.config.claims.scoring.learned_weight > 0:
            from factkit.checkworthy.model import CheckworthinessModel

            self._scorer = CheckworthinessModel.load(
                self.config.checkworthiness, self.config.encoder
            )

    def extract(
        self, article: Article, sentences: Sequence[Sentence], annotations: Annotations
    ) -> ClaimSet:
        """The claims of ``article`` (split into ``sentences``, annotated as ``annotations``)."""
        layers = self.layers
        lacking = [
            name
            for name, needed, present in (
                ("quantities", layers.quantities, annotations.layers.quantities),
                ("attributions", layers.attributions, annotations.layers.attributions),
                ("times", layers.times, annotations.layers.times),
            )
            if needed and not present
        ]
        if lacking:
            raise ValueError(f"claims need the annotation layers {lacking}, which are off")
        times = list(annotations.times) if layers.times else []
        by_sentence_times = annotations.times_by_sentence() if layers.times else {}
        drafts: list[_Draft] = []
        for s in sentences:
            if s.kind != "body":
                continue
            qs = annotations.quantities_of(s) if layers.quantities else ()
            sa = annotations.attributions_of(s) if layers.attributions else ()
            if qs or sa:
                drafts.append(_Draft(s, qs, sa, tuple(by_sentence_times.get(s.index, ()))))
        return ClaimSet(claims=self._claims(article, drafts, annotations), times=times)

    def _claims(
        self, article: Article, drafts: Sequence[_Draft], annotations: Annotations
    ) -> list[Claim]:
        learned = self._learned(drafts, annotations)
        weight = self.config.claims.scoring.learned_weight if learned is not None else 0.0
        # a question's "as of" is when the claim was reported: the article's date
        article_date = article.date.isoformat() if article.date else None
        claims: list[Claim] = []
        for i, (s, qs, sa, ts) in enumerate(drafts):
            structural = structural_score(qs, sa, ts)
            score = weight * learned[i] + (1 - weight) * structural if learned else structural
            if score < self.config.claims.scoring.min_score:
                continue
            kinds = tuple(
                k for k, on in ((ClaimKind.QUANTITATIVE, qs), (ClaimKind.ATTRIBUTED, sa)) if on
            )
            claims.append(
                Claim(
                    id=f"c{s.index}",
                    sentence_index=s.index,
                    start=s.start,
                    end=s.end,
                    text=s.text,
                    kinds=kinds,
                    score=float(score),
                    question=build_question(s.text, sa, article_date, s.start),
                    quantities=qs,
                    attributions=sa,
                    times=ts,
                )
            )
        return claims

    def _learned(self, drafts: Sequence[_Draft], annotations: Annotations) -> list[float] | None:
        """Check-worthiness of each draft's sentence, from the structure the annotate stage
        found in it and its row of the article's embedding table (None: scoring is off)."""
        if self._scorer is None or not drafts:
            return None
        indices = [d.sentence.index for d in drafts]
        structure = [SentenceStructure(len(d.quantities), bool(d.attributions)) for d in drafts]
        return self._scorer.score(
            [d.sentence.text for d in drafts],
            embeddings=annotations.embeddings.rows(indices),
            structure=structure,
        ).tolist()


class _Draft(NamedTuple):
    """A body sentence that will be a claim if its score reaches ``claims.scoring.min_score``."""

    sentence: Sentence
    quantities: tuple[Quantity, ...]
    attributions: tuple[Attribution, ...]
    times: tuple[TimeAnchor, ...]
