"""Human-readable labels shared by the Markdown, HTML and CSV renderers: one vocabulary."""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal
from typing import TypeVar

from factkit.document import (
    Attribution,
    Claim,
    ClaimKind,
    Quantity,
    ReasonType,
    SegmentKind,
    TimeAnchor,
)
from factkit.enums import StrEnum
from factkit.text_checks import CONTROL_CHARACTER

_Kind = TypeVar("_Kind", bound=StrEnum)


# Unicode has a picture for each C0 control (U+2400 + code) and for DEL (U+2421), none for C1:
# those are shown as the replacement character, as an unreadable byte is.
_DEL_PICTURE, _C1_SHOWN = "\u2421", "\ufffd"


def _control_picture(control: str) -> str:
    code = ord(control)
    if code < 0x20:
        return chr(0x2400 + code)
    return _DEL_PICTURE if code == 0x7F else _C1_SHOWN


def shown_controls(text: str) -> str:
    """``text`` with each control character (C0 but tab and line ends, DEL, C1) shown as its
    Unicode picture, ESC as U+241B: a NUL or ESC in an article's text or title reached the
    Markdown and CSV exports raw, and an ESC sequence (or U+009B, its one-character form) acts on
    the terminal that prints the file."""
    return CONTROL_CHARACTER.sub(lambda m: _control_picture(m.group()), text)


def shown_line(text: str) -> str:
    """``text`` as one line a terminal can print: whitespace runs (line breaks, tabs) as one
    space, control characters as :func:`shown_controls` shows them."""
    return shown_controls(" ".join(text.split()))


class ClaimBadge(StrEnum):
    """What a claim is, as the reader sees it: its :class:`ClaimKind`, or both of them."""

    QUANTITATIVE = ClaimKind.QUANTITATIVE.value
    ATTRIBUTED = ClaimKind.ATTRIBUTED.value
    BOTH = "both"


# The reader's words for each badge (keys are :func:`claim_kind`'s answers).
KIND_LABEL: dict[ClaimBadge, str] = {
    ClaimBadge.QUANTITATIVE: "number",
    ClaimBadge.ATTRIBUTED: "attributed",
    ClaimBadge.BOTH: "number + attributed",
}

# Why a summary sentence is not supported, or what is worth a look (keys are ``VerifyReason.type``).
REASON_LABEL: dict[ReasonType, str] = {
    ReasonType.NUMBER_MISMATCH: "Number differs",
    ReasonType.NUMBER_NOT_IN_SOURCE: "Number not in article",
    ReasonType.SPEAKER_MISMATCH: "Wrong speaker",
    ReasonType.RELATION_MISMATCH: "Roles reversed",
    ReasonType.DATE_MISMATCH: "Date differs",
    ReasonType.ENTITY_NOT_IN_SOURCE: "Name not in article",
    ReasonType.NO_SUPPORT: "No supporting sentence",
    ReasonType.QUALIFIER_DROPPED: "Qualifier dropped",
    ReasonType.BOILERPLATE: "Boilerplate, not a claim",
}


# What an article line is, as the reader sees it (a verifier's support may be a photo caption).
SEGMENT_LABEL: dict[SegmentKind, str] = {
    SegmentKind.BODY: "body sentence",
    SegmentKind.DATELINE: "dateline",
    SegmentKind.HEADING: "heading",
    SegmentKind.CAPTION: "photo caption",
    SegmentKind.CREDIT: "photo credit",
    SegmentKind.EMBED: "embedded post",
    SegmentKind.SOURCE: "source line",
    SegmentKind.STANDFIRST: "standfirst",
}


def _label(labels: Mapping[_Kind, str], vocabulary: type[_Kind], value: str) -> str:
    """The reader's words for ``value`` of ``vocabulary``; a value outside it (a stored report
    from a newer factkit) shows as itself."""
    try:
        return labels[vocabulary(value)]
    except ValueError:
        return value


def segment_label(kind: str) -> str:
    """The reader's words for an article line's kind; an unknown kind shows as itself."""
    return _label(SEGMENT_LABEL, SegmentKind, kind)


def support_note(kind: str) -> str:
    """', a photo caption' after "best support" when the support is no body sentence; else
    nothing (a body sentence is what a reader expects)."""
    return "" if kind == SegmentKind.BODY else f", a {segment_label(kind)}"


def claim_kind(claim: Claim) -> ClaimBadge:
    """``quantitative``, ``attributed`` or ``both``."""
    kinds = set(claim.kinds)
    if {ClaimKind.QUANTITATIVE, ClaimKind.ATTRIBUTED} <= kinds:
        return ClaimBadge.BOTH
    return ClaimBadge.ATTRIBUTED if ClaimKind.ATTRIBUTED in kinds else ClaimBadge.QUANTITATIVE


def reason_label(reason_type: str) -> str:
    """The reader's words for a verification reason; an unknown type shows as itself."""
    return _label(REASON_LABEL, ReasonType, reason_type)


def claim_count_label(n: int) -> str:
    """``11 claims``, ``1 claim``: the report's header line, Markdown and HTML alike."""
    return f"{n} claim{'' if n == 1 else 's'}"


def sentence_count_label(n: int) -> str:
    """``3 sentences``, ``1 sentence``: the verification report's header line ("1 sentences")."""
    return f"{n} sentence{'' if n == 1 else 's'}"


def unsupported_label(score: float) -> str:
    """``p(unsupported) 0.76``: the verifier's calibrated score, as the reader sees it."""
    return f"p(unsupported) {score:.2f}"


def speaker_label(att: Attribution, unnamed: str = "unnamed source") -> str:
    """``A US peace envoy → Zalmay Khalilzad (title)``: surface, resolution and title."""
    who = att.speaker or unnamed
    if att.speaker_resolved and att.speaker_resolved != att.speaker:
        who = f"{who} → {att.speaker_resolved}"
    if att.speaker_title:
        who = f"{who} ({att.speaker_title})"
    return who


def number_text(value: float, *, grouped: bool = True) -> str:
    """A quantity's value as a reader writes it: "4,000,000" (``grouped``) or "4000000", "0.5",
    "0.0001", never "4e+06" (the value came from the article's words, so its shortest
    round-trip form is exact enough)."""
    if not math.isfinite(value) or value == 0:
        return str(value) if value else "0"  # not "-0"
    exact = Decimal(repr(value)).normalize()  # 4000000.0 -> 4E+6; 183.0 -> 183
    return format(exact, ",f" if grouped else "f")


def quantity_label(q: Quantity) -> str:
    """``at least 183 (= 183 deaths)``: the qualifier and text as written, then the value."""
    written = q.text if not q.qualifier else f"{q.qualifier} {q.text}"
    unit = f" {q.unit}" if q.unit else ""
    return f"{written} (= {number_text(q.value)}{unit})"


def time_label(t: TimeAnchor) -> str:
    return f"{t.text} → {t.resolved or 'unresolved'}"
