"""The one shape of the number checks' reasons: the summary figure's span, the article figure's
span (none for a figure the article never gives) and the words an editor reads.

Every number rule ends in such a reason; building it here keeps the fields filled one way (the
summary span from the summary figure, the source span from the article figure), so a rule says
only which figures it compares and why they differ."""

from __future__ import annotations

from typing import Protocol

from factkit.document import Quantity, ReasonType, VerifyReason

Span = tuple[int, int]


class Spanned(Protocol):
    """A figure written in a text (a ``Quantity``, an ``Age``): where it starts and ends."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def _span(figure: Spanned | Span) -> Span:
    return figure if isinstance(figure, tuple) else (figure.start, figure.end)


def number_mismatch(
    said: Spanned | Span, given: Spanned | Span | None, detail: str
) -> VerifyReason:
    """``number_mismatch`` for the summary figure ``said``, pointing at the article's ``given``
    (each a figure or its (start, end) span; ``given`` None where the summary alone rules the
    figure out, as an age its noun does not allow); ``detail``: how the two differ."""
    start, end = _span(given) if given is not None else (None, None)
    return VerifyReason(ReasonType.NUMBER_MISMATCH, detail, _span(said), start, end)


def number_not_in_source(said: Spanned | Span, detail: str) -> VerifyReason:
    """``number_not_in_source`` for the summary figure ``said`` (a figure or its span), which
    points at no article span."""
    return VerifyReason(ReasonType.NUMBER_NOT_IN_SOURCE, detail, _span(said), None, None)


def figure_label(q: Quantity) -> str:
    """A figure as a reason quotes it: its text, with its qualifier where the text leaves it
    out ("more than 20")."""
    if q.qualifier and not q.text.lower().startswith(q.qualifier.lower()):
        return f"{q.qualifier} {q.text}"
    return q.text
