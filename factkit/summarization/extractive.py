"""Extractive summary: score body sentences, pick the best (trigram blocking or MMR).

Two rankers (``summarizer.extractive.ranker``):

``learned`` (default): a linear sentence scorer fitted offline (scripts/train_summary_ranker.py,
weights in factkit/models/summary_ranker.json, read by ranker.py) over cheap features of each
candidate and of the document (features.py: position, length, centrality in meaning and in
wording, sentence shape, the claim it carries, and position × document interactions, so the
model can learn when the lead matters). It has two heads: ``single`` for one-sentence summaries
(five weights: z(centroid cosine) + a · z(unigram centrality) + b · z(log words) + c · z(claim
strength) + d · z(TF-IDF centrality), the sentence most central both in meaning and in wording)
and ``multi`` for longer ones (all features, trained to predict which sentences are mostly
reference content; the lead prior matters more there). Each head adds
``prior · exp(−i / tau)``. Then greedy picking with trigram blocking (select.py).

``centroid``: relevance(i) = centrality_weight · cos(e_i, centroid)
             + position_weight · exp(−i / position_tau) + first_weight · [i == 0], picked with MMR.

``i`` is the sentence's position among the body sentences. Only the first ``max_candidates``
body sentences are embedded: later sentences almost never win, and embedding is nearly all of
the cost. A sentence that opens on "He" or "She" gives way to a nearly as good one until a
picked sentence before it names the person (antecedents.py: the annotate stage's people and
resolved speakers). The picked sentences are then fitted to the length budget (budget.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from factkit.annotate import Annotator, claim_layers
from factkit.annotations import NO_LAYERS, AnnotationLayers, Annotations
from factkit.config import Config
from factkit.document import Article, Claim, Sentence, Summary
from factkit.encoder import get_encoder
from factkit.summarization.antecedents import pronoun_wait
from factkit.summarization.budget import fit_budget
from factkit.summarization.features import sentence_features
from factkit.summarization.keyfacts import claim_features, claims_by_sentence
from factkit.summarization.ranker import head_for, load_ranker, ranker_max_similarity
from factkit.summarization.select import (
    Length,
    Wait,
    body_sentences,
    count_words,
    pick_mmr,
    pick_trigram_blocked,
    resolve_length,
)
from factkit.summarization.shape import body_paragraph_starts

_SHORT_PENALTY = 100.0  # larger than any possible relevance difference


class ExtractiveSummarizer:
    """Picks whole body sentences of the article; offsets point into the article text."""

    name = "extractive"

    def __init__(self, config: Config) -> None:
        self.full_config = config
        self.config = config.summarizer
        self.weights = config.summarizer.extractive
        self.encoder = get_encoder(config.encoder)
        self.model = self.encoder.name
        self.ranker = load_ranker() if self.weights.ranker == "learned" else None
        self.max_similarity = (
            self.weights.max_similarity
            if self.weights.max_similarity is not None
            else ranker_max_similarity()
        )
        self._claim_extractor: Any = None
        self._annotator: Annotator | None = None

    def annotate(
        self, article: Article, sentences: list[Sentence], layers: AnnotationLayers | None = None
    ) -> Annotations:
        """The article's annotations when the caller has none to hand over (``factkit.summarize``):
        by default the layers claim assembly reads when the ranker uses claims, else none
        (embeddings only)."""
        if self._annotator is None:
            self._annotator = Annotator(self.full_config)
        if layers is None:
            layers = claim_layers(self.full_config) if self.ranker is not None else NO_LAYERS
        return self._annotator.annotate(article, sentences, layers)

    def claims_for(
        self, article: Article, sentences: list[Sentence], annotations: Annotations | None = None
    ) -> list[Claim]:
        """The article's claims, assembled here only when the caller has none to hand over
        (structure only: the check-worthiness model is not needed for the ranker's features),
        from ``annotations`` or, without them, from annotating the article here."""
        if annotations is None:
            annotations = self.annotate(article, sentences, claim_layers(self.full_config))
        if self._claim_extractor is None:
            from factkit.claims import ClaimExtractor

            config = self.full_config.model_copy(deep=True)
            config.checkworthiness.enabled = False
            self._claim_extractor = ClaimExtractor(config)
        # the whole article, as the pipeline reads it: the same features on both paths (reading
        # only up to the last candidate changes a claim's speaker or date in ~5 % of articles)
        return list(self._claim_extractor.extract(article, sentences, annotations).claims)

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
        max_chars: int | None = None,
        claims: Sequence[Claim] | None = None,
        annotations: Annotations | None = None,
    ) -> Summary:
        """The summary; ``claims`` and ``annotations`` are the article's when the caller already
        has them (the pipeline does), else they are assembled here. The candidates' embeddings
        are rows of the annotations' table: a sentence already encoded is not encoded again."""
        body = body_sentences(sentences)
        length = resolve_length(
            self.config, len(body), n_sentences=n_sentences, words=words, ratio=ratio
        )
        max_chars = max_chars if max_chars is not None else self.config.max_chars
        candidates = self.candidates(body)
        if not candidates:
            return Summary(text="", method="extractive", model=self.model, sentences=())
        if annotations is None:
            annotations = self.annotate(article, sentences)
        if claims is None and self.ranker is not None:
            claims = self.claims_for(article, sentences, annotations)
        by_sentence = claims_by_sentence(claims or ())
        texts = [s.text for _, s in candidates]
        embeddings = annotations.embeddings.rows([s.index for _, s in candidates])
        relevance = self._relevance(
            article.text, sentences, candidates, embeddings, by_sentence, len(body), length
        )
        wait = pronoun_wait([s for _, s in candidates], annotations, head_for(length))
        picked = self._pick(relevance, texts, embeddings, length, max_chars, wait)
        chosen = [candidates[k][1] for k in picked]
        scores = {candidates[k][1].index: float(relevance[k]) for k in picked}
        out = fit_budget(article.text, chosen, scores, by_sentence, length, max_chars)
        return Summary(
            text=" ".join(" ".join(s.text.split()) for s in out),
            method="extractive",
            model=self.model,
            sentences=out,
        )

    def _relevance(
        self,
        text: str,
        sentences: Sequence[Sentence],
        candidates: list[tuple[int, Sentence]],
        embeddings: np.ndarray,
        claims: Mapping[int, Claim],
        n_body: int,
        length: Length,
    ) -> np.ndarray:
        """Score of each candidate (``text``, ``sentences``: the article's and its segments);
        sentences under ``min_words`` are a last resort."""
        texts = [s.text for _, s in candidates]
        if self.ranker is not None:
            rows = claim_features([s for _, s in candidates], claims)
            body_opens = body_paragraph_starts(text, sentences)
            opens = [body_opens[i] for i, _ in candidates]
            features = sentence_features(texts, embeddings, n_body, rows, opens)
            relevance = self.ranker[head_for(length)].score(features)
        else:
            relevance = self.relevance([i for i, _ in candidates], embeddings)
        short = np.array([count_words(t) < self.weights.min_words for t in texts])
        return np.asarray(relevance - _SHORT_PENALTY * short)

    def _pick(
        self,
        relevance: np.ndarray,
        texts: list[str],
        embeddings: np.ndarray,
        length: Length,
        max_chars: int | None,
        wait: Wait | None = None,
    ) -> list[int]:
        word_counts = [count_words(t) for t in texts]
        similarity = embeddings @ embeddings.T
        ranked = relevance.tolist()
        if self.weights.selection == "trigram_blocking":
            picked = pick_trigram_blocked(
                ranked,
                texts,
                word_counts,
                length,
                same_meaning=lambda a, b: bool(similarity[a, b] > self.max_similarity),
                max_chars=max_chars,
                wait=wait,
            )
        else:
            picked = pick_mmr(
                ranked,
                lambda a, b: float(similarity[a, b]),
                word_counts,
                length,
                self.weights.mmr_lambda,
            )
        return picked
