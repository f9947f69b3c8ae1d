"""Speaker resolution: pronouns and descriptions -> the named person or organisation.

Built once per article, on the first resolution that needs them, from its body text: the
article's name tables (``mentions.ArticleNames``: name mentions, the apposition table of
description head nouns, the full names of each surname) and what it tells of its people's
gender (``speaker_genders``).

``resolve(surface, start)`` then maps a speaker surface to a name: descriptions ("the envoy",
"A US peace envoy") by head noun through the table (nearest link, preceding first), pronouns
("he", "she", "they", "it") to the most recent compatible speaker or mention (one in a
photo caption glued before a quotation only when none outside fits; names no person's,
``non_persons``, skipped for "he" and "she"), "who" and "which" to the name before their comma
(``relative_antecedents``), and short names ("Sullivan") to the fuller name the article used
first ("Kevin Sullivan", ``full_names``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from factkit.annotate.full_names import FullNames
from factkit.annotate.function_words import WORD_LISTS, load_word_lists
from factkit.annotate.given_name_sexes import sex_for_pronoun
from factkit.annotate.mentions import ArticleNames, Mention, addressed, modifies_noun
from factkit.annotate.name_shapes import (
    DETERMINERS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
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
from factkit.annotate.non_persons import NonPersons
from factkit.annotate.people import ArticlePeople
from factkit.annotate.relative_antecedents import relative_antecedent
from factkit.annotate.speaker_genders import Genders
from factkit.lang import honorifics

__all__ = [
    "WORD_LISTS",
    "Mention",
    "SpeakerResolver",
    "head_noun",
    "load_word_lists",
    "split_apposition",
]


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
        self.full_names = FullNames(self.people)
        self._non_persons = NonPersons(text, self.people, self.full_names)
        self._speakers: list[tuple[int, str, bool]] = []  # (position, name, organisation)

    @property
    def names(self) -> ArticleNames:
        """The article's name tables, scanned on the first resolution that needs them."""
        return self.people.names

    @property
    def _genders(self) -> Genders:
        return self.people.genders

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

    def resolve(self, surface: str, start: int, said: tuple[int, int] | None = None) -> str | None:
        """The name a speaker surface refers to, or None when it cannot be told. ``said`` is
        the span of what the speaker said: a pronoun stands for no name inside it."""
        words = surface.split()
        if not words:
            return None
        lower = surface.lower().strip()
        if lower in RELATIVE_PRONOUNS:
            return relative_antecedent(self.text, start)
        if lower in SPEAKER_PRONOUNS:
            return self._pronoun_antecedent(lower, start, said)
        if looks_like_name(surface):
            return (
                self.full_names.full_name(surface, start)
                if not is_organisation(surface)
                else surface
            )
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
                m.organisation
                or len(m.name.split()) > 1
                or self.full_names.full_name_before(m.name, m.start)
            )
        ]
        if said is not None:
            # "'If your parents voted for Obama ...' he told WMAZ": a speaker is no one named
            # in their own words
            candidates = [c for c in candidates if not said[0] <= c[0] < said[1]]
        if person:
            candidates = [
                c for c in candidates if c[2] or not self._non_persons.no_name(c[1], c[0])
            ]
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
            full = self.full_names.full_name(
                name, start
            )  # worked out once: every test below reads it
            given = self._given_name_sex(name, full) if want_gender else None
            if given is not None and given != want_gender:
                continue  # a man's given name for "she", a woman's for "he"
            gender = self.gender_of(name)
            if given is not None and gender != given:
                gender = None  # the surname's sex is another bearer's: Hillary's, not Bill's
            # a gender learned from "Aston Villa ... he" makes no team a person
            if (want_gender is None or gender == want_gender) and not self._non_persons.no_person(
                name, full
            ):
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
        if fallback is None or self._non_persons.no_person(*fallback):
            return None
        return fallback[1]

    def _nearer_unsexed_person(self, name: str, full: str) -> str | None:
        """The full name, opened by a given name, of a person of unknown sex named nearer than
        any man the article marks: "he" stands for that person ("Simon Clare, from bookmakers
        Coral, confirmed ... He explained" after "Sam Waley-Cohen's", a known man). Not for
        "she": a nearer person of unknown sex is most often a man ("Rojo ... she said" took the
        footballer over Ms Watson). ``full``: the name's full name
        (:meth:`.FullNames.full_name`)."""
        if len(full.split()) < 2 or not opens_with_given_name(full):
            return None
        return None if self._non_persons.no_person(name, full) else full
