"""Human-readable labels shared by the Markdown, HTML and CSV renderers: one vocabulary."""

from __future__ import annotations

from factkit.document import Attribution, Claim, Quantity, TimeAnchor

# What a claim is, as the reader sees it (keys are :func:`claim_kind`'s answers).
KIND_LABEL: dict[str, str] = {
    "quantitative": "number",
    "attributed": "attributed",
    "both": "number + attributed",
}

# Why a summary sentence is not supported (keys are ``Reason.type``).
REASON_LABEL: dict[str, str] = {
    "number_mismatch": "Number differs",
    "number_not_in_source": "Number not in article",
    "speaker_mismatch": "Wrong speaker",
    "date_mismatch": "Date differs",
    "entity_not_in_source": "Name not in article",
    "no_support": "No supporting sentence",
    "qualifier_dropped": "Qualifier dropped",
    "boilerplate": "Boilerplate, not a claim",
}


def claim_kind(claim: Claim) -> str:
    """``quantitative``, ``attributed`` or ``both``."""
    kinds = set(claim.kinds)
    if {"quantitative", "attributed"} <= kinds:
        return "both"
    return "attributed" if "attributed" in kinds else "quantitative"


def reason_label(reason_type: str) -> str:
    """The reader's words for a verification reason; an unknown type shows as itself."""
    return REASON_LABEL.get(reason_type, reason_type)


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


def quantity_label(q: Quantity) -> str:
    """``at least 183 (= 183 deaths)``: the qualifier and text as written, then the value."""
    written = q.text if not q.qualifier else f"{q.qualifier} {q.text}"
    unit = f" {q.unit}" if q.unit else ""
    return f"{written} (= {q.value:,.6g}{unit})"


def time_label(t: TimeAnchor) -> str:
    return f"{t.text} → {t.resolved or 'unresolved'}"
