"""Subjects: a summary name opening its sentence against the article name that does what it
says.

A name opening its sentence is the subject of what follows it: when an aligned article
sentence gives most of that predicate ("her fourth defeat in six matches") with another name
as its nearest possible subject ("Bouchard has struggled recently, this time slumping to her
fourth defeat in six matches"), and no article sentence gives it with the summary's name, the
summary's name is a swap (:func:`subject_rival`).

The same predicate read with "he" or "she" before it in the article makes the slot a person's:
a team, organisation or place the summary puts there clashes (:func:`pronoun_clash`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from functools import cache

from factkit.lang import word_set
from factkit.verification.index import ArticleIndex, IndexedName
from factkit.verification.inflections import stem_forms
from factkit.verification.name_slots import object_prepositions
from factkit.verification.name_types import GROUP, PERSON, type_of
from factkit.verification.names import NameSpan
from factkit.verification.references import is_demonym
from factkit.verification.slot_query import SlotQuery
from factkit.verification.slot_tokens import SlotToken, slot_tokens
from factkit.verification.slot_types import slot_clash
from factkit.verification.text import WORD_RE, stem_of

__all__ = ["pronoun_clash", "subject_rival"]

# summary content words after a name opening its clause that describe what it did
_PREDICATE_WORDS = 4
# of them, how many the article must give in order, and within how many of its words
_PREDICATE_MATCH = 3
_PREDICATE_SPAN = 10
# a predicate: per content word, the stems of its inflected forms
_Predicate = tuple[frozenset[str], ...]
# words between the article's subject and its predicate ("Bouchard has struggled recently,
# this time slumping to her fourth defeat")
_SUBJECT_REACH = 8


def _predicate(text: str, span: NameSpan, sentence: tuple[int, int]) -> _Predicate:
    """The first ``_PREDICATE_WORDS`` content words after a summary name that opens its
    sentence (only function words before it), each as the stems of its inflected forms
    (``inflections.stem_forms``: "scored" matches the article's "scores"), or () when it does
    not open it."""
    start, end, words = span
    if any(t.content for t in slot_tokens(text, sentence[0], start)):
        return ()
    own = frozenset(stem_of(w) for w in words)
    after = [t for t in slot_tokens(text, end, sentence[1]) if t.content and t.stem not in own]
    forms = tuple(stem_forms(text[t.start : t.end]) for t in after[:_PREDICATE_WORDS])
    return forms if len(forms) >= _PREDICATE_MATCH else ()


def _next_word(predicate: _Predicate, stem: str, k: int) -> int | None:
    """The index of the first predicate word from ``k`` on that ``stem`` gives, or None."""
    return next((j for j in range(k, len(predicate)) if stem in predicate[j]), None)


def _predicate_starts(tokens: Sequence[SlotToken], predicate: _Predicate) -> list[int]:
    """Token indices where the article sentence (``tokens``) begins to give at least
    ``_PREDICATE_MATCH`` of the predicate's words, in order, within ``_PREDICATE_SPAN``
    words."""
    stems = [t.stem for t in tokens]
    opening = frozenset().union(*predicate[:2])  # the stems the first two words give
    starts = []
    for i, s in enumerate(stems):
        if s not in opening:
            continue  # no start here: no need to look for it word by word
        first = _next_word(predicate[:2], s, 0)
        if first is None:
            continue
        k, found = first + 1, 1
        for later in stems[i + 1 : i + _PREDICATE_SPAN]:
            j = _next_word(predicate, later, k)
            if j is not None:
                k, found = j + 1, found + 1
        if found >= _PREDICATE_MATCH:
            starts.append(i)
    return starts


def _may_start(stems: AbstractSet[str], predicate: _Predicate) -> bool:
    """May a sentence of these ``stems`` give the predicate (one of its first two words)?"""
    return any(not stems.isdisjoint(forms) for forms in predicate[:2])


def subject_rival(
    query: SlotQuery,
    may_rival: Callable[[IndexedName], bool],
) -> IndexedName | None:
    """For a summary name opening its sentence ("Lauren Davis suffered her fourth defeat in
    six matches"), the article name nearest before the same predicate in a ``window``
    sentence ("Bouchard has struggled recently, this time slumping to her fourth defeat in
    six matches"), when no article sentence gives the summary's name there (before the
    predicate within ``_SUBJECT_REACH`` words, or inside it where the summary's predicate does
    not write that name too: :func:`_predicate_gives`); else None. ``is_same``,
    ``may_rival``: as for :func:`anchored_rival`."""
    text, span, sentence, src = query.text, query.span, query.sentence, query.src
    window, is_same = query.window, query.is_same
    predicate = _predicate(text, span, sentence)
    if not predicate or _demonym_description(text, span, src) or _before_person(text, span):
        return None  # "Australian celebrities", "The Bronx woman": a description, not who did it
    rival: IndexedName | None = None
    in_window = set(window)
    for pos, s in enumerate(src.body):
        if not _may_start(src.body_stems[pos], predicate):
            continue  # the predicate cannot start here
        tokens = slot_tokens(src.text, s.start, s.end)
        for i in _predicate_starts(tokens, predicate):
            at = tokens[i].start
            stop = tokens[min(len(tokens), i + _PREDICATE_SPAN) - 1].end
            before = [
                n
                for n in src.names
                if n.pos == pos
                and n.end <= at
                and len(slot_tokens(src.text, n.end, at)) <= _SUBJECT_REACH
            ]
            inside = [
                n
                for n in src.names
                if n.pos == pos and at <= n.start < stop and not _predicate_gives(query, n)
            ]
            if any(is_same(n) for n in (*before, *inside)):
                return None  # the article gives the name with this predicate
            if not before or rival is not None or pos not in in_window:
                continue
            nearest = max(before, key=lambda n: n.end)
            if _may_be_subject(src, nearest, at, _pronouns_before(text, span, predicate)):
                rival = nearest if may_rival(nearest) else None
    return rival


def _predicate_gives(query: SlotQuery, name: IndexedName) -> bool:
    """Does the summary's predicate itself write the article name found inside the article's
    predicate ("Gers suffered his first defeat as Rangers manager": that "Rangers" is part of
    what the summary says of its subject, so it does not give the subject, "Gers", there)?"""
    return any(
        start >= query.span[1] and not name.words.isdisjoint(words)
        for start, _, words in query.spans
    )


# function words that may stand between a subject pronoun and its predicate ("he was
# substituted", "she had been")
_PRONOUN_REACH = 3


def pronoun_clash(query: SlotQuery) -> tuple[str, str] | None:
    """(the article's type of the name, "person") for a summary name opening its sentence that
    the article types a team, organisation or place, where the article gives its predicate
    with "he" or "she" as the subject (:func:`_pronoun_subject`); else None. ``spans``: the
    summary sentence's name spans; ``is_same``: as for :func:`anchored_rival`."""
    text, span, spans, sentence = query.text, query.span, query.spans, query.sentence
    src, window, is_same = query.src, query.window, query.is_same
    if type_of(span[2], src.name_types) != GROUP:
        return None  # no clash with a person's slot to find (and no predicate to look up)
    if not _pronoun_subject(text, span, sentence, src, window, is_same):
        return None
    mentions = src.name_mentions
    return slot_clash(text, span, spans, src.name_types, sentence, src.text, mentions, PERSON)


def _pronoun_subject(
    text: str,
    span: NameSpan,
    sentence: tuple[int, int],
    src: ArticleIndex,
    window: Sequence[int],
    is_same: Callable[[IndexedName], bool],
) -> bool:
    """Does a ``window`` sentence give the predicate of a summary name opening its sentence
    with "he" or "she" as its subject ("after he was substituted just 62 minutes into
    Belgium's win" for "Jerusalem was substituted 62 minutes into Belgium's win"), and no
    article sentence give it with the summary's name? Then the slot is a person's."""
    predicate = _predicate(text, span, sentence)
    if not predicate:
        return False
    found, in_window = False, set(window)
    for pos, s in enumerate(src.body):
        if not _may_start(src.body_stems[pos], predicate):
            continue
        tokens = slot_tokens(src.text, s.start, s.end)
        for i in _predicate_starts(tokens, predicate):
            at, stop = tokens[i].start, tokens[min(len(tokens), i + _PREDICATE_SPAN) - 1].end
            near = [n for n in src.names if n.pos == pos and n.start < stop]
            if any(
                is_same(n) for n in near if len(slot_tokens(src.text, n.end, at)) <= _SUBJECT_REACH
            ):
                return False  # the article gives the name with this predicate
            found = found or (pos in in_window and _pronoun_before(tokens[:i], near))
    return found


def _pronoun_before(before: Sequence[SlotToken], names: list[IndexedName]) -> bool:
    """Is "he" or "she" the subject right before a predicate (``before``: the tokens before
    it), with only function words between ("he was substituted") and no name after it?"""
    for t in reversed(before[-_PRONOUN_REACH - 1 :]):
        if t.stem in _person_pronouns():
            return not any(t.start < n.start for n in names if n.end <= before[-1].end)
        if t.content:
            return False
    return False


@cache
def _person_pronouns() -> frozenset[str]:
    return word_set("person_subject_pronouns")


def _demonym_description(text: str, span: NameSpan, src: ArticleIndex) -> bool:
    """Does the summary name end in a demonym ("Australian celebrities")? Not a word the
    article ends a longer name with: there it is a surname ("Harry English", "Tom Welsh")."""
    last = text[span[0] : span[1]].split()[-1]
    if not is_demonym(last):
        return False
    for n in src.names:
        written = src.text[n.start : n.end].split()
        if len(written) > 1 and written[-1] == last:
            return False
    return True


def _before_person(text: str, span: NameSpan) -> bool:
    """Does a noun for a person follow the summary name ("The Bronx woman pleaded")? The name
    says where she is from, the woman is who did it."""
    m = WORD_RE.search(text, span[1])
    return m is not None and m.group() in word_set("person_nouns")


@cache
def _pronouns() -> frozenset[str]:
    return frozenset(w.lower() for w in word_set("subject_pronouns"))


def _pronouns_before(text: str, span: NameSpan, predicate: _Predicate) -> set[str]:
    """The subject pronouns between the summary name and the end of its predicate ("said
    he would")."""
    words = [t.stem for t in slot_tokens(text, span[1], len(text))]
    last = max((i for i, w in enumerate(words) if any(w in f for f in predicate)), default=-1)
    return {w for w in words[: last + 1] if w in _pronouns()}


def _may_be_subject(src: ArticleIndex, name: IndexedName, at: int, pronouns: set[str]) -> bool:
    """May the article name be the subject of the predicate starting at ``at``? Not after a
    preposition ("trip to Burnley", "top of the Bundesliga"), nor before a noun it
    describes ("the Qatari-backed French champions are"), nor with a subject pronoun the
    summary lacks between them ("Mulumbu scored and he suffered"), nor a word that only
    opens sentences ("Scans revealed")."""
    before = [
        t for t in slot_tokens(src.text, src.body[name.pos].start, name.start) if t.stem != "the"
    ]
    if before and before[-1].stem in object_prepositions():
        return False
    after = slot_tokens(src.text, name.end, at)
    if after and after[0].content and src.text[after[0].start].islower():
        return False
    if ({t.stem for t in after} & _pronouns()) - pronouns:
        return False
    return bool(name.words & src.name_words)
