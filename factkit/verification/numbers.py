"""Numbers as people write them that the slot check cannot see as one value: scorelines
("beat Stoke 2-1", "a 1-0 win"), which the article may write the other way round ("lost 1-2")
or with another dash, judged against the article's score of the same teams; ranges ("1 to 15
years"); ages with the person they belong to ("Elle, 51" is the article's "Elle
Macpherson, who turned 51"; "a 14-year-old girl" is the girl's age, held against the article's
ages of girls); times of day ("10 am" is "10am" and "10:00"); and
:func:`slot_numbers`, the numbers of a stretch of text that the slot check compares, with a
number a tokenizer spaced out ("235, 000", "1. 3 billion") read as one and a scale word glued to
the digits ("$500million", "£1.5bn", "half-a-billion") read with its scale."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import accumulate

from factkit.annotate.quantities.digits import GLUED_SCALES
from factkit.document import Quantity, TimeAnchor
from factkit.lang import alias_table, word_set
from factkit.verification.number_units import unit_key
from factkit.verification.score_results import is_result, is_running
from factkit.verification.text import BARE_DIGITS_RE, DIGITS_RE, honorific_titles
from factkit.verification.worded_times import HALF_DAY, worded_times

# two small numbers joined by a dash, not part of a date, a range of years or a phone number
SCORELINE_RE = re.compile(r"(?<![\w.,/-])(\d{1,2})\s?[-–—]\s?(\d{1,2})(?!\w|[.,/]\d|-\d)")


@lru_cache(maxsize=16)
def article_scorelines(text: str) -> frozenset[tuple[int, int]]:
    """Every scoreline of the article, both ways round."""
    out: set[tuple[int, int]] = set()
    for m in SCORELINE_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        out |= {(a, b), (b, a)}
    return frozenset(out)


def scoreline_spans(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, first, second) of the scorelines in ``text[start:end]``."""
    return [
        (m.start(), m.end(), int(m.group(1)), int(m.group(2)))
        for m in SCORELINE_RE.finditer(text, start, end)
    ]


def supported_scoreline_numbers(
    summary_text: str, start: int, end: int, article_text: str
) -> list[tuple[int, int]]:
    """Spans of the summary's scorelines that the article gives (either way round): the
    numbers inside them are supported as a pair."""
    known = article_scorelines(article_text)
    return [(a, b) for a, b, x, y in scoreline_spans(summary_text, start, end) if (x, y) in known]


@dataclass(frozen=True)
class ScorelineVerdict:
    """A summary scoreline judged against the article's scores of the same match: ``held``
    when the article gives it there; else ``rival``, the article's score it meets, or None when
    the article gives no score at all."""

    start: int
    end: int
    held: bool
    rival: tuple[int, int] | None


def judge_scorelines(
    summary_text: str,
    start: int,
    end: int,
    article_text: str,
    sentences: Sequence[tuple[int, int]],
    passage: set[int],
    names: Callable[[str], set[str]],
) -> list[ScorelineVerdict]:
    """The verdict on each scoreline of ``summary_text[start:end]`` (``sentences``: the
    article's sentence spans; ``passage``: the positions of those the summary sentence rests
    on; ``names``: the name words of a stretch of text).

    The match a score belongs to is told by its teams: the article scores with the most of the
    summary sentence's names around them (``_SCORE_REACH`` characters each side, in their
    sentence) are that match's. The summary's score holds when one of them is it (either way
    round), or one with two of its names around it, or one in the passage that names no team or
    one of the summary's ("Espanyol in the 3-0 defeat of Villarreal" is another match's): "Holland
    beat Spain 2-1" is not held by "Slovakia's 2-1 win over Spain" where the article's score of
    Holland and Spain is 2-0. Set scores are a sequence: "won 6-3, 6-3" meets "6-3, 6-1" at the
    second set. A score where the article gives none is not in the article; its digits are no counts
    to check one by one. Where no score of the article names the summary's teams, only an article
    of one score judges ("got back to 25-1" where its one score is "a 1-1 draw": "25 points" is
    no side of it); else no verdict."""
    mine = scoreline_spans(summary_text, start, end)
    if not mine:
        return []
    known = article_scorelines(article_text)
    if not known:
        return [ScorelineVerdict(a, b, False, None) for a, b, _, _ in mine]
    own = names(summary_text[start:end])
    scored = _scored_scorelines(own, article_text, sentences, passage, names)
    top = max(shared for shared, _, _, _ in scored)
    if top > 0:
        return _verdicts(mine, scored, top, summary_text, article_text)
    if len({frozenset(pair) for pair in known}) > 1:
        return []  # several scores, none of these teams: no telling which match it is
    sole = (scored[0][2][0], scored[0][2][1])
    return [
        ScorelineVerdict(a, b, (x, y) in known, None if (x, y) in known else sole)
        for a, b, x, y in mine
    ]


_Scoreline = tuple[int, int, int, int]  # start, end, first, second
# an article scoreline: the summary's names around it, in the passage, it, all of its sentence's
_Scored = tuple[int, bool, _Scoreline, list[_Scoreline]]


def _scored_scorelines(
    own: set[str],
    article_text: str,
    sentences: Sequence[tuple[int, int]],
    passage: set[int],
    names: Callable[[str], set[str]],
) -> list[_Scored]:
    """Each article scoreline with how many of the summary sentence's names (``own``) stand
    around it and whether it counts as the passage's."""
    scored = []
    for pos, (lo, hi) in enumerate(sentences):
        theirs = scoreline_spans(article_text, lo, hi)
        for t in theirs:
            near = names(article_text[max(lo, t[0] - _SCORE_REACH) : min(hi, t[1] + _SCORE_REACH)])
            # a passage score that names only other teams is another match's ("Espanyol in
            # the 3-0 defeat of Villarreal" next to the summary's Getafe and Elche)
            in_passage = pos in passage and (bool(own & near) or not near)
            scored.append((len(own & near), in_passage, t, theirs))
    return scored


def _verdicts(
    mine: list[_Scoreline], scored: list[_Scored], top: int, summary_text: str, article_text: str
) -> list[ScorelineVerdict]:
    """The verdicts on the summary's scorelines (``mine``) against the article's (``scored``;
    ``top``: the most names one shares with the summary sentence)."""
    best = [(t, theirs) for shared, _, t, theirs in scored if shared == top]
    candidates = [t for shared, near, t, _ in scored if shared == top or shared >= 2 or near]
    held = {pair for _, _, x, y in candidates for pair in ((x, y), (y, x))}
    # the results the article gives these teams: a summary's result is held against them alone
    results = [
        t
        for shared, _, t, _ in scored
        if shared >= min(2, top) and t in candidates and not is_running(article_text, t[0], t[1])
    ]
    in_order = next((ts for _, ts in best if len(mine) >= 2 and len(ts) == len(mine)), None)
    out = []
    for i, (a, b, x, y) in enumerate(mine):
        if in_order is not None:
            _, _, tx, ty = counterpart = in_order[i]
            fits = (x, y) in ((tx, ty), (ty, tx))
        elif results and is_result(summary_text, a, b):
            counterpart = min(results, key=partial(_score_distance, (x, y)))
            fits = any((x, y) in ((tx, ty), (ty, tx)) for _, _, tx, ty in results)
        else:
            # the rival score to name: the nearest to the summary's, either way round
            counterpart = min((t for t, _ in best), key=partial(_score_distance, (x, y)))
            fits = (x, y) in held
        rival = None if fits else (counterpart[0], counterpart[1])
        out.append(ScorelineVerdict(a, b, fits, rival))
    return out


# characters each side of an article score in which the teams it is the score of are named
_SCORE_REACH = 60


def _score_distance(score: tuple[int, int], other: tuple[int, int, int, int]) -> int:
    """How far a score is from another (a scoreline span: start, end, first, second), either
    way round ("2-1" is 1 from "2-0" and from "0-2")."""
    (x, y), (_, _, a, b) = score, other
    return min(abs(x - a) + abs(y - b), abs(x - b) + abs(y - a))


# a range of two numbers: "1 to 15 years", "from 2% to 5%", "between £5m and £10m"; a dash
# is left to scorelines; a tokenizer may space the currency off its digits ("between £ 700")
_RANGE_NUMBER = r"(?:[£$€]\s?)?(\d[\d,]*(?:\.\d+)?)(?:\s?(?:%|per cent|[a-z]{1,7}))?"
_RANGE_RE = re.compile(
    rf"(?<![\w.,£$€-]){_RANGE_NUMBER}\sto\s{_RANGE_NUMBER}"
    rf"|\bbetween\s{_RANGE_NUMBER}\sand\s{_RANGE_NUMBER}"
)


Span = tuple[int, int]


def number_ranges(text: str, start: int, end: int) -> list[tuple[Span, Span]]:
    """The ranges in ``text[start:end]``: the spans of their low and high numbers' digits."""
    out = []
    for m in _RANGE_RE.finditer(text, start, end):
        first = 1 if m.group(1) is not None else 3
        out.append((m.span(first), m.span(first + 1)))
    return out


def _range_value(text: str, span: Span) -> float:
    return float(text[span[0] : span[1]].replace(",", ""))


@lru_cache(maxsize=16)
def _article_ranges(text: str) -> tuple[tuple[tuple[float, float], tuple[Span, Span]], ...]:
    """The article's ranges, read once per article: ((low, high) values, their digit spans)."""
    return tuple(
        ((_range_value(text, low), _range_value(text, high)), (low, high))
        for low, high in number_ranges(text, 0, len(text))
    )


def judge_ranges(
    summary_text: str, start: int, end: int, article_text: str
) -> list[tuple[Span, Span]]:
    """The ends of the summary's ranges that the article's range of the same other end gives
    otherwise: (summary digits, article digits) for "1 to 45 years" where the article says "1
    to 15 years" (and gives no range from 1 to 45)."""
    theirs = _article_ranges(article_text)
    out = []
    for low, high in number_ranges(summary_text, start, end):
        a, b = _range_value(summary_text, low), _range_value(summary_text, high)
        if any(values == (a, b) for values, _ in theirs):
            continue
        for (x, y), (their_low, their_high) in theirs:
            if x == a and y != b:
                out.append((high, their_high))
                break
            if y == b and x != a:
                out.append((low, their_low))
                break
    return out


# an age as news writes it. Descriptive forms name nobody: "51-year-old", "51 years old",
# "aged 51", "AGE: 27", "turned 51"; held forms follow their holder: "Elle, 51,", "Scott Kelley,
# now 50," or "Elle (51)"
_DESCRIBED_AGE_RES = (
    re.compile(r"(?<![\d.,])(\d{1,3})(?:-| )years?(?:-| )old\b", re.IGNORECASE),
    re.compile(r"\baged?:?\s(\d{1,3})(?![\d.,]\d)", re.IGNORECASE),
    re.compile(r"\b(?:turned|turns|turning)\s(\d{1,3})(?![\d.,]\d|\w|\s?%)"),
)
_HELD_AGE_RES = (
    # "now 50" and "now aged 50" are ages too ("Genevieve, now aged 50," holds hers as tightly
    # as "Genevieve, now 50,"); a decimal in the age's place ("Pippa, 14.99,") is no age the
    # article can give her, so it meets the age the article does give
    # a picture caption's "(left)" or "(pictured)" may stand between: "Grant Allen (left), 38,"
    # The holder's word is read to at most 64 characters: unbounded, it was read from every letter
    # of a long token to its end (quadratic: a 20 KB token took 8.5 s); a longer token holds its
    # last 64 characters
    re.compile(
        r"([A-Za-z][\w'’-]{1,63})(?:\s\([a-z][a-z ]*\))?,\s(?:now\s)?(?:aged\s)?"
        r"(\d{1,3}(?:\.\d+)?)[,;]"
    ),
    re.compile(r"([A-Za-z][\w'’-]{1,63})\s\((\d{1,3})\)"),
)
# a holder's name: the capitalized run ending at the word before a held age; the one a
# descriptive age stands next to ("26-year-old instructor Alexander Soumbadze")
_NAME_RUN_RE = re.compile(r"(?:[A-Z][\w'’-]*\s)*$")
_NAME_AFTER_RE = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*")
_NAME_WORD_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
_SENTENCE_END_RE = re.compile(r"[.!?][\"'’”)]*\s")
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


def _name_next_to(text: str, start: int, end: int, lo: int, hi: int) -> frozenset[str]:
    """The names within ``_NEXT_TO`` characters after and before ``text[start:end]`` in its
    own sentence; a lone capitalized word opening the sentence ("Later") is no name."""
    words = []
    after = _NAME_AFTER_RE.search(text, end, min(hi, end + _NEXT_TO))
    if after and not _SENTENCE_END_RE.search(text, end, after.start()):
        words.append(after.group())
    before = text[max(lo, start - _NEXT_TO) : start]
    ends = list(_SENTENCE_END_RE.finditer(before))
    opening = bool(ends) or start - _NEXT_TO <= lo
    runs = _NAME_AFTER_RE.findall(before, ends[-1].end() if ends else 0)
    if (
        runs
        and opening
        and " " not in runs[0]
        and before[ends[-1].end() if ends else 0 :].lstrip().startswith(runs[0])
    ):
        runs = runs[1:]
    return _holder_parts(" ".join(words + runs))


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


# a time of day: "10am", "10.30 pm", "7. 30 pm", "3 : 30 pm", "17:30"
_CLOCK_RE = re.compile(
    r"(?<![\w.:,])(\d{1,2})(?:\s?[:.]\s?([0-5]\d))?\s?([ap])(?:\.\s?m\.|\s?m\b)"
    r"|(?<![\w.:,])([01]?\d|2[0-3])\s?:\s?([0-5]\d)(?![\d:])",
    re.IGNORECASE,
)


def times_of_day(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """(start, end, minute of the day) of each time of day in ``text[start:end]``, in any of the
    ways news writes one ("10am" and "10 a.m." are both 600)."""
    out = []
    for m in _CLOCK_RE.finditer(text, start, len(text) if end is None else end):
        if m.group(3):
            hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
            minute = int(m.group(2) or 0)
        else:
            hour, minute = int(m.group(4)), int(m.group(5))
        if hour < 24:
            out.append((m.start(), m.end(), hour * 60 + minute))
    return out


@lru_cache(maxsize=16)
def _article_minutes(text: str) -> frozenset[int]:
    return frozenset(minute for _, _, minute in times_of_day(text))


def supported_times(
    summary_text: str, start: int, end: int, article_text: str
) -> list[tuple[int, int]]:
    """Spans of the summary's times of day that the article gives, in any form; one written
    in words ("a quarter past nine") at either half of the day."""
    known = _article_minutes(article_text)
    spans = [(a, b) for a, b, minute in times_of_day(summary_text, start, end) if minute in known]
    half_day = {minute % HALF_DAY for minute in known}
    worded = worded_times(summary_text, start, end)
    return spans + [(a, b) for a, b, minute in worded if minute in half_day]


# a number as a tokenizer leaves it ("235, 000", "1. 3 billion"), inside one sentence
_SPACED_NUMBER_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:, \d{3})+|\d+\. \d+)(?![\d])")
# a decimal point a splitter took for a full stop ("Around 1. | 3 billion"): the first half
# ends the sentence before, the second opens this one
_CUT_BEFORE_RE = re.compile(r"(?<![\w.,])(\d{1,3})\. $")
_CUT_AFTER_RE = re.compile(r"\d{1,2}(?![\d,.])")


def _join_spaced(text: str, start: int, end: int, numbers: list[Quantity]) -> list[Quantity]:
    """``numbers`` with the pieces of each tokenized number ("235", "000") joined into one
    quantity with the scale, unit and qualifier its pieces carry ("$ 1. 8 million")."""
    before = _CUT_BEFORE_RE.search(text[max(0, start - 6) : start])
    after = _CUT_AFTER_RE.match(text, start, end)
    if before and after:
        first = next((q for q in numbers if q.start == start), None)
        if first is not None:
            a = start - len(before.group())
            base = float(after.group())
            scale = first.value / base if base else 1.0
            value = float(f"{before.group(1)}.{after.group()}") * scale
            joined = Quantity(text[a : first.end], a, first.end, value, first.unit, None)
            numbers = [q for q in numbers if q is not first] + [joined]
    for m in _SPACED_NUMBER_RE.finditer(text, start, end):
        pieces = [q for q in numbers if q.start < m.end() and m.start() < q.end]
        if not pieces:
            continue
        first, last = pieces[0], pieces[-1]
        written = DIGITS_RE.findall(last.text)
        base = float(written[-1].replace(",", "")) if written else 0.0
        scale = last.value / base if base else 1.0
        value = float(m.group().replace(" ", "").replace(",", "")) * scale
        a, b = min(first.start, m.start()), max(last.end, m.end())
        joined = Quantity(text[a:b], a, b, value, last.unit or first.unit, first.qualifier)
        numbers = [q for q in numbers if not any(q is p for p in pieces)] + [joined]
    return numbers


def _currency_symbols() -> dict[str, str]:
    """One-character currency symbols ("$", "£") -> the quantity finder's unit name."""
    out: dict[str, str] = {}
    for name, aliases in alias_table("quant_currencies").items():
        for alias in aliases:
            if alias.startswith("=") and len(alias) == 2 and not alias[1].isalnum():
                out.setdefault(alias[1], name)
    return out


_SCALES = GLUED_SCALES  # scale word -> (multiplier, only after a currency symbol)


def short_scale_words() -> dict[str, str]:
    """Short scale words and the long word of the same value ("m" -> "million", "bn" ->
    "billion"), from ``number_glued_scales.txt``."""
    longs = {value: word for word, (value, short) in _SCALES.items() if not short}
    return {word: longs[value] for word, (value, short) in _SCALES.items() if short}


_CURRENCIES = _currency_symbols()
# a long scale word may carry a doubled letter ("$50miillion"): the article's typo still
# says millions
_SCALE_PATTERNS = {
    word: "".join(f"{re.escape(c)}+" for c in word) if len(word) > 2 else re.escape(word)
    for word in sorted(_SCALES, key=len, reverse=True)
}
_SCALE_PATTERN = "|".join(_SCALE_PATTERNS.values())
_GLUED_RE = re.compile(
    r"(?<![\w.,])(?:(?P<cur>[^\w\s])?(?P<num>\d+(?:\.\d+)?)|(?P<half>half-an?-))"
    rf"(?P<scale>{_SCALE_PATTERN})\b",
    re.IGNORECASE,
)


def glued_numbers(text: str, start: int, end: int) -> list[Quantity]:
    """Numbers whose scale word is glued to them ("$500million", "8million", "£1.5bn", a typo's
    "$50miillion") or hyphenated ("half-a-billion", which the quantity finder reads as "half");
    :func:`slot_numbers` keeps the finder's own reading where it gives the same value."""
    out = []
    for m in _GLUED_RE.finditer(text, start, end):
        scale = next(
            w for w, p in _SCALE_PATTERNS.items() if re.fullmatch(p, m.group("scale"), re.I)
        )
        multiplier, currency_only = _SCALES[scale]
        unit = _CURRENCIES.get(m.group("cur") or "")
        if m.group("cur") and unit is None:
            continue
        if currency_only and unit is None and not _counted(text, start, end, m):
            continue  # "a 5m fall" is metres
        base = 0.5 if m.group("half") else float(m.group("num"))
        a = m.start("cur") if unit else m.start()
        out.append(Quantity(text[a : m.end()], a, m.end(), base * multiplier, unit, None))
    return out


_WORD_RE = re.compile(r"[a-z]+")


def _counted(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    """Is the number a count, so that a bare glued "m" is millions ("population will rise from
    63.4m to 77.4m")? Its sentence (``text[start:end]``) counts people or things, and no
    length word is next to it ("the 100m sprint", "an elevation of 2061m")."""
    words = _WORD_RE.findall(text[start:end].lower())
    if not _COUNT_WORDS.intersection(words):
        return False
    before = _WORD_RE.findall(text[max(start, m.start() - 30) : m.start()].lower())[-3:]
    after = _WORD_RE.findall(text[m.end() : min(end, m.end() + 30)].lower())[:2]
    return not _LENGTH_WORDS.intersection(before + after)


_COUNT_WORDS = word_set("count_context_words")
_LENGTH_WORDS = word_set("length_context_words")


class _SpanIndex:
    """Does any of a fixed set of spans overlap ``[a, b)``? O(log n) a query (a scan of all
    spans for each digit run was quadratic in a sentence of thousands of numbers)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_end = list(accumulate((b for _, b in ordered), max))

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)  # the spans starting before b
        return i > 0 and self.max_end[i - 1] > a


def slot_numbers(
    text: str, start: int, end: int, found: Sequence[Quantity], times: Sequence[TimeAnchor]
) -> list[Quantity]:
    """The numbers the slot check compares in ``text[start:end]``: the quantity finder's
    ``found`` that are not dates, plus the bare digit runs it leaves out (each side of a score
    such as "2-0") and the numbers with a glued scale word ("$500million", "half-a-billion",
    which replace the finder's "half"); a number a tokenizer spaced out ("235, 000") is one
    number."""
    glued = [
        g
        for g in glued_numbers(text, start, end)
        if not any(q.start < g.end and g.start < q.end and q.value == g.value for q in found)
    ]
    kept = [
        q
        for q in found
        if not any(t.start < q.end and q.start < t.end for t in times)
        and not any(g.start < q.end and q.start < g.end for g in glued)
    ]
    kept += glued
    taken = _SpanIndex([(q.start, q.end) for q in kept] + [(t.start, t.end) for t in times])
    for m in BARE_DIGITS_RE.finditer(text, start, end):
        if taken.overlaps(m.start(), m.end()):
            continue
        try:
            value = float(m.group().replace(",", ""))
        except ValueError:
            continue
        kept.append(Quantity(m.group(), m.start(), m.end(), value))
    return sorted(_join_spaced(text, start, end, kept), key=lambda q: q.start)
