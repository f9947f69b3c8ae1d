"""Speaker resolution: pronouns and descriptions -> the named person or organisation.

Built once per article, on the first resolution that needs them, from its body text: the
article's name tables (``mentions.ArticleNames``: name mentions, the apposition table of
description head nouns, the full names of each surname) and what it tells of its people's
gender (``speaker_genders``).

``resolve(surface, start)`` then maps a speaker surface to a name: descriptions ("the envoy",
"A US peace envoy") by head noun through the table (nearest link, preceding first), pronouns
("he", "she", "they", "it", "who") to the most recent compatible speaker or mention (one in a
photo caption glued before a quotation only when none outside fits), and short names
("Sullivan") to the fuller name the article used first ("Kevin Sullivan").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cached_property

from factkit.annotate.function_words import WORD_LISTS, load_word_lists
from factkit.annotate.given_name_sexes import sex_for_pronoun
from factkit.annotate.mentions import ArticleNames, Mention, addressed, modifies_noun
from factkit.annotate.name_shapes import (
    DETERMINERS,
    FEMALE_PRONOUNS,
    GIVEN_NAMES,
    MALE_PRONOUNS,
    NAME_RE,
    NEUTER_PRONOUNS,
    PLACE_NOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEAKER_PRONOUNS,
    head_noun,
    is_organisation,
    looks_like_name,
    opens_with_given_name,
    split_apposition,
    strip_honorifics,
)
from factkit.annotate.people import ArticlePeople
from factkit.annotate.speaker_genders import Genders
from factkit.lang import honorifics, word_set

__all__ = [
    "WORD_LISTS",
    "Mention",
    "SpeakerResolver",
    "head_noun",
    "load_word_lists",
    "split_apposition",
]

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

# ", professor of demography at Oxford University": a comma, then a lower-case description
_DESCRIPTION_LEAD_RE = re.compile(r",\s+[a-z]")


def _apposition_holder(left: str, names: list[re.Match[str]]) -> str | None:
    """The person a description before ", who" describes: "David Coleman, professor of
    demography at Oxford University, who said" is Coleman's, not the university's. The last
    name closes a lower-case description opened by a comma right after another name."""
    comma = left.rfind(",", 0, names[-1].start())
    if comma < 0 or not _DESCRIPTION_LEAD_RE.match(left, comma):
        return None
    if left.rfind(",", 0, len(left) - 1) != comma:
        return None  # the description itself holds a comma: no single apposition
    holder = [m for m in names[:-1] if m.end() == comma]
    return holder[0].group() if holder else None


# a namesake introduced this many characters after the first one a surname stood for is the
# one a later bare surname means (a live blog's "Gary Johnson" at 8 a.m., "Homeland Security
# Secretary Jeh Johnson" at noon)
_NEW_NAMESAKE_GAP = 3000

_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


class SpeakerResolver:
    """Per-article resolution of speaker surfaces to names (see module docstring)."""

    def __init__(
        self,
        text: str,
        body_spans: list[tuple[int, int]],
        people: ArticlePeople | None = None,
        caption_leads: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        # photo captions glued before a quotation (``attribution.caption_leads``; sorted,
        # disjoint): a name there stands for a pronoun only when no other name fits
        self._caption_starts = [a for a, _ in caption_leads]
        self._caption_ends = [b for _, b in caption_leads]
        # the article's name tables and genders: the annotate stage's, when it passes them
        self.people = people or ArticlePeople(text, body_spans)
        # (surname, words, title's gender, given name) -> the full names of that surname longer
        # than ``words`` words, of the title's gender where one is marked, holding the given
        # name that opens the short name ("" when none does), in text order
        self._longer: dict[tuple[str, int, str | None, str], list[tuple[int, str]]] = {}
        self._speakers: list[tuple[int, str, bool]] = []  # (position, name, organisation)

    @property
    def names(self) -> ArticleNames:
        """The article's name tables, scanned on the first resolution that needs them."""
        return self.people.names

    @property
    def _genders(self) -> Genders:
        return self.people.genders

    @cached_property
    def _lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case ("doctors", "soon"), read once."""
        return frozenset(_LOWER_WORD_RE.findall(self.text))

    def _no_name(self, name: str, position: int) -> bool:
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
            and not self._full_name_before(name, position)
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

    def gender_of(self, name: str) -> str | None:
        """The sex the name's title tells, else the one a noun gives the full name ("his wife,
        Brenda Burns"), else its surname's."""
        words = name.split()
        if words and words[0] in honorifics() and honorifics()[words[0]]:
            return honorifics()[words[0]]
        if not words:
            return None
        described = self._genders.described.get(strip_honorifics(name))
        return described or self._genders.surnames.get(words[-1])

    def _given_name_sex(self, name: str, full: str) -> str | None:
        """The sex the given name of ``name``'s full name ``full`` tells (``given_name_sexes``:
        "she" is no "John Glatt"), where neither a title on the name nor a noun the article
        gives it tells one, and the article's pronouns do not give the person the other sex."""
        title = honorifics().get(name.split()[0]) if name.split() else None
        if title or strip_honorifics(name) in self._genders.described:
            return None
        return sex_for_pronoun(full, self._genders.people.get(full, frozenset()))

    def note_speaker(self, position: int, name: str) -> None:
        """Record a resolved named speaker as an antecedent for later pronouns."""
        self._speakers.append((position, name, is_organisation(name)))

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
        name of unknown or
        other gender leaves the first: "Durst's first wife, Kathleen McCormack Durst" then
        "Durst has long maintained that he" is still Robert Durst."""
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
            for e in self.names.full_names.get(words[-1], ())
            if len(e[1].split()) > len(words) and (not given or given in e[1].split())
        ]
        if gender is not None:
            same = [e for e in longer if self._genders.names.get(e[1]) == gender]
            longer = same or [e for e in longer if self._genders.names.get(e[1]) is None]
        return longer

    def resolve(self, surface: str, start: int, said: tuple[int, int] | None = None) -> str | None:
        """The name a speaker surface refers to, or None when it cannot be told. ``said`` is
        the span of what the speaker said: a pronoun stands for no name inside it."""
        words = surface.split()
        if not words:
            return None
        lower = surface.lower().strip()
        if lower in RELATIVE_PRONOUNS:
            return self._relative_antecedent(start)
        if lower in SPEAKER_PRONOUNS:
            return self._pronoun_antecedent(lower, start, said)
        if looks_like_name(surface):
            return self.full_name(surface, start) if not is_organisation(surface) else surface
        if (
            words[0].lower() in DETERMINERS
            and len(words) > 1
            and looks_like_name(" ".join(words[1:]))
        ):
            return surface  # "the US State Department" is already a name
        head = head_noun(surface)
        if head is None:
            return None
        links = self.names.links.get(head)
        if not links:
            return None
        i = bisect.bisect_left(self.names.link_positions[head], start)  # links before ``start``
        return links[i - 1][1] if i > 0 else links[0][1]

    def _no_person(self, name: str, full: str) -> bool:
        """A name of unknown gender the article shows is no person's: one of its words is an
        organisation, team, place or event noun ("Lings Primary School", "World Cup"), or the
        article puts it after "the", "in" or "at" ("in New York") or after "X of" ("the Academy
        of Ancient Music"; a surname is read as its full name). A title or a given name
        opening its full name makes it a person all the same ("David Villa"), unless a place or
        institution noun closes it ("Victor Avenue", "Albert Museum"). ``full``: its full name
        (:meth:`full_name`)."""
        words = full.split()
        if not words or name.split()[0] in honorifics():
            return False  # "Dr Street"
        held = [w.removesuffix("’s").removesuffix("'s") for w in words]
        if held[-1] in _PLACE_HEADS:
            return True
        if words[0].lower() in GIVEN_NAMES:
            return False  # "Ruth Day"
        return bool(set(held) & _NOT_PERSON_WORDS) or bool({name, full} & self.names.placed_names)

    def _relative_antecedent(self, start: int) -> str | None:
        left = self.text[max(0, start - 120) : start].rstrip()
        if not left.endswith(","):
            return None
        names = list(NAME_RE.finditer(left))
        if names and names[-1].end() >= len(left) - 1:
            # "who" stands for a person; "which" may well be the body ("..., Islamic State, which")
            who = self.text.startswith(("who", "Who"), start)
            holder = _apposition_holder(left, names) if who else None
            return (holder or names[-1].group()).rstrip(".")
        return None

    def _full_name_before(self, surname: str, position: int) -> bool:
        """A full name with this surname was seen before ``position`` (lists in text order)."""
        seen = self.names.full_names.get(surname)
        return seen is not None and len(seen) > 0 and seen[0][0] < position

    def _antecedent_candidates(
        self, start: int, person: bool, said: tuple[int, int] | None
    ) -> list[tuple[int, str, bool]]:
        """The last few named speakers before ``start``, and mentions that look like people
        (for a ``person`` pronoun, no places): full names, titled names, or surnames of a full
        name seen before ("Afghanistan" is no "he"); none inside ``said``."""
        recent = [s for s in self._speakers[-12:] if s[0] < start]
        idx = bisect.bisect_left(self.names.mention_starts, start)
        candidates = recent + [
            (m.start, m.name, m.organisation)
            for m in self.names.mentions[max(0, idx - 40) : idx]
            if not (person and m.place)
            and (
                m.organisation or len(m.name.split()) > 1 or self._full_name_before(m.name, m.start)
            )
        ]
        if said is not None:
            # "'If your parents voted for Obama ...' he told WMAZ": a speaker is no one named
            # in their own words
            candidates = [c for c in candidates if not said[0] <= c[0] < said[1]]
        if person:
            candidates = [c for c in candidates if c[2] or not self._no_name(c[1], c[0])]
        return candidates

    def _pronoun_antecedent(
        self, pronoun: str, start: int, said: tuple[int, int] | None = None
    ) -> str | None:
        want_org = pronoun in NEUTER_PRONOUNS
        want_plural = pronoun in PLURAL_PRONOUNS
        want_gender = (
            "m" if pronoun in MALE_PRONOUNS else "f" if pronoun in FEMALE_PRONOUNS else None
        )
        person = not (want_org or want_plural)
        candidates = self._antecedent_candidates(start, person, said)
        candidates.sort(key=lambda c: c[0])
        narrative = [c for c in candidates if not self._in_caption(c[0])]
        found = self._pick_antecedent(narrative, start, want_org, want_plural, want_gender)
        if found is None and len(narrative) < len(candidates):
            # the caption is all there is
            found = self._pick_antecedent(candidates, start, want_org, want_plural, want_gender)
        return found

    def _in_caption(self, position: int) -> bool:
        """Does ``position`` lie in a photo caption glued before a quotation?"""
        i = bisect.bisect_right(self._caption_starts, position) - 1
        return i >= 0 and position < self._caption_ends[i]

    def _pick_antecedent(
        self,
        candidates: list[tuple[int, str, bool]],
        start: int,
        want_org: bool,
        want_plural: bool,
        want_gender: str | None,
    ) -> str | None:
        """The most recent of ``candidates`` (in text order) a pronoun of this kind fits."""
        fallback: tuple[str, str] | None = None  # (name, full name)
        people_seen = 0
        for _pos, name, organisation in reversed(candidates):
            if want_org or want_plural:
                if (
                    organisation
                    and not addressed(self.text, _pos)
                    and not modifies_noun(self.text, name, _pos)
                ):
                    return name
                continue
            if organisation:
                continue
            people_seen += 1
            full = self.full_name(name, start)  # worked out once: every test below reads it
            given = self._given_name_sex(name, full) if want_gender else None
            if given is not None and given != want_gender:
                continue  # a man's given name for "she", a woman's for "he"
            gender = self.gender_of(name)
            if given is not None and gender != given:
                gender = None  # the surname's sex is another bearer's: Hillary's, not Bill's
            # a gender learned from "Aston Villa ... he" makes no team a person
            if (want_gender is None or gender == want_gender) and not self._no_person(name, full):
                return full
            if gender is None and fallback is None:
                fallback = (name, full)
                nearer = self._nearer_unsexed_person(name, full) if want_gender == "m" else None
                if nearer is not None:
                    return nearer
            if people_seen >= 4:
                break
        # No recent person of the right gender: the most recent one of unknown gender, unless
        # the article shows that name is no person's (then no one: a wrong name is worse).
        if fallback is None or self._no_person(*fallback):
            return None
        return fallback[1]

    def _nearer_unsexed_person(self, name: str, full: str) -> str | None:
        """The full name, opened by a given name, of a person of unknown sex named nearer than
        any man the article marks: "he" stands for that person ("Simon Clare, from bookmakers
        Coral, confirmed ... He explained" after "Sam Waley-Cohen's", a known man). Not for
        "she": a nearer person of unknown sex is most often a man ("Rojo ... she said" took the
        footballer over Ms Watson). ``full``: the name's full name (:meth:`full_name`)."""
        if len(full.split()) < 2 or not opens_with_given_name(full):
            return None
        return None if self._no_person(name, full) else full
