"""The learned ranker's features of each candidate sentence and of its document.

Per sentence: position, length, MiniLM centroid similarity, similarity to the first sentence
and to earlier ones, TF-IDF and unigram centrality, ranks, within-document z-scores, quotes,
digits, sentence shape and paragraph structure (shape.py), the claim it carries (keyfacts.py);
per document: its length, how central and how long its first sentence is; and position ×
document interactions, so the ranker can learn when the lead matters. ``FEATURE_NAMES`` names
the columns, in the order the weights file (ranker.py) stores them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from factkit.lang import word_set
from factkit.summarization.keyfacts import CLAIM_FEATURES
from factkit.summarization.porter import stem as porter_stem
from factkit.summarization.shape import SHAPE_FEATURES, shape_features

_LEX_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = word_set("summary_stopwords")  # the TF-IDF centrality's, fitted with the ranker
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
