"""Coarse types of the article's names: a person, or a group (organisation, team, company).

A name is a person when an honorific or a role noun opens it ("Mr Smith", "Sir Bradley
Wiggins", "striker Diego Costa"), when an age follows it ("Elle, 51,") or when the article
quotes it as a speaker without an organisation word, or, when nothing else types it, when a
common given name opens it ("Scott Sinclair"; ``given_names.txt``); a group (anything but a person:
organisation, team, company, place) when it holds an organisation word or team/company suffix
(``attr_org_words.txt``, ``org_suffixes.txt``), opens with "The" or follows "the", "in" or "at"
("The Tractor Boys", "at Bayern Munich", "in New York"), which people's names do not, or when
a role noun follows it ("Chelsea boss", "Labour leader": the role is the group's; role nouns
in ``name_roles.txt``).
Each name word takes the one type the article gives it; a word typed both ways, or never,
stays untyped. The verifier uses this to require a rival of the same type before it calls a
name a swap: a team in the aligned sentence is no rival for a person in the summary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from factkit.lang import alternation, entries, word_set
from factkit.verification.references import is_demonym
from factkit.verification.text import honorific_titles, norm_word, word_list

PERSON = "person"
GROUP = "group"
# "the", "in", "at" right before a capitalized name: a team, organisation or place
_PLACE_OR_GROUP_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]n|[Aa]t)\s+$")
# the capitalized words of a name from its first one ("Pep Guardiola's"), not past a word
# that ends a sentence ("Theo Walcott. The England forward": three lower-case letters and a
# dot; "U.S. Attorney", "Mr. Smith" run on)
_CAPITALIZED_RUN = re.compile(r"[A-Z][\w'’.&-]*(?:(?<![a-z]{3}\.)\s+[A-Z][\w'’.&-]*)*")
_NEXT_WORD = re.compile(r"[A-Za-z][\w'-]*")
# an age right after a name (", 51,"): a person ("who" is no cue: "Huddersfield, who are 16th")
_PERSON_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*,")


def _normalized_words(*lists: str) -> frozenset[str]:
    """The words of these word lists, normalised as name words are (``norm_word``)."""
    return frozenset(norm_word(w) for name in lists for w in entries(name))


@cache
def _group_words() -> frozenset[str]:
    return _normalized_words("attr_org_words", "org_suffixes")


@cache
def _honorific_before() -> re.Pattern[str]:
    titles = sorted(honorific_titles())
    return re.compile(r"\b(?:" + "|".join(map(re.escape, titles)) + r")\.?\s+$")


@cache
def _role_alternation() -> str:
    return alternation(entries("name_roles"))


@cache
def _role_before() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _role_alternation() + r")\s+$")


@cache
def _role_after() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + _role_alternation() + r")\b")


@cache
def _role_after_qualified() -> re.Pattern[str]:
    """A role noun right after a name, past a possessive or a closing quote and premodifiers
    ("'s former chief executive", " boss", '" star' after a quoted title)."""
    premodifiers = alternation(entries("role_premodifiers"))
    return re.compile(
        r"(?:['’]s|\s*[\"”])?(?:\s+(?:"
        + premodifiers
        + r")-?)*\s*(?:"
        + _role_alternation()
        + r")\b"
    )


def qualifies_role(text: str, end: int) -> bool:
    """Does the name ending at ``end`` qualify the role noun after it ("Bournemouth manager
    Eddie Howe", "American Apparel's former chief executive")? Then it describes the person
    next to it rather than filling a slot of the sentence."""
    return qualified_role_end(text, end) is not None


def qualified_role_end(text: str, end: int) -> int | None:
    """Where the role noun the name ending at ``end`` qualifies ends ("Bournemouth manager"),
    or None (``qualifies_role``)."""
    m = _role_after_qualified().match(text, end)
    return None if m is None else m.end()


@cache
def _group_after_possessive() -> re.Pattern[str]:
    """A possessive right after a name, then a noun for the team it leads ("'s side", "' young
    squad")."""
    premodifiers = alternation(entries("role_premodifiers"))
    nouns = alternation(entries("possessed_group_nouns"))
    return re.compile(
        r"(?:['’]s|(?<=s)['’])(?:\s+(?:" + premodifiers + r")-?)*\s+(?:" + nouns + r")\b"
    )


def leads_group(text: str, end: int) -> bool:
    """Does the possessive name ending at ``end`` (before or after its "'s") stand for the team
    its person leads ("Pep Guardiola's side are 10 points clear")? Then the phrase names the
    team, and the person's name describes it rather than filling a slot of the sentence."""
    if text[end - 2 : end] in entries("possessive_endings"):
        end -= 2
    return _group_after_possessive().match(text, end) is not None


def _opens_with_the(text: str, start: int) -> bool:
    """Does the name open with "The" ("The Tractor Boys"), not "The" + a demonym ("The
    Frenchman Franck Dja Djedje": a description before a person's name)?"""
    if text[start : start + 4] != "The ":
        return False
    following = _NEXT_WORD.match(text, start + 4)
    return following is None or not is_demonym(following.group())


@cache
def _pronoun_after() -> re.Pattern[str]:
    """A singular person pronoun a few lower-case words after a name, with no punctuation
    and no other name between ("Arsene Wenger seems to have found his drive", "replaced by
    Nacer Chadli before questioning the manager on his decision")."""
    pronouns = (*entries("pronouns_male"), *entries("pronouns_female"))
    return re.compile(r"(?:\s+[a-z][a-z'-]*){0,6}?\s+(?:" + alternation(pronouns) + r")\b")


def _pronoun_kind(text: str, start: int, words: frozenset[str]) -> str | None:
    """``PERSON`` for a name of two words or more (a given name and a surname) with a person
    pronoun a few words after it; an article cue only, weaker than all of ``_kind``'s: in a
    summary the pronoun often refers to the subject, not to the name ("went to Gordon's Wine
    Bar before going back to her flat")."""
    run = _CAPITALIZED_RUN.match(text, start)
    if run is None or len(words) < 2 or not _may_be_antecedent(text, start, run.group()):
        return None
    return PERSON if _pronoun_after().match(text, run.end()) else None


# a possessive or a closing quote in or right after a name ("Real Madrid's youth system",
# "Barrientos' Facebook", "'Every Teardrop Is A Waterfall'"), or right before it ("Recording
# Artists' Coalition Award"): the name is possessed or quoted, no subject a pronoun refers to
_POSSESSIVE = re.compile(r"\w['’](?:s\b|\s|$)")
_WORD_BEFORE = re.compile(r"(\w[\w'’]*)\s+$")


def _may_be_antecedent(text: str, start: int, name: str) -> bool:
    """Can a person pronoun after the name refer to it? Not when a place/organisation
    preposition, a determiner or "told" comes right before it ("from", "a", "his": the
    name is no subject; ``pronoun_cue_blockers.txt``), nor when it is possessed, quoted or
    after a group noun ("vigilante group Letzgo Hunting"), nor when a word of its own is a
    group word or place noun ("Brisbane Magistrate Courts")."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if _POSSESSIVE.search(name) or (before is not None and _POSSESSIVE.search(before.group())):
        return False
    if before is not None and before.group(1) in word_set("pronoun_cue_blockers"):
        return False
    if before is not None and norm_word(before.group(1)) in _group_words():
        return False
    held = {norm_word(w) for w in word_list(name)}
    held |= {w[:-1] for w in held if w.endswith("s")}  # "Courts" -> "court"
    return not held & (_group_words() | _place_nouns())


@cache
def _place_nouns() -> frozenset[str]:
    return _normalized_words("place_nouns")


def _given_name_kind(text: str, start: int, words: frozenset[str]) -> str | None:
    """``PERSON`` for a name of two words or more that a common given name opens ("Scott
    Sinclair", "Sarah Harper") and no place noun closes ("Albert Hall"); an article cue
    only, weaker than all of ``_kind``'s, for the many players and witnesses an article
    names with no title, role or age."""
    run = _CAPITALIZED_RUN.match(text, start)
    if run is None or len(words) < 2:
        return None
    held = word_list(run.group())
    if len(held) < 2 or not _given_name_opens(held):
        return None
    return None if held[-1] in _place_nouns() else PERSON


# a list mate of two capitalized words right before a name ("Ashley Young, Marouane Fellaini")
# or right after it ("Marouane Fellaini, Juan Mata and")
_MATE = r"[A-Z][\w'’-]*\s+[A-Z][\w'’-]*"
_MATE_BEFORE = re.compile(r"(?<![\w'’-])(" + _MATE + r")(?:,\s+|,?\s+and\s+)$")
_MATE_AFTER = re.compile(r"(?:,\s+|,?\s+and\s+)(" + _MATE + r")(?![\w'’-])")


def _listed_person_kind(text: str, start: int, words: frozenset[str]) -> str | None:
    """``PERSON`` for a name of two words or more between two list mates that common given
    names open ("goals by Ashley Young, Marouane Fellaini, Juan Mata and Chris Smalling"): the
    weakest article cue, for a player whose given name the list of them lacks."""
    run = _CAPITALIZED_RUN.match(text, start)
    if run is None or len(words) < 2 or len(word_list(run.group())) != 2:
        return None
    before = _MATE_BEFORE.search(text, max(0, start - 40), start)
    after = _MATE_AFTER.match(text, run.end())
    if before is None or after is None:
        return None
    mates = (word_list(before.group(1)), word_list(after.group(1)))
    if all(_given_name_opens(mate) and mate[-1] not in _place_nouns() for mate in mates):
        return PERSON
    return None


def _names_a_work(run: re.Match[str] | None) -> bool:
    """Does the name close with a noun for a work ("The Gisèle Freund Photographs",
    ``title_nouns.txt``)? Then "The" opens a title, and the person it names is no group."""
    held = word_list(run.group()) if run is not None else []
    return bool(held) and held[-1] in _title_nouns()


@cache
def _title_nouns() -> frozenset[str]:
    return _normalized_words("title_nouns")


def _kind(text: str, start: int, words: Iterable[str], speaker_words: set[str]) -> str | None:
    held = set(words)
    if held & _group_words():
        return GROUP
    before = text[max(0, start - 24) : start]
    run = _CAPITALIZED_RUN.match(text, start)
    end = run.end() if run is not None else start
    if _honorific_before().search(before[-12:]) or _role_before().search(before):
        return PERSON  # "Mr Smith", "striker Diego Costa"
    the = _PLACE_OR_GROUP_BEFORE.search(before[-12:]) or _opens_with_the(text, start)
    if the and not _names_a_work(run):
        return GROUP  # "at Bayern Munich", "The Tractor Boys"
    if _role_after().match(text, end):
        return GROUP  # "Chelsea boss", "Bayern's coach": the role belongs to a team
    if _PERSON_AFTER.match(text, end):
        return PERSON  # "Elle, 51,"
    if held and held <= speaker_words and not text[start:end].isupper():
        return PERSON  # quoted as a speaker; an acronym that speaks is mostly an organisation
    return None


def _glued_tail(text: str, start: int, words: Iterable[str]) -> frozenset[str]:
    """The words after the first of a name typed a group only by the "the"/"in"/"at" before
    it ("in France Gomis is put..." in a glued photo caption: "Gomis" is a person the run
    swallowed). Their group vote is weak: a person cue elsewhere outweighs it."""
    held = frozenset(words)
    if held & _group_words():
        return frozenset()
    before = text[max(0, start - 24) : start]
    if _honorific_before().search(before[-12:]) or _role_before().search(before):
        return frozenset()
    if not (_PLACE_OR_GROUP_BEFORE.search(before[-12:]) or _opens_with_the(text, start)):
        return frozenset()
    run = _CAPITALIZED_RUN.match(text, start)
    first = word_list(run.group())[:1] if run is not None else []
    return held - set(first)


# what joins a name to the next one in a list ("Leeds and England coach", "Leeds, England")
_LIST_LINK = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*")


def _given_name_opens(words: list[str]) -> bool:
    """Does a common given name (``given_names.txt``) open the name's ``words`` ("tony",
    "smith")? The person cue of :func:`_given_name_kind`, :func:`_listed_person_kind` and
    :func:`_speaker_person`."""
    return bool(words) and words[0] in word_set("given_names")


def _speaker_person(speaker: str) -> str:
    """The speaker's text without the names that qualify its role noun ("Former Valencia
    striker Aritz Aduriz" -> "Former  striker Aritz Aduriz"), nor their list mates ("Former
    Leeds and England coach Tony Smith": he coached both) unless a common given name opens
    the mate ("Tony Smith and Leeds coach Brian Noble": two speakers): the team a speaker
    plays for is no person, though the speaker is."""
    runs = list(_CAPITALIZED_RUN.finditer(speaker))
    qualifying = [qualifies_role(speaker, m.end()) for m in runs]
    for k in range(len(runs) - 2, -1, -1):  # right to left: a list runs up to the role noun
        link = _LIST_LINK.fullmatch(speaker, runs[k].end(), runs[k + 1].start())
        mate = (
            qualifying[k + 1]
            and link is not None
            and not _given_name_opens(word_list(runs[k].group()))
        )
        qualifying[k] = qualifying[k] or mate
    kept = []
    last = 0
    for m, qualifies in zip(runs, qualifying, strict=True):
        if qualifies:
            kept.append(speaker[last : m.start()])
            last = m.end()
    return "".join(kept) + speaker[last:]


def name_types(
    text: str, names: Iterable[tuple[int, frozenset[str]]], speakers: Iterable[str | None]
) -> dict[str, str]:
    """Normalized name word -> ``PERSON`` or ``GROUP`` for the words of ``names`` ((start
    offset, words) in ``text``) that the article types one way only. ``speakers``: the
    surface texts of its attributions' speakers."""
    speaker_words: set[str] = set()
    for speaker in speakers:
        said = set(word_list(_speaker_person(speaker or "")))
        if not said & _group_words():
            speaker_words |= said
    votes: dict[str, set[str]] = {}
    weak: dict[str, set[str]] = {}
    for start, words in names:
        kind = (
            _kind(text, start, words, speaker_words)
            or _pronoun_kind(text, start, words)
            or _given_name_kind(text, start, words)
            or _listed_person_kind(text, start, words)
        )
        if kind is None:
            continue
        tail = _glued_tail(text, start, words) if kind == GROUP else frozenset()
        for w in words:
            (weak if w in tail else votes).setdefault(w, set()).add(kind)
    out = {w: next(iter(kinds)) for w, kinds in votes.items() if len(kinds) == 1}
    for w, kinds in weak.items():
        if w not in votes and len(kinds) == 1:
            out[w] = next(iter(kinds))  # no other cue: the weak vote stands
    return out


def type_of(words: Iterable[str], types: Mapping[str, str]) -> str | None:
    """The one type the words of a name carry, or None (untyped, or typed both ways)."""
    kinds = {types[w] for w in words if w in types}
    return next(iter(kinds)) if len(kinds) == 1 else None


def context_type(text: str, start: int, words: Iterable[str]) -> str | None:
    """The type a name's own surroundings in ``text`` give it ("missing in Alabama": a
    place; "striker Diego Costa": a person), by the cues that type the article's names."""
    return _kind(text, start, words, set())


def article_type(text: str, start: int, words: frozenset[str]) -> str | None:
    """The type a mention's surroundings in the article give it: the cues of
    :func:`context_type`, then a person pronoun after a full name or a given name opening it
    (article cues only)."""
    return (
        _kind(text, start, words, set())
        or _pronoun_kind(text, start, words)
        or _given_name_kind(text, start, words)
        or _listed_person_kind(text, start, words)
    )


def other_type(
    words: Iterable[str],
    rival: Iterable[str],
    types: Mapping[str, str],
    own_type: str | None = None,
) -> bool:
    """Are both names typed, and differently? (Then the rival cannot fill this name's slot.)
    ``own_type``: the type the summary name's own surroundings give it, when the article's
    types of its words give none."""
    mine, theirs = type_of(words, types) or own_type, type_of(rival, types)
    return mine is not None and theirs is not None and mine != theirs
