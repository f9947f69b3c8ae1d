"""Swapped describers: a person the summary puts before a role noun, as the employer or team of
the name after it ("Britt McHenry reporter ESPN"), where the article describes that person with
that name ("ESPN's Britt McHenry", "ESPN reporter Britt McHenry"): the two names traded places.

The mirrored-names reader (``mirrored_names.py``) catches the pair when the article has it the
other way round around the same words ("Boca Juniors president Daniel Angelici"); an article
that describes the person with a possessive, or with another role noun, gives it no same words
to match. A name before a role noun says whose the person after it is, and a person is no one's
employer, so the summary's first name must be one the article types a person; the article must
describe it with the summary's second name and never describe that second name with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from factkit.verification.index import ArticleIndex, IndexedName
from factkit.verification.name_types import PERSON, type_of
from factkit.verification.names import NameSpan
from factkit.verification.relations import same_name
from factkit.verification.role_slots import described_start, describers


@dataclass(frozen=True)
class SwappedDescriber:
    """The summary's two names (``span``: from the first name to the end of the second) and the
    article's describing name of the first (``source``)."""

    span: tuple[int, int]
    source: tuple[int, int]


def swapped_describer(
    text: str, first: NameSpan, second: NameSpan, src: ArticleIndex
) -> SwappedDescriber | None:
    """The swap when the summary name ``first`` describes ``second`` before a role noun
    ("Britt McHenry reporter ESPN"), the article types ``first`` a person and describes it with
    ``second``, and never describes ``second`` with ``first``; else None. ``text``: the
    summary; ``src``: the article."""
    if described_start(text, first[1]) != second[0] or text[first[1] - 2 : first[1]] in (
        "'s",
        "’s",
    ):
        return None  # not "A role B" ("Britt McHenry's ESPN" says whose the outlet is)
    if type_of(first[2], src.name_types) != PERSON:
        return None
    person, employer = frozenset(first[2]), frozenset(second[2])
    if person & employer:
        return None
    if any(same_name(person, n.words) for n in describers(src, second[2])):
        return None  # the article too describes the second name with the first
    for n in describers(src, first[2]):
        if same_name(employer, n.words) and not same_name(person, n.words):
            return SwappedDescriber((first[0], second[1]), (n.start, _described_end(src, n)))
    return None


def _described_end(src: ArticleIndex, describer: IndexedName) -> int:
    """Where the article's person described by ``describer`` ends: the name right after its
    role noun or possessive, or the rest of the capitalized run that holds both ("ESPN's Britt
    McHenry")."""
    at = described_start(src.text, describer.end)
    for n in src.names:
        if n.start == at or (n.start <= describer.start and describer.end < n.end):
            return n.end
    return describer.end
