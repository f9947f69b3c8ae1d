"""The typed document model shared by every stage, and the one definition of the JSON contract.

Span convention: every span is a half-open ``[start, end)`` range of *character* offsets into the
original article text (``Article.text``), so ``article.text[span.start:span.end] == span.text``
always holds. Stages pass these objects forward and never mutate them.

The classes are plain (stdlib) dataclasses, so the stages build them at full speed and without
validation. Their field types also say how each object is written to the JSON contract: pydantic
reads them (``contract_adapter``) to serialize (``to_dict``), to publish the JSON Schema
(``factkit schema``) and to parse stored reports back, so the three cannot drift. The markers:
``NOT_WRITTEN`` fields stay in memory only, ``Rounded``/``Probability`` floats are written to
four places, ``Offset`` is a non-negative character offset or index.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar

from pydantic import Field, PlainSerializer, StringConstraints, TypeAdapter, field_serializer

from factkit.enums import ClaimKind, ReasonType, SegmentKind, Verdict, values

__all__ = [
    "SEGMENT_KINDS",
    "Article",
    "Attribution",
    "Claim",
    "ClaimKind",
    "Quantity",
    "ReasonType",
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
    "contract_adapter",
]

# The segment kinds as plain strings (the vocabulary itself is ``factkit.enums.SegmentKind``).
SEGMENT_KINDS: tuple[str, ...] = values(SegmentKind)


def _round4(value: float) -> float:
    return round(value, 4)


# --- how fields are written to the JSON contract (read by pydantic; plain types to mypy) -------
NOT_WRITTEN = Field(exclude=True)  # kept in memory, never serialized nor in the schema
Offset = Annotated[int, Field(ge=0)]
Rounded = Annotated[float, PlainSerializer(_round4, return_type=float)]
_Unit = Annotated[float, Field(ge=0, le=1)]
Probability = Annotated[_Unit, PlainSerializer(_round4, return_type=_Unit)]
# ISO 639-1 guess ("und": undetermined); factkit is tuned for "en"
LanguageCode = Annotated[str, StringConstraints(pattern=r"^([a-z]{2}|und)$")]
# ISO 8601 at the precision the text gives: YYYY-MM-DD, YYYY-MM or YYYY
PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def contract_adapter(kind: Any) -> TypeAdapter[Any]:
    """The pydantic adapter that writes, describes and parses ``kind`` as the contract says
    (built on first use, then kept: building one costs milliseconds)."""
    adapter = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS[kind] = TypeAdapter(kind)
    return adapter


class _Written:
    """``to_dict``: the object as the JSON contract writes it (plain JSON values)."""

    __slots__ = ()
    # fields (pydantic's nested ``exclude``) this class leaves out wherever it is written
    WRITE_EXCLUDE: ClassVar[dict[str, Any] | None] = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = contract_adapter(type(self)).dump_python(
            self, mode="json", exclude=self.WRITE_EXCLUDE, warnings=False
        )
        return data


@dataclass(frozen=True, slots=True)
class Article(_Written):
    """One input document. ``text`` is kept byte-for-byte as read (BOM removed).

    ``language`` is an ISO 639-1 code (``"und"`` when unclear); ingestion fills it, and
    :meth:`meta` guesses it when it was left ``None``. ``warnings`` are one-line notes from
    ingestion (an invalid metadata date, a non-English text) that the CLI prints on stderr.
    """

    text: Annotated[str, NOT_WRITTEN]
    id: str = ""
    date: dt.date | None = None
    section: str | None = None
    title: str | None = None
    credit: str | None = None
    source_path: Annotated[str | None, NOT_WRITTEN] = None
    url: Annotated[str | None, NOT_WRITTEN] = None
    language: LanguageCode | None = None
    warnings: Annotated[tuple[str, ...], NOT_WRITTEN] = ()

    @field_serializer("language")
    def _language_written(self, language: str | None) -> LanguageCode:
        # the contract always names a language: guessed here when ingestion left it open
        if language is not None:
            return language
        from factkit.language import detect_language

        return detect_language(self.text)

    def meta(self) -> dict[str, Any]:
        """The ``document`` block of the JSON contract."""
        return self.to_dict()


@dataclass(frozen=True, slots=True)
class Sentence(_Written):
    """A segment of the article: a body sentence or a non-body line (dateline, caption, ...)."""

    index: Offset
    start: Offset
    end: Offset
    kind: SegmentKind
    text: str

    @property
    def is_body(self) -> bool:
        return self.kind == SegmentKind.BODY


@dataclass(frozen=True, slots=True)
class Quantity(_Written):
    """A checkable number. ``value`` has scale words applied ("$1.13bn" -> 1.13e9)."""

    text: str
    start: Offset
    end: Offset
    value: float
    unit: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution(_Written):
    """Who said what. ``speaker`` is the surface text (``None`` when the source is unnamed)."""

    speaker: str | None
    speaker_start: Offset | None
    speaker_end: Offset | None
    # keyword-only, so the constructor's positional order stays as before while the contract
    # writes them next to the speaker
    speaker_resolved: str | None = field(default=None, kw_only=True)
    speaker_title: str | None = field(default=None, kw_only=True)
    cue: str
    cue_start: Offset
    cue_end: Offset
    content: str
    content_start: Offset
    content_end: Offset
    direct: bool


@dataclass(frozen=True, slots=True)
class TimeAnchor(_Written):
    """A relative or partial date ("Tuesday", "August 31") resolved against the article date."""

    text: str
    start: Offset
    end: Offset
    resolved: PartialDate | None  # None when the article has no date
    # written in the report's ``times``, left out under a claim (the claim names its sentence)
    sentence_index: Offset | None = None


@dataclass(frozen=True, slots=True)
class Claim(_Written):
    """A body sentence worth verifying, with its structure."""

    id: str
    sentence_index: Offset
    start: Offset
    end: Offset
    text: str
    kinds: Annotated[
        tuple[ClaimKind, ...], Field(min_length=1, json_schema_extra={"uniqueItems": True})
    ]
    score: Probability
    question: str
    quantities: tuple[Quantity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    times: tuple[TimeAnchor, ...] = ()

    # a time under a claim is written without its sentence_index: the claim names the sentence
    WRITE_EXCLUDE: ClassVar[dict[str, Any] | None] = {"times": {"__all__": {"sentence_index"}}}


@dataclass(frozen=True, slots=True)
class SummarySentence(_Written):
    """A sentence chosen (extractive) or generated (seq2seq) for the summary.

    For extractive summaries ``start``/``end`` point into the article. Generated sentences have no
    article offsets (``None``). The text is not written: readers take it from the offsets or
    from the summary's verification.
    """

    index: Offset | None
    start: Offset | None
    end: Offset | None
    score: Rounded
    text: Annotated[str, NOT_WRITTEN]
    claim_ids: tuple[str, ...] = ()  # ids of the report's claims this sentence carries


@dataclass(frozen=True, slots=True)
class Summary(_Written):
    text: str
    method: Annotated[str, Field(json_schema_extra={"enum": ["extractive", "seq2seq"]})]
    model: str
    # seq2seq: "single" | "chunked" | "map-reduce"; keyword-only, written before the sentences
    strategy: str = field(default="single", kw_only=True)
    sentences: tuple[SummarySentence, ...]


@dataclass(frozen=True, slots=True)
class SupportSpan(_Written):
    """A source sentence that supports a summary sentence. ``kind`` says what the article line
    is: a body sentence, or a photo caption (which the verifier reads as evidence too, and an
    editor weighs differently)."""

    sentence_index: Offset
    start: Offset
    end: Offset
    similarity: Rounded
    kind: SegmentKind = SegmentKind.BODY


@dataclass(frozen=True, slots=True)
class VerifyReason(_Written):
    type: ReasonType
    detail: str
    summary_span: tuple[Offset, Offset] | None
    source_start: Offset | None
    source_end: Offset | None


@dataclass(frozen=True, slots=True)
class VerifiedSentence(_Written):
    index: Offset
    start: Offset
    end: Offset
    text: str
    verdict: Verdict
    reasons: tuple[VerifyReason, ...]
    support: tuple[SupportSpan, ...]
    # Observations that do not make the sentence unsupported ("qualifier_dropped": the summary
    # says "183" where the article says "at least 183").
    notes: tuple[VerifyReason, ...] = ()
    # Calibrated probability that the sentence is unsupported (verdict: >= verify.threshold).
    score: Probability | None = None


@dataclass(frozen=True, slots=True)
class Verification(_Written):
    sentences: tuple[VerifiedSentence, ...]
    # Calibrated probability that the summary holds an unsupported sentence.
    score: Probability | None = None

    @property
    def all_supported(self) -> bool:
        return all(s.verdict == Verdict.SUPPORTED for s in self.sentences)
