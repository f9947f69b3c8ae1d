"""A chained participle after a new clause: '..., commented Tracy Ayre while Suzi Force believes
the mayor needs rest, saying: "Give him a holiday."'

The chain rule gives a participle ("saying", "adding") the previous report's speaker. Here a
subordinate clause with its own subject stands between the two ("while Suzi Force believes
..."), and the participle hangs on that clause: its subject speaks, not the earlier speaker."""

from __future__ import annotations

from factkit.annotate.attribution.tokens import RIVAL_CLAUSE_OPENERS, Span, Tok, is_cap
from factkit.annotate.name_shapes import SPEAKER_PRONOUNS

_NAME_MAX_TOKENS = 5  # "while Suzi Force believes": a longer capitalised run is no subject


def rival_subject(left: list[Tok], after: int) -> Span | None:
    """The subject of the last clause that a clause opener ("while", "whereas") starts in
    ``left`` at or after offset ``after``: a subject pronoun or a run of capitalised words
    right after the opener, a lower-case word (its verb) next. None without such a clause."""
    for i in range(len(left) - 1, -1, -1):
        if left[i].start < after:
            return None
        if left[i].lower in RIVAL_CLAUSE_OPENERS:
            return _subject_after(left, i + 1)
    return None


def _subject_after(left: list[Tok], j: int) -> Span | None:
    """The subject opening at ``left[j]``, when a lower-case word follows it."""
    k = j
    if k < len(left) and left[k].lower in SPEAKER_PRONOUNS:
        k += 1
    else:
        while k < len(left) and k - j < _NAME_MAX_TOKENS and is_cap(left[k]):
            k += 1
    if k == j or k >= len(left) or not (left[k].text.isalpha() and left[k].text.islower()):
        return None
    return left[j].start, left[k - 1].end
