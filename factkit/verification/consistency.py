"""The sentence-level consistency model: how likely a summary sentence contradicts the article
sentences it is aligned to, even when every word of it occurs there (a right name in the wrong
role, a dropped or added negation, another speaker).

Mean-pooled MiniLM embeddings barely tell "Chelsea beat Arsenal" from "Arsenal beat Chelsea", so
the model reads the similarities the verifier already has (no extra encoder pass) together with
cheap order-sensitive alignment features: the share of discordant pairs among the words the
claim and its passage share, how many of the claim's word pairs keep their order, names, numbers
and speakers the passage lacks, negation mismatch, and who did what to whom: a name-verb-name
relation of the claim that a candidate states the other way round, or the same way
(``relations.py``). A small logistic head over them, trained by
``scripts/train_consistency.py`` on FactCC-style pairs that factkit generates from articles
(:mod:`factkit.training.consistency`), gives the probability that the claim is inconsistent.
Weights: ``factkit/models/consistency.json`` (format version and feature names checked on load).
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from factkit.errors import ModelLoadError
from factkit.lang import word_set
from factkit.verification.relations import kept_relations, relations, reversed_relations
from factkit.verification.text import STOP_WORDS, WORD_RE, norm_word, stem_of

MODEL_FILE = "consistency.json"
FORMAT_VERSION = 1
FEATURES = (
    "bias",
    "similarity",
    "best_similarity",
    "novel_content",
    "novel_names",
    "novel_numbers",
    "negation_mismatch",
    "order_discord",
    "name_order_discord",
    "pair_order_miss",
    "speaker_miss",
    "passage_cover",
    "claim_length",
    "role_reversed",
    "role_kept",
)
PASSAGE_SIZE = 2  # aligned article sentences the claim is compared with

_NEGATIONS = word_set("negations")
_REPORTING = word_set("reporting_verbs")
_PAIR_WINDOW = 3  # a claim word pair keeps its order when both occur this close in the passage


@dataclass(frozen=True)
class _Token:
    stem: str
    name: bool  # capitalized inside the sentence
    number: bool


def _tokens(text: str) -> list[_Token]:
    """Content tokens of a sentence in order (function words and reporting verbs kept out of
    the pair features by ``STOP_WORDS``; negations are counted separately)."""
    out = []
    for k, m in enumerate(WORD_RE.finditer(text)):
        raw = m.group()
        w = norm_word(raw)
        if not w or w in STOP_WORDS or w in _NEGATIONS:
            continue
        out.append(_Token(stem_of(w), k > 0 and raw[:1].isupper(), raw[:1].isdigit()))
    return out


def _negated(text: str) -> bool:
    words = [norm_word(m.group()) for m in WORD_RE.finditer(text)]
    return any(w in _NEGATIONS or w.endswith("n't") or w.endswith("n’t") for w in words)


def _speakers(text: str) -> set[str]:
    """Stems of the capitalized words right before or after a reporting verb."""
    words = [m.group() for m in WORD_RE.finditer(text)]
    out: set[str] = set()
    for k, w in enumerate(words):
        if norm_word(w) not in _REPORTING:
            continue
        for j in (k - 2, k - 1, k + 1, k + 2):
            if (
                0 <= j < len(words)
                and words[j][:1].isupper()
                and norm_word(words[j]) not in STOP_WORDS
            ):
                out.add(stem_of(words[j]))
    return out


def _discord(claim: list[_Token], main: list[_Token]) -> tuple[float, float]:
    """(discordant share of all pairs, of pairs with a name) among stems that occur once in
    both the claim and the passage's main sentence."""
    first: dict[str, int] = {}
    counts: dict[str, int] = {}
    for p, t in enumerate(main):
        first.setdefault(t.stem, p)
        counts[t.stem] = counts.get(t.stem, 0) + 1
    seen: set[str] = set()
    matched: list[tuple[int, bool]] = []
    for t in claim:
        if counts.get(t.stem) == 1 and t.stem not in seen:
            seen.add(t.stem)
            matched.append((first[t.stem], t.name))
    pairs = flips = name_pairs = name_flips = 0
    for i in range(len(matched)):
        for j in range(i + 1, len(matched)):
            flipped = matched[i][0] > matched[j][0]
            pairs += 1
            flips += flipped
            if matched[i][1] or matched[j][1]:
                name_pairs += 1
                name_flips += flipped
    return flips / max(1, pairs), name_flips / max(1, name_pairs)


def _pair_order_miss(claim: list[_Token], passage: list[list[_Token]]) -> float:
    """Share of adjacent claim word pairs (a, b), both words in the passage, that no passage
    sentence has as a ... b within ``_PAIR_WINDOW`` tokens (a swap of roles breaks "Chelsea beat"
    and "beat Arsenal"). Pairs with a word the passage lacks are left to the novelty features,
    so a paraphrase's new words do not count as reordering."""
    ordered: set[tuple[str, str]] = set()
    have: set[str] = set()
    for sent in passage:
        have.update(t.stem for t in sent)
        for i, t in enumerate(sent):
            for u in sent[i + 1 : i + 1 + _PAIR_WINDOW]:
                ordered.add((t.stem, u.stem))
    pairs = [(a, b) for a, b in itertools.pairwise(claim) if a.stem in have and b.stem in have]
    if not pairs:
        return 0.0
    return sum((a.stem, b.stem) not in ordered for a, b in pairs) / len(pairs)


def _passage(
    claim: list[_Token], candidates: Sequence[tuple[str, float]], tokens: list[list[_Token]]
) -> list[int]:
    """Indices of the ``PASSAGE_SIZE`` candidates that best support the claim (similarity plus
    the share of the claim's stems they hold), best first."""
    stems = {t.stem for t in claim}

    def fit(k: int) -> float:
        held = {t.stem for t in tokens[k]} & stems
        return candidates[k][1] + len(held) / max(1, len(stems))

    order = sorted(range(len(candidates)), key=lambda k: (-fit(k), k))
    return order[:PASSAGE_SIZE]


def consistency_features(claim: str, candidates: Sequence[tuple[str, float]]) -> dict[str, float]:
    """The model's named inputs (``FEATURES``) for a claim sentence and its candidate article
    sentences, each with its MiniLM cosine similarity to the claim (the verifier's support)."""
    out = dict.fromkeys(FEATURES, 0.0)
    out["bias"] = 1.0
    toks = _tokens(claim)
    out["claim_length"] = math.log1p(len(toks)) / 4.0
    if not candidates:
        out["novel_content"] = 1.0
        return out
    cand_tokens = [_tokens(text) for text, _ in candidates]
    picked = _passage(toks, candidates, cand_tokens)
    sents = [cand_tokens[k] for k in picked]
    main = sents[0]
    out["similarity"] = candidates[picked[0]][1]
    out["best_similarity"] = max(s for _, s in candidates)
    have = {t.stem for s in sents for t in s}
    if toks:
        out["novel_content"] = sum(t.stem not in have for t in toks) / len(toks)
    out["novel_names"] = min(sum(t.name and t.stem not in have for t in toks), 3) / 3.0
    out["novel_numbers"] = min(sum(t.number and t.stem not in have for t in toks), 2) / 2.0
    main_text = candidates[picked[0]][0]
    out["negation_mismatch"] = float(_negated(claim) != _negated(main_text))
    out["order_discord"], out["name_order_discord"] = _discord(toks, main)
    out["pair_order_miss"] = _pair_order_miss(toks, sents)
    claimed = _speakers(claim)
    if claimed:
        heard = set().union(*(_speakers(candidates[k][0]) for k in picked))
        out["speaker_miss"] = float(not claimed <= heard)
    stems = {t.stem for t in toks}
    out["passage_cover"] = sum(t.stem in stems for t in main) / max(1, len(main))
    out["role_reversed"], out["role_kept"] = _roles(claim, [text for text, _ in candidates])
    return out


def _roles(claim: str, passage: Sequence[str]) -> tuple[float, float]:
    """(any of the claim's name-verb-name relations stated the other way round by a candidate,
    share of them stated the same way): who did what to whom (``relations.py``)."""
    common = {
        norm_word(m.group())
        for text in (claim, *passage)
        for m in WORD_RE.finditer(text)
        if m.group().islower()
    }
    claimed = relations(claim, 0, len(claim), common)
    if not claimed:
        return 0.0, 0.0
    stated = [r for text in passage for r in relations(text, 0, len(text), common)]
    reversed_ = bool(reversed_relations(claimed, stated))
    return float(reversed_), kept_relations(claimed, stated) / len(claimed)


@dataclass(frozen=True)
class ConsistencyModel:
    """Logistic weights over ``FEATURES``: the probability that a claim is inconsistent."""

    weights: np.ndarray

    def probability(self, features: dict[str, float]) -> float:
        z = float(self.weights @ np.array([features[f] for f in FEATURES]))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def score(self, claim: str, candidates: Sequence[tuple[str, float]]) -> float:
        return self.probability(consistency_features(claim, candidates))


def load_consistency_model(path: Path | None = None) -> ConsistencyModel:
    """A weights file (default: the packaged one), checked: format version, feature names and
    finite weights of the right length, else one :class:`ModelLoadError` naming the file."""
    where = str(path) if path is not None else f"factkit/models/{MODEL_FILE}"
    try:
        if path is None:
            text = resources.files("factkit.models").joinpath(MODEL_FILE).read_text("utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        raw = json.loads(text)
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"{where}: cannot read the consistency model ({exc})") from None
    if not isinstance(raw, dict) or raw.get("format_version") != FORMAT_VERSION:
        version = raw.get("format_version") if isinstance(raw, dict) else None
        raise ModelLoadError(
            f"{where}: format_version {version!r}, this factkit reads {FORMAT_VERSION}"
        )
    if tuple(raw.get("features", ())) != FEATURES:
        raise ModelLoadError(f"{where}: features do not match this factkit ({list(FEATURES)})")
    try:
        weights = np.array(raw["weights"], np.float64)
    except (KeyError, TypeError, ValueError):
        raise ModelLoadError(f"{where}: 'weights' must be a list of numbers") from None
    if weights.shape != (len(FEATURES),) or not np.isfinite(weights).all():
        raise ModelLoadError(f"{where}: 'weights' must be {len(FEATURES)} finite numbers")
    return ConsistencyModel(weights)


@cache
def consistency_model() -> ConsistencyModel:
    """The packaged model, loaded once per process."""
    return load_consistency_model()
