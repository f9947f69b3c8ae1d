"""An age the article gives only as somebody's age at another time: "the 5-year-old fled the
US" where the article's only 5 is "brought him to the US when he was 5 years old" (the man is
26). A summary age with no name is otherwise supported by any article age of its value
(``number_ages.judge_ages``), so an age from a person's past would pass as their age now.

An article number is an age at another time where a dating clause stands right before it
("when he was", "since she turned": ``lang/en/age_time_clause_words.txt`` and
``age_time_verbs.txt``) or a phrase that dates it ("at the age of", "as a":
``age_time_openers.txt``), and it counts years or nothing. Only a summary age that describes the
person as the story finds them is judged: a "-year-old" or a held age ("Smith, 26,") with no
such dating words before it itself; "aged 5" or "5 years old" may tell either time. Where every
article number of its value is an age at another time, and the article gives some other age as
an age now ("the 26-year-old instructor"), the summary gives a past age as the present one. An
article with no age now may date the age of its own event ("died when she was 5"), which a
summary rightly gives as "Ella Smith, 5".

A number no person's age at all supports it either: a term of years served or faced ("up to 45
years in prison": ``age_term_words.txt`` after its years) or a limit of ages ("a girl under
16": ``age_limit_words.txt`` right before it). An article number that is dated, a term or a
limit gives no age the summary's person has now."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.number_ages import Age, article_age_list
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key

_CLAUSE = alternation(word_set("age_time_clause_words"))
_VERBS = alternation(word_set("age_time_verbs"))
# right before the number: "when he was", "since Mr Smith turned", "when she was just a"
_DATED_RE = re.compile(
    rf"(?:\b(?:{_CLAUSE})\s+(?:[\w'’-]+\s+){{1,3}}?(?:{_VERBS})\s+(?:(?:just|only)\s+)?(?:an?\s+)?"
    rf"|\b(?:{alternation(word_set('age_time_openers'))})\s+)$",
    re.IGNORECASE,
)
# right after a number: "45 years in prison", "45 years' imprisonment"
_TERM_RE = re.compile(
    rf"[\d,.]*(?:-|\s)years?['’]?\s(?:{alternation(word_set('age_term_words'))})\b", re.IGNORECASE
)
# right before a number: "a girl under 16"
_LIMIT_RE = re.compile(rf"\b(?:{alternation(word_set('age_limit_words'))})\s$", re.IGNORECASE)
_REACH = 60  # characters before a number searched for the words that date it
# the rest of an age that describes its person by it: "5-year-old"
_DESCRIBED_RE = re.compile(r"-years?-old\b", re.IGNORECASE)


def dated(text: str, start: int) -> bool:
    """Do words that date an age ("when he was", "at the age of") end right at ``start``?"""
    return _DATED_RE.search(text, max(0, start - _REACH), start) is not None


def past_age_reasons(text: str, ages: Sequence[Age], src: ArticleIndex) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``ages`` (found in
    ``text``) that describes its person now while every article number of its value is an age
    at another time; by the start of its digits."""
    out = {}
    for age in ages:
        if not (age.held or _DESCRIBED_RE.match(text, age.end)) or dated(text, age.start):
            continue  # "aged 5", "as a 5-year-old": the summary may date it too
        same = [n.quantity for n in src.numbers_valued(age.value)]
        kinds = [_no_age_now(src.text, n) for n in same]
        if not same or None in kinds:
            continue
        if not _present_age_besides(src.text, age.value):
            continue  # "Ella Smith, 5, died" where she "died when she was 5": the story's age
        given = same[0]
        detail = (
            f"summary gives {text[age.start : age.end]!r} as an age now, the article's "
            f"{given.text!r} is {kinds[0]}"
        )
        out[age.start] = number_mismatch(age, given, detail)
    return out


def _present_age_besides(article: str, value: float) -> bool:
    """Does the article give some age of another value as an age now ("the 26-year-old
    instructor")? Where it gives none, its dated age may be the age at the story's own event
    ("died when she was 5"), which a summary rightly gives as the person's age."""
    return any(a.value != value and not dated(article, a.start) for a in article_age_list(article))


def _no_age_now(text: str, n: Quantity) -> str | None:
    """What the article number ``n`` (in ``text``) is where it gives nobody's age now: an age
    at another time, a term of years or a limit of ages; None where it may be an age now."""
    if unit_key(n.unit) not in ("", "year"):
        return None
    if dated(text, n.start):
        return "an age at another time"
    if _TERM_RE.match(text, n.start):
        return "a term of years"
    if unit_key(n.unit) == "" and _LIMIT_RE.search(text, max(0, n.start - 8), n.start):
        return "a limit of ages"
    return None
