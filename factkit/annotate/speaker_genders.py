"""The grammatical gender of the people an article names, from its own evidence: honorifics
("Mr", "Mrs"), a sexed noun the article gives the name ("the victim's mother, Ann Lee",
"spokeswoman Jen Psaki") and the first he/she word after a person's full name in its sentence.
First names say nothing here.

Read once per article over its name tables (``mentions.ArticleNames``); the speaker resolver
asks it which "he" or "she" a name can be."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factkit.annotate.mentions import ArticleNames
from factkit.annotate.name_shapes import MALE_PRONOUNS, head_noun, strip_honorifics
from factkit.lang import entries

__all__ = ["Genders", "learn_genders"]

_SENTENCE_END_RE = re.compile(r"[.!?][”\"’']?\s")
_GENDER_PRONOUN_RE = re.compile(r"\b(he|him|his|she|her|hers)\b", re.IGNORECASE)
# an object pronoun in the clause of a subject name is someone else ("X took care of him")
_OBJECT_ONLY_PRONOUNS = frozenset({"him"})
_AFFILIATION_RE = re.compile(r"\s+(?:of|from)\s+")
# a description naming several people: "the girl and Silvonek's husband"
_LIST_RE = re.compile(r"\b(?:and|or)\b|&")


@dataclass(frozen=True, slots=True)
class Genders:
    """What an article tells of its people's gender ("m" or "f")."""

    surnames: dict[str, str]  # surname -> gender
    names: dict[str, str]  # full name without titles -> its title's, noun's or pronoun's gender
    # full name without titles -> the sex a noun the article gives it tells ("his wife, Brenda
    # Burns"): for a person, it outranks the surname, which the family may share
    described: dict[str, str]


def learn_genders(names: ArticleNames) -> Genders:
    """Surname -> gender, from honorifics and from the first gendered pronoun after a lone
    person mention in its sentence ("Michelle Bachelet said her office ..."). That pronoun
    also marks the untitled full name itself (in ``Genders.names``, beside the titled ones):
    "James Creag, 11, ... he has stopped" is no "Mrs Creag", though the surname's gender is
    hers."""
    genders: dict[str, str] = {}
    name_genders = dict(names.title_genders)
    for mention in names.mentions:
        if mention.organisation:
            continue
        surname = mention.name.split()[-1]
        if mention.gender and surname not in genders:
            genders[surname] = mention.gender
    described = _learn_described(names, genders)
    for full, sex in described.items():
        name_genders.setdefault(full, sex)
    for i, mention in enumerate(names.mentions):
        if mention.organisation or mention.gender or len(mention.name.split()) < 2:
            continue
        full = names.untitled[i]
        surname = mention.name.split()[-1]
        if surname in genders and full in name_genders:
            continue
        pronoun = _pronoun_after(names, i)
        if pronoun is None:
            continue
        gender = "m" if pronoun in MALE_PRONOUNS else "f"
        genders.setdefault(surname, gender)
        if pronoun not in _OBJECT_ONLY_PRONOUNS:  # "Lucyna Kuziel-Zawalich took care of him"
            name_genders.setdefault(full, gender)
    return Genders(genders, name_genders, described)


def _pronoun_after(names: ArticleNames, i: int) -> str | None:
    """The first he/she word (lower case) after mention ``i`` in its sentence, before any
    other name but its place ("X of Westland"): "Michelle Bachelet said her office ..."
    (a "she" two sentences on may be someone else)."""
    mentions, text = names.mentions, names.text
    mention, nxt = mentions[i], i + 1
    # the place or body the person is "of" is no other person: "Kristen Bieniewicz of
    # Westland, the representative of her husband's estate"
    if nxt < len(mentions) and _AFFILIATION_RE.fullmatch(text, mention.end, mentions[nxt].start):
        nxt += 1
    window_end = mentions[nxt].start if nxt < len(mentions) else len(text)
    stop = _SENTENCE_END_RE.search(text, mention.end, mention.end + 200)
    window_end = min(window_end, stop.start() if stop else mention.end + 200)
    pronoun = _GENDER_PRONOUN_RE.search(text, mention.end, window_end)
    return pronoun.group().lower() if pronoun is not None else None


@cache
def _sexed_nouns() -> dict[str, str]:
    """Noun -> "m"/"f": the person nouns ("mother", "husband") and role words ("spokeswoman")."""
    lines = [*entries("sexed_person_nouns"), *entries("sexed_titles")]
    pairs = (line.split("|") for line in lines)
    return {noun.strip(): sex.strip() for noun, sex in pairs}


def _learn_described(names: ArticleNames, genders: dict[str, str]) -> dict[str, str]:
    """The sex of each full name the article describes by a sexed noun, in apposition or as a
    title before it ("the victim's mother, Ann Lee", "spokeswoman Jen Psaki"); its surname
    (in ``genders``) takes it too where no honorific told it before. A list is no apposition
    ("Barnes, the girl and her father"). The surname takes the sex only where the article's
    full names of it are one person's and no noun gives it the other sex: "his wife, Brenda
    Burns" makes no "Joshua Burns" a woman."""
    described: dict[str, str] = {}
    surname_sexes: dict[str, set[str]] = {}
    sexed = _sexed_nouns()
    for description, name in names.descriptions:
        head = head_noun(description)
        sex = sexed.get(head) if head is not None else None
        if sex is None or _LIST_RE.search(description):
            continue
        words = strip_honorifics(name).split()
        surname_sexes.setdefault(words[-1], set()).add(sex)
        if len(words) > 1:
            described.setdefault(" ".join(words), sex)
    for surname, sexes in surname_sexes.items():
        given = {full.split()[0] for _position, full in names.full_names.get(surname, ())}
        if len(sexes) == 1 and len(given) <= 1:
            genders.setdefault(surname, next(iter(sexes)))
    return described
