"""An age the summary gives to somebody's relative where the article gives it to that somebody.

"Berry's 17-year-old daughter helped the trio escape" where the article's only 17 is
"17-year-old Amanda Berry": a name with a possessive ending right before a descriptive age
makes the age the noun's after it (the daughter's), not the name's. The age check reads the
last name before an age as its person (``number_ages.judge_ages``), so it finds Berry's own 17 and
takes it as support. Here the age is judged as the noun's: where every article age of its value
is tied to the owner's name (and none is written as that owner's relative's, "Berry's
17-year-old daughter"), the article gives the value to the owner, never to the relative.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.number_ages import Age, article_age_list, described_noun
from factkit.verification.number_reasons import number_mismatch

# a name and its possessive ending right before an age ("Berry's 17-year-old")
_OWNER_RE = re.compile(rf"\b([A-Z][a-z]+)(?:{alternation(word_set('possessive_endings'))})\s$")


def _owner(text: str, age: Age) -> str | None:
    """The lower-case name whose possessive stands right before the descriptive ``age``, or
    None."""
    if age.held:
        return None
    m = _OWNER_RE.search(text, max(0, age.start - 40), age.start)
    return m.group(1).lower() if m else None


def _owners_own(text: str, age: Age, article_text: str) -> tuple[str, str, Age] | None:
    """(the owner, the noun, the article's age) where the summary ``age`` is of a noun owned by
    a name ("Berry's 17-year-old daughter") and every article age of its value is that name's
    own; else None."""
    owner = _owner(text, age)
    noun = described_noun(text, age, indefinite=False)
    if owner is None or noun is None:
        return None
    same = [a for a in article_age_list(article_text) if a.value == age.value]
    if not same or any(owner not in a.holder for a in same):
        return None
    if any(_owner(article_text, a) == owner for a in same):
        return None  # the article writes the owner's relative of that age too
    return owner, noun, same[0]


def owner_age_reasons(text: str, ages: Sequence[Age], article_text: str) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a sentence's ``ages`` (found in ``text``)
    that it gives to a name's relative where the article gives that value only to the name,
    by the start of its digits."""
    out = {}
    for age in ages:
        found = _owners_own(text, age, article_text)
        if found is None:
            continue
        owner, noun, given = found
        said = text[age.start : age.end]
        detail = (
            f"summary gives the age {said!r} to {owner.capitalize()}'s {noun}, the article "
            f"gives it to {owner.capitalize()}"
        )
        out[age.start] = number_mismatch(age, given, detail)
    return out
