"""Who did what to whom: the name-verb-name relations of a sentence, read by a light heuristic,
and the test whether the article states one of them the other way round.

A relation is two neighbouring names with a short stretch of lower-case words between them that
holds a content word and nothing making the relation symmetric or a list ("Chelsea beat
Arsenal", "Smith was shot by Jones"; not "Chelsea drew with Arsenal", "Smith and Jones"). The
name before the stretch is the agent, the one after it the patient, the other way round when the
stretch is passive (a form of "be", a past participle ... "by"); another stretch with a form of
"be" ("was expelled from", "is a reporter for", "was unable to stop goals by") is only compared
with another such. Its verb is the stems of the stretch's
content words other than adverbs. Names are compared by the words only one of the two has
("Manchester United beat Manchester City": "united" against "city"); an alias is the same name
("Light Blues" and "Rangers", ``aliases.py``).

Read by the relation check (``checks/relations.py``) and by the consistency model's role
features (``consistency.py``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from factkit.lang import word_set
from factkit.verification.aliases import aliases_of_name
from factkit.verification.names import NameSpan, name_spans, shares_only_generic
from factkit.verification.references import short_form_of
from factkit.verification.text import STOP_WORDS, WORD_RE, is_participle, norm_word, stem_of

MAX_STRETCH = 6  # words between the two names; a longer stretch is another clause
_SYMMETRIC = word_set("symmetric_relation_words")
_PASSIVE = word_set("passive_auxiliaries")
_NEGATIONS = word_set("negations")
_BREAKS = frozenset(',;:()[]"“”—–\n')  # a stretch across one of these is not one clause
_MIN_PREFIX = 4  # "beat" and "beaten" name the same verb; "won" and "win" are not matched


@dataclass(frozen=True)
class Relation:
    """Two names in roles: ``agent`` did ``verbs`` to ``patient`` (spans are offsets into the
    text the relation was read from; words are the names' distinguishing normalized words)."""

    agent: tuple[int, int]
    patient: tuple[int, int]
    agent_words: frozenset[str]
    patient_words: frozenset[str]
    verbs: frozenset[str]
    # passive without "by" ("Smith was expelled from Chess Club"): the second name is no agent,
    # so the relation is only compared with relations of the same build
    oblique: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return min(self.agent[0], self.patient[0]), max(self.agent[1], self.patient[1])


def relations(text: str, start: int, end: int, common_words: set[str]) -> list[Relation]:
    """The relations of ``text[start:end]`` (``common_words``: words written in lower case in
    the article, which a lone capitalized sentence opener is not a name for)."""
    out: list[Relation] = []
    for (a0, a1, aw), (b0, b1, bw), words in _name_pairs(text, start, end, common_words):
        verbs = frozenset(stem_of(w) for w in words if _verb_like(w))
        first, second = frozenset(aw) - frozenset(bw), frozenset(bw) - frozenset(aw)
        if not verbs or not first or not second:
            continue
        if is_by_passive(words):
            out.append(Relation((b0, b1), (a0, a1), second, first, verbs))
        else:
            oblique = has_passive_auxiliary(words)
            out.append(Relation((a0, a1), (b0, b1), first, second, verbs, oblique=oblique))
    return out


def self_relations(
    text: str, start: int, end: int, common_words: set[str]
) -> list[tuple[int, int]]:
    """Spans of the relations of ``text[start:end]`` whose two names are one entity in both
    roles ("PSV have informed PSV", "Chelsea beat Chelsea"): the same name words on each side
    of a stretch whose one content word is its verb (not "Liverpool fans want Liverpool ...",
    where the first name qualifies a noun) and that ends in it or in "by", not in a preposition
    ("Macaca ... mistaken for Macaca" names two species of one genus)."""
    out = []
    for (a0, _, aw), (_, b1, bw), words in _name_pairs(text, start, end, common_words):
        if set(aw) != set(bw) or sum(map(_verb_like, words)) != 1:
            continue
        if words[-1] in STOP_WORDS and words[-1] != "by":
            continue
        out.append((a0, b1))
    return out


def _name_pairs(
    text: str, start: int, end: int, common_words: set[str]
) -> Iterator[tuple[NameSpan, NameSpan, list[str]]]:
    """Each two neighbouring names of ``text[start:end]`` that can be one relation's, with the
    normalized words of the stretch between them (``_stretch``)."""
    for first, second in neighbour_names(text, start, end, common_words):
        words = _stretch(text[first[1] : second[0]])
        if words is not None:
            yield first, second, words


def neighbour_names(
    text: str, start: int, end: int, common_words: set[str]
) -> Iterator[tuple[NameSpan, NameSpan]]:
    """Each two neighbouring names of ``text[start:end]``, each from its first name word on."""
    yield from itertools.pairwise(sentence_names(text, start, end, common_words))


def sentence_names(text: str, start: int, end: int, common_words: set[str]) -> list[NameSpan]:
    """The names of ``text[start:end]`` in order, each from its first name word on ("On
    Saturday Chelsea" -> "Chelsea")."""
    return [_trimmed(text, span) for span in name_spans(text, start, end, common_words)]


def _stretch(gap: str) -> list[str] | None:
    """The normalized words between two names when they can be one relation's: a short run of
    lower-case words within one clause, nothing making the relation symmetric or a list."""
    if any(c in _BREAKS for c in gap):
        return None
    raw = [m.group() for m in WORD_RE.finditer(gap)]
    words = [norm_word(w) for w in raw]
    if not words or len(words) > MAX_STRETCH or not all(w.islower() for w in raw):
        return None
    if any(w in _SYMMETRIC for w in words):
        return None
    return words


def _trimmed(text: str, span: NameSpan) -> NameSpan:
    """The name span from its first name word on ("On Saturday Chelsea" -> "Chelsea")."""
    a, b, words = span
    for m in WORD_RE.finditer(text, a, b):
        if norm_word(m.group()) in words:
            return m.start(), b, words
    return span


def _verb_like(word: str) -> bool:
    """A content word of the stretch that says what was done: not a function word, a form of
    "be", a number or an adverb ("Smith allegedly texted Jones" and "Jones allegedly stabbed
    Smith" are two relations, not one reversed)."""
    return not (
        word in STOP_WORDS
        or word in _PASSIVE
        or word.isdigit()
        or (word.endswith("ly") and len(word) > 4)
    )


def same_name(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """The names share a word (or a five-letter prefix: a demonym or inflection), not only
    words many names hold ("Swansea City", "Manchester City": ``shares_only_generic``), or one
    is an alias of the other ("Light Blues" and "Rangers"; matched whole, never by prefix)."""
    shared = frozenset(
        t for t in theirs if any(w == t or (len(w) >= 5 and t[:5] == w[:5]) for w in mine)
    )
    if shared:
        # a clipped form of a word ("Man United" for "Manchester United") tells the name too;
        # read only where a word is shared (most pairs share none)
        clipped = frozenset(t for t in theirs if short_form_of(t, mine))
        if not shares_only_generic(mine, theirs, shared | clipped):
            return True
    return not (
        aliases_of_name(mine).isdisjoint(theirs) and aliases_of_name(theirs).isdisjoint(mine)
    )


def names_only(name: frozenset[str], mine: frozenset[str], other: frozenset[str]) -> bool:
    """Is the article name ``name`` the summary name ``mine`` and not the other one?"""
    return same_name(mine, name) and not same_name(other, name)


def has_passive_auxiliary(words: Sequence[str]) -> bool:
    """A form of "be" before the stretch's last word ("was expelled from", "is a reporter
    for"): a clause whose second name is no patient of the first."""
    return any(w in _PASSIVE for w in words[:-1])


def is_by_passive(words: Sequence[str]) -> bool:
    """A stretch closing in "by" with a form of "be" or "get" and a past participle, right
    before "by" or first after the form of "be" ("a man murdered by", "were beaten 2-1 by",
    "was allegedly attacked by"): the name after it acts. A form of "be" without one is no
    passive ("was unable to keep out goals by United": United scored)."""
    if not words or words[-1] != "by" or not has_passive_auxiliary(words):
        return False
    return is_participle(words[-2]) or any(
        w in _PASSIVE and _participle_follows(words[k + 1 : -1]) for k, w in enumerate(words)
    )


def _participle_follows(words: Sequence[str]) -> bool:
    """Is the first content word of ``words`` (``_verb_like``: no function word, adverb or
    form of "be") a past participle ("allegedly attacked", "not been charged"; not "unable")?"""
    for w in words:
        if is_participle(w):
            return True
        if _verb_like(w) and w not in _NEGATIONS:
            return False
    return False


def same_stem(a: str, b: str) -> bool:
    """One word, or one a prefix of the other of at least ``_MIN_PREFIX`` letters ("beat" and
    "beaten"; not "won" and "win")."""
    return a == b or (min(len(a), len(b)) >= _MIN_PREFIX and (a.startswith(b) or b.startswith(a)))


def _comparable(c: Relation, s: Relation) -> bool:
    """Same build (both oblique or neither) and a shared verb ("beat" and "beaten" share one)."""
    return c.oblique == s.oblique and any(same_stem(a, b) for a in c.verbs for b in s.verbs)


def reversed_relations(
    claimed: Iterable[Relation], stated: Iterable[Relation]
) -> list[tuple[Relation, Relation]]:
    """(claimed relation, the stated one it reverses) for every claimed relation that a stated
    relation with the same verb has the other way round and none has the same way round."""
    said = list(stated)
    out = []
    for c in claimed:
        kept = False
        reverse: Relation | None = None
        for s in said:
            if not _comparable(c, s):
                continue
            if same_name(c.agent_words, s.agent_words) and same_name(
                c.patient_words, s.patient_words
            ):
                kept = True
            elif reverse is None and (
                same_name(c.agent_words, s.patient_words)
                and same_name(c.patient_words, s.agent_words)
            ):
                reverse = s
        if reverse is not None and not kept:
            out.append((c, reverse))
    return out


def kept_relations(claimed: Iterable[Relation], stated: Iterable[Relation]) -> int:
    """How many claimed relations a stated relation has the same way round, with the same verb."""
    said = list(stated)
    return sum(
        any(
            _comparable(c, s)
            and same_name(c.agent_words, s.agent_words)
            and same_name(c.patient_words, s.patient_words)
            for s in said
        )
        for c in claimed
    )
