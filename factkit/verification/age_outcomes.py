"""An age the article gives only to somebody of the rival outcome: "A 25-year-old man has died
after being shot" where the article's only 25-year-old "was seriously injured when he was shot"
(the man who died is somebody else). A summary age of no name is supported by any article age
of its value (``number_ages.judge_ages``), so the age of another victim would pass. The outcome is
read as ``number_outcomes`` reads a count's, from the words after the age's "-year-old". Only an
age after "a" is judged: "a 25-year-old man" names nobody but by the age ("Smith, 25," is that
person's, and is left to ``judge_ages``). An article age whose sentence or the next tells the
summary's outcome too ("was critically injured ... He later died") may be that person's."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.number_ages import Age, article_age_list
from factkit.verification.number_outcomes import outcomes, outcomes_in, rival_outcome
from factkit.verification.number_reasons import number_mismatch

# "a 25-year-old": an indefinite article right before the age
_INDEFINITE_RE = re.compile(r"\ban?\s$", re.IGNORECASE)
# the words of a descriptive age after its digits ("-year-old"), which say no outcome
_AGE_TAIL_RE = re.compile(r"(?:-|\s)years?(?:-|\s)old\b", re.IGNORECASE)


def as_age_quantity(text: str, age: Age) -> Quantity:
    """The age as a quantity that reaches past its "-year-old", so that the outcome words
    after it are read."""
    tail = _AGE_TAIL_RE.match(text, age.end)
    end = tail.end() if tail else age.end
    return Quantity(text[age.start : end], age.start, end, age.value)


def is_indefinite(text: str, age: Age) -> bool:
    """Is ``age`` written right after "a" or "an" ("a 25-year-old"), so that it names nobody?"""
    return bool(_INDEFINITE_RE.search(text, max(0, age.start - 4), age.start))


def told_nearby(
    article_text: str, body: Sequence[Sentence], age: Age, told: dict[int, set[int]]
) -> bool:
    """Does the body sentence of the article's ``age`` (the split stage's), or the next, tell
    an outcome of ``told`` (the summary's: line -> sides)?"""
    if not body:
        return False
    at = max(0, bisect.bisect_right(body, age.start, key=lambda s: s.start) - 1)
    start, end = body[at].start, body[min(at + 1, len(body) - 1)].end
    near = outcomes_in(article_text, start, end)
    return any(sides & near.get(line, set()) for line, sides in told.items())


def rival_outcome_ages(
    text: str, ages: Sequence[Age], article_text: str, body: Sequence[Sentence]
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a sentence's ``ages`` (found in ``text``) after
    "a" that the article gives only to people of the rival outcome, by the start of its
    digits. ``body``: the article's body sentences, in text order."""
    out = {}
    theirs = article_age_list(article_text)
    for age in ages:
        same = [a for a in theirs if a.value == age.value]
        if not same or not is_indefinite(text, age):
            continue
        given = [as_age_quantity(article_text, a) for a in same]
        mine = as_age_quantity(text, age)
        if not rival_outcome(text, mine, article_text, given):
            continue
        told = outcomes(text, mine)
        if any(told_nearby(article_text, body, a, told) for a in same):
            continue
        said = text[age.start : age.end]
        detail = f"the article gives the age {said!r} only to somebody of another outcome"
        out[age.start] = number_mismatch(age, same[0], detail)
    return out
