"""Extractive summary: score body sentences, pick the best (trigram blocking or MMR).

Two rankers (``summarizer.extractive.ranker``):

``learned`` (default): a linear sentence scorer fitted offline (scripts/train_summary_ranker.py,
weights in factkit/models/summary_ranker.json) over cheap features of each candidate — position,
length, MiniLM centroid similarity, similarity to the first sentence and to earlier ones, TF-IDF
and unigram centrality, ranks, within-document z-scores, quotes, digits, sentence shape and
paragraph structure (shape.py), the claim it carries (keyfacts.py) — and of the document
(length, how central and how long its first sentence is), plus position × document
interactions, so the model can learn when the lead matters. It has two heads: ``single`` for
one-sentence summaries (five weights: z(centroid cosine) + a · z(unigram centrality) +
b · z(log words) + c · z(claim strength) + d · z(TF-IDF centrality), the sentence most central
both in meaning and in wording) and ``multi`` for longer ones (all features, trained to
predict which sentences are mostly reference content; the lead prior matters more there). Each
head adds ``prior · exp(−i / tau)``. Then greedy picking with trigram blocking.

``centroid``: relevance(i) = centrality_weight · cos(e_i, centroid)
             + position_weight · exp(−i / position_tau) + first_weight · [i == 0], picked with MMR.

``i`` is the sentence's position among the body sentences. Only the first ``max_candidates``
body sentences are embedded: later sentences almost never win, and embedding is nearly all of
the cost.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from factkit.annotate import Annotator, claim_layers
from factkit.annotations import NO_LAYERS, AnnotationLayers, Annotations
from factkit.config import Config
from factkit.document import Article, Claim, Sentence, Summary, SummarySentence
from factkit.encoder import get_encoder
from factkit.errors import ModelLoadError
from factkit.summarization.keyfacts import CLAIM_FEATURES, claim_features, claims_by_sentence
from factkit.summarization.porter import stem as porter_stem
from factkit.summarization.select import (
    Length,
    body_sentences,
    count_words,
    pick_mmr,
    pick_trigram_blocked,
    resolve_length,
    trim_end,
)
from factkit.summarization.shape import SHAPE_FEATURES, body_paragraph_starts, shape_features

_SHORT_PENALTY = 100.0  # larger than any possible relevance difference
PACKAGED_RANKER = "summary_ranker.json"
HEADS = ("single", "multi")

_LEX_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        "the a an of to in and or for on at by with from as is was were are be been it its that "
        "this he she they his her their i we you said says but not have has had will would",
    )
)
_QUOTES = ('"', "\u201c", "''")
SENTENCE_FEATURES = (
    "first", "second", "third", "lead_decay", "position",
    "log_words", "short", "centroid", "centroid_gap", "centroid_rank",
    "to_first", "tfidf", "tfidf_rank", "mean_similarity", "quote", "digit",
    "unigram_centrality", "centroid_z", "unigram_centrality_z", "log_words_z",
    "tfidf_z", "prev_max_similarity",
)  # fmt: skip
DOCUMENT_FEATURES = (
    "doc_log_sentences", "doc_mean_log_words", "doc_first_centroid", "doc_first_log_words",
    "doc_first_centroid_rank", "doc_first_tfidf", "doc_first_tfidf_rank",
)  # fmt: skip
_N_INTERACT = 4  # the first four sentence features (lead position) x every document feature
FEATURE_NAMES = (
    SENTENCE_FEATURES
    + SHAPE_FEATURES
    + CLAIM_FEATURES
    + DOCUMENT_FEATURES
    + tuple(f"{a}*{b}" for a in SENTENCE_FEATURES[:_N_INTERACT] for b in DOCUMENT_FEATURES)
)


def _term_counts(sentences: Sequence[Sequence[str]]) -> np.ndarray:
    """(sentences x distinct words) matrix of word counts."""
    vocab: dict[str, int] = {}
    for words in sentences:
        for w in words:
            vocab.setdefault(w, len(vocab))
    counts = np.zeros((len(sentences), len(vocab)))
    for i, words in enumerate(sentences):
        for w in words:
            counts[i, vocab[w]] += 1
    return counts


def tfidf_centrality(texts: Sequence[str]) -> np.ndarray:
    """Cosine of each sentence's TF-IDF vector (IDF within the document) to their sum."""
    tf = _term_counts(
        [[w for w in _LEX_WORD.findall(t.lower()) if w not in _STOPWORDS] for t in texts]
    )
    if not tf.shape[1]:
        return np.zeros(len(texts))
    x = tf * np.log((len(texts) + 1) / (tf > 0).sum(axis=0))
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    total = x.sum(axis=0)
    return np.asarray(x @ (total / max(float(np.linalg.norm(total)), 1e-9)))


def _stem(word: str) -> str:
    # factkit's own Porter stemmer (NLTK's stems without `import nltk`, which takes seconds)
    return porter_stem(word) if len(word) > 3 else word


def unigram_centrality(texts: Sequence[str]) -> np.ndarray:
    """Mean unigram F1 (stemmed words, stop words kept) of each sentence with every other one.

    The lexical twin of embedding centrality, measured the way ROUGE-1 counts overlap: a
    sentence that shares many words with the rest of the article is the one a reference
    summary tends to share words with.
    """
    n = len(texts)
    if n < 2:
        return np.zeros(n)
    counts = _term_counts([[_stem(w) for w in _LEX_WORD.findall(t.lower())] for t in texts])
    # row by row: an (n, n, vocab) broadcast would not fit for long articles
    overlap = np.stack([np.minimum(row, counts).sum(axis=1) for row in counts])
    sizes = counts.sum(axis=1)
    f1 = 2 * overlap / np.maximum(sizes[:, None] + sizes[None, :], 1)
    np.fill_diagonal(f1, 0.0)
    return np.asarray(f1.sum(axis=1) / (n - 1))


def _standardized(values: np.ndarray) -> np.ndarray:
    """Within-document z-scores: one scale for every article, short or long."""
    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 1e-9 else np.zeros(len(values))


def _ranks(values: np.ndarray) -> np.ndarray:
    """0 for the highest value, 1 for the lowest (stable on ties)."""
    out = np.empty(len(values))
    out[np.argsort(-values, kind="stable")] = np.arange(len(values))
    return out / max(1, len(values) - 1)


def _previous_max(similarity: np.ndarray) -> np.ndarray:
    """Each sentence's highest cosine with an earlier one (0 for the first): how much of it the
    article has already said, the lede included."""
    n = len(similarity)
    return np.array([similarity[i, :i].max() if i else 0.0 for i in range(n)])


def sentence_features(
    texts: Sequence[str],
    embeddings: np.ndarray,
    n_body: int,
    claim_rows: np.ndarray | None = None,
    opens_paragraph: Sequence[bool] | None = None,
) -> np.ndarray:
    """(candidates x FEATURE_NAMES) for the first candidates of a document, in body order;
    ``claim_rows`` are their CLAIM_FEATURES (keyfacts.claim_features; None: no claims),
    ``opens_paragraph`` whether each opens a paragraph of body text
    (shape.body_paragraph_starts)."""
    if claim_rows is None:
        claim_rows = np.zeros((len(texts), len(CLAIM_FEATURES)))
    n = len(texts)
    log_words = np.log1p(np.array([len(t.split()) for t in texts], dtype=np.float64))
    emb = embeddings.astype(np.float64)
    centroid = emb.mean(axis=0)
    centroid /= float(np.linalg.norm(centroid)) or 1.0
    central = emb @ centroid
    similarity = emb @ emb.T
    tfidf = tfidf_centrality(texts)
    sentence = _sentence_columns(texts, log_words, central, similarity, tfidf)
    document = _document_row(n_body, log_words, central, tfidf)
    interactions = (sentence[:, :_N_INTERACT, None] * document[None, None, :]).reshape(n, -1)
    shape = shape_features(texts, opens_paragraph)
    return np.hstack([sentence, shape, claim_rows, np.tile(document, (n, 1)), interactions])


def _sentence_columns(
    texts: Sequence[str],
    log_words: np.ndarray,
    central: np.ndarray,
    similarity: np.ndarray,
    tfidf: np.ndarray,
) -> np.ndarray:
    """The per-sentence block of :func:`sentence_features`: position, length, centrality (to
    the embedding centroid, the lede, the others), quotes, digits and redundancy."""
    n = len(texts)
    pos = np.arange(n, dtype=np.float64)
    lexical = unigram_centrality(texts)
    return np.stack(
        [
            pos == 0,
            pos == 1,
            pos == 2,
            np.exp(-pos / 3),
            pos / 15,
            log_words,
            log_words < math.log1p(8),
            central,
            central - central.max(),
            _ranks(central),
            similarity[0],
            tfidf,
            _ranks(tfidf),
            (similarity.sum(axis=1) - 1) / max(1, n - 1),
            [any(q in t for q in _QUOTES) for t in texts],
            [any(c.isdigit() for c in t) for t in texts],
            lexical,
            _standardized(central),
            _standardized(lexical),
            _standardized(log_words),
            _standardized(tfidf),
            _previous_max(similarity),
        ],
        axis=1,
    ).astype(np.float64)


def _document_row(
    n_body: int, log_words: np.ndarray, central: np.ndarray, tfidf: np.ndarray
) -> np.ndarray:
    """The per-document features of :func:`sentence_features` (the article's length, its
    sentences' mean length, and what its first sentence scores)."""
    return np.array(
        [
            math.log1p(n_body),
            log_words.mean(),
            central[0],
            log_words[0],
            _ranks(central)[0],
            tfidf[0],
            _ranks(tfidf)[0],
        ]
    )


@dataclass(frozen=True)
class RankerHead:
    """score = ((x − mean) / scale) · weights + prior · exp(−position / prior_tau)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    prior: float
    prior_tau: float

    def score(self, features: np.ndarray) -> np.ndarray:
        pos = np.arange(len(features), dtype=np.float64)
        z = (features - self.mean) / self.scale
        return np.asarray(z @ self.weights + self.prior * np.exp(-pos / self.prior_tau))

    def to_dict(self) -> dict[str, Any]:
        def rounded(a: np.ndarray) -> list[float]:
            return [round(float(v), 6) for v in a]

        return {
            "mean": rounded(self.mean),
            "scale": rounded(self.scale),
            "weights": rounded(self.weights),
            "prior": self.prior,
            "prior_tau": self.prior_tau,
        }


def packaged_ranker_path() -> Path:
    return Path(str(resources.files("factkit.models").joinpath(PACKAGED_RANKER)))


def load_ranker(path: Path | None = None) -> dict[str, RankerHead]:
    """The ``single`` and ``multi`` heads from a JSON weights file (default: the packaged one)."""
    path = path or packaged_ranker_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("features") != list(FEATURE_NAMES):
            raise ValueError("feature list differs from this version's FEATURE_NAMES")
        heads = {}
        for name in HEADS:
            head = data["heads"][name]
            mean, scale, weights = (
                np.asarray(head[k], dtype=np.float64) for k in ("mean", "scale", "weights")
            )
            if any(a.shape != (len(FEATURE_NAMES),) for a in (mean, scale, weights)):
                raise ValueError(f"head {name!r}: arrays must have {len(FEATURE_NAMES)} values")
            prior, prior_tau = float(head["prior"]), float(head["prior_tau"])
            heads[name] = RankerHead(mean, scale, weights, prior, prior_tau)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ModelLoadError(f"{path}: not a summary ranker weights file ({exc})") from exc
    return heads


DEFAULT_MAX_SIMILARITY = 0.8  # only for a weights file that does not state its own


def ranker_max_similarity(path: Path | None = None) -> float:
    """The redundancy threshold stored with the ranker: two summary sentences with a MiniLM
    cosine above it say the same thing (chosen on the training half, see the model card)."""
    path = path or packaged_ranker_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return float(data.get("redundancy", {}).get("max_cosine", DEFAULT_MAX_SIMILARITY))
    except (OSError, UnicodeDecodeError, ValueError, AttributeError, TypeError) as exc:
        raise ModelLoadError(f"{path}: not a summary ranker weights file ({exc})") from exc


def head_for(length: Length) -> str:
    """One-sentence summaries use the ``single`` head; sentence counts > 1 and budgets ``multi``."""
    return "single" if length.sentences == 1 else "multi"


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
        picked = self._pick(relevance, texts, embeddings, length, max_chars)
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


def fit_budget(
    text: str,
    chosen: list[Sentence],
    scores: Mapping[int, float],
    claims: Mapping[int, Claim],
    length: Length,
    max_chars: int | None,
) -> tuple[SummarySentence, ...]:
    """Summary sentences in article order, the last one cut at a clause or word boundary when
    the word budget or ``max_chars`` would be exceeded (offsets stay exact: ``text[start:end]``)."""
    chosen = sorted(chosen, key=lambda s: s.start)
    out: list[SummarySentence] = []
    words_left = length.words
    chars_left = max_chars
    for sentence in chosen:
        end = sentence.end
        if words_left is not None or chars_left is not None:
            end = sentence.start + trim_end(sentence.text, words_left, chars_left)
            if end - sentence.start < len(sentence.text) and out and end - sentence.start < 20:
                break  # only a scrap would be left: stop at the whole sentences before it
            if end <= sentence.start:
                break
        piece = text[sentence.start : end]
        claim = claims.get(sentence.index)
        carries = claim is not None and (
            end == sentence.end or not claim.quantities or claim.quantities[0].start < end
        )
        out.append(
            SummarySentence(
                index=sentence.index,
                start=sentence.start,
                end=end,
                score=scores[sentence.index] if math.isfinite(scores[sentence.index]) else 0.0,
                text=piece,
                claim_ids=(claim.id,) if carries and claim is not None else (),
            )
        )
        if words_left is not None:
            words_left -= count_words(piece)
        if chars_left is not None:
            chars_left -= len(piece) + 1
        if end < sentence.end:
            break
    return tuple(out)
