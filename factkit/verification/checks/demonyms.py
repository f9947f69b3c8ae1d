"""Demonyms before a noun: "the Turkish genocide" where the article writes "the Armenian
genocide".

The name check leaves "the" + a demonym unjudged ("the Frenchman" stands for a person of the
article). Before a noun, though, the demonym says whose the thing is ("the British
government"), and the article ties the noun to its own demonym ("the Dutch government"). When
an aligned article sentence writes the summary's noun after another demonym, and the article
never writes it after the summary's, the demonym is a swap (a modifier slot,
``modifier_slots.py``). Only a demonym rivals a demonym: "the UK government" or "Whitehall"
may be the British one, and no list here says which country a demonym is of.

A demonym with no noun after it stands for a people, a person or a language ("Coleman went
down under pressure from Irish.", "Lithuanian, 52, is wanted"). When the article writes that
demonym only before a noun ("the Irish FA", "Irish striker"), the article never names anyone
by it: the summary put it where a name stood (``bare_demonym``). A demonym before a verb
stands alone too ("Scots prefer", "Belgian looked": the verb's subject), and a plural or "-man"
form names people and qualifies no noun; after "the", though, a summary demonym before a verb
is a description ("The British called the deal unfair") and is left unjudged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factkit.document import ReasonType, VerifyReason
from factkit.lang import word_set
from factkit.verification.checks.context import SentenceContext
from factkit.verification.index import IndexedName
from factkit.verification.modifier_slots import modifier_rival, not_heads
from factkit.verification.names import NameSpan
from factkit.verification.references import is_demonym, names_people
from factkit.verification.slot_query import SlotQuery
from factkit.verification.text import STOP_WORDS, stem_of

# the word right after a word, on the same line ("Irish FA", "Irish striker"; a line break ends
# a heading, no noun follows it there)
_NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z][\w'’-]*)")
# "the" right before a word ("the Belgian")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# a whole word as written: not the last part of "US-Russian" nor the first of "British-born"
# nor a possessive ("Irish's"); a closing quote may follow it ("'the blonde Filipino'")
_WORD_START = r"(?<![\w-])"
_WORD_END = r"(?![\w-]|['’]s\b)"


def demonym_rival(ctx: SentenceContext, span: NameSpan) -> list[VerifyReason]:
    """The reason for a summary demonym (``span``, "the Turkish") before a noun the article
    writes after another demonym only, else none."""
    start, end, words = span
    words = [w for w in words if w != "the"]
    own = frozenset(stem_of(w) for w in words)
    _, window = ctx.window(own)

    def is_same(n: IndexedName) -> bool:
        return not own.isdisjoint(stem_of(w) for w in n.words)

    def may_rival(n: IndexedName) -> bool:
        return all(is_demonym(w.capitalize()) for w in n.words)

    name_start = start + 4 if ctx.text[start : start + 4].lower() == "the " else start
    name = (name_start, end, words)
    sentence = (ctx.part.start, ctx.part.end)
    query = SlotQuery(ctx.text, name, sentence, [], ctx.src, window, is_same)
    rival = modifier_rival(query, may_rival, anywhere=True)
    if rival is None:
        return []
    ctx.decider.mark_certain("name")
    ctx.decider.mark_certain("rival")
    src = ctx.src
    detail = (
        f"{ctx.text[name_start:end]!r} is not whose the article says this is: it says "
        f"{src.text[rival.start : rival.end]!r} with the same noun after it"
    )
    where = (name_start, end)
    return [VerifyReason(ReasonType.ENTITY_NOT_IN_SOURCE, detail, where, rival.start, rival.end)]


def bare_demonym(ctx: SentenceContext, span: NameSpan) -> VerifyReason | None:
    """The reason for a summary demonym (``span``, one word: "Irish") with no noun after it,
    where every article mention of it has one ("Irish striker"), else None."""
    start, end, _ = span
    word = ctx.text[start:end]
    if " " in word or not is_demonym(word):
        return None
    if not _alone_in_summary(ctx.text, word, (start, end)):
        return None  # before a noun ("Irish striker"), or a description ("the Belgian looked")
    text = ctx.src.text
    mentions = [
        (m.start(), _noun_after(text, word, m.end()))
        for m in re.finditer(_WORD_START + re.escape(word) + _WORD_END, text)
    ]
    if not mentions or any(noun is None for _, noun in mentions):
        return None  # not in the article (the name check's), or it too writes it alone
    if _opens_before_a_verb(ctx.text, (start, end), ctx.part.start) and any(
        _present_form(noun.group(1)) for _, noun in mentions if noun is not None
    ):
        return None  # "Argentine scored" for the article's "Argentine strikes": a verb, maybe
    ctx.decider.mark_certain("name")
    at, noun = mentions[0]
    source = (at, noun.end() if noun is not None else at + len(word))
    detail = (
        f"{word!r} stands alone here, where the article writes it only before a noun "
        f"({text[source[0] : source[1]]!r}): it names no one there"
    )
    return VerifyReason(ReasonType.ENTITY_NOT_IN_SOURCE, detail, (start, end), *source)


def _alone_in_summary(text: str, demonym: str, span: tuple[int, int]) -> bool:
    """Does the summary ``demonym`` at ``span`` stand alone ("from Irish.", "said Belgian
    looked", "French suffered a tear" opening its sentence)? After "the" a demonym before a
    verb stands for a people or a person of the article ("The British called"): a
    description, left unjudged. Opening a sentence it is judged as anywhere else: where the
    article writes it alone too ("the Argentine scored"), the caller leaves it."""
    start, end = span
    if _noun_after(text, demonym, end) is not None:
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1).lower() in STOP_WORDS:
        return True
    return _THE_BEFORE.search(text, max(0, start - len("the ") - 1), start) is None


def _opens_before_a_verb(text: str, span: tuple[int, int], opening: int) -> bool:
    """Does the summary word at ``span`` open its sentence (``opening``: where the sentence
    starts) before a word that is no function word ("Argentine scored")? Only there may the
    article's "Argentine strikes" be the same use; before a function word ("Australian and
    some Canberra bureaucrats") the demonym stands alone whatever follows it in the article."""
    start, end = span
    if text[opening:start].strip(" \t\n\"'“‘(-"):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() not in STOP_WORDS


def _present_form(word: str) -> bool:
    """A lower-case "-s" word, a present verb as often as a plural noun ("the Argentine
    strikes", "Irish fans")."""
    return word.islower() and word.endswith("s") and not word.endswith("ss")


def _noun_after(text: str, demonym: str, end: int) -> re.Match[str] | None:
    """The noun or name right after ``demonym``, ending at ``end`` ("Irish striker", "French
    Alps"); None where the demonym stands alone: before a function word, a number or
    punctuation ("from Irish.", "Russian 2016"), or as the subject of a verb ("Scots prefer",
    "Belgian looked")."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return None
    if after.group(1)[0].isupper():
        return after  # a name: "French Alps"
    return None if any(rule(text, demonym, after) for rule in _ALONE_RULES) else after


def _function_word(text: str, demonym: str, after: re.Match[str]) -> bool:
    """A function word, an auxiliary or a reporting verb is no noun ("from Irish to", "the
    Dutch have")."""
    return after.group(1).lower() in not_heads() or after.group(1).endswith(("n't", "n’t"))


def _people(text: str, demonym: str, after: re.Match[str]) -> bool:
    """A plural or "-man" form names people ("Scots prefer", "Britons living abroad"): the
    word after it is no noun it qualifies."""
    return names_people(demonym)


def _past_form(text: str, demonym: str, after: re.Match[str]) -> bool:
    """A past form ("the Belgian looked", "the Dutch scored"; "-ed", not "speed"), but for
    the participles that qualify a noun ("British armed forces")."""
    word = after.group(1).lower()
    return (
        len(word) > 4
        and word.endswith("ed")
        and not word.endswith("eed")
        and word not in word_set("noun_participles")
    )


def _before_object(text: str, demonym: str, after: re.Match[str]) -> bool:
    """A word before one that opens an object is a verb ("the Dutch prefer their", "Irish
    want a")."""
    opener = _NEXT_WORD.match(text, after.end())
    return opener is not None and opener.group(1) in word_set("verb_object_openers")


# the rules that make the word after a demonym no noun of it, cheapest first
_ALONE_RULES: tuple[Callable[[str, str, re.Match[str]], bool], ...] = (
    _function_word,
    _people,
    _past_form,
    _before_object,
)
