"""Claim extraction: body sentences with numbers or attributed statements, ranked for checking.

A *claim* is a body sentence with at least one quantity or attribution. Its ``score`` in [0, 1]
ranks specific, attributed, numeric statements above vague ones:

    structural = 0.35·[has quantity] + 0.25·[has attribution] + 0.10·[named speaker]
               + 0.10·min(1, quantities/2) + 0.10·[qualifier or unit] + 0.10·[anchored date]
    score      = w·learned + (1 − w)·structural        (w = claims.scoring.learned_weight)

where ``learned`` is the check-worthiness model's probability for the sentence
(``factkit.checkworthiness``); with ``checkworthiness.enabled: false`` the score is structural.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factkit.annotate.attribution import AttributionFinder
from factkit.annotate.quantities import QuantityFinder
from factkit.annotate.times import anchor_times
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

# Reporting cue -> the verb a question asks with ("Did X warn that ...?").
_CUE_VERBS = {
    "warn": "warn",
    "tell": "tell",
    "told": "tell",
    "claim": "claim",
    "announc": "announce",
    "den": "deny",
    "confirm": "confirm",
    "estimat": "estimate",
    "predict": "predict",
    "insist": "insist",
    "argu": "argue",
    "stat": "state",
    "add": "add",
    "tweet": "tweet",
    "writ": "write",
    "wrote": "write",
    "report": "report",
    "expect": "expect",
}
_LOWER_FIRST = {
    "the",
    "a",
    "an",
    "some",
    "they",
    "it",
    "this",
    "these",
    "those",
    "its",
    "their",
    "many",
    "most",
    "more",
    "at",
    "in",
    "on",
    "about",
    "nearly",
    "almost",
    "over",
}


def _cue_verb(cue: str) -> str:
    word = cue.lower().split()[-1] if cue.split() else ""
    for stem, verb in _CUE_VERBS.items():
        if word.startswith(stem):
            return verb
    return "say"


def _clause(text: str) -> str:
    """A sentence or content as an embedded clause: trimmed, final punctuation dropped."""
    text = " ".join(text.split()).strip(" \"'“”‘’")
    text = re.sub(r"[.,;:!?]+$", "", text)
    first, _, rest = text.partition(" ")
    if first.lower() in _LOWER_FIRST and first[:1].isupper():
        text = f"{first.lower()} {rest}".strip()
    return text


def build_question(
    sentence_text: str,
    attributions: Sequence[Attribution],
    as_of: str | None,
) -> str:
    """A yes/no verification question from the claim's structure."""
    when = f" (as of {as_of})" if as_of else ""
    if attributions:
        att = attributions[0]
        who = att.speaker_resolved or att.speaker
        if who:
            who_text = _clause(who) if who.split()[0].lower() in _LOWER_FIRST else who
            verb = _cue_verb(att.cue)
            content = att.content.strip()
            if att.direct:
                quoted = content.strip(" \"'“”‘’").rstrip(",")
                return f'Did {who_text} {verb} "{quoted}"{when}?'
            return f"Did {who_text} {verb} that {_clause(content)}{when}?"
    return f"Is it accurate that {_clause(sentence_text)}{when}?"


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


def attributions_by_sentence(
    body: Sequence[Sentence], atts: Sequence[Attribution]
) -> dict[int, list[Attribution]]:
    """Sentence index -> the attributions whose cue lies in it or whose content overlaps it, in
    ``atts`` order. Sentences in text order (as the splitter gives them) are found by bisection,
    so this is O((sentences + attributions) log sentences), not their product."""
    ordered = sorted(body, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    ends = [s.end for s in ordered]
    found: dict[int, list[Attribution]] = {}
    if any(b < a for a, b in itertools.pairwise(ends)):  # nested sentences: pairwise test
        for att in atts:
            for s in body:
                if _touches(s, att):
                    found.setdefault(s.index, []).append(att)
        return found
    for att in atts:
        hits = set(
            range(
                bisect.bisect_right(ends, att.content_start),
                bisect.bisect_left(starts, att.content_end),
            )
        )
        i = bisect.bisect_right(starts, att.cue_start) - 1
        while i >= 0 and ends[i] > att.cue_start:
            hits.add(i)
            i -= 1
        for i in sorted(hits):
            if _touches(ordered[i], att):
                found.setdefault(ordered[i].index, []).append(att)
    return found


def _touches(s: Sentence, att: Attribution) -> bool:
    cue_in = s.start <= att.cue_start < s.end
    content_in = att.content_start < s.end and s.start < att.content_end
    return cue_in or content_in


@dataclass(frozen=True, slots=True)
class ClaimSet:
    claims: list[Claim]
    times: list[TimeAnchor]


class ClaimExtractor:
    """Runs the quantity, attribution and time finders over an article's body sentences."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        ccfg = self.config.claims
        self.quantities = QuantityFinder(ccfg.quantities) if ccfg.quantities.enabled else None
        self.attributions = (
            AttributionFinder(ccfg.attribution) if ccfg.attribution.enabled else None
        )
        self._scorer = None
        if self.config.checkworthiness.enabled and ccfg.scoring.learned_weight > 0:
            from factkit.checkworthy import CheckworthinessModel

            self._scorer = CheckworthinessModel.load(
                self.config.checkworthiness, self.config.encoder
            )

    def extract(self, article: Article, sentences: Sequence[Sentence]) -> ClaimSet:
        text = article.text
        body = [s for s in sentences if s.kind == "body"]
        times = (
            anchor_times(text, list(sentences), article.date)
            if self.config.claims.times.enabled
            else []
        )
        atts = self.attributions.find(text, list(sentences)) if self.attributions else []

        by_sentence_atts = attributions_by_sentence(body, atts)
        by_sentence_times: dict[int, list[TimeAnchor]] = {}
        for t in times:
            if t.sentence_index is not None:
                by_sentence_times.setdefault(t.sentence_index, []).append(t)

        drafts: list[tuple[Sentence, list[Quantity], list[Attribution], list[TimeAnchor]]] = []
        for s in body:
            qs = self.quantities.find(text, s.start, s.end) if self.quantities else []
            sa = by_sentence_atts.get(s.index, [])
            if qs or sa:
                drafts.append((s, qs, sa, by_sentence_times.get(s.index, [])))

        learned = (
            self._scorer.score([d[0].text for d in drafts]).tolist()
            if self._scorer is not None and drafts
            else None
        )
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
                    question=build_question(s.text, sa, article_date),
                    quantities=tuple(qs),
                    attributions=tuple(sa),
                    times=tuple(ts),
                )
            )
        return ClaimSet(claims=claims, times=times)
