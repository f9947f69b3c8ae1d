"""Human-readable labels shared by the Markdown, HTML and CSV renderers."""

from __future__ import annotations

from factkit.document import Attribution, Quantity, TimeAnchor


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
