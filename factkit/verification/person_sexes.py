"""A summary name whose own pronoun gives the person the other sex than the article does:
"Rickie Fowler was pictured alongside her sister" where the article's Fowler is "he" every time
it says. An entity or speaker swap puts one article name where another belongs; the pronoun the
summary keeps from the replaced person then tells them apart.

The article's side is the annotate stage's (``Annotations.person_sexes``: each person and every
sex the article's titles, sexed nouns and pronouns give them); :class:`PersonSexes` only looks it
up by name word. A person is judged only when the article is unanimous about them, and a word
several people bear ("Joshua Burns" and "Brenda Burns": "Burns") judges nobody.

Summary side (:func:`sex_clash`): the name opens its sentence, and the first he/his/himself or
she/her/herself after it, in the same clause, with no other name, person noun or quote mark
between, is bound to it. An object "him"/"her" ("thanked her") is somebody else, never it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from factkit.annotate.speaker_genders import possessive_her
from factkit.annotations import PersonSex
from factkit.lang import alternation, entries, honorifics, word_set
from factkit.verification.name_types import GROUP, type_of
from factkit.verification.names import NameSpan
from factkit.verification.text import (
    WORD_RE,
    honorific_words,
    norm_word,
    opens_sentence,
)

# what may stand between a subject name and the pronoun bound to it without ending the clause
_CLAUSE_BREAKS = re.compile(r"[;:\"“”‘’]|\s'|'\s|\s—\s")


@dataclass
class PersonSexes:
    """The annotate stage's people by name word: each word (lower case, titles left out) -> the
    sexes the article gives each person whose name holds it, one set per person."""

    by_word: dict[str, list[frozenset[str]]] = field(default_factory=dict)

    @classmethod
    def of(cls, people: Iterable[PersonSex]) -> PersonSexes:
        found = cls()
        for person in people:
            for word in _name_words(person.name):
                found.by_word.setdefault(word, []).append(person.sexes)
        return found

    def sex_of(self, words: Iterable[str]) -> str | None:
        """The one sex the article gives the people of the name ``words``, or None (no vote,
        votes of both sexes, or a word several of its people bear)."""
        sexes: set[str] = set()
        for word in words:
            people = self.by_word.get(word, ())
            if len(people) > 1:
                return None  # a family name several people of the article bear
            for person in people:
                sexes |= person
        return next(iter(sexes)) if len(sexes) == 1 else None


def _name_words(name: str) -> set[str]:
    """The normalized words of a name, its titles left out."""
    words = {norm_word(m.group()) for m in WORD_RE.finditer(name)}
    return words - honorific_words()


@cache
def _sexed_words() -> dict[str, str]:
    """Words that give a name its sex -> that sex: titles ("mrs", "sir") and role words
    ("duchess", "spokeswoman")."""
    titles = {t.lower().rstrip("."): sex for t, sex in honorifics().items() if sex is not None}
    roles = (line.split("|") for line in entries("sexed_titles"))
    return titles | {word.strip(): sex.strip() for word, sex in roles}


def _told_sexes(name: str) -> set[str]:
    """The sexes the words of the name give it ("Lady Reed", "Duchess of Cambridge")."""
    sexed = _sexed_words()
    return {sexed[w] for m in WORD_RE.finditer(name) if (w := norm_word(m.group())) in sexed}


@cache
def _pronoun_sexes() -> dict[str, str]:
    """he/his/him/himself -> "m", she/her/hers/herself -> "f"."""
    male = {w: "m" for w in entries("pronouns_male")}
    return male | {w: "f" for w in entries("pronouns_female")}


def pronoun_sex(word: str) -> str | None:
    """The sex ("m"/"f") a person pronoun gives ("She" -> "f"), or None ("they", "it")."""
    return _pronoun_sexes().get(word.lower())


@cache
def _pronoun_re() -> re.Pattern[str]:
    return re.compile(r"\b(" + alternation(_pronoun_sexes()) + r")\b", re.I)


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns that bring in another person a pronoun may refer to ("her mother", "the woman")."""
    sexed = (line.split("|")[0].strip() for line in entries("sexed_person_nouns"))
    return word_set("person_nouns") | frozenset(sexed)


def bound_pronoun(
    text: str, span: NameSpan, spans: Sequence[NameSpan], sentence: tuple[int, int]
) -> tuple[int, int, str] | None:
    """(start, end, sex) of the pronoun bound to the name ``span`` opening its ``sentence``
    (``spans``: the sentence's name spans): the first he/his/himself or she/her/herself after
    it in its clause, with no other name, person noun or quote mark between; None when there
    is none."""
    start, end, _ = span
    lo, hi = sentence
    if not opens_sentence(text, lo, start):
        return None  # not the sentence's subject
    m = _pronoun_re().search(text, end, hi)
    if m is None or any(end <= s < m.start() for s, _, _ in spans):
        return None
    between = text[end : m.start()]
    if _CLAUSE_BREAKS.search(between) or any(
        norm_word(w.group()) in _person_nouns() for w in WORD_RE.finditer(between)
    ):
        return None
    word = m.group().lower()
    if word == "him" or (word == "her" and not possessive_her(text, m.end(), hi)):
        return None  # "thanked her": an object pronoun is somebody else
    return m.start(), m.end(), _pronoun_sexes()[word]


def sex_clash(
    text: str,
    span: NameSpan,
    spans: Sequence[NameSpan],
    sentence: tuple[int, int],
    sexes: PersonSexes,
    types: Mapping[str, str],
) -> tuple[int, int] | None:
    """The summary pronoun (start, end) bound to the name ``span`` that gives it the other sex
    than the article does, unanimously; else None (``types``: the article's name word types,
    ``name_types.py``)."""
    bound = bound_pronoun(text, span, spans, sentence)
    if bound is None or type_of(span[2], types) == GROUP:
        return None  # no bound pronoun, or a place or a body
    if bound[2] in _told_sexes(text[span[0] : span[1]]):
        return None  # the name's own title agrees: "the Duchess of Cambridge ... her"
    article = sexes.sex_of(w for w in span[2] if w not in honorific_words())
    if article is None or article == bound[2]:
        return None
    return bound[0], bound[1]
