"""The closed vocabularies at factkit's edges, one definition each.

Segment kinds, claim kinds, verdicts, verification reason types, output formats and batch engines
are string enums: a member compares equal to its plain string (``SegmentKind.BODY == "body"``),
prints as it and is written as it by ``json``, so the JSON reports and YAML configs hold the same
plain strings as before. The document model, the config, the CLI options, the JSON Schema and the
renderers' label tables all read them here.
"""

from __future__ import annotations

import sys
from enum import Enum

if sys.version_info >= (3, 11):
    from enum import StrEnum
else:  # pragma: no cover - Python 3.10 (enum.StrEnum is 3.11+)

    class StrEnum(str, Enum):
        """A ``str`` whose ``str()`` and ``format()`` are its value, like 3.11's ``StrEnum``."""

        def __str__(self) -> str:
            return str(self.value)

        def __format__(self, spec: str) -> str:
            return str(self.value).__format__(spec)


__all__ = [
    "BatchEngine",
    "ClaimKind",
    "OutputFormat",
    "ReasonType",
    "SegmentKind",
    "StrEnum",
    "Verdict",
    "values",
]


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The plain strings of an enum's members, in definition order."""
    return tuple(member.value for member in enum)


class SegmentKind(StrEnum):
    """What a segment of the article is. Only ``body`` sentences are summarized or read for
    claims; a ``standfirst`` is the teaser above the story that the body restates
    (factkit.layout)."""

    BODY = "body"
    DATELINE = "dateline"
    HEADING = "heading"
    CAPTION = "caption"
    CREDIT = "credit"
    EMBED = "embed"
    SOURCE = "source"
    STANDFIRST = "standfirst"


class ClaimKind(StrEnum):
    """Why a sentence is a claim: it holds a checkable number, or someone says it."""

    QUANTITATIVE = "quantitative"
    ATTRIBUTED = "attributed"


class Verdict(StrEnum):
    """The verifier's answer for one summary sentence."""

    SUPPORTED = "supported"
    UNSUPPORTED = "unsupported"


class ReasonType(StrEnum):
    """Why a summary sentence is unsupported (a reason), or what is worth a look (a note)."""

    NUMBER_MISMATCH = "number_mismatch"
    NUMBER_NOT_IN_SOURCE = "number_not_in_source"
    SPEAKER_MISMATCH = "speaker_mismatch"
    RELATION_MISMATCH = "relation_mismatch"
    DATE_MISMATCH = "date_mismatch"
    ENTITY_NOT_IN_SOURCE = "entity_not_in_source"
    NO_SUPPORT = "no_support"
    QUALIFIER_DROPPED = "qualifier_dropped"
    BOILERPLATE = "boilerplate"


class OutputFormat(StrEnum):
    """Every format a report can be rendered in (each command accepts a subset)."""

    MARKDOWN = "markdown"
    JSON = "json"
    CSV = "csv"
    HTML = "html"
    TEXT = "text"


class BatchEngine(StrEnum):
    """How ``factkit batch`` runs: a local process pool, dask.distributed, or in-process."""

    LOCAL = "local"
    DASK = "dask"
    SERIAL = "serial"
