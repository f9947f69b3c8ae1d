"""The names an article holds, read once from its body text.

* a list of *name mentions* (capitalised sequences) with a guess of person vs organisation,
  place-shaped names, and the grammatical gender an honorific or the article's own pronouns
  tell (``speaker_genders``);
* an *apposition table* linking description head nouns to names, from
  "Zalmay Khalilzad, the US envoy," / "The US envoy, Zalmay Khalilzad," /
  "White House spokesman Josh Earnest" (head noun "envoy" -> "Zalmay Khalilzad");
* the full names of each surname, in text order.

``speakers.SpeakerResolver`` resolves speaker surfaces against these tables.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass

from factkit.annotate.function_words import WORD_LISTS
from factkit.annotate.glued import glued_offset, may_hold_glue
from factkit.annotate.name_shapes import (
    GIVEN_NAMES,
    NAME_RE,
    PLACE_NOUNS,
    WORD_BEFORE_RE,
    head_noun,
    is_organisation,
    looks_like_name,
    place_lead,
    strip_honorifics,
)
from factkit.annotate.title_case import title_case_line
from factkit.lang import alternation, entries, honorifics, word_set
from factkit.line_ends import opens_line

__all__ = ["ArticleNames", "Mention", "addressed", "modifies_noun"]

_POSSESSIVE = entries("possessive_endings")
_NOT_NAMES = WORD_LISTS["not_names"]
_PLACE_NAME_BEFORE = WORD_LISTS["place_name_before"]
_ENTERED_BEFORE = WORD_LISTS["entered_before"]
_ADDRESSED_BEFORE = WORD_LISTS["addressed_before"]
# words after a name that show no noun it modifies: "NATO will", "the BBC and"
_NO_NOUN_AFTER = (
    word_set("stop_words")
    | word_set("modals")
    | word_set("auxiliary_verbs")
    | WORD_LISTS["adverbials"]  # "the Lawn Tennis Association today"
)
# "Academy of Ancient Music", "Association for Business Economics": a name after a
# capitalised word and "of"/"for" closes a longer name (read within the 40 characters before)
_NAME_OF_BEFORE_RE = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*\s(?:of|for)\s$")
_ADDRESSEE_LEAD_RE = re.compile(r"\b(\w+)\s+(?:the\s+)?$")  # "told the BBC"
_WORD_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")
# what follows the place of a dateline opening a line: "New Delhi, India (CNN)", "Paris (AFP) -"
_AGENCY_AFTER_RE = re.compile(
    r"(?:,\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})?\s?"
    rf"\((?:[A-Z]{{2,8}}|{alternation(entries('news_agencies'))})\)"
)


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    start: int
    end: int
    organisation: bool
    gender: str | None  # "m", "f" or None when unknown
    # a place or a body by its shape ("in New Mexico", "Elm Road"): no antecedent of he/she/I
    place: bool = False


# Anchors around a name for the apposition links (see ArticleNames._scan).
_COMMA_DET_RE = re.compile(r",\s+(?=(?:the|a|an)\s)")
_COMMA_BEFORE_RE = re.compile(r",\s+$")
_NAME_CLOSE_RE = re.compile(r"\s*(?:[,.;:)\n]|$)")
_TITLE_BEFORE_RE = re.compile(r"\b([a-z][a-z\-]{2,})\s+$")
# a question or exclamation ends the clause too: "asking 'Who is next boys?' Another guard,
# Beau James," is no description of Beau James
_DESC_STOP_RE = re.compile(r"[,.;:?!()“”\"\n]")
_TITLE_STOPWORDS = WORD_LISTS["title_stopwords"]
# past forms without -ed ("Police then found John Smith"): no title, as an -ed form is none
_IRREGULAR_PASTS = WORD_LISTS["irregular_pasts"]


# honorifics of a commoner: a closing "I" after "Mr Schiller" is the pronoun, no numeral
_COMMON_HONORIFICS = WORD_LISTS["common_honorifics"]


def _without_pronoun_i(name: str) -> str:
    """A titled name less the pronoun "I" run onto it: "Having located Mr Schiller I asked"
    gave the mention "Schiller I" (a king's "Charles I" has no "Mr")."""
    words = name.split()
    if len(words) < 3 or words[-1] != "I" or words[0] not in _COMMON_HONORIFICS:
        return name
    return name[: name.rfind(" I")]


def _name_span(m: re.Match[str]) -> tuple[str, int, int]:
    """A name match less a possessive ending ("Mr Baxter's team": the possessor is the
    person), a glued word before it ("TalibanPresident Ashraf Ghani") and a pronoun "I" run
    onto it ("Having located Mr Schiller I asked"): the name and its span."""
    raw, (start, end) = m.group(), m.span()
    if raw.endswith(_POSSESSIVE):
        raw, end = raw[:-2], end - 2
    cut = _glued_cut(raw)
    raw, start = raw[cut:], start + cut
    kept = _without_pronoun_i(raw)
    return kept, start, end - (len(raw) - len(kept))


def _description_after(text: str, end: int) -> str | None:
    """ "Zalmay Khalilzad, the US envoy," -- the description runs to the next clause mark."""
    after = _COMMA_DET_RE.match(text, end)
    if after is None:
        return None
    stop = _DESC_STOP_RE.search(text, after.end(), after.end() + 92)
    if stop is None or stop.group() not in ",.;:)\n":
        return None
    return text[after.end() : stop.start()]


def _description_before(text: str, start: int, end: int) -> str | None:
    """ "The US envoy, Zalmay Khalilzad," -- the last determiner-led phrase before ", Name"."""
    comma = _COMMA_BEFORE_RE.search(text, max(0, start - 6), start)
    if comma is None or not _NAME_CLOSE_RE.match(text, end):
        return None
    lead = text[max(comma.start() - 72, 0) : comma.start()]
    cut = max((lead.rfind(ch) for ch in ',.;:?!()“”"\n'), default=-1)
    lead = lead[cut + 1 :]
    found = max(lead.rfind(" the "), lead.rfind(" a "), lead.rfind(" an "))
    if found >= 0:
        return lead[found + 1 :]
    if lead.lstrip().lower().startswith(("the ", "a ", "an ")):
        return lead.lstrip()
    return None


def _title_before(text: str, raw: str, start: int) -> str | None:
    """ "White House spokesman Josh Earnest" -- a lower-case title word before a full name."""
    if " " not in raw:
        return None
    title = _TITLE_BEFORE_RE.search(text, max(0, start - 30), start)
    if title is None:
        return None
    desc = title.group(1)
    if desc in _TITLE_STOPWORDS or desc in _IRREGULAR_PASTS or desc.endswith(("ly", "ed", "ing")):
        return None
    return desc


def _glued_cut(name: str) -> int:
    """Where a name scanned from a scraped page starts after the sentence glued before it: at
    the glued start of its last glued word ("Black CountrySir Albert" -> 10), else 0."""
    cut = 0
    if not may_hold_glue(name):
        return cut
    for word in re.finditer(r"\S+", name):
        found = glued_offset(word.group())
        if found is not None:
            cut = word.start() + found
    return cut


def addressed(text: str, start: int) -> bool:
    """A body named right after "told" ("told the BBC") is spoken to: no "it" or "they"
    that speaks later stands for it."""
    before = _ADDRESSEE_LEAD_RE.search(text, max(0, start - 16), start)
    return before is not None and before.group(1).lower() in _ADDRESSED_BEFORE


def modifies_noun(text: str, name: str, start: int) -> bool:
    """A name read at ``start`` and followed by a lower-case noun it qualifies ("CCTV
    footage", "PGA Tour star", "BBC team"): the noun is the thing, not the body. A word
    ending in -s or -ed may be a verb ("NASA says", "ISIS warned") and keeps the name."""
    if not text.startswith(name, start):
        return False
    after = _WORD_AFTER_RE.match(text, start + len(name))
    if after is None:
        return False
    word = after.group(1)
    return not word.endswith(("s", "ed")) and word not in _NO_NOUN_AFTER


class ArticleNames:
    """The name tables of one article's body (see module docstring), built on construction."""

    def __init__(self, text: str, body_spans: list[tuple[int, int]]) -> None:
        self.text = text
        self._body = sorted(body_spans)
        self._body_starts = [s for s, _ in self._body]
        self.links: dict[str, list[tuple[int, str]]] = {}  # head noun -> (position, name)
        # (description, name) of each link, in scan order: "the victim's mother", "Ann Lee"
        self.descriptions: list[tuple[str, str]] = []
        self.link_positions: dict[str, list[int]] = {}  # head noun -> its links' positions
        self.mentions: list[Mention] = []  # in text order
        self.full_names: dict[str, list[tuple[int, str]]] = {}  # surname -> (position, name)
        self.title_genders: dict[str, str] = {}  # full name -> its title's gender
        self._scan(text)
        self.mentions.sort(key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        # names of 2+ words with a place-shaped mention, or closing a longer "X of Y" name
        self.placed_names = {
            m.name
            for m in self.mentions
            if " " in m.name
            and (
                m.place
                or _NAME_OF_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
                or self._entered(m.start)
            )
        }
        # each mention's name without its titles, read once for both tables
        untitled = [strip_honorifics(mention.name).split() for mention in self.mentions]
        for mention, words in zip(self.mentions, untitled, strict=True):
            # a headline's capitalised words run onto its names: "Black Lawmakers Rip Donald
            # Trump As A ..." is no full name of "Trump"
            if (
                len(words) > 1
                and not mention.organisation
                and not title_case_line(text, mention.start)
            ):
                full = " ".join(words)
                self.full_names.setdefault(words[-1], []).append((mention.start, full))
                if mention.gender:  # the title marks the person: "Mr John Hale"
                    self.title_genders.setdefault(full, mention.gender)
        # surname -> its distinct full names, for each lone surname (the list made it quadratic)
        self.distinct_full_names = {
            surname: frozenset(full for _position, full in fulls)
            for surname, fulls in self.full_names.items()
        }
        # each mention's name without its titles ("Mr John Hale" -> "John Hale")
        self.untitled = [" ".join(words) for words in untitled]
        for head, links in self.links.items():
            links.sort()
            self.link_positions[head] = [pos for pos, _ in links]

    def _entered(self, start: int) -> bool:
        """A name right after "into" (``entered_before``) is a place: "he walked into Krispy
        Kreme Doughnuts" left "she" with the shop's name when no woman was named."""
        before = WORD_BEFORE_RE.search(self.text, max(0, start - 12), start)
        return before is not None and before.group(1).lower() in _ENTERED_BEFORE

    def _in_body(self, pos: int) -> bool:
        return self.body_sentence(pos) is not None

    def body_sentence(self, pos: int) -> int | None:
        """The index of the body span (in ``body_spans`` order) holding ``pos``, or None."""
        i = bisect.bisect_right(self._body_starts, pos) - 1
        return i if i >= 0 and pos < self._body[i][1] else None

    @property
    def body_spans(self) -> list[tuple[int, int]]:
        """The body's (start, end) spans, in text order (one per body sentence)."""
        return self._body

    def _link(self, desc: str, name: str, position: int) -> None:
        if not self._in_body(position):
            return
        words = name.split()
        while len(words) > 1 and words[0] in _NOT_NAMES:
            words = words[1:]  # "Later Bob Stone, the minister"
        name = " ".join(words)
        head = head_noun(desc)
        if head and len(head) > 2 and looks_like_name(name):
            self.links.setdefault(head, []).append((position, name.strip()))
            self.descriptions.append((desc, name.strip()))

    def _scan(self, text: str) -> None:
        """One pass over the names: mentions, and the apposition links around them."""
        titles = honorifics()
        for m in NAME_RE.finditer(text):
            if not self._in_body(m.start()):
                continue
            raw, start, end = _name_span(m)
            for desc in (
                _description_after(text, end),
                _description_before(text, start, end),
                _title_before(text, raw, start),
            ):
                if desc is not None:
                    self._link(desc, raw, start)
            self._add_mention(m, raw, start, end, titles)

    def _add_mention(
        self, m: re.Match[str], raw: str, start: int, end: int, titles: Mapping[str, str | None]
    ) -> None:
        """The mention of the name read at ``start``, less the words that open no name and a
        place's lead ("Commissioner for Wales Sarah Rochira")."""
        words = raw.rstrip(".").split()
        skipped = 0
        while words and words[0] in _NOT_NAMES:
            skipped += len(words[0]) + 1
            words = words[1:]
        for _ in range(place_lead(words, self.text[max(0, start - 6) : start])):
            skipped += len(words[0]) + 1
            words = words[1:]
        if not words:
            return
        name = " ".join(words)
        gender = titles.get(words[0]) if len(words) > 1 else None
        # The word before is read where the name starts: "The Harry Potter author" skips
        # "The", which then stands before the name as "the" does in "the Grand Tower".
        place = words[0] not in titles and self._place_shaped(
            words, start + skipped, raw != m.group()
        )
        place = place or self._dateline_place(m.start(), m.end())
        self.mentions.append(
            Mention(name, start + skipped, end, is_organisation(name), gender, place)
        )

    def _place_shaped(self, words: list[str], start: int, possessive: bool) -> bool:
        """A name a person pronoun cannot stand for: closed by a place noun and not opened by a
        given name ("Elm Road", "the Grand Tower"; "Ann Street" is a person), or right after
        "the", "a", "an", "in", "at" or "on" and not possessive ("in New Mexico"; "in Bob
        Stone's view" is a person's). Titled names are never asked."""
        if len(words) > 1 and words[-1] in PLACE_NOUNS and words[0].lower() not in GIVEN_NAMES:
            return True
        before = WORD_BEFORE_RE.search(self.text, max(0, start - 12), start)
        return (
            not possessive and before is not None and before.group(1).lower() in _PLACE_NAME_BEFORE
        )

    def _dateline_place(self, start: int, end: int) -> bool:
        """A name opening a line before a news agency's bracketed name is a dateline's place
        ("New Delhi, India (CNN)As the earth shook"): CNN/DM articles glue it to the first
        sentence, and a later "he" took the city."""
        return opens_line(self.text, start) and bool(_AGENCY_AFTER_RE.match(self.text, end))
