"""The verifier's checks, one module each, over a shared :class:`SentenceContext`:
``numbers`` (slot check and qualifiers), ``speakers``, ``relations``, ``dates`` and ``names``.
Each returns the :class:`~factkit.document.VerifyReason` list of one summary sentence."""

from __future__ import annotations

from factkit.verification.checks.context import SentenceContext
from factkit.verification.checks.dates import check_dates
from factkit.verification.checks.names import check_names
from factkit.verification.checks.numbers import check_numbers
from factkit.verification.checks.relations import check_relations
from factkit.verification.checks.speakers import check_speakers

__all__ = [
    "SentenceContext",
    "check_dates",
    "check_names",
    "check_numbers",
    "check_relations",
    "check_speakers",
]
