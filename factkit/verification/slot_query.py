"""One summary name slot, as the rival finders read it.

Every finder of a name's rival (``name_slots.py``, ``name_subjects.py``, ``role_slots.py``,
``modifier_slots.py``) asks the same question of the same slot: which article name stands where
the summary puts this one? :class:`SlotQuery` carries that slot once, so that each finder takes
the query and only what is its own (which article names may stand for the summary's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factkit.verification.index import ArticleIndex, IndexedName
from factkit.verification.names import NameSpan


@dataclass(frozen=True)
class SlotQuery:
    """A summary name ``span`` (start, end, its words) in the summary ``text``; the
    ``sentence`` (start, end) it is in and that sentence's name ``spans``, in order; the article
    index ``src`` and the ``window`` of article sentences aligned to the summary sentence;
    ``is_same``: whether an article name gives the summary's."""

    text: str
    span: NameSpan
    sentence: tuple[int, int]
    spans: Sequence[NameSpan]
    src: ArticleIndex
    window: Sequence[int]
    is_same: Callable[[IndexedName], bool]
