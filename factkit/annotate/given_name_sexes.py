"""The sex a person's given name tells, for the speaker resolver's "he" and "she".

An article seldom says in so many words that John Glatt is a man: its titles, sexed nouns and
pronouns (``speaker_genders``) are often silent about a person, and the resolver then took the
most recent unsexed person for any pronoun, so "she" could stand for "John Glatt". A given name
borne by one sex only (``lang/en/given_names_male.txt``, ``given_names_female.txt``; names both
sexes bear are in neither) tells it. It is the weakest evidence: a title on the name, a noun the
article gives the person ("his wife, Brenda Burns"), or the article's pronouns for the person,
all of one sex, outrank it; it outranks only what a surname's other bearers tell ("Hillary
Clinton ... her" makes no "Bill Clinton" a woman).
"""

from __future__ import annotations

from factkit.annotate.name_shapes import strip_honorifics
from factkit.lang import given_name_sexes

__all__ = ["given_name_sex", "sex_for_pronoun"]


def given_name_sex(name: str) -> str | None:
    """The sex ("m"/"f") the given name opening a full name tells ("John Glatt" -> "m"), or
    None: an unlisted or either sex's name, or a lone word ("Paul" may be a surname)."""
    words = strip_honorifics(name).split()
    if len(words) < 2:
        return None
    return given_name_sexes().get(words[0].lower())


def sex_for_pronoun(full_name: str, article_sexes: frozenset[str]) -> str | None:
    """The given name's sex for a person the article's own evidence (``article_sexes``: every
    sex its titles, nouns and pronouns give the person) does not unanimously give the other
    sex; else None (the article's word stands)."""
    sex = given_name_sex(full_name)
    if sex is None or (len(article_sexes) == 1 and sex not in article_sexes):
        return None
    return sex
