"""Training data and fitting for the verifier's consistency model (training only;
``scripts/train_consistency.py`` runs it).

FactCC-style pairs generated from articles, seeded and deterministic. A *claim* is compared with
its candidate article sentences (the ``CANDIDATES`` most similar by MiniLM cosine, as the
verifier's support):

- consistent claims: reference highlights aligned to the article (best cosine at least
  ``MIN_HIGHLIGHT_SIMILARITY``), article sentences, and article sentences with a parenthetical
  clause dropped;
- inconsistent claims, each made from a consistent one: ``role_swap`` (two names of the claim
  trade places: who beat whom; the agent and patient of a name-verb-name relation when the
  claim has one, ``factkit.verification.relations``), ``entity_swap`` (a name replaced by
  another name of the article), ``number_swap`` / ``number_change``, ``negation`` (inserted or
  removed), ``speaker_swap`` (another speaker of the article) and ``date_shift`` (weekday, month
  or year).

:func:`fit_consistency` fits the logistic head over
:data:`factkit.verification.consistency.FEATURES`.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from factkit.lang import alternation, entries, word_set
from factkit.training.logistic import fit_logistic_bias_first
from factkit.verification.consistency import FEATURES, consistency_features
from factkit.verification.relations import relations

__all__ = [
    "KINDS",
    "ArticleSource",
    "Claim",
    "Pair",
    "fit_consistency",
    "make_claims",
    "make_pairs",
    "transform",
]

CANDIDATES = 3  # the verifier's verify.top_k
MIN_HIGHLIGHT_SIMILARITY = 0.55
KINDS = (
    "role_swap",
    "entity_swap",
    "number_swap",
    "number_change",
    "negation",
    "speaker_swap",
    "date_shift",
)

_NAME_RE = re.compile(
    r"(?<![\w'’])[A-Z][a-z'’-]+(?:\s+(?:(?:"
    + alternation(word_set("name_particles") | {"of"})
    + r")\s+)?[A-Z][a-z'’-]+)*"
)
_NUMBER_RE = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\w])")
_AUX_RE = re.compile(r"\b(" + alternation(entries("auxiliary_verbs")) + r")\b(?! not\b)")
_NEG_RE = re.compile(r"\s+(?:" + alternation(entries("negations_removable")) + r")\b|n't\b")
_PAREN_RE = re.compile(r",\s[^,]{3,80},\s")
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_NOT_NAMES = word_set("not_names")
_REPORTING = "|".join(sorted(word_set("reporting_verbs"), key=len, reverse=True))
_TITLES = word_set("title_abbreviations")
_TITLED_RE = re.compile(
    r"\b(?:" + alternation(_TITLES, capitalize=True) + r")\.?\s+([A-Z][a-z'’-]+)"
)
_WEEKDAYS = [w.capitalize() for w in entries("weekdays")]
_MONTHS = [m.capitalize() for m in entries("months")]


@dataclass(frozen=True)
class ArticleSource:
    """An article with its reference highlights (may be empty), one training document."""

    id: str
    sentences: tuple[str, ...]
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    """A consistent claim of an article and where it came from (highlight / sentence / clause)."""

    text: str
    origin: str


@dataclass(frozen=True)
class Pair:
    """A claim, its candidate article sentences with cosine similarities, and its label."""

    doc: str
    claim: str
    kind: str  # "consistent" or one of KINDS
    label: int  # 1 = inconsistent
    candidates: tuple[tuple[str, float], ...] = ()


def _rng(seed: int, *parts: str) -> random.Random:
    """A generator seeded from ``seed`` and strings (stable across processes, unlike hash())."""
    digest = hashlib.sha256("\x1f".join([str(seed), *parts]).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _names(text: str) -> list[tuple[int, int]]:
    """Spans of capitalized runs that are names, not sentence openers or month/day names."""
    out = []
    for m in _NAME_RE.finditer(text):
        a, b = m.start(), m.end()
        words = m.group().split()
        if words[0].lower() in _NOT_NAMES:  # "The Arsenal": keep the rest of the run
            if len(words) == 1:
                continue
            a += len(words[0]) + 1
            words = words[1:]
        if all(w in _WEEKDAYS or w in _MONTHS for w in words) or words[0].lower() in _TITLES:
            continue
        out.append((a, b))
    return out


def _speaker_spans(text: str) -> list[tuple[int, int]]:
    """Name spans right before or after a reporting verb ("Smith said", "said Smith")."""
    out = []
    for a, b in _names(text):
        before = text[max(0, a - 12) : a]
        after = text[b : b + 12]
        if re.search(rf"\b(?:{_REPORTING})\s+$", before) or re.match(
            rf"\s+(?:{_REPORTING})\b", after
        ):
            out.append((a, b))
    return out


def _person_names(sentences: Sequence[str]) -> set[str]:
    """Names the article gives a title or a quotation (the rest count as other names)."""
    people: set[str] = set()
    for s in sentences:
        for a, b in _speaker_spans(s):
            people.add(s[a:b])
        for m in _TITLED_RE.finditer(s):
            people.add(m.group(1))
    return people


def _replace(text: str, a: int, b: int, new: str) -> str:
    return text[:a] + new + text[b:]


def _role_swap(claim: str, sentences: Sequence[str], rng: random.Random) -> str | None:
    # who did what to whom first: the two names of a name-verb-name relation trade places
    rels = relations(claim, 0, len(claim), _lower_words(claim, sentences))
    if rels:
        rel = rng.choice(rels)
        (a, b), (c, d) = sorted((rel.agent, rel.patient))
        return claim[:a] + claim[c:d] + claim[b:c] + claim[a:b] + claim[d:]
    spans = _names(claim)
    distinct = [
        (x, y)
        for i, x in enumerate(spans)
        for y in spans[i + 1 :]
        if claim[x[0] : x[1]] not in claim[y[0] : y[1]]
        and claim[y[0] : y[1]] not in claim[x[0] : x[1]]
    ]
    if not distinct:
        return None
    (a, b), (c, d) = rng.choice(distinct)
    return claim[:a] + claim[c:d] + claim[b:c] + claim[a:b] + claim[d:]


def _lower_words(claim: str, sentences: Sequence[str]) -> set[str]:
    """Words written in lower case in the claim or its article (not names when capitalized)."""
    return {w.lower() for text in (claim, *sentences) for w in re.findall(r"\b[a-z][\w'’-]*", text)}


def _entity_swap(claim: str, sentences: Sequence[str], rng: random.Random) -> str | None:
    spans = _names(claim)
    if not spans:
        return None
    people = _person_names(sentences)
    a, b = rng.choice(spans)
    old = claim[a:b]
    kind = old in people or old.split()[-1] in people
    pool = sorted(
        {
            s[x:y]
            for s in sentences
            for x, y in _names(s)
            if s[x:y] not in claim and old not in s[x:y] and (s[x:y] in people) == kind
        }
    )
    return _replace(claim, a, b, rng.choice(pool)) if pool else None


def _number_swap(claim: str, sentences: Sequence[str], rng: random.Random) -> str | None:
    found = [m for m in _NUMBER_RE.finditer(claim)]
    pairs = [(x, y) for i, x in enumerate(found) for y in found[i + 1 :] if x.group() != y.group()]
    if not pairs:
        return None
    x, y = rng.choice(pairs)
    return (
        claim[: x.start()] + y.group() + claim[x.end() : y.start()] + x.group() + claim[y.end() :]
    )


def _number_change(claim: str, sentences: Sequence[str], rng: random.Random) -> str | None:
    found = list(_NUMBER_RE.finditer(claim))
    if not found:
        return None
    m = rng.choice(found)
    others = sorted({n.group() for s in sentences for n in _NUMBER_RE.finditer(s)} - {m.group()})
    if others and rng.random() < 0.5:
        return _replace(claim, m.start(), m.end(), rng.choice(others))
    value = float(m.group().replace(",", ""))
    factor = rng.choice((0.5, 0.75, 1.5, 2.0, 3.0))
    new = value * factor if value > 3 else value + rng.choice((1, 2, 5))
    text = (
        f"{new:.1f}"
        if "." in m.group()
        else f"{round(new):,}"
        if "," in m.group()
        else str(round(new))
    )
    return None if text == m.group() else _replace(claim, m.start(), m.end(), text)


def _negation(claim: str, sentences: Sequence[str], rng: random.Random) -> str | None:
    neg = _NEG_RE.search(claim)
    if neg is not None:
        return claim[: neg.start()] + claim[neg.end() :]
    aux = _AUX_RE.search(claim)
    if aux is None:
        return None
    return claim[: aux.end()] + " not" + claim[aux.end() :]


def _speaker_swap(claim: str, sentences: Sequence[str], rng: random.Random) -> str | None:
    spans = _speaker_spans(claim)
    if not spans:
        return None
    a, b = rng.choice(spans)
    old = claim[a:b]
    pool = sorted(
        {s[x:y] for s in sentences for x, y in _speaker_spans(s)}
        - {old}
        - {n for n in (claim[x:y] for x, y in _names(claim))}
    )
    pool = [p for p in pool if p.split()[-1] != old.split()[-1]]
    return _replace(claim, a, b, rng.choice(pool)) if pool else None


def _date_shift(claim: str, sentences: Sequence[str], rng: random.Random) -> str | None:
    for names in (_WEEKDAYS, _MONTHS):
        hits = [m for m in re.finditer(r"\b(" + "|".join(names) + r")\b", claim)]
        if hits:
            m = rng.choice(hits)
            other = rng.choice([n for n in names if n != m.group()])
            return _replace(claim, m.start(), m.end(), other)
    years = list(_YEAR_RE.finditer(claim))
    if not years:
        return None
    m = rng.choice(years)
    return _replace(claim, m.start(), m.end(), str(int(m.group()) + rng.choice((-2, -1, 1, 2))))


_TRANSFORMS: dict[str, Callable[[str, Sequence[str], random.Random], str | None]] = {
    "role_swap": _role_swap,
    "entity_swap": _entity_swap,
    "number_swap": _number_swap,
    "number_change": _number_change,
    "negation": _negation,
    "speaker_swap": _speaker_swap,
    "date_shift": _date_shift,
}


def transform(kind: str, claim: str, sentences: Sequence[str], rng: random.Random) -> str | None:
    """The claim made inconsistent by one transformation, or None when it does not apply."""
    out = _TRANSFORMS[kind](claim, sentences, rng)
    return None if out is None or out == claim else out


def make_claims(article: ArticleSource, seed: int, per_article: int = 4) -> list[Claim]:
    """Consistent claims: every highlight, and ``per_article`` sampled sentences (5 to 50 words),
    each kept whole or with a parenthetical clause dropped."""
    rng = _rng(seed, article.id, "claims")
    claims = [Claim(h, "highlight") for h in article.highlights]
    usable = [s for s in article.sentences if 5 <= len(s.split()) <= 50]
    for s in rng.sample(usable, min(per_article, len(usable))):
        clause = _PAREN_RE.search(s)
        if clause is not None and rng.random() < 0.5:
            claims.append(Claim(s[: clause.start()] + " " + s[clause.end() :], "clause_drop"))
        else:
            claims.append(Claim(s, "sentence"))
    return claims


def make_pairs(
    article: ArticleSource,
    claims: Sequence[Claim],
    seed: int,
    negatives_per_claim: int = 2,
) -> list[tuple[str, str, int]]:
    """(claim text, kind, label) rows: each claim, and up to ``negatives_per_claim`` of its
    transformations (role and speaker swaps first whenever they apply, the others in seeded
    order)."""
    rows: list[tuple[str, str, int]] = []
    for n, c in enumerate(claims):
        rng = _rng(seed, article.id, str(n))
        rows.append((c.text, "consistent", 0))
        order = list(KINDS)
        rng.shuffle(order)
        order.sort(key=lambda k: k not in ("role_swap", "speaker_swap"))
        made = 0
        for kind in order:
            new = transform(kind, c.text, article.sentences, rng)
            if new is not None:
                rows.append((new, kind, 1))
                made += 1
                if made == negatives_per_claim:
                    break
    return rows


def attach_candidates(
    doc: str,
    rows: Sequence[tuple[str, str, int]],
    claim_vectors: np.ndarray,
    sentences: Sequence[str],
    sentence_vectors: np.ndarray,
) -> list[Pair]:
    """Pairs with the ``CANDIDATES`` article sentences most similar to each claim."""
    sims = claim_vectors @ sentence_vectors.T if len(sentences) else np.zeros((len(rows), 0))
    out = []
    for (text, kind, label), row in zip(rows, sims, strict=True):
        top = np.argsort(-row, kind="stable")[:CANDIDATES]
        cands = tuple((sentences[int(j)], round(float(row[j]), 6)) for j in top)
        out.append(Pair(doc, text, kind, label, cands))
    return out


def feature_matrix(pairs: Sequence[Pair]) -> np.ndarray:
    rows = (consistency_features(p.claim, p.candidates) for p in pairs)
    return np.array([[row[f] for f in FEATURES] for row in rows])


def fit_consistency(pairs: Sequence[Pair], l2: float = 1.0) -> np.ndarray:
    """Logistic weights over ``FEATURES`` (bias first); consistent and inconsistent pairs carry
    the same total weight. Newton's method: the same pairs give the same weights."""
    x = feature_matrix(pairs)
    y = np.array([p.label for p in pairs], float)
    pos = max(1.0, float(y.sum()))
    neg = max(1.0, float(len(y) - y.sum()))
    w = np.where(y == 1, len(y) / 2 / pos, len(y) / 2 / neg)
    return fit_logistic_bias_first(x, y, l2, w)
