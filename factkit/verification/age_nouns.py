"""Ages a noun rules out: "an 51-year-old boy" or "a 4-year-old woman" is no age any article
gives that person, even where the article gives the value to somebody else ("Gary Green, 51,"
who drove the tractor). An age without a name is otherwise supported by any article age of its
value (``number_ages.judge_ages``), so a swapped-in age would pass unseen.

The nouns and their ages are language data (``lang/en/age_nouns.txt``), as are the plurals that
dropping an "s" does not make singular (``lang/en/age_noun_plurals.txt``). The noun must end the
description: "a 30-year-old child star" or "baby boomer" describes no child."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factkit.document import VerifyReason
from factkit.lang import entries, word_set
from factkit.verification.number_ages import Age
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key
from factkit.verification.text import STOP_WORDS

# the word right after a descriptive age and the word after that, if any
_NOUN_RE = re.compile(r"(?:-| )years?(?:-| )old\s([a-z]+)\b(?:\s+([A-Za-z]+))?")
# words that may follow the noun of a description that ends there: "boy has", "girl said"
_CLAUSE_WORDS = STOP_WORDS | word_set("reporting_verbs")


@cache
def _bounds() -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for line in entries("age_nouns"):
        noun, low, high = (part.strip() for part in line.split("|"))
        out[noun] = (int(low), int(high))
    return out


@cache
def _irregular_plurals() -> dict[str, str]:
    pairs = (line.split("|") for line in entries("age_noun_plurals"))
    return {plural.strip(): singular.strip() for plural, singular in pairs}


def _singular(word: str) -> str:
    return _irregular_plurals().get(word) or unit_key(word)  # "girls" -> "girl", as for units


def ages_the_noun_rules_out(text: str, ages: Sequence[Age], end: int) -> list[tuple[Age, str]]:
    """The descriptive ages among ``ages`` (:func:`~factkit.verification.number_ages.find_ages` of
    a sentence of ``text`` ending at ``end``) that their noun rules out, with the noun."""
    out = []
    for age in ages:
        m = _NOUN_RE.match(text, age.end, end)
        if age.held or m is None:
            continue
        noun, after = _singular(m.group(1)), m.group(2)
        # "a 30-year-old child star": another lower-case word makes it a modifier, unless a
        # function word, a reporting verb or a past tense ("boy suffered") follows it
        if after and after.islower() and after not in _CLAUSE_WORDS and not after.endswith("ed"):
            continue
        low, high = _bounds().get(noun, (0, 1000))
        if not low <= age.value <= high:
            out.append((age, noun))
    return out


def age_noun_reasons(text: str, ages: Sequence[Age], end: int) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a sentence's ``ages`` its noun rules out, by
    the start of its digits (``end``: where the sentence ends in ``text``)."""
    return {
        age.start: number_mismatch(
            age,
            None,
            f"no {noun} is {text[age.start : age.end]} years old: the age is not the article's",
        )
        for age, noun in ages_the_noun_rules_out(text, ages, end)
    }
