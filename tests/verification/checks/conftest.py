"""Helpers for the check tests: what ``factkit.verify`` reports for a summary, read as a user
reads it (reasons and notes, each pointing into the summary)."""

from __future__ import annotations

from factkit.document import VerifyReason
from factkit.verification import verify


def reported(summary: str, article: str) -> list[VerifyReason]:
    """Every reason and note ``verify`` gives ``summary`` against ``article``, in order."""
    result = verify(summary, article)
    return [r for s in result.sentences for r in (*s.reasons, *s.notes)]


def reported_spans(summary: str, article: str, reason_type: str) -> list[str]:
    """The summary text each reported reason of ``reason_type`` points at."""
    return [
        summary[r.summary_span[0] : r.summary_span[1]]
        for r in reported(summary, article)
        if r.type == reason_type and r.summary_span is not None
    ]
