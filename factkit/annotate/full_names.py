"""Short names -> the fuller name the article used before them ("Sullivan" -> "Kevin Sullivan").

Per article, from its name tables (``mentions.ArticleNames``: the full names of each surname,
in text order) and what it tells of its people's gender (``speaker_genders``): a titled short
name ("Mrs Hale") takes a full name of its title's gender, one opened by a given name only a
longer name holding it, and of several namesakes the first the article used, unless it shows a
nearer one is meant.
"""

from __future__ import annotations

from factkit.annotate.mentions import ArticleNames
from factkit.annotate.name_shapes import GIVEN_NAMES, opens_with_given_name, strip_honorifics
from factkit.annotate.people import ArticlePeople
from factkit.annotate.speaker_genders import Genders
from factkit.lang import honorifics

__all__ = ["FullNames"]

# a namesake introduced this many characters after the first one a surname stood for is the
# one a later bare surname means (a live blog's "Gary Johnson" at 8 a.m., "Homeland Security
# Secretary Jeh Johnson" at noon)
_NEW_NAMESAKE_GAP = 3000


class FullNames:
    """The fuller names an article's short names stand for (see module docstring)."""

    def __init__(self, people: ArticlePeople) -> None:
        # the article's name tables and genders, scanned on the first lookup that needs them
        self.people = people
        # (surname, words, title's gender, given name) -> the full names of that surname longer
        # than ``words`` words, of the title's gender where one is marked, holding the given
        # name that opens the short name ("" when none does), in text order
        self._longer: dict[tuple[str, int, str | None, str], list[tuple[int, str]]] = {}

    @property
    def _names(self) -> ArticleNames:
        return self.people.names

    @property
    def _genders(self) -> Genders:
        return self.people.genders

    def full_name(self, name: str, position: int) -> str:
        """The fuller name used before for this short one ("Sullivan" -> "Kevin Sullivan")."""
        bare = strip_honorifics(name)
        words = bare.split()
        if not words:
            return bare
        # The longer full names (in text order) are memoised, as one article can ask about the
        # same surname thousands of times.
        first_word = name.split()[0]
        gender = honorifics().get(first_word) if first_word != words[0] else None
        given = words[0] if len(words) > 1 and words[0].lower() in GIVEN_NAMES else ""
        key = (words[-1], len(words), gender, given)
        if key not in self._longer:
            self._longer[key] = self._longer_full_names(words, gender, given)
        before = [e for e in self._longer[key] if e[0] < position]
        return self._nearest_namesake(before) if before else bare

    def _nearest_namesake(self, before: list[tuple[int, str]]) -> str:
        """Of the full names a short name may stand for, the first the article used; but the
        nearest before it when the article shows that one is of the first's gender and a given
        name opens it: "Jeh Johnson" after "Gary Johnson", then "Johnson said" is Jeh's. A
        name of unknown or other gender leaves the first: "Durst's first wife, Kathleen
        McCormack Durst" then "Durst has long maintained that he" is still Robert Durst."""
        first_pos, first = before[0]
        first_gender = self._genders.names.get(first)
        for pos, full in reversed(before):
            if full == first:
                break
            gender = self._genders.names.get(full)
            if gender == first_gender is not None and opens_with_given_name(full):
                return full
            if pos - first_pos >= _NEW_NAMESAKE_GAP and None in (gender, first_gender):
                return full
        return before[0][1]

    def _longer_full_names(
        self, words: list[str], gender: str | None, given: str
    ) -> list[tuple[int, str]]:
        """The full names longer than ``words`` with its surname; for a titled name ("Mrs
        Hale") those the article titles as of its gender ("Mrs Kate Hale"), else those it does
        not title as the other ("Mr John Hale" is not "Mrs Hale"). A short name opened by a
        ``given`` name takes only a longer one that holds it: "Brenda Burns" is no "Joshua
        Quincy Burns" ("Mr Duncan Smith" is "Iain Duncan Smith")."""
        longer = [
            e
            for e in self._names.full_names.get(words[-1], ())
            if len(e[1].split()) > len(words) and (not given or given in e[1].split())
        ]
        if gender is not None:
            same = [e for e in longer if self._genders.names.get(e[1]) == gender]
            longer = same or [e for e in longer if self._genders.names.get(e[1]) is None]
        return longer

    def full_name_before(self, surname: str, position: int) -> bool:
        """A full name with this surname was seen before ``position`` (lists in text order)."""
        seen = self._names.full_names.get(surname)
        return seen is not None and len(seen) > 0 and seen[0][0] < position
