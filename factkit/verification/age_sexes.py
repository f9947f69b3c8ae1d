"""An age the article gives only to people of the other sex: "a 22-year-old girl" where the
article's only 22 is "the man, 22,". A summary age with no name is otherwise supported by any
article age of its value (``number_ages.judge_ages``), so a swapped-in age of somebody else would
pass. Only nouns say the sex here ("man", "girl", "mother": ``lang/en/sexed_person_nouns.txt``);
an age of a name, or one with no noun, says nothing, and then the age is left to the other
checks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factkit.document import VerifyReason
from factkit.lang import entries
from factkit.verification.number_ages import Age, article_age_list, described_noun
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key

# the noun before "aged" ("the woman, aged 22"); the one after a descriptive age ("22-year-old
# girl") is number_ages.described_noun's
_NOUN_BEFORE_RE = re.compile(r"\b([a-z]+),?\saged?:?\s$")


@cache
def _sexes() -> dict[str, str]:
    pairs = (line.split("|") for line in entries("sexed_person_nouns"))
    return {noun.strip(): sex.strip() for noun, sex in pairs}


def _noun(text: str, age: Age) -> str | None:
    """The sexed noun ``age`` is the age of ("the man, 22,", "a 22-year-old girl", "the woman,
    aged 22"), in the singular, or None."""
    if age.held:
        words = [unit_key(w) for w in age.holder]
        return words[0] if len(words) == 1 and words[0] in _sexes() else None
    after = described_noun(text, age, indefinite=False)  # "a 22-year-old girl"
    if after in _sexes():
        return after
    before = _NOUN_BEFORE_RE.search(text, max(0, age.start - 30), age.start)
    if before is not None and unit_key(before.group(1)) in _sexes():
        return unit_key(before.group(1))
    return None


def _other_sex_age(text: str, age: Age, article_text: str) -> tuple[str, str, Age] | None:
    """(the summary's noun, the article's noun, the article's age) where every article age of
    the value of ``age`` belongs to a person of the other sex; else None."""
    noun = _noun(text, age)
    if noun is None:
        return None
    same = [a for a in article_age_list(article_text) if a.value == age.value]
    theirs = [_noun(article_text, a) for a in same]
    if not same or any(n is None or _sexes()[n] == _sexes()[noun] for n in theirs):
        return None
    return noun, str(theirs[0]), same[0]


def other_sex_reasons(text: str, ages: Sequence[Age], article_text: str) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a sentence's ``ages`` (found in ``text``) the
    article gives only to people of the other sex, by the start of its digits."""
    out = {}
    for age in ages:
        found = _other_sex_age(text, age, article_text)
        if found is None:
            continue
        noun, theirs, given = found
        said = text[age.start : age.end]
        detail = f"the article gives the age {said!r} to a {theirs}, not a {noun}"
        out[age.start] = number_mismatch(age, given, detail)
    return out
