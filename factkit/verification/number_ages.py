"""Ages with the person they belong to: "Elle, 51" is the article's "Elle Macpherson, who
turned 51"; "a 14-year-old girl" is the girl's age, held against the article's ages of girls.
Moved out of ``numbers.py`` (which re-exports its public names) so that each kind of number
reading has a module of its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factkit.lang import alternation, word_set
from factkit.verification.number_units import unit_key
from factkit.verification.text import honorific_titles

_BAND_ENDS = alternation(word_set("age_band_ends"))
# a sentence that counts a player's tally in digits ("Kluivert (20), Enrique (19)" after "22
# goals"): its bracketed figures after names are tallies; "who runs a shop" counts none
_TALLY_RE = re.compile(rf"\d\s(?:{alternation(word_set('tally_nouns'))})\b", re.IGNORECASE)

# an age as news writes it. Descriptive forms name nobody: "51-year-old", "51 years old",
# "aged 51", "AGE: 27", "turned 51"; held forms follow their holder: "Elle, 51,", "Scott Kelley,
# now 50," or "Elle (51)"
_DESCRIBED_AGE_RES = (
    re.compile(r"(?<![\d.,])(\d{1,3})(?:-| )years?(?:-| )old\b", re.IGNORECASE),
    # an age band ("aged 40 to 44", "aged 40-44", "aged 65 and over") is nobody's age
    re.compile(
        rf"\baged?:?\s(\d{{1,3}})(?!\d|[.,]\d|\s?(?:to|[-–])\s?\d|\s(?:and|or)\s(?:{_BAND_ENDS})\b)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:turned|turns|turning)\s(\d{1,3})(?![\d.,]\d|\w|\s?%)"),
)
# a bracketed age follows a name ("Elle (51)"): a list's "(1) publication of (2)" holds none
_BRACKETED_AGE_RE = re.compile(r"\b([A-Z][\w'’-]{1,63})\s\((\d{1,3})\)")
_HELD_AGE_RES = (
    # "now 50" and "now aged 50" are ages too ("Genevieve, now aged 50," holds hers as tightly
    # as "Genevieve, now 50,"); a decimal in the age's place ("Pippa, 14.99,") is no age the
    # article can give her, so it meets the age the article does give
    # a picture caption's "(left)" or "(pictured)" may stand between: "Grant Allen (left), 38,"
    # The holder's word is read to at most 64 characters: unbounded, it was read from every letter
    # of a long token to its end (quadratic: a 20 KB token took 8.5 s); a longer token holds its
    # last 64 characters
    # the comma after an age ends it: "started, 1,000 sit ups" holds no age 1
    re.compile(
        r"([A-Za-z][\w'’-]{1,63})(?:\s\([a-z][a-z ]*\))?,\s(?:now\s)?(?:aged\s)?"
        r"(\d{1,3}(?:\.\d+)?)(?:,(?!\d)|;)"
    ),
    _BRACKETED_AGE_RE,
)
# a holder's name: the capitalized run ending at the word before a held age; the one a
# descriptive age stands next to ("26-year-old instructor Alexander Soumbadze")
_NAME_RUN_RE = re.compile(r"(?:[A-Z][\w'’-]*\s)*$")
_NAME_AFTER_RE = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*")
# a word's letters: a name cut at the reach of a descriptive age is read whole
_WORD_CHAR_RE = re.compile(r"[\w'’-]")
_WORD_TAIL_RE = re.compile(r"[\w'’-]+$")
_NAME_WORD_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
_SENTENCE_END_RE = re.compile(r"[.!?][\"'’”)]*\s")
_OPENED_RE = re.compile(r"[.!?][\"'’”)]*\s+$")  # a sentence ends right before the reach
_HOLDER_PART_RE = re.compile(r"[a-z]{3,}")
# titles ("Mr", "Dr") are shared by many people: never what ties an age to its person
_TITLES = frozenset(title.lower() for title in honorific_titles())
_NEXT_TO = 40  # characters between a descriptive age and the name it stands next to
# characters before (and after) a descriptive age in which its person may be named: the
# sentence before it, as in "Pippa Middleton ... The 31-year-old sister ..."
_AGE_REACH = 250
_AGE_REACH_AFTER = 100


@dataclass(frozen=True)
class Age:
    """An age written in a text: its digits' span, value and holder (the lower-case parts of
    the name it follows; for a descriptive age such as "the 51-year-old", ``held`` False, the
    name right next to it, if any)."""

    start: int
    end: int
    value: float
    holder: frozenset[str]
    held: bool


def _holder_parts(words: str) -> frozenset[str]:
    return frozenset(_HOLDER_PART_RE.findall(words.lower())) - _TITLES


def _word_start(text: str, at: int, lo: int) -> int:
    """``at``, or the start of the word it cuts (not before ``lo``): a name cut at the reach
    before an age is read whole ("Macpherson", never "pherson")."""
    if at <= lo or not _WORD_CHAR_RE.match(text, at) or not _WORD_CHAR_RE.match(text, at - 1):
        return at
    tail = _WORD_TAIL_RE.search(text, max(lo, at - _NEXT_TO), at)
    return tail.start() if tail else at


def _name_next_to(text: str, start: int, end: int, lo: int, hi: int) -> frozenset[str]:
    """The names within ``_NEXT_TO`` characters after and before ``text[start:end]`` in its
    own sentence; a lone capitalized word opening the sentence ("Later") is no name."""
    words = []
    after = _NAME_AFTER_RE.search(text, end, min(hi, end + _NEXT_TO))
    if after:  # a name starting in reach is read whole: "Narre Warren" is no "Nar"
        after = _NAME_AFTER_RE.match(text, after.start(), hi)
    if after and not _SENTENCE_END_RE.search(text, end, after.start()):
        words.append(after.group())
    reach = _word_start(text, max(lo, start - _NEXT_TO), lo)
    before = text[reach:start]
    ends = list(_SENTENCE_END_RE.finditer(before))
    opening = bool(ends) or reach <= lo or bool(_OPENED_RE.search(text, max(lo, reach - 8), reach))
    runs = _NAME_AFTER_RE.findall(before, ends[-1].end() if ends else 0)
    if (
        runs
        and opening
        and " " not in runs[0]
        and before[ends[-1].end() if ends else 0 :].lstrip().startswith(runs[0])
    ):
        runs = runs[1:]
    return _holder_parts(" ".join(words + runs))


def _in_tally_sentence(text: str, at: int, lo: int, hi: int) -> bool:
    """Does the sentence holding ``text[at]`` (within ``lo``-``hi``) count a player's tally?"""
    ends = list(_SENTENCE_END_RE.finditer(text, max(lo, at - 400), at))
    first = ends[-1].end() if ends else max(lo, at - 400)
    stop = _SENTENCE_END_RE.search(text, at, min(hi, at + 400))
    return bool(_TALLY_RE.search(text, first, stop.start() if stop else min(hi, at + 400)))


def find_ages(text: str, start: int = 0, end: int | None = None) -> list[Age]:
    """The ages in ``text[start:end]``, held ("Elle Macpherson, 51,") or descriptive."""
    end = len(text) if end is None else end
    out: list[Age] = []
    for r in _DESCRIBED_AGE_RES:
        for m in r.finditer(text, start, end):
            near = _name_next_to(text, m.start(), m.end(), start, end)
            out.append(Age(m.start(1), m.end(1), float(m.group(1)), near, False))
    for r in _HELD_AGE_RES:
        for m in r.finditer(text, start, end):
            if r is _BRACKETED_AGE_RE and _in_tally_sentence(text, m.start(), start, end):
                continue
            run = _NAME_RUN_RE.search(text, max(start, m.start(1) - 60), m.start(1))
            name = (run.group() if run else "") + m.group(1)
            out.append(Age(m.start(2), m.end(2), float(m.group(2)), _holder_parts(name), True))
    return sorted(out, key=lambda a: a.start)


@lru_cache(maxsize=16)
def article_age_list(text: str) -> tuple[Age, ...]:
    """The ages the article gives, in any of the ways news writes them, found once per
    article."""
    return tuple(find_ages(text))


@lru_cache(maxsize=16)
def article_ages(text: str) -> dict[float, tuple[int, ...]]:
    """The article's ages (:func:`article_age_list`) by value: value -> offsets."""
    out: dict[float, list[int]] = {}
    for age in article_age_list(text):
        out.setdefault(age.value, []).append(age.start)
    return {value: tuple(offsets) for value, offsets in out.items()}


def judge_ages(
    summary_text: str, start: int, end: int, found: Sequence[Age], article_text: str
) -> list[tuple[Age, Age | None]]:
    """Each age of ``summary_text[start:end]`` (``found``: :func:`find_ages` of that sentence,
    found once for all its checks) with its verdict: ``(age, None)`` when the
    article gives it as the same person's age (in any form: the summary's "Elle, 51" is the
    article's "Elle Macpherson, who turned 51"), ``(age, article_age)`` when the article gives
    that person another age (a swap or a change), and nothing for an age it cannot place.

    The person of a summary age: the name it follows ("Elle, 51"), else the last capitalized
    word before it. The article's ages of that person: those that follow their name, else
    those next to it ("the 26-year-old instructor Alexander Soumbadze"); with neither, a
    descriptive age with their name within ``_AGE_REACH`` characters before it (or just after).
    A descriptive age right before a full name ("21-year-old Michelle Knight") is tied to it
    as one that follows it. An age that follows a name the article gives but no age, where the
    article gives that value as the age that follows another name (not named near it), meets
    that age: the age of somebody else. With no name, any article age of the same value
    supports it. Only an age tied to a name ("Emma Jackson, 56,") can meet another age of its
    person: "a 14-year-old girl" after "Jafar Adeli" is not about him."""
    ages = article_age_list(article_text)
    out: list[tuple[Age, Age | None]] = []
    for age in found:
        # "a 14-year-old girl" brings in a new person: the article's ages of that noun judge it
        noun = described_noun(summary_text, age)
        alike = [a for a in ages if noun and described_noun(article_text, a, False) == noun]
        if alike:
            same = any(a.value == age.value for a in alike)
            out.append((age, None if same else alike[0]))
            continue
        holder, tied = _age_holder(summary_text, start, end, age)
        if not holder:
            if any(a.value == age.value for a in ages):
                out.append((age, None))
            continue
        verdict = _holder_verdict(age, holder, tied, ages, article_text)
        if verdict is not None:
            out.append(verdict)
    return out


def _age_holder(summary_text: str, start: int, end: int, age: Age) -> tuple[frozenset[str], bool]:
    """The name parts of the person a summary age is of (none where no name comes before it),
    and whether the age is tied to that name: it follows the name, or stands right before it."""
    # "21-year-old Michelle Knight" ties its age to the name right after it as tightly as
    # "Michelle Knight, 21," does
    holder = age.holder if age.held else _named_after(summary_text, age, end)
    tied = age.held or bool(holder)
    if not holder:
        before = _NAME_WORD_RE.findall(summary_text, start, age.start)
        holder = _holder_parts(before[-1]) if before else frozenset()
    return holder, tied


def _holder_verdict(
    age: Age, holder: frozenset[str], tied: bool, ages: tuple[Age, ...], article_text: str
) -> tuple[Age, Age | None] | None:
    """The verdict on a summary age of the person ``holder`` names (``tied``: the age is tied
    to that name; ``ages``: the article's), as :func:`judge_ages` gives it, or None."""
    lower = article_text.lower()

    def named_near(a: Age) -> bool:
        near = lower[max(0, a.start - _AGE_REACH) : a.end + _AGE_REACH_AFTER]
        return any(re.search(rf"\b{re.escape(part)}\b", near) for part in holder)

    theirs = _their_ages(ages, holder, article_text if tied and not age.held else None)
    if any(a.value == age.value for a in theirs) or (
        not theirs and any(a.value == age.value and not a.held and named_near(a) for a in ages)
    ):
        return (age, None)
    if theirs and tied:
        return (age, theirs[0])
    if tied and any(re.search(rf"\b{re.escape(part)}\b", lower) for part in holder):
        # the article names them and gives no age of theirs, but this one as the age of
        # somebody else ("Facebook, 33," where the article has "Carlos Boente, 33,"); a
        # name the article never gives is the name check's
        other = [
            a for a in ages if a.held and a.value == age.value and a.holder and not named_near(a)
        ]
        if other:
            return (age, other[0])
        if age.held and (alone := _age_alone(article_text, ages, age, named_near)):
            return (age, alone)
    return None


_PERSON_NOUNS = word_set("person_nouns")
# "The 31-year-old": a capital "The" opens a sentence, or a caption run into the text without
# a full stop ("... exam answers The 31-year-old also altered")
_CAPITAL_THE_RE = re.compile(r"\bThe\s$")


def _age_alone(
    article_text: str, ages: tuple[Age, ...], age: Age, named_near: Callable[[Age], bool]
) -> Age | None:
    """The age the article gives the summary age's person by the age alone ("Ian Guffick
    asked pupils ... The 31-year-old also altered"), where it gives the summary's value as
    nobody's age: the one value of the sentence-opening "The N-year-old" ages named near them
    ("The 12-year-old boy" is somebody else)."""
    if any(a.value == age.value for a in ages):
        return None
    alone = [
        a
        for a in ages
        if not a.held
        and _CAPITAL_THE_RE.search(article_text, max(0, a.start - 4), a.start)
        and described_noun(article_text, a) not in _PERSON_NOUNS
        and named_near(a)
    ]
    return alone[0] if len({a.value for a in alone}) == 1 else None


def _their_ages(ages: tuple[Age, ...], holder: frozenset[str], named: str | None) -> list[Age]:
    """The article's ``ages`` of the person ``holder`` names, by the strongest tie: one right
    before their full name (only for such a summary age; ``named``: the article's text), then
    one that follows their name, then one next to it; of two people who share a surname, those
    with more of the summary's name."""
    theirs = [
        a for a in ages if named and not a.held and _named_after(named, a, len(named)) & holder
    ]
    for held in (True, False):
        if theirs:
            break
        theirs = [a for a in ages if a.held == held and a.holder & holder]
    most = max((len(a.holder & holder) for a in theirs), default=0)
    return [a for a in theirs if len(a.holder & holder) == most]


# the name right after a descriptive age: "21-year-old Michelle Knight"
_NAMED_AFTER_RE = re.compile(r"(?:-| )years?(?:-| )old\s([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)+)")


def _named_after(text: str, age: Age, end: int) -> frozenset[str]:
    """The name parts of the full name right after the descriptive ``age`` ("21-year-old
    Michelle Knight"); none when a noun comes between ("a 6-year-old girl, Anna"), for a lone
    capitalized word ("26-year-old British tourist") or after "a" ("a 40-year-old Air France
    pilot" brings in somebody new)."""
    m = _NAMED_AFTER_RE.match(text, age.end, end)
    if m is None or _INDEFINITE_RE.search(text[max(0, age.start - 8) : age.start]):
        return frozenset()
    return _holder_parts(m.group(1))


def tied_name(text: str, age: Age) -> frozenset[str]:
    """The name parts ``age`` (found in ``text``) is tied to: the name it follows ("Gina
    DeJesus, 14,"), or the full name right after it ("14-year-old Gina DeJesus"); none for an
    age that only stands near a name ("he would kidnap 21-year-old ..." is not Castro's)."""
    return age.holder if age.held else _named_after(text, age, len(text))


# "a 14-year-old girl": an indefinite article before a descriptive age, a noun after it; or
# "The" opening the sentence ("The 52-year-old lawmaker said"): the description is all that
# names the person
_INDEFINITE_RE = re.compile(r"\ban?\s$", re.IGNORECASE)
_OPENING_THE_RE = re.compile(r"(?:^|[.!?\n][\"'’”)]*\s*)[Tt]he\s$")
# an acronym may stand before the noun ("a 45-year-old NBA fan"): it names no person itself
_AGE_NOUN_RE = re.compile(r"(?:-| )years?(?:-| )old\s(?:[A-Z]{2,}\s)*([a-z]{3,})\b")


def described_noun(text: str, age: Age, indefinite: bool = True) -> str | None:
    """The noun a descriptive age describes, in the singular ("a 14-year-old girl" -> "girl"),
    or None; ``indefinite``: only where "a" or "an" brings that person in as a new one, or a
    sentence opens with "The" and the description."""
    if age.held:
        return None
    before = text[max(0, age.start - 8) : age.start]
    if indefinite and not (
        _INDEFINITE_RE.search(before) or _OPENING_THE_RE.search(text, 0, age.start)
    ):
        return None
    m = _AGE_NOUN_RE.match(text, age.end)
    if m is None:
        return None
    return unit_key(m.group(1))  # the noun in the singular, like a unit
