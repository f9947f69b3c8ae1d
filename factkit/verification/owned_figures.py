"""A figure the article gives as one person's, given by the summary to another.

"He sensationally beat Evander Holyfield and earned a £150m fortune" where the article says
"most of Holyfield's £150million fortune has now gone": the article's £150million is owned by
Holyfield (a name and "'s" written on the figure's noun phrase), and the summary gives it to the
clause's subject. An article figure is owned where a name and a possessive ending stand right
before it, at most two lower-case words between ("Holyfield's estimated £150million"). The
summary figure is judged only where every article figure of its value is of its unit and owned
by one name, and the summary gives it to another: its own possessive names someone else, or its
noun phrase opens with a bare determiner ("a £150m fortune") in a clause whose subject is a
person pronoun or another name while the owner is that subject's object, joined to the figure
by "and" ("beat Evander Holyfield and earned a ..."): the owner is in the sentence in another
role."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.number_clauses import clause_of
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key
from factkit.verification.text import STOP_WORDS, WORD_RE, norm_word

_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
# a name, its possessive ending and at most two lower-case words, right before a figure
_OWNER_RE = re.compile(
    rf"({_NAME})(?:{alternation(word_set('possessive_endings'))})\s+(?:[a-z][\w-]*\s+){{0,2}}$"
)
_BARE_RE = re.compile(
    rf"\b(?:{alternation(word_set('owned_figure_determiners'))})\s+(?:[a-z][\w-]*\s+){{0,2}}$"
)
_PRONOUNS = word_set("person_subject_pronouns")
# words that open another clause between the owner and the figure: its subject may differ
_OPENERS = (word_set("clause_openers") | word_set("pronouns_relative") | {"that"}) - {"and"}
_REACH = 80  # characters before a figure searched for its owner


def owned_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) whose value the article gives only as one named
    owner's figure, where the summary gives it to another; by start."""
    text, part = summary
    out = {}
    for q in quantities:
        same = [n.quantity for n in src.numbers_valued(q.value)]
        if any(unit_key(n.unit) != unit_key(q.unit) for n in same):
            continue  # "Espanyol's 11-0 defeat" is no "11 minutes"
        owners = {owner_of(src.text, n) for n in same}
        owner = owners.pop() if len(owners) == 1 else None
        if owner is None:
            continue  # not in the article, or not one owner's figure throughout
        given_to = _summary_owner(text, part, q, owner)
        if given_to is not None:
            out[q.start] = _reason(text, q, same[0], given_to)
    return out


def owner_of(text: str, q: Quantity) -> str | None:
    """The last word of the name that owns the figure ``q`` ("Holyfield's £150million" ->
    "holyfield"), normalized; None where no name and possessive stand right before it."""
    m = _OWNER_RE.search(text[max(0, q.start - _REACH) : q.start])
    if m is None:
        return None
    last = norm_word(m.group(1).split()[-1])
    return None if last in STOP_WORDS else last


def _summary_owner(text: str, part: Sentence, q: Quantity, owner: str) -> str | None:
    """Whom the summary gives its figure ``q`` to where that is not ``owner``: the figure's
    own possessive name, or the subject of its clause where ``owner`` is its object."""
    own = _OWNER_RE.search(text[max(part.start, q.start - _REACH) : q.start])
    if own is not None:
        return own.group(1) if norm_word(own.group(1).split()[-1]) != owner else None
    if _BARE_RE.search(text[max(part.start, q.start - _REACH) : q.start]) is None:
        return None  # "his £150m": the figure's owner is written another way
    lo = clause_of(text, q.start, q.end, part.start, part.end)[0]
    words = [m.group() for m in WORD_RE.finditer(text, lo, q.start)]
    subject = _subject(words)
    if subject is None or owner in {norm_word(w) for w in words[: len(subject.split())]}:
        return None
    return subject if _object_joined(words[len(subject.split()) :], owner) else None


def _subject(words: list[str]) -> str | None:
    """The subject opening a clause's ``words``: a person pronoun ("He") or a name (its
    capitalized words); None where the clause opens otherwise."""
    if not words:
        return None
    first = words[0]
    if first.lower() in _PRONOUNS:
        return first
    if not first[0].isupper() or norm_word(first) in STOP_WORDS | _OPENERS:
        return None
    run = [first]
    for word in words[1:]:
        if not word[0].isupper():
            break
        run.append(word)
    return " ".join(run)


def _object_joined(words: list[str], owner: str) -> bool:
    """Do the ``words`` after the subject write ``owner`` as an object (a lower-case word, a
    verb, before its name) joined by "and" to lower-case words up to the figure ("beat Evander
    Holyfield and earned a")?"""
    at = max((k for k, w in enumerate(words) if norm_word(w) == owner), default=-1)
    if at < 0 or words[at].endswith(("'s", "’s")):
        return False
    name_start = at
    while name_start > 0 and words[name_start - 1][0].isupper():
        name_start -= 1
    if name_start == 0 or not words[name_start - 1].islower():
        return False  # the owner opens the stretch: no verb takes it as object
    after = words[at + 1 :]
    return (
        len(after) >= 2
        and after[0] == "and"
        and all(w.islower() and w not in _OPENERS for w in after[1:])
    )


def _reason(text: str, q: Quantity, given: Quantity, given_to: str) -> VerifyReason:
    """``number_mismatch`` for the summary figure ``q``: the article's ``given`` is another
    person's."""
    detail = (
        f"summary gives {text[q.start : q.end]!r} to {given_to!r}, the article's {given.text!r} "
        "is another person's"
    )
    return number_mismatch(q, given, detail)
