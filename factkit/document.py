"""The typed document model shared by every stage.

Span convention: every span is a half-open ``[start, end)`` range of *character* offsets into the
original article text (``Article.text``), so ``article.text[span.start:span.end] == span.text``
always holds. Stages pass these objects forward and never mutate them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from factkit.annotations import Annotations
from factkit.enums import ClaimKind, ReasonType, SegmentKind, Verdict, values

__all__ = [
    "SEGMENT_KINDS",
    "Article",
    "Attribution",
    "Claim",
    "ClaimKind",
    "Quantity",
    "ReasonType",
    "Report",
    "SegmentKind",
    "Sentence",
    "Summary",
    "SummarySentence",
    "SupportSpan",
    "TimeAnchor",
    "Verdict",
    "Verification",
    "VerifiedSentence",
    "VerifyReason",
]

# The segment kinds as plain strings (the vocabulary itself is ``factkit.enums.SegmentKind``).
SEGMENT_KINDS: tuple[str, ...] = values(SegmentKind)


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. ``text`` is kept byte-for-byte as read (BOM removed).

    ``language`` is an ISO 639-1 code (``"und"`` when unclear); ingestion fills it, and
    :meth:`meta` guesses it when it was left ``None``. ``warnings`` are one-line notes from
    ingestion (an invalid metadata date, a non-English text) that the CLI prints on stderr.
    """

    text: str
    id: str = ""
    date: dt.date | None = None
    section: str | None = None
    title: str | None = None
    credit: str | None = None
    source_path: str | None = None
    url: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = ()

    def meta(self) -> dict[str, Any]:
        """The ``document`` block of the JSON contract."""
        language = self.language
        if language is None:
            from factkit.language import detect_language

            language = detect_language(self.text)
        return {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "section": self.section,
            "title": self.title,
            "credit": self.credit,
            "language": language,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    """A segment of the article: a body sentence or a non-body line (dateline, caption, ...)."""

    index: int
    start: int
    end: int
    kind: SegmentKind
    text: str

    @property
    def is_body(self) -> bool:
        return self.kind == SegmentKind.BODY

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A checkable number. ``value`` has scale words applied ("$1.13bn" -> 1.13e9)."""

    text: str
    start: int
    end: int
    value: float
    unit: str | None = None
    qualifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said what. ``speaker`` is the surface text (``None`` when the source is unnamed)."""

    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str
    cue_start: int
    cue_end: int
    content: str
    content_start: int
    content_end: int
    direct: bool
    speaker_resolved: str | None = None
    speaker_title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "speaker_resolved": self.speaker_resolved,
            "speaker_title": self.speaker_title,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "content": self.content,
            "content_start": self.content_start,
            "content_end": self.content_end,
            "direct": self.direct,
        }


@dataclass(frozen=True, slots=True)
class TimeAnchor:
    """A relative or partial date ("Tuesday", "August 31") resolved against the article date."""

    text: str
    start: int
    end: int
    resolved: str | None  # ISO date, None when the article has no date
    sentence_index: int | None = None

    def to_dict(self, *, with_sentence: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "resolved": self.resolved,
        }
        if with_sentence:
            d["sentence_index"] = self.sentence_index
        return d


@dataclass(frozen=True, slots=True)
class Claim:
    """A body sentence worth verifying, with its structure."""

    id: str
    sentence_index: int
    start: int
    end: int
    text: str
    kinds: tuple[ClaimKind, ...]
    score: float
    question: str
    quantities: tuple[Quantity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    times: tuple[TimeAnchor, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kinds": list(self.kinds),
            "score": round(self.score, 4),
            "question": self.question,
            "quantities": [q.to_dict() for q in self.quantities],
            "attributions": [a.to_dict() for a in self.attributions],
            "times": [t.to_dict(with_sentence=False) for t in self.times],
        }


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A sentence chosen (extractive) or generated (seq2seq) for the summary.

    For extractive summaries ``start``/``end`` point into the article. Generated sentences have no
    article offsets (``None``).
    """

    index: int | None
    start: int | None
    end: int | None
    score: float
    text: str
    claim_ids: tuple[str, ...] = ()  # ids of the report's claims this sentence carries

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "claim_ids": list(self.claim_ids),
        }


@dataclass(frozen=True, slots=True)
class Summary:
    text: str
    method: str  # "extractive" | "seq2seq"
    model: str
    sentences: tuple[SummarySentence, ...]
    strategy: str = "single"  # seq2seq: "single" | "chunked" | "map-reduce"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "method": self.method,
            "model": self.model,
            "strategy": self.strategy,
            "sentences": [s.to_dict() for s in self.sentences],
        }


@dataclass(frozen=True, slots=True)
class SupportSpan:
    """A source sentence that supports a summary sentence."""

    sentence_index: int
    start: int
    end: int
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "similarity": round(self.similarity, 4),
        }


@dataclass(frozen=True, slots=True)
class VerifyReason:
    type: ReasonType
    detail: str
    summary_span: tuple[int, int] | None
    source_start: int | None
    source_end: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "detail": self.detail,
            "summary_span": list(self.summary_span) if self.summary_span else None,
            "source_start": self.source_start,
            "source_end": self.source_end,
        }


@dataclass(frozen=True, slots=True)
class VerifiedSentence:
    index: int
    start: int
    end: int
    text: str
    verdict: Verdict
    reasons: tuple[VerifyReason, ...]
    support: tuple[SupportSpan, ...]
    # Observations that do not make the sentence unsupported ("qualifier_dropped": the summary
    # says "183" where the article says "at least 183").
    notes: tuple[VerifyReason, ...] = ()
    # Calibrated probability that the sentence is unsupported (verdict: >= verify.threshold).
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "verdict": self.verdict,
            "reasons": [r.to_dict() for r in self.reasons],
            "support": [s.to_dict() for s in self.support],
            "notes": [r.to_dict() for r in self.notes],
            "score": None if self.score is None else round(self.score, 4),
        }


@dataclass(frozen=True, slots=True)
class Verification:
    sentences: tuple[VerifiedSentence, ...]
    # Calibrated probability that the summary holds an unsupported sentence.
    score: float | None = None

    @property
    def all_supported(self) -> bool:
        return all(s.verdict == Verdict.SUPPORTED for s in self.sentences)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": [s.to_dict() for s in self.sentences],
            "score": None if self.score is None else round(self.score, 4),
        }


@dataclass(slots=True)
class Report:
    """Everything one pipeline run knows about one article."""

    article: Article
    sentences: list[Sentence]
    times: list[TimeAnchor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    summary: Summary | None = None
    verification: Verification | None = None
    # what the annotate stage found: in memory only, never serialized
    annotations: Annotations | None = field(default=None, repr=False, compare=False)
