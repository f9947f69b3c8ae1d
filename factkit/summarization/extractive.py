"""Extractive summary: rank body sentences by centrality + a lead prior, pick with MMR.

relevance(i) = centrality_weight · cos(e_i, centroid)
             + position_weight · exp(−i / position_tau) + first_weight · [i == 0]

where ``i`` is the sentence's position among the body sentences and the centroid is the mean
embedding of the candidates. News puts its most important facts first, hence the lead prior;
``first_weight`` reshapes the prior for the very first sentence (a scene-setting opener is not
always the best summary sentence). Only the first ``max_candidates`` body sentences are embedded:
later sentences almost never win against the prior, and embedding is nearly all of the cost.
The weights were chosen on even-numbered documents of two news samples and reported on the odd
ones (see scripts/bench_summarize.py).
"""

from __future__ import annotations

import math

import numpy as np

from factkit.config import Config
from factkit.document import Article, Sentence, Summary, SummarySentence
from factkit.encoder import get_encoder
from factkit.summarization.select import body_sentences, count_words, pick_mmr, resolve_length

_SHORT_PENALTY = 100.0  # larger than any possible relevance difference


class ExtractiveSummarizer:
    """Picks whole body sentences of the article; offsets point into the article text."""

    name = "extractive"

    def __init__(self, config: Config) -> None:
        self.config = config.summarizer
        self.weights = config.summarizer.extractive
        self.encoder = get_encoder(config.encoder)
        self.model = self.encoder.name

    def candidates(self, body: list[Sentence]) -> list[tuple[int, Sentence]]:
        """(position among body sentences, sentence) of the sentences that may be picked."""
        return list(enumerate(body))[: self.weights.max_candidates]

    def relevance(self, positions: list[int], embeddings: np.ndarray) -> np.ndarray:
        w = self.weights
        centroid = embeddings.mean(axis=0)
        centroid /= float(np.linalg.norm(centroid)) or 1.0
        pos = np.asarray(positions, dtype=np.float64)
        return (
            w.centrality_weight * (embeddings @ centroid).astype(np.float64)
            + w.position_weight * np.exp(-pos / w.position_tau)
            + w.first_weight * (pos == 0)
        )

    def summarize(
        self,
        article: Article,
        sentences: list[Sentence],
        *,
        n_sentences: int | None = None,
        words: int | None = None,
        ratio: float | None = None,
    ) -> Summary:
        body = body_sentences(sentences)
        length = resolve_length(
            self.config, len(body), n_sentences=n_sentences, words=words, ratio=ratio
        )
        candidates = self.candidates(body)
        if not candidates:
            return Summary(text="", method="extractive", model=self.model, sentences=())
        positions = [i for i, _ in candidates]
        texts = [s.text for _, s in candidates]
        embeddings = self.encoder.encode(texts)
        relevance = self.relevance(positions, embeddings)
        similarity = embeddings @ embeddings.T
        word_counts = [count_words(t) for t in texts]
        # sentences under min_words are a last resort: picked only when nothing else is left
        ranked = [
            r - _SHORT_PENALTY if n < self.weights.min_words else r
            for r, n in zip(relevance.tolist(), word_counts, strict=True)
        ]
        picked = pick_mmr(
            ranked,
            lambda a, b: float(similarity[a, b]),
            word_counts,
            length,
            self.weights.mmr_lambda,
        )
        chosen = sorted(picked, key=lambda k: candidates[k][1].start)
        out = tuple(
            SummarySentence(
                index=candidates[k][1].index,
                start=candidates[k][1].start,
                end=candidates[k][1].end,
                score=float(relevance[k]) if math.isfinite(relevance[k]) else 0.0,
                text=candidates[k][1].text,
            )
            for k in chosen
        )
        return Summary(
            text=" ".join(" ".join(s.text.split()) for s in out),
            method="extractive",
            model=self.model,
            sentences=out,
        )
