"""A weekday or a date right after a place's abbreviation: the sentence may go on past it.

After a comma a place's abbreviation closes its phrase ("in Scranton, Pa. Sure, ..."), so
:mod:`.sentence_ends` ends the sentence before a capitalised word. Wire copy puts the day right
after the place, though ("The storm hit Boulder, Colo. Friday, closing roads", "Officials met in
Richmond, Va. Monday to discuss the plan"): there the weekday or date goes on the sentence. It
opens the next one only when a verb follows it, the date its subject ("... in Aurora, Colo.
Friday was his first day"), or a capitalised word or a possessive does ("Colo. Friday's storm").
"""

from __future__ import annotations

import re

from factkit.lang import word_set

__all__ = ["date_goes_on"]

# weekdays and months, written out or cut short ("Sept."): words Punkt never sees in lower case
MONTH_ABBREVIATIONS = word_set("month_abbreviations")
DATE_WORDS = word_set("weekdays") | word_set("months") | MONTH_ABBREVIATIONS
# a verb right after the date makes it the subject of a new sentence
CLAUSE_VERBS = word_set("auxiliary_verbs") | word_set("modals") | word_set("reporting_verbs")
_DATE_WORD = re.compile(r"[A-Z][a-z]+")
# what may follow the date word: a day ("3", "3rd"), a year
_DAY_AND_YEAR = re.compile(r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4}\b)?")
_NEXT_TOKEN = re.compile(r"\s*(\S*)")


def date_goes_on(text: str, start: int, end: int) -> bool:
    """A weekday or month starts at ``start`` (inside a unit ending at ``end``) and the sentence
    goes on after it: a comma or a full stop, the unit's end, or a lower-case word that is no
    verb."""
    word = _DATE_WORD.match(text, start, end)
    if word is None or word.group().lower() not in DATE_WORDS:
        return False
    at = word.end()
    if word.group().lower() in MONTH_ABBREVIATIONS and text.startswith(".", at):
        at += 1  # "Sept. 3": the abbreviation's own period
    date_end = _DAY_AND_YEAR.match(text, at, end)
    assert date_end is not None  # every part is optional
    token = _NEXT_TOKEN.match(text, date_end.end(), end)
    assert token is not None
    after = token.group(1)
    if not after or after[0] in ",.;":
        return True  # "met in Richmond, Va. Monday." / "Colo. Friday, closing roads"
    core = after.rstrip(",.;:!?")
    return core[:1].islower() and core.lower() not in CLAUSE_VERBS
