"""Speaker resolution: pronouns and descriptions -> the named person or organisation.

Built once per article from its body text:

* an *apposition table* linking description head nouns to names, from
  "Zalmay Khalilzad, the US envoy," / "The US envoy, Zalmay Khalilzad," /
  "White House spokesman Josh Earnest" (head noun "envoy" -> "Zalmay Khalilzad");
* a list of *name mentions* (capitalised sequences) with a guess of person vs organisation
  and, where an honorific or the article's own pronouns tell, grammatical gender.

``resolve(surface, start)`` then maps a speaker surface to a name: descriptions ("the envoy",
"A US peace envoy") by head noun through the table (nearest link, preceding first), pronouns
("he", "she", "they", "it", "who") to the most recent compatible speaker or mention, and short
names ("Sullivan") to the fuller name the article used first ("Kevin Sullivan").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from factkit.annotate.function_words import WORD_LISTS, load_word_lists
from factkit.annotate.glued import glued_offset
from factkit.lang import alternation, entries, honorifics, word_set
from factkit.line_ends import opens_line

__all__ = [
    "WORD_LISTS",
    "Mention",
    "SpeakerResolver",
    "head_noun",
    "load_word_lists",
    "split_apposition",
]


# A name token: a capitalised word, an initial ("E."), or a title abbreviation ("Sen.");
# other words never carry a period, so names do not run across sentence ends.
_NAME_TOKEN = (
    # "Jr." / "Sr." end a name and "St." opens a saint's: not titles, but name parts all the same.
    rf"(?:(?:{alternation([*entries('title_abbreviations'), 'jr', 'sr', 'st'], capitalize=True)})"
    r"\.(?=\s)"
    r"|[A-Z]\.(?=\s)|[A-Z][\w’'\-]*)"
)
_NAME_LINK = f"(?:{alternation(entries('name_particles'))})"
# A capitalised name: 1-5 capitalised tokens, lower-case particles allowed inside.
NAME_RE = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_LINK}\s+)?{_NAME_TOKEN}){{0,4}}")
_WORD_RE = re.compile(r"\w[\w’'.\-&]*")
_POSSESSIVE = entries("possessive_endings")

DETERMINERS = WORD_LISTS["determiners"]
_HEAD_BREAKS = WORD_LISTS["head_breaks"]
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
_PLACE_NOUNS = word_set("place_nouns") - WORD_LISTS["place_noun_surnames"]
_GIVEN_NAMES = word_set("given_names")
# words that make a name no person's when no title or given name opens it ("Lings Primary
# School", "Manchester United", "World Cup"): the verifier's group words and places, and events
_NOT_PERSON_WORDS = (
    word_set("attr_org_words") | word_set("org_suffixes") | _PLACE_NOUNS | word_set("event_nouns")
)
# "Academy of Ancient Music", "Association for Business Economics": a name after a
# capitalised word and "of"/"for" closes a longer name (read within the 40 characters before)
_NAME_OF_BEFORE_RE = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*\s(?:of|for)\s$")
# the word right before a name (see _PLACE_NAME_BEFORE)
_WORD_BEFORE_RE = re.compile(r"\b(\w+)\s+$")
_ADDRESSEE_LEAD_RE = re.compile(r"\b(\w+)\s+(?:the\s+)?$")  # "told the BBC"
_WORD_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")
# "BBC Scotland", "DNA Info": people's names open with initials ("JK Rowling"), not with an
# acronym of three or more capitals
_ACRONYM_RE = re.compile(r"[A-Z]{3,}")
# what follows the place of a dateline opening a line: "New Delhi, India (CNN)", "Paris (AFP) -"
_AGENCY_AFTER_RE = re.compile(
    r"(?:,\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})?\s?"
    rf"\((?:[A-Z]{{2,8}}|{alternation(entries('news_agencies'))})\)"
)
MALE_PRONOUNS = word_set("pronouns_male")
FEMALE_PRONOUNS = word_set("pronouns_female")
PLURAL_PRONOUNS = word_set("pronouns_plural")
NEUTER_PRONOUNS = word_set("pronouns_neuter")
RELATIVE_PRONOUNS = word_set("pronouns_relative")
SPEAKER_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS | {"i"}
_SENTENCE_END_RE = re.compile(r"[.!?][”\"’']?\s")
_GENDER_PRONOUN_RE = re.compile(r"\b(he|him|his|she|her|hers)\b", re.IGNORECASE)
# an object pronoun in the clause of a subject name is someone else ("X took care of him")
_OBJECT_ONLY_PRONOUNS = frozenset({"him"})
_AFFILIATION_RE = re.compile(r"\s+(?:of|from)\s+")


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return frozenset(entries("attr_org_words"))


def head_noun(phrase: str) -> str | None:
    """The head word of a noun phrase: the last word before a preposition or relative clause."""
    words = [w.lower().rstrip(".") for w in _WORD_RE.findall(phrase)]
    head: str | None = None
    for word in words:
        if word in _HEAD_BREAKS and head is not None:
            break
        if word not in DETERMINERS:
            head = word
    if head is not None and head.endswith(("’s", "'s")):
        head = head[:-2]
    return head


def strip_honorifics(name: str) -> str:
    words = name.split()
    titles = honorifics()
    while len(words) > 1 and words[0] in titles:
        words = words[1:]
    return " ".join(words)


_CALENDAR_NAMES = word_set("weekdays") | word_set("months")


def opens_no_name(word: str) -> bool:
    """A capitalised word listed as opening no name ([not_names]: "Both", "But", "He"), so a
    clause it opens may lower-case it. Days and months are listed too but stay proper nouns;
    a word in capitals throughout ("I") keeps them."""
    return word in _NOT_NAMES and not word.isupper() and word.lower() not in _CALENDAR_NAMES


def looks_like_name(phrase: str) -> bool:
    """True for a capitalised name ("Michelle Bachelet", "Mr. King"), not a description."""
    words = phrase.split()
    if not words or len(words) > 6 or words[0] in _NOT_NAMES or words[0].lower() in DETERMINERS:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised == len(words) or (capitalised >= 2 and words[-1][:1].isupper())


@lru_cache(maxsize=8192)
def is_organisation(name: str) -> bool:
    words = [w.strip(".,’'") for w in name.split()]
    orgs = _org_words()
    if any(w in orgs for w in words):
        return True
    if len(words) > 1 and _ACRONYM_RE.fullmatch(words[0]) and all(w[:1].isupper() for w in words):
        return True  # not "NSW Business Chamber officer Stephen Cartwright": a person
    # Acronyms (FBI, NATO) and "the X" names (the State Department) are organisations.
    return (
        len(words) == 1 and len(words[0]) > 1 and words[0].isupper()
    ) or name.lower().startswith("the ")


def split_apposition(first: str, second: str) -> tuple[str, str] | None:
    """For "X, Y" return (name, description) when one side is a name and the other is not."""
    first, second = first.strip(" ,"), second.strip(" ,")
    if looks_like_name(first) and not looks_like_name(second):
        return first, second
    if looks_like_name(second) and not looks_like_name(first):
        return second, first
    return None


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    start: int
    end: int
    organisation: bool
    gender: str | None  # "m", "f" or None when unknown
    # a place or a body by its shape ("in New Mexico", "Elm Road"): no antecedent of he/she/I
    place: bool = False


# Anchors around a name for the apposition links (see SpeakerResolver._scan).
_COMMA_DET_RE = re.compile(r",\s+(?=(?:the|a|an)\s)")
_COMMA_BEFORE_RE = re.compile(r",\s+$")
_NAME_CLOSE_RE = re.compile(r"\s*(?:[,.;:)\n]|$)")
_TITLE_BEFORE_RE = re.compile(r"\b([a-z][a-z\-]{2,})\s+$")
_DESC_STOP_RE = re.compile(r"[,.;:()“”\"\n]")
_TITLE_STOPWORDS = WORD_LISTS["title_stopwords"]


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
    cut = max((lead.rfind(ch) for ch in ',.;:()“”"\n'), default=-1)
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
    if desc in _TITLE_STOPWORDS or desc.endswith(("ly", "ed", "ing")):
        return None
    return desc


def _glued_cut(name: str) -> int:
    """Where a name scanned from a scraped page starts after the sentence glued before it: at
    the glued start of its last glued word ("Black CountrySir Albert" -> 10), else 0."""
    cut = 0
    for word in re.finditer(r"\S+", name):
        found = glued_offset(word.group())
        if found is not None:
            cut = word.start() + found
    return cut


_PLACE_LEAD_RE = re.compile(r"\b(?:for|of|in|from)\s$")


def place_lead(words: list[str], before: str) -> int:
    """How many words of a scanned name are the place of a role phrase before it ("Older
    People's Commissioner for Wales Sarah Rochira": 1): after for/of/in/from, the words up to
    a given name that starts the person's own name, when the scan does not open with one.
    After "the", "in", "at" (``place_name_before``) a given name closing the scan is a person
    named by it alone, run on from a paper or a place ("Speaking to the Herald Sun Daniel": 2)."""
    word_before = _WORD_BEFORE_RE.search(before)
    if word_before is not None and word_before.group(1).lower() in _PLACE_NAME_BEFORE:
        given = person_start(words, 1)
        if given and given == len(words) - 1:
            return given
    if len(words) < 3 or not _PLACE_LEAD_RE.search(before):
        return 0
    return person_start(words, 2)


def person_start(words: list[str], rest: int) -> int:
    """Where a given name opens a person's name inside a capitalised run ("Wales Sarah
    Rochira": 1, "Herald Sun Daniel": 2), leaving ``rest`` words or more from it; 0 when the
    run opens with a given name or a title, or holds none."""
    if not words or words[0].lower() in _GIVEN_NAMES or words[0] in honorifics():
        return 0
    for k in range(1, len(words) - rest + 1):
        if words[k].lower() in _GIVEN_NAMES:
            return k
    return 0


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


def _opens_with_given_name(name: str) -> bool:
    """ "Jeh Johnson", not a scan run on from the word before ("Aintree Treadwell")."""
    return name.split()[0].lower() in _GIVEN_NAMES


class SpeakerResolver:
    """Per-article resolution of speaker surfaces to names (see module docstring)."""

    def __init__(self, text: str, body_spans: list[tuple[int, int]]) -> None:
        self.text = text
        self._body = sorted(body_spans)
        self._body_starts = [s for s, _ in self._body]
        self._links: dict[str, list[tuple[int, str]]] = {}
        self._mentions: list[Mention] = []
        self._mention_starts: list[int] = []
        self._genders: dict[str, str] = {}  # surname -> gender
        self._name_genders: dict[str, str] = {}  # full name -> its title's gender
        self._full_names: dict[str, list[tuple[int, str]]] = {}  # surname -> (position, name)
        # (surname, words, title's gender, given name) -> the full names of that surname longer
        # than ``words`` words, of the title's gender where one is marked, holding the given
        # name that opens the short name ("" when none does), in text order
        self._longer: dict[tuple[str, int, str | None, str], list[tuple[int, str]]] = {}
        self._link_positions: dict[str, list[int]] = {}
        self._speakers: list[tuple[int, str, bool]] = []  # (position, name, organisation)
        # names of 2+ words with a place-shaped mention, or closing a longer "X of Y" name
        self._placed_names: set[str] = set()
        self._built = False

    def _build(self) -> None:
        """Scan the article once, on the first resolution that needs the tables."""
        if self._built:
            return
        self._built = True
        self._scan(self.text)
        self._mentions.sort(key=lambda m: m.start)
        self._mention_starts = [m.start for m in self._mentions]
        self._placed_names = {
            m.name
            for m in self._mentions
            if " " in m.name
            and (
                m.place
                or _NAME_OF_BEFORE_RE.search(self.text, max(0, m.start - 40), m.start)
                or self._entered(m.start)
            )
        }
        # each mention's name without its titles, read once for both tables
        untitled = [strip_honorifics(mention.name).split() for mention in self._mentions]
        for mention, words in zip(self._mentions, untitled, strict=True):
            if len(words) > 1 and not mention.organisation:
                full = " ".join(words)
                self._full_names.setdefault(words[-1], []).append((mention.start, full))
                if mention.gender:  # the title marks the person: "Mr John Hale"
                    self._name_genders.setdefault(full, mention.gender)
        self._genders = self._learn_genders([" ".join(words) for words in untitled])
        for head, links in self._links.items():
            links.sort()
            self._link_positions[head] = [pos for pos, _ in links]

    def _entered(self, start: int) -> bool:
        """A name right after "into" (``entered_before``) is a place: "he walked into Krispy
        Kreme Doughnuts" left "she" with the shop's name when no woman was named."""
        before = _WORD_BEFORE_RE.search(self.text, max(0, start - 12), start)
        return before is not None and before.group(1).lower() in _ENTERED_BEFORE

    def _addressed(self, start: int) -> bool:
        """A body named right after "told" ("told the BBC") is spoken to: no "it" or "they"
        that speaks later stands for it."""
        before = _ADDRESSEE_LEAD_RE.search(self.text, max(0, start - 16), start)
        return before is not None and before.group(1).lower() in _ADDRESSED_BEFORE

    def _modifies_noun(self, name: str, start: int) -> bool:
        """A name read at ``start`` and followed by a lower-case noun it qualifies ("CCTV
        footage", "PGA Tour star", "BBC team"): the noun is the thing, not the body. A word
        ending in -s or -ed may be a verb ("NASA says", "ISIS warned") and keeps the name."""
        if not self.text.startswith(name, start):
            return False
        after = _WORD_AFTER_RE.match(self.text, start + len(name))
        if after is None:
            return False
        word = after.group(1)
        return not word.endswith(("s", "ed")) and word not in _NO_NOUN_AFTER

    def _in_body(self, pos: int) -> bool:
        i = bisect.bisect_right(self._body_starts, pos) - 1
        return i >= 0 and pos < self._body[i][1]

    # ------------------------------------------------------------------ table building
    def _link(self, desc: str, name: str, position: int) -> None:
        if not self._in_body(position):
            return
        words = name.split()
        while len(words) > 1 and words[0] in _NOT_NAMES:
            words = words[1:]  # "Later Bob Stone, the minister"
        name = " ".join(words)
        head = head_noun(desc)
        if head and len(head) > 2 and looks_like_name(name):
            self._links.setdefault(head, []).append((position, name.strip()))

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
        self._mentions.append(
            Mention(name, start + skipped, end, is_organisation(name), gender, place)
        )

    def _place_shaped(self, words: list[str], start: int, possessive: bool) -> bool:
        """A name a person pronoun cannot stand for: closed by a place noun and not opened by a
        given name ("Elm Road", "the Grand Tower"; "Ann Street" is a person), or right after
        "the", "a", "an", "in", "at" or "on" and not possessive ("in New Mexico"; "in Bob
        Stone's view" is a person's). Titled names are never asked."""
        if len(words) > 1 and words[-1] in _PLACE_NOUNS and words[0].lower() not in _GIVEN_NAMES:
            return True
        before = _WORD_BEFORE_RE.search(self.text, max(0, start - 12), start)
        return (
            not possessive and before is not None and before.group(1).lower() in _PLACE_NAME_BEFORE
        )

    def _dateline_place(self, start: int, end: int) -> bool:
        """A name opening a line before a news agency's bracketed name is a dateline's place
        ("New Delhi, India (CNN)As the earth shook"): CNN/DM articles glue it to the first
        sentence, and a later "he" took the city."""
        return opens_line(self.text, start) and bool(_AGENCY_AFTER_RE.match(self.text, end))

    def _learn_genders(self, untitled: list[str]) -> dict[str, str]:
        """Surname -> gender, from honorifics and from the first gendered pronoun after a lone
        person mention in its sentence ("Michelle Bachelet said her office ..."). That pronoun
        also marks the untitled full name itself (in ``_name_genders``; ``untitled``: each
        mention's name without its titles): "James Creag, 11, ... he has stopped" is no "Mrs
        Creag", though the surname's gender is hers."""
        genders: dict[str, str] = {}
        for mention in self._mentions:
            if mention.organisation:
                continue
            surname = mention.name.split()[-1]
            if mention.gender and surname not in genders:
                genders[surname] = mention.gender
        for i, mention in enumerate(self._mentions):
            if mention.organisation or mention.gender or len(mention.name.split()) < 2:
                continue
            full = untitled[i]
            surname = mention.name.split()[-1]
            if surname in genders and full in self._name_genders:
                continue
            pronoun = self._pronoun_after(i)
            if pronoun is None:
                continue
            gender = "m" if pronoun in MALE_PRONOUNS else "f"
            genders.setdefault(surname, gender)
            if pronoun not in _OBJECT_ONLY_PRONOUNS:  # "Lucyna Kuziel-Zawalich took care of him"
                self._name_genders.setdefault(full, gender)
        return genders

    def _pronoun_after(self, i: int) -> str | None:
        """The first he/she word (lower case) after mention ``i`` in its sentence, before any
        other name but its place ("X of Westland"): "Michelle Bachelet said her office ..."
        (a "she" two sentences on may be someone else)."""
        mentions = self._mentions
        mention, nxt = mentions[i], i + 1
        # the place or body the person is "of" is no other person: "Kristen Bieniewicz of
        # Westland, the representative of her husband's estate"
        if nxt < len(mentions) and _AFFILIATION_RE.fullmatch(
            self.text, mention.end, mentions[nxt].start
        ):
            nxt += 1
        window_end = mentions[nxt].start if nxt < len(mentions) else len(self.text)
        stop = _SENTENCE_END_RE.search(self.text, mention.end, mention.end + 200)
        window_end = min(window_end, stop.start() if stop else mention.end + 200)
        pronoun = _GENDER_PRONOUN_RE.search(self.text, mention.end, window_end)
        return pronoun.group().lower() if pronoun is not None else None

    # ------------------------------------------------------------------ resolution
    def gender_of(self, name: str) -> str | None:
        self._build()
        words = name.split()
        if words and words[0] in honorifics() and honorifics()[words[0]]:
            return honorifics()[words[0]]
        return self._genders.get(words[-1]) if words else None

    def note_speaker(self, position: int, name: str) -> None:
        """Record a resolved named speaker as an antecedent for later pronouns."""
        self._speakers.append((position, name, is_organisation(name)))

    def full_name(self, name: str, position: int) -> str:
        """The fuller name used before for this short one ("Sullivan" -> "Kevin Sullivan")."""
        self._build()
        bare = strip_honorifics(name)
        words = bare.split()
        if not words:
            return bare
        # The longer full names (in text order) are memoised, as one article can ask about the
        # same surname thousands of times.
        first_word = name.split()[0]
        gender = honorifics().get(first_word) if first_word != words[0] else None
        given = words[0] if len(words) > 1 and words[0].lower() in _GIVEN_NAMES else ""
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
        first_gender = self._name_genders.get(first)
        for pos, full in reversed(before):
            if full == first:
                break
            gender = self._name_genders.get(full)
            if gender == first_gender is not None and _opens_with_given_name(full):
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
            for e in self._full_names.get(words[-1], ())
            if len(e[1].split()) > len(words) and (not given or given in e[1].split())
        ]
        if gender is not None:
            same = [e for e in longer if self._name_genders.get(e[1]) == gender]
            longer = same or [e for e in longer if self._name_genders.get(e[1]) is None]
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
        self._build()
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
        links = self._links.get(head)
        if not links:
            return None
        i = bisect.bisect_left(self._link_positions[head], start)  # links before ``start``
        return links[i - 1][1] if i > 0 else links[0][1]

    def _no_person(self, name: str, start: int) -> bool:
        """A name of unknown gender the article shows is no person's: one of its words is an
        organisation, team, place or event noun ("Lings Primary School", "World Cup"), or the
        article puts it after "the", "in" or "at" ("in New York") or after "X of" ("the Academy
        of Ancient Music"; a surname is read as its full name). A title or a given name
        opening its full name makes it a person all the same ("David Villa")."""
        full = self.full_name(name, start)
        words = full.split()
        if not words or name.split()[0] in honorifics() or words[0].lower() in _GIVEN_NAMES:
            return False  # "Dr Street", "Ruth Day"
        held = {w.removesuffix("’s").removesuffix("'s") for w in words}
        return bool(held & _NOT_PERSON_WORDS) or bool({name, full} & self._placed_names)

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
        seen = self._full_names.get(surname)
        return seen is not None and len(seen) > 0 and seen[0][0] < position

    def _antecedent_candidates(
        self, start: int, person: bool, said: tuple[int, int] | None
    ) -> list[tuple[int, str, bool]]:
        """The last few named speakers before ``start``, and mentions that look like people
        (for a ``person`` pronoun, no places): full names, titled names, or surnames of a full
        name seen before ("Afghanistan" is no "he"); none inside ``said``."""
        recent = [s for s in self._speakers[-12:] if s[0] < start]
        idx = bisect.bisect_left(self._mention_starts, start)
        candidates = recent + [
            (m.start, m.name, m.organisation)
            for m in self._mentions[max(0, idx - 40) : idx]
            if not (person and m.place)
            and (
                m.organisation or len(m.name.split()) > 1 or self._full_name_before(m.name, m.start)
            )
        ]
        if said is not None:
            # "'If your parents voted for Obama ...' he told WMAZ": a speaker is no one named
            # in their own words
            candidates = [c for c in candidates if not said[0] <= c[0] < said[1]]
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
        fallback: str | None = None
        people_seen = 0
        for _pos, name, organisation in reversed(candidates):
            if want_org or want_plural:
                if (
                    organisation
                    and not self._addressed(_pos)
                    and not self._modifies_noun(name, _pos)
                ):
                    return name
                continue
            if organisation:
                continue
            people_seen += 1
            gender = self.gender_of(name)
            # a gender learned from "Aston Villa ... he" makes no team a person
            if (want_gender is None or gender == want_gender) and not self._no_person(name, start):
                return self.full_name(name, start)
            if gender is None and fallback is None:
                fallback = name
            if people_seen >= 4:
                break
        # No recent person of the right gender: the most recent one of unknown gender, unless
        # the article shows that name is no person's (then no one: a wrong name is worse).
        if fallback is None or self._no_person(fallback, start):
            return None
        return self.full_name(fallback, start)
