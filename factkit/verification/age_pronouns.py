"""An age held by a pronoun: "Gina DeJesus went missing. She was 14 years old at the time."

The age check (``number_ages.judge_ages``) reads the person of an age from the name before it;
before "She was 14" there is none, so any article age of the value supported it, and a swap to
another woman's age the article gives ("She was 39" where 39 is "a 39-year-old woman named
Lillian Roldan") passed. Here the pronoun is resolved to a person: the one name before it in
the summary (with none there, in the article sentence that supports the summary sentence best)
that is no group's and that the article does not give the other sex. The annotate stage tells the
sex of few people, so two such names mean the person cannot be told, and the age is left to the
other checks; so is an age the article ties to nobody's name, or a person it gives no age. An age
of that person that the article does not give them, but ties to somebody else, is a
``number_mismatch``. A pronoun holds an age only through linking words ("she was only 14",
``lang/en/age_pronoun_links.txt``), and never one tied to a name after it ("he kidnapped
21-year-old Michelle Knight").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from factkit.document import Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.name_types import GROUP, type_of
from factkit.verification.names import name_spans
from factkit.verification.number_ages import Age, article_age_list, tied_name
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.person_sexes import pronoun_sex
from factkit.verification.text import honorific_words

# the subject pronoun of an age, with a few linking words before the age ("She was only 14
# years old", "he turned 30"): a name, a comma or any other word between may be somebody else's
_SUBJECT_PRONOUNS = word_set("person_subject_pronouns")
_LINKS = alternation(word_set("age_pronoun_links"))
_HOLDING_RE = re.compile(rf"\b((?i:{alternation(_SUBJECT_PRONOUNS)}))(?:\s(?:{_LINKS})){{1,4}}\s$")


def _pronoun_sex(text: str, lo: int, age: Age) -> tuple[int, str] | None:
    """(the pronoun's start, "f" or "m") where a subject pronoun holds the descriptive
    ``age`` of a sentence starting at ``lo`` ("She was 14 years old"); else None."""
    if age.held or tied_name(text, age):
        return None  # "21-year-old Michelle Knight" is hers, whoever comes before
    m = _HOLDING_RE.search(text, max(lo, age.start - 60), age.start)
    if m is None:
        return None
    return m.start(), pronoun_sex(m.group(1)) or ""


def _one_person(
    names: Iterable[frozenset[str]], sex: str, src: ArticleIndex
) -> frozenset[str] | None:
    """The one name of ``names`` a pronoun of ``sex`` may stand for: not a group's, not one
    the article gives the other sex; None where there is none, or two (who is meant cannot
    be told: the annotate stage tells the sex of few of an article's people)."""
    people = {
        person
        for words in names
        if (person := words - honorific_words())
        and type_of(person, src.name_types) != GROUP
        and src.person_sexes.sex_of(person) in (None, sex)
    }
    return people.pop() if len(people) == 1 else None


def _passage_names(src: ArticleIndex, position: int) -> list[frozenset[str]]:
    """The names the body sentence at ``position`` gives (the annotate stage's)."""
    body = src.body[position]
    return [words for start, _, words in src.name_mentions if body.start <= start < body.end]


def _other_persons_age(age: Age, person: frozenset[str], article_text: str) -> Age | None:
    """The article's age of somebody else with the value of ``age``, where the article ties
    ages to ``person`` ("14-year-old Gina DeJesus", "DeJesus, 14,") but none of that value;
    else None."""
    ages = article_age_list(article_text)
    theirs = [a for a in ages if tied_name(article_text, a) & person]
    if not theirs or any(a.value == age.value for a in theirs):
        return None
    # whose the value is: the name it is tied to, else the names it stands near
    owners = [(a, tied_name(article_text, a) or a.holder) for a in ages if a.value == age.value]
    others = [a for a, owner in owners if owner and not owner & person]
    return others[0] if others else None


def pronoun_age_reasons(
    summary: tuple[str, Sentence],
    ages: Sequence[Age],
    src: ArticleIndex,
    passage: int | None,
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each age of the summary sentence (``summary``: the
    summary and the sentence; ``ages``: its ages) a pronoun holds whose person the article
    gives other ages while it gives this value to somebody else, by the start of its digits
    (``passage``: the body position that supports the sentence best)."""
    text, part = summary
    out = {}
    for age in ages:
        held = _pronoun_sex(text, part.start, age)
        if held is None or not held[1]:
            continue
        # the summary's names before the pronoun; with none, its best supporting passage's
        names = [frozenset(w) for _, _, w in name_spans(text, 0, held[0], src.common_words)]
        if not names and passage is not None:
            names = _passage_names(src, passage)
        person = _one_person(names, held[1], src)
        given = _other_persons_age(age, person, src.text) if person else None
        if given is None:
            continue
        said = text[age.start : age.end]
        detail = f"the article gives the age {said!r} to somebody else, not to this person"
        out[age.start] = number_mismatch(age, given, detail)
    return out
