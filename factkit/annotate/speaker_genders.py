"""The grammatical gender of the people an article names, from its own evidence: honorifics
("Mr", "Mrs"), a sexed noun the article gives the name ("the victim's mother, Ann Lee",
"spokeswoman Jen Psaki") and the first he/she word after a person's full name in its sentence.
First names say nothing here.

Read once per article over its name tables (``mentions.ArticleNames``); the speaker resolver
asks it which "he" or "she" a name can be. The resolver takes the first evidence for a name;
``Genders.people`` keeps every vote instead, per person (also the "He" or "She" opening the
sentence after the one person a sentence names), for the verifier: it judges a summary's
pronoun only against a person the article is unanimous about, and a first vote that a later
one contradicts would make it flag a correct summary."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from factkit.annotate.mentions import ArticleNames
from factkit.annotate.name_shapes import head_noun, strip_honorifics
from factkit.lang import entries, word_set

__all__ = ["Genders", "learn_genders", "possessive_her"]

_SENTENCE_END_RE = re.compile(r"[.!?][”\"’']?\s")
_GENDER_PRONOUN_RE = re.compile(r"\b(he|him|his|she|her|hers)\b", re.IGNORECASE)
_AFFILIATION_RE = re.compile(r"\s+(?:of|from)\s+")
# a description naming several people: "the girl and Silvonek's husband"
_LIST_RE = re.compile(r"\b(?:and|or)\b|&")
# the pronouns after a name that vote for its sex; an object "him" or "her" is mostly
# somebody else ("Reed thanked her"), a possessive "her" is not ("Ann Lee said her office")
_VOTING_PRONOUNS = {"he": "m", "his": "m", "she": "f"}
_WORD_AFTER_RE = re.compile(r"\s+([a-z][a-z'-]*)")
# "the Duke of Cambridge ... his": the person is the titled one, not the place after "of"
_OF_BEFORE_RE = re.compile(r"\bof\s+$")
# a quotation between a name and a pronoun: "He" in a quotation is often somebody else
_QUOTE_MARK_RE = re.compile(r"[\"“”‘’]|(?<!\w)'|'(?!\w)")
# the same without the apostrophe inside a word ("Clinton’s"), for counting quotations
_QUOTATION_MARK_RE = re.compile(r"[\"“”]|(?<!\w)['‘’]|['‘’](?!\w)")
_OPENING_SUBJECT_RE = re.compile(r"(He|She)\b")


@dataclass(frozen=True, slots=True)
class Genders:
    """What an article tells of its people's gender ("m" or "f")."""

    surnames: dict[str, str]  # surname -> gender
    names: dict[str, str]  # full name without titles -> its title's, noun's or pronoun's gender
    # full name without titles -> the sex a noun the article gives it tells ("his wife, Brenda
    # Burns"): for a person, it outranks the surname, which the family may share
    described: dict[str, str]
    # each person (full name without titles, or a lone surname no full name gives) -> every
    # sex the article's evidence gives them, in text order of first mention (``learn_people``)
    people: dict[str, frozenset[str]]


def learn_genders(names: ArticleNames) -> Genders:
    """Surname -> gender, from honorifics and from the first gendered pronoun after a lone
    person mention in its sentence, when it is a subject "he"/"she" or a possessive "his"/"her"
    ("Michelle Bachelet said her office ...", not "Judge Reed remanded her"). That pronoun
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
        pronoun = _pronoun_match(names, i)
        if pronoun is None or _crosses_quotation(names.text, mention.end, pronoun.start()):
            continue
        # only a subject "he"/"she" or a possessive teaches the sex: an object is mostly
        # somebody else ("Lucyna Kuziel-Zawalich took care of him", "Judge Reed remanded her")
        gender = _pronoun_sex(names.text, pronoun)
        if gender is None:
            continue
        genders.setdefault(surname, gender)
        name_genders.setdefault(full, gender)
    return Genders(genders, name_genders, described, learn_people(names))


def _pronoun_match(names: ArticleNames, i: int) -> re.Match[str] | None:
    """The first he/she word after mention ``i`` in its sentence, before any other name but
    its place ("X of Westland"): "Michelle Bachelet said her office ..." (a "she" two
    sentences on may be someone else)."""
    mentions, text = names.mentions, names.text
    mention, nxt = mentions[i], i + 1
    # the place or body the person is "of" is no other person: "Kristen Bieniewicz of
    # Westland, the representative of her husband's estate"
    if nxt < len(mentions) and _AFFILIATION_RE.fullmatch(text, mention.end, mentions[nxt].start):
        nxt += 1
    window_end = mentions[nxt].start if nxt < len(mentions) else len(text)
    stop = _SENTENCE_END_RE.search(text, mention.end, mention.end + 200)
    window_end = min(window_end, stop.start() if stop else mention.end + 200)
    return _GENDER_PRONOUN_RE.search(text, mention.end, window_end)


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
    for sex, name in _described_sexes(names):
        words = strip_honorifics(name).split()
        surname_sexes.setdefault(words[-1], set()).add(sex)
        if len(words) > 1:
            described.setdefault(" ".join(words), sex)
    for surname, sexes in surname_sexes.items():
        given = {full.split()[0] for full in names.distinct_full_names.get(surname, ())}
        if len(sexes) == 1 and len(given) <= 1:
            genders.setdefault(surname, next(iter(sexes)))
    return described


def _described_sexes(names: ArticleNames) -> Iterator[tuple[str, str]]:
    """(sex, name) of each name the article describes by a sexed noun, in scan order."""
    sexed = _sexed_nouns()
    for description, name in names.descriptions:
        head = head_noun(description)
        sex = sexed.get(head) if head is not None else None
        if sex is not None and not _LIST_RE.search(description):
            yield sex, name


def learn_people(names: ArticleNames) -> dict[str, frozenset[str]]:
    """Every person the article names in full, and each lone name no full name gives, with
    every sex its evidence gives them (none, one, or both when it is not unanimous): titles,
    sexed nouns (:func:`_described_sexes`) and pronouns (:func:`_pronoun_vote`). A lone
    surname votes for the one full name of it; for none when several people bear it."""
    people: dict[str, set[str]] = {
        full: set() for fulls in names.full_names.values() for _, full in fulls
    }
    for i, mention in enumerate(names.mentions):
        person = _person_of(names, names.untitled[i])
        if mention.organisation or mention.place or person is None:
            continue
        votes = people.setdefault(person, set())
        for sex in (mention.gender, _pronoun_vote(names, i)):
            if sex is not None:
                votes.add(sex)
    for sex, name in _described_sexes(names):
        person = _person_of(names, strip_honorifics(name))
        if person is not None:
            people.setdefault(person, set()).add(sex)
    return {person: frozenset(sexes) for person, sexes in people.items()}


def _person_of(names: ArticleNames, untitled: str) -> str | None:
    """The person a name without titles stands for: itself when it has two words or more, a
    lone surname's one full name (itself when the article gives none), None when several."""
    words = untitled.split()
    if len(words) != 1:
        return untitled or None
    fulls = names.distinct_full_names.get(words[0], frozenset())
    if len(fulls) > 1:
        return None
    return next(iter(fulls)) if fulls else untitled


def _pronoun_vote(names: ArticleNames, i: int) -> str | None:
    """The sex a pronoun gives mention ``i``: the he/his/she that is the first he/she word
    after it in its sentence, before any other name (:func:`_pronoun_match`) and with no
    quote mark between; or, when its sentence has none and names no other person, a "He" or
    "She" opening the next sentence ("Tom Reed won on Sunday. He finished ...")."""
    mention, text = names.mentions[i], names.text
    if _OF_BEFORE_RE.search(text, max(0, mention.start - 4), mention.start):
        return None
    pronoun = _pronoun_match(names, i)
    if pronoun is not None:
        if _QUOTE_MARK_RE.search(text, mention.end, pronoun.start()):
            return None
        return _pronoun_sex(text, pronoun)
    sentence = names.body_sentence(mention.start)
    spans = names.body_spans
    if sentence is None or sentence + 1 >= len(spans) or not _lone_person(names, i, sentence):
        return None
    if _GENDER_PRONOUN_RE.search(text, mention.end, spans[sentence][1]):
        return None  # a pronoun after another name of the sentence: its sex is not this one's
    opening = _OPENING_SUBJECT_RE.match(text, spans[sentence + 1][0])
    return None if opening is None else _VOTING_PRONOUNS[opening.group().lower()]


def _crosses_quotation(text: str, start: int, end: int) -> bool:
    """Does a quotation open or close between ``start`` and ``end`` (an odd number of quote
    marks, apostrophes apart)? '"Hillary Clinton will withdraw," he said': the "he" is the
    speaker, somebody else; 'Clinton as a "disgrace" after she attacked' is her own "she"."""
    return len(_QUOTATION_MARK_RE.findall(text, start, end)) % 2 == 1


def _pronoun_sex(text: str, pronoun: re.Match[str]) -> str | None:
    """The sex a pronoun after a name votes for it: he/his/she, or a possessive "her"
    (``possessive_her``: "her office", not "her to")."""
    word = pronoun.group().lower()
    if word != "her":
        return _VOTING_PRONOUNS.get(word)
    return "f" if possessive_her(text, pronoun.end()) else None


def possessive_her(text: str, end: int, limit: int | None = None) -> bool:
    """Is the "her" ending at ``end`` a possessive ("her office"): followed (before ``limit``)
    by a lower-case word that is no function word ("told her to", "gave her a")? The one test
    of it: the verifier reads it for a summary's pronouns too."""
    after = _WORD_AFTER_RE.match(text, end, len(text) if limit is None else limit)
    return after is not None and after.group(1) not in word_set("not_names")


def _lone_person(names: ArticleNames, i: int, sentence: int) -> bool:
    """Is mention ``i`` the only mention of a person in body sentence ``sentence``?"""
    start, end = names.body_spans[sentence]
    lo = bisect.bisect_left(names.mention_starts, start)
    hi = bisect.bisect_left(names.mention_starts, end)
    others = (m for m in names.mentions[lo:hi] if m is not names.mentions[i])
    return not any(not (m.organisation or m.place) for m in others)
