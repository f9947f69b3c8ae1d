"""An age the article gives only to somebody whose outcome it never tells, while it tells that
outcome of a person of another age.

"A 18-year-old boy who was shot dead" where the article's dead boy is "Justus Howell, 17" and its
only 18 is "Tramond Peet, 18, who was trying to sell it to him": Peet is a bystander. A summary
age of no name is supported by any article age of its value (``number_ages.judge_ages``), and
``age_outcomes`` rules it out only where the article gives that age the rival outcome (wounded
for killed); a bystander has no outcome at all. Here the summary age after "a" tells an outcome
(read as ``number_outcomes`` reads it), every article age of its value is tied to a name, no
article sentence naming one of those people (nor the sentence after their age: "He died later")
tells that outcome, and the sentence of an article age of another value does: the outcome is
that person's. An age of no name in the article ("a 18-year-old") could be anybody's, and is
left alone."""

from __future__ import annotations

from collections.abc import Sequence

from factkit.document import VerifyReason
from factkit.verification.age_outcomes import as_age_quantity, is_indefinite, told_nearby
from factkit.verification.index import ArticleIndex
from factkit.verification.number_ages import Age, article_age_list
from factkit.verification.number_outcomes import outcomes, outcomes_in
from factkit.verification.number_reasons import number_mismatch

Told = dict[int, set[int]]  # rival-outcome line -> the sides told


def _tells(told: Told, found: Told) -> bool:
    """Do the outcomes ``found`` in a stretch of text hold one of ``told`` (same line, side)?"""
    return any(sides & found.get(line, set()) for line, sides in told.items())


def _told_of(src: ArticleIndex, age: Age, told: Told) -> bool:
    """Does the article tell an outcome of ``told`` of the person of its ``age``: in the
    sentence of the age or the next, or in any body sentence naming them?"""
    if told_nearby(src.text, src.body, age, told):
        return True
    for words, sentence in zip(src.body_words, src.body, strict=True):
        if age.holder & words and _tells(told, outcomes_in(src.text, sentence.start, sentence.end)):
            return True
    return False


def _outcome_holder(src: ArticleIndex, value: float, told: Told) -> Age | None:
    """An article age of another value than ``value`` whose sentence (or the next) tells an
    outcome of ``told``: the person the outcome is told of."""
    for age in article_age_list(src.text):
        if age.value != value and told_nearby(src.text, src.body, age, told):
            return age
    return None


def _bystander_reason(text: str, age: Age, src: ArticleIndex) -> VerifyReason | None:
    """``number_mismatch`` for the summary ``age`` (in ``text``, after "a") where its
    outcome is told in the article only of a person of another age; else None."""
    same = [a for a in article_age_list(src.text) if a.value == age.value]
    if not same or any(not a.held or not a.holder for a in same):
        return None
    # an outcome of one side only ("shot dead"): "3 dead and 12 hurt" says none
    read = outcomes(text, as_age_quantity(text, age))
    told = {line: sides for line, sides in read.items() if len(sides) == 1}
    if not told or any(_told_of(src, a, told) for a in same):
        return None
    holder = _outcome_holder(src, age.value, told)
    if holder is None:
        return None
    said, given = text[age.start : age.end], src.text[holder.start : holder.end]
    detail = (
        f"the article gives the age {said!r} only to somebody it tells no such outcome of; it tells"
        f" it of the person aged {given!r}"
    )
    return number_mismatch(age, holder, detail)


def bystander_ages(text: str, ages: Sequence[Age], src: ArticleIndex) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a sentence's ``ages`` (found in ``text``) after
    "a" whose outcome the article tells only of a person of another age, by the start of its
    digits."""
    out = {}
    for age in ages:
        if not src.body or not is_indefinite(text, age):
            continue
        reason = _bystander_reason(text, age, src)
        if reason is not None:
            out[age.start] = reason
    return out
