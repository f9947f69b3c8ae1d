"""A figure the article writes only as the hour or the minutes of a time of day.

"Killed an 15-year-old boy" where the article's only 15 is the minutes of "backed the
tractor into him at about 09:15": the verifier reads bare digit runs as numbers, so each
side of "09:15" is a number of the article, yet neither counts or measures anything.

A summary figure is judged only where it is not itself part of a time of day in its sentence
("at 9:15", "9.15pm", "at 15 minutes past nine"), the article gives a number of its value, and
every such number lies inside a time of day of the article (``numbers.times_of_day``: "09:15",
"10.30 pm", "17:30").
The reason points at the first of those times.
"""

from __future__ import annotations

from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.numbers import times_of_day
from factkit.verification.worded_times import worded_times

# a time of day is at most this many characters each side of one of its digit runs
# ("3 : 30 pm", "10.30 p.m.")
_CLOCK_REACH = 12


def clock_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) whose value the article writes only inside times of
    day; by start."""
    text, part = summary
    # the summary's own times, in digits or in words ("at 15 minutes past nine")
    own_times = times_of_day(text, part.start, part.end) + worded_times(text, part.start, part.end)
    out: dict[int, VerifyReason] = {}
    for q in quantities:
        if any(a < q.end and q.start < b for a, b, _ in own_times):
            continue  # the summary's own time of day
        same = src.numbers_valued(q.value)
        times = [_time_around(src.text, n) for n in same]
        if not same or not all(times):
            continue
        a, b = times[0] or (0, 0)
        detail = (
            f"summary says {text[q.start : q.end]!r}, the article's {q.value:g} is only "
            f"the time of day {src.text[a:b]!r}"
        )
        out[q.start] = number_mismatch(q, (a, b), detail)
    return out


def _time_around(text: str, n: IndexedNumber) -> tuple[int, int] | None:
    """The span of the article's time of day that holds the number ``n``, or None."""
    q = n.quantity
    lo, hi = max(0, q.start - _CLOCK_REACH), min(len(text), q.end + _CLOCK_REACH)
    return next(
        ((a, b) for a, b, _ in times_of_day(text, lo, hi) if a <= q.start < q.end <= b), None
    )
