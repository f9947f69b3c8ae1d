"""What a phrase's own words say of it: a name or a description, a person or an organisation,
its head noun, and the speaker pronouns. No article is read here: see ``mentions`` for the
names an article holds and ``speakers`` for resolving a speaker to one of them."""

from __future__ import annotations

import re
from functools import lru_cache

from factkit.annotate.function_words import WORD_LISTS
from factkit.lang import alternation, entries, honorifics, word_set

# A name token: a capitalised word, an initial ("E."), or a title abbreviation ("Sen.");
# other words never carry a period, so names do not run across sentence ends.
_NAME_TOKEN = (
    # "Jr." / "Sr." end a name and "St." opens a saint's: not titles, but name parts all the same.
    rf"(?:(?:{alternation([*entries('title_abbreviations'), 'jr', 'sr', 'st'], capitalize=True)})"
    r"\.(?=\s)"
    r"|[A-Z]\.(?=\s)|[A-Z][\w’'\-]*)"
)
_NAME_LINK = f"(?:{alternation(entries('name_particles'))})"
# A capitalised name: 1-5 capitalised tokens, lower-case particles allowed inside. Every name
# token opens with a capital; the look-ahead says so first, so a scan of the whole article skips
# the other characters without trying each alternative there (5x faster over 1 MB).
NAME_RE = re.compile(rf"(?=[A-Z]){_NAME_TOKEN}(?:\s+(?:{_NAME_LINK}\s+)?{_NAME_TOKEN}){{0,4}}")
_WORD_RE = re.compile(r"\w[\w’'.\-&]*")

DETERMINERS = WORD_LISTS["determiners"]
_HEAD_BREAKS = WORD_LISTS["head_breaks"]
_NOT_NAMES = WORD_LISTS["not_names"]
_PLACE_NAME_BEFORE = WORD_LISTS["place_name_before"]
PLACE_NOUNS = word_set("place_nouns") - WORD_LISTS["place_noun_surnames"]
GIVEN_NAMES = word_set("given_names")
# the word right before a name (see _PLACE_NAME_BEFORE)
WORD_BEFORE_RE = re.compile(r"\b(\w+)\s+$")
# "BBC Scotland", "DNA Info": people's names open with initials ("JK Rowling"), not with an
# acronym of three or more capitals
_ACRONYM_RE = re.compile(r"[A-Z]{3,}")
MALE_PRONOUNS = word_set("pronouns_male")
FEMALE_PRONOUNS = word_set("pronouns_female")
PLURAL_PRONOUNS = word_set("pronouns_plural")
NEUTER_PRONOUNS = word_set("pronouns_neuter")
RELATIVE_PRONOUNS = word_set("pronouns_relative")
SPEAKER_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS | {"i"}


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
    orgs = word_set("attr_org_words")
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


_PLACE_LEAD_RE = re.compile(r"\b(?:for|of|in|from)\s$")


def place_lead(words: list[str], before: str) -> int:
    """How many words of a scanned name are the place of a role phrase before it ("Older
    People's Commissioner for Wales Sarah Rochira": 1): after for/of/in/from, the words up to
    a given name that starts the person's own name, when the scan does not open with one.
    After "the", "in", "at" (``place_name_before``) a given name closing the scan is a person
    named by it alone, run on from a paper or a place ("Speaking to the Herald Sun Daniel": 2)."""
    word_before = WORD_BEFORE_RE.search(before)
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
    if not words or words[0].lower() in GIVEN_NAMES or words[0] in honorifics():
        return 0
    for k in range(1, len(words) - rest + 1):
        if words[k].lower() in GIVEN_NAMES:
            return k
    return 0


def opens_with_given_name(name: str) -> bool:
    """ "Jeh Johnson", not a scan run on from the word before ("Aintree Treadwell")."""
    return name.split()[0].lower() in GIVEN_NAMES
