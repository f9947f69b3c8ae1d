"""The capitalised names of an article that no person pronoun ("he", "she") stands for.

A name is no person's when it is a title alone ("Prime Minister"), a job title closed by a role
noun, a nickname in quote marks, a single word the article also writes in lower case
("Doctors warned"), or, where the article tells no gender for it, an organisation, team, place
or event ("Lings Primary School", "World Cup", "in New York").
"""

from __future__ import annotations

import re
from functools import cached_property

from factkit.annotate.full_names import FullNames
from factkit.annotate.name_shapes import GIVEN_NAMES, PLACE_NOUNS
from factkit.annotate.people import ArticlePeople
from factkit.lang import honorifics, word_set

__all__ = ["NonPersons"]

# words that make a name no person's when no title or given name opens it ("Lings Primary
# School", "Manchester United", "World Cup"): the verifier's group words and places, and events
_NOT_PERSON_WORDS = (
    word_set("attr_org_words") | word_set("org_suffixes") | PLACE_NOUNS | word_set("event_nouns")
)

# the last words of the names of places, buildings and institutions that are no surnames
# ("Victor Avenue", "Albert Museum"): a name ending in one is no person though a given name
# opens it
_PLACE_HEADS = word_set("place_name_heads")

# capitalised role nouns closing a job title ("Development Officer"): a role, no person's name
_ROLE_HEADS = word_set("role_name_heads")
_OPENING_QUOTES = frozenset("\"“‘'")
_CLOSING_QUOTES = frozenset("\"”’'")

_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


class NonPersons:
    """Which of one article's names are no person's (see module docstring)."""

    def __init__(self, text: str, people: ArticlePeople, full_names: FullNames) -> None:
        self.text = text
        self.people = people  # its name tables, scanned on the first test that needs them
        self.full_names = full_names

    @cached_property
    def _lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case ("doctors", "soon"), read once."""
        return frozenset(_LOWER_WORD_RE.findall(self.text))

    def no_name(self, name: str, position: int) -> bool:
        """A capitalised word or title no person pronoun stands for: a single word the article
        also writes in lower case and no full name has for surname ("Doctors warned", "Soon
        afterwards she"), titles alone ("Prime Minister"), a job title closed by a role noun
        ("Changing Places Development Officer"), or a nickname the article puts in quote
        marks ('"Yorkshire Ripper" Peter Sutcliffe')."""
        words = name.split()
        if all(word in honorifics() for word in words) or words[-1] in _ROLE_HEADS:
            return True
        if self._quoted(name, position):
            return True
        return (
            len(words) == 1
            and name.lower() in self._lower_words
            and not self.full_names.full_name_before(name, position)
        )

    def _quoted(self, name: str, position: int) -> bool:
        """Does the text at ``position`` hold ``name`` alone between quote marks? The name may
        have taken in the closing one ("'Cleaning Up Stormont'")."""
        bare = name.rstrip("".join(_CLOSING_QUOTES))
        end = position + len(bare)
        return (
            position > 0
            and self.text.startswith(bare, position)
            and self.text[position - 1] in _OPENING_QUOTES
            and self.text[end : end + 1] in _CLOSING_QUOTES
        )

    def no_person(self, name: str, full: str) -> bool:
        """A name of unknown gender the article shows is no person's: one of its words is an
        organisation, team, place or event noun ("Lings Primary School", "World Cup"), or the
        article puts it after "the", "in" or "at" ("in New York") or after "X of" ("the Academy
        of Ancient Music"; a surname is read as its full name). A title or a given name
        opening its full name makes it a person all the same ("David Villa"), unless a place or
        institution noun closes it ("Victor Avenue", "Albert Museum"). ``full``: its full name
        (:meth:`.FullNames.full_name`)."""
        words = full.split()
        if not words or name.split()[0] in honorifics():
            return False  # "Dr Street"
        held = [w.removesuffix("’s").removesuffix("'s") for w in words]
        if held[-1] in _PLACE_HEADS:
            return True
        if words[0].lower() in GIVEN_NAMES:
            return False  # "Ruth Day"
        return bool(set(held) & _NOT_PERSON_WORDS) or bool(
            {name, full} & self.people.names.placed_names
        )
