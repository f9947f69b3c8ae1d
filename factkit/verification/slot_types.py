"""The type of the slot a summary name fills, read from the summary sentence itself, and the
clash between that slot and what the article says the name is.

A swapped-in name often sits in a slot of the wrong kind: a court where a person's age follows
("Duncan's District Court, 22, from Melbourne"), a person where a role noun makes the name a
team or organisation ("Joe Sullivan driver accused of"), a person in a list of places ("in
Essex and Gaynor Godwin"). The slot's type comes from the cues around the name only (an age
after it, an honorific or role noun before it, "the"/"in"/"at" before it, a role noun after
it: :func:`factkit.verification.name_types.context_type` with none of the name's own words),
or from the article's type of a list mate joined to it by a comma, "and", "or" or "&", or, in a
sentence about a match, from a team before a match verb ("Liverpool face Brendan Rodgers in
their FA Cup semi-final": the slot of the team a team plays; "Labour face Farage" is about no
match). The name's own type is the one the article gives its words
(``ArticleIndex.name_types``). Acronyms are left out: the article's cues type them poorly
("ESPN, meanwhile, announced" reads as a speaker); so is a "person" the article also writes
after a place preposition ("six men from Minnesota": the words of a speaker's title,
"Minnesota U.S. Attorney Andy Luger said", typed a place as a person).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from factkit.lang import alternation, entries, word_set
from factkit.verification.name_types import (
    GROUP,
    PERSON,
    article_type,
    context_type,
    qualifies_role,
    type_of,
)
from factkit.verification.names import NameSpan
from factkit.verification.places import place_preposition_before
from factkit.verification.text import WORD_RE, name_lists, norm_word, opens_sentence

# a word of a name
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_POSSESSIVE = entries("possessive_endings")
# the word right after a name
_NEXT_WORD = re.compile(r"\s+([a-z][a-z']*)\b")


@cache
def _person_noun_before() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + alternation(entries("person_nouns")) + r")\s+$")


@cache
def _plural_verb_after() -> re.Pattern[str]:
    """A plural verb right after a name, past an adverb ("desperately need")."""
    verbs = alternation(entries("team_plural_verbs"))
    return re.compile(r"\s+(?:[a-z]+ly\s+)?(?:" + verbs + r")\b")


def _takes_plural_verb(text: str, span: NameSpan, listed: bool) -> bool:
    """Is the name, alone (in no list, no plural: "Kardashians have"), followed by a plural
    verb ("Toure are currently fourth")? Then its slot is a team's or an organisation's."""
    end = span[1]
    if listed or text[end - 1 : end] in ("s", "'", "’"):
        return False  # "Sarah and John have", "Kardashians": more than one person
    return _plural_verb_after().match(text, end) is not None


@cache
def _singular_person_pronoun() -> re.Pattern[str]:
    pronouns = (*entries("pronouns_male"), *entries("pronouns_female"))
    return re.compile(r"\b(?:" + alternation(pronouns) + r")\b", re.I)


def _opens_with_person_pronoun_after(
    text: str, span: NameSpan, spans: Sequence[NameSpan], sentence: tuple[int, int]
) -> bool:
    """Does the name open its sentence, as its only name, with "he"/"his"/"her" later in it
    ("Tbilisi confessed to uploading videos found at his home")? Then it is the person the
    pronoun refers back to."""
    start, end, words = span
    lo, hi = sentence
    if len(spans) != 1 or not opens_sentence(text, lo, start):
        return False
    if context_type(text[:hi], start, words) == GROUP:
        return False  # its own words say what it is ("European Court of Human Rights")
    verb = _NEXT_WORD.match(text, end)
    following = _NEXT_WORD.match(text, verb.end()) if verb is not None else None
    if verb is None or not _is_verb(verb.group(1), following.group(1) if following else ""):
        return False  # "Chelsea youngster ... he": the name qualifies a noun, no subject
    return _singular_person_pronoun().search(text, end, hi) is not None


@cache
def _verb_group_reflexive() -> re.Pattern[str]:
    """A verb group right after a name, ending in a person's reflexive ("has defended
    herself"): lower-case words only, so no other name or noun phrase of its own between."""
    reflexives = alternation(entries("person_reflexives"))
    return re.compile(r"\s+([a-z]+)\s+(?:([a-z]+)\s+)?(?:[a-z]+\s+)?(?:" + reflexives + r")\b")


def _opens_with_person_reflexive(text: str, span: NameSpan, sentence: tuple[int, int]) -> bool:
    """Does the name open its sentence as the subject of a verb group that ends in "himself"
    or "herself" ("Labour has defended herself on Twitter")? The reflexive is bound by the
    subject, so the slot is one person's, whatever other names the sentence holds."""
    start, end, _ = span
    lo, hi = sentence
    if not opens_sentence(text, lo, start):
        return False
    m = _verb_group_reflexive().match(text[:hi], end)
    # the word after the name must be a verb: in "Labour leader defended herself" the name
    # qualifies the noun that is the subject
    return m is not None and _is_verb(m.group(1), m.group(2) or "")


def _is_verb(word: str, following: str = "") -> bool:
    """An auxiliary or modal ("has", "will"), a past form ("insisted") or a present form
    before its object ("credits the church": ``following``, the word after it): the name
    before it is the sentence's subject."""
    if word.endswith("ed") or word in word_set("auxiliary_verbs") or word in word_set("modals"):
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and following in word_set("verb_object_openers")
    )


def written_as_place(
    text: str,
    mentions: Iterable[tuple[int, int, frozenset[str]]],
    words: list[str],
    possessives: bool = True,
) -> bool:
    """Does ``text`` write the name (one of ``words``) right after a place preposition ("from
    Minnesota")? ``mentions``: (start, end, words) of the article's names. ``possessives``:
    does a possessive mention count ("in London's East End"; for a person, "a short drive from
    Sherwood's house" says whose house, not that it is a place)?"""
    cue = place_preposition_before()
    return any(
        set(words) & mention
        and (possessives or text[end - 2 : end] not in _POSSESSIVE)
        and cue.search(text, max(0, at - 12), at) is not None
        for start, end, mention in mentions
        if (at := own_word_start(text, start, end, words)) >= 0
    )


def own_word_start(text: str, start: int, end: int, words: Iterable[str]) -> int:
    """Where the cues before the article name ``text[start:end]`` type one of ``words``: at
    the name's start when one of its first two words is one of them ("New York", "Gordons
    Wine Bar" for "Gordon's Wine Bar"); at that word when it comes later, in a run glued from
    a caption ("at White Hart Lane Sherwood (right) sits": "at" says nothing of Sherwood);
    -1 when none is."""
    held = set(words)
    run = list(WORD_RE.finditer(text, start, end))
    k = next((k for k, m in enumerate(run) if norm_word(m.group()) in held), -1)
    if k < 0:
        return -1
    return start if k <= 1 else run[k].start()


def _typed_as(
    text: str, start: int, end: int, kind: str, words: frozenset[str] = frozenset()
) -> bool:
    """Do the cues around the name ``text[start:end]`` (and its ``words``: "Court"), or the
    cues before one of its words ("Ms Moon" in a run that opens with the title), make it
    ``kind``?"""
    if article_type(text, start, words) == kind:
        return True
    return any(context_type(text, m.start(), ()) == kind for m in _WORD.finditer(text, start, end))


def _qualifies_noun(text: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by a lower-case content word that is no role
    noun ("Obama administration", not "Chelsea boss" nor "Essex and")?"""
    after = _NEXT_WORD.match(text, end)
    return (
        after is not None
        and after.group(1) not in word_set("not_names")
        and not qualifies_role(text, end)
    )


def slot_type(
    text: str,
    span: NameSpan,
    spans: Sequence[NameSpan],
    types: Mapping[str, str],
    sentence: tuple[int, int],
) -> str | None:
    """The type the summary sentence (``text[sentence[0]:sentence[1]]``) gives the slot
    ``span`` fills (``spans``: the sentence's name spans, in order; ``types``: the article's
    name word types), or None (no cue)."""
    start = span[0]
    # cut at the sentence's end: a name run on into the next sentence is no cue ("replacing
    # Wojciech Szczesny. Manchester City captain")
    own = context_type(text[: sentence[1]], start, ())
    if own == GROUP and _qualifies_noun(text, span[1]):
        return None  # "the Obama administration": the slot is the noun's, not the name's
    if own is not None:
        return own
    if _person_noun_before().search(text, max(0, start - 16), start):
        return PERSON  # "homeless woman Holly Leonard"
    if _opens_with_person_pronoun_after(text, span, spans, sentence):
        return PERSON
    if _opens_with_person_reflexive(text, span, sentence):
        return PERSON  # "Labour has defended herself on Twitter"
    k = next((i for i, sp in enumerate(spans) if sp[0] == start), -1)
    members = next((ks for ks in name_lists(text, spans) if k in ks), [])
    if _takes_plural_verb(text[: sentence[1]], span, len(members) > 1):
        return GROUP  # "Toure are currently fourth": a team's slot
    if _team_opponent(text, spans[k - 1] if k > 0 else None, span, types, sentence):
        return GROUP  # "Liverpool face Brendan Rodgers in the FA Cup semi-final"
    # the list mates right before and after it ("in Essex and Gaynor Godwin")
    kinds = {
        kind
        for i in members
        if abs(i - k) == 1 and (kind := type_of(spans[i][2], types)) is not None
    }
    return next(iter(kinds)) if len(kinds) == 1 else None


@cache
def _match_context() -> re.Pattern[str]:
    """A word of a sentence about a match, or a score ("2-1")."""
    words = alternation(entries("match_context_words"))
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])|\b\d{1,2}-\d{1,2}\b", re.I)


def _team_opponent(
    text: str,
    before: NameSpan | None,
    span: NameSpan,
    types: Mapping[str, str],
    sentence: tuple[int, int],
) -> bool:
    """Does the name fill the slot of the team a team plays: right after a match verb whose
    subject, the name ``before`` it, the article types a group ("Liverpool face", "Porto
    host"), in a sentence about a match? "Labour face Farage" is about no match: a person may
    stand there."""
    if before is None or type_of(before[2], types) != GROUP:
        return False
    verb = text[before[1] : span[0]].split()
    if len(verb) != 1 or verb[0] not in word_set("match_opponent_verbs"):
        return False
    return _match_context().search(text, sentence[0], sentence[1]) is not None


def slot_clash(
    text: str,
    span: NameSpan,
    spans: Sequence[NameSpan],
    types: Mapping[str, str],
    sentence: tuple[int, int],
    article_text: str,
    article_names: Iterable[tuple[int, int, frozenset[str]]],
    slot: str | None = None,
) -> tuple[str, str] | None:
    """(the article's type of the name, the slot's type) when both are known and differ; else
    None. ``text``/``spans``/``sentence``: the summary, its sentence's name spans and the
    sentence's bounds; ``types``: the
    article's name word types; ``article_names``: (start, end, words) of its names in
    ``article_text``; ``slot``: the slot's type when the article gives it (else read from the
    summary sentence). An acronym ("ESPN", "FBI") is never judged this way, nor a person the
    article also writes as a place."""
    start, end, words = span
    if text[start:end].isupper():
        return None
    article = type_of(words, types)
    if article is None:
        return None
    slot = slot or slot_type(text, span, spans, types, sentence)
    if slot is None or slot == article:
        return None
    mentions = [m for m in article_names if set(words) & m[2]]
    # the words as the summary writes them ("New York", where the name's words are "York")
    written = [norm_word(m.group()) for m in WORD_RE.finditer(text, start, end)]
    if not any(_typed_as(article_text, at, stop, article, held) for at, stop, held in mentions):
        return None  # typed by no cue of its own, only as a speaker ("Lib Dem leader Nick Clegg
        # said" makes "Lib Dem" a person)
    if article == PERSON and written_as_place(article_text, mentions, written, possessives=False):
        return None
    starts = [(own_word_start(article_text, at, stop, written), stop) for at, stop, _ in mentions]
    if any(_typed_as(article_text, at, stop, slot) for at, stop in starts if at >= 0):
        return None  # the article too writes it (a word of it) where ``slot`` belongs
    return article, slot
