"""factkit.verification.traded_slots: two names that traded the words right next to them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factkit.verification.relations import neighbour_names
from factkit.verification.text import norm_word
from factkit.verification.traded_slots import (
    AFTER,
    BEFORE,
    TradedSlot,
    slot_next_to,
    traded_slot,
    word_next_to,
)

ARTICLE = (
    "The midfielder fell out with head coach Tomas Lindqvist and says Harbour City were keen. "
    "Lindqvist left Harbour City in May."
)
NAMES = ("Tomas Lindqvist", "Harbour City", "Lindqvist")


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    words: frozenset[str]
    pos: int


def _article_names(article: str, names: tuple[str, ...] = NAMES) -> list[_Name]:
    """Every mention of ``names`` in the article, each in its sentence's body position."""
    out = []
    for name in names:
        for m in re.finditer(rf"\b{name}\b", article):
            if any(n.start <= m.start() < n.end for n in out):
                continue  # "Lindqvist" inside "Tomas Lindqvist"
            pos = article.count(". ", 0, m.start())
            words = frozenset(norm_word(w) for w in name.split())
            out.append(_Name(m.start(), m.end(), words, pos))
    return out


def _traded(
    summary: str, article: str = ARTICLE, names: tuple[str, ...] = NAMES
) -> TradedSlot | None:
    first, second = next(iter(neighbour_names(summary, 0, len(summary), set())))
    found = _article_names(article, names)
    return traded_slot(summary, first, second, article, found, {0, 1})


def test_a_name_in_the_other_name_s_slot_is_a_trade() -> None:
    summary = "Tomas Lindqvist was keen after the midfielder fell out with head coach Harbour City."
    found = _traded(summary)
    assert found is not None and found.word == "coach"
    assert summary[found.span[0] : found.span[1]].startswith("Tomas Lindqvist")
    assert summary[found.span[0] : found.span[1]].endswith("Harbour City")
    assert ARTICLE[found.source[0] : found.source[1]] == "coach Tomas Lindqvist"


def test_names_in_their_own_slots_are_no_trade() -> None:
    summary = (
        "Harbour City were keen after the midfielder fell out with head coach Tomas Lindqvist."
    )
    assert _traded(summary) is None


def test_a_slot_the_article_gives_both_names_is_no_trade() -> None:
    article = ARTICLE + " The head coach Harbour City hired later was Danish."
    summary = "Tomas Lindqvist was keen after the midfielder fell out with head coach Harbour City."
    assert _traded(summary, article) is None


def test_a_verb_after_a_modal_is_no_role_slot() -> None:
    # "will coach": a verb, not the article's noun "coach"
    summary = "Tomas Lindqvist says he will coach Harbour City."
    assert _traded(summary) is None


def test_a_function_word_is_no_slot() -> None:
    summary = "Tomas Lindqvist left for Harbour City in May."
    assert _traded(summary) is None


def test_the_word_next_to_a_name_needs_only_spaces_between() -> None:
    text = "with head coach Tomas Lindqvist, who left"
    start = text.index("Tomas")
    end = start + len("Tomas Lindqvist")
    assert word_next_to(text, start, end, BEFORE) == ("coach", start - 6, start - 1)
    assert word_next_to(text, start, end, AFTER) is None  # a comma between


def test_a_word_linking_the_other_name_to_a_third_is_no_trade() -> None:
    # "against" joins Harbour City to Port Vale: no slot of Millbrook or Harbour City
    article = "Kestrel scored for Harbour City against Port Vale and now plays for Millbrook."
    names = ("Harbour City", "Port Vale", "Millbrook", "Kestrel")
    summary = "The striker will lead the line for Millbrook against Harbour City."
    assert _traded(summary, article, names) is None


def test_a_role_noun_after_a_third_name_is_still_a_trade() -> None:
    # "Westbury coach Tomas Lindqvist": "coach" titles Lindqvist whatever name precedes it
    article = (
        "The midfielder fell out with Westbury coach Tomas Lindqvist and says Harbour City "
        "were keen."
    )
    names = ("Tomas Lindqvist", "Harbour City", "Westbury")
    summary = "Tomas Lindqvist was keen after the midfielder fell out with coach Harbour City."
    found = _traded(summary, article, names)
    assert found is not None and found.word == "coach"
    assert article[found.source[0] : found.source[1]] == "coach Tomas Lindqvist"


PLAYER_ARTICLE = (
    "Kestrel has emerged as a star player for Harbour City this season. "
    "Harbour City signed Kestrel in May."
)
PLAYER_NAMES = ("Harbour City", "Kestrel")


def test_a_word_and_preposition_before_the_other_name_is_its_slot() -> None:
    # "player for" is Harbour City's slot in the article; the summary gives it Kestrel
    summary = "Harbour City has emerged as a star player for Kestrel this season."
    found = _traded(summary, PLAYER_ARTICLE, PLAYER_NAMES)
    assert found is not None and found.word == "player for"
    assert PLAYER_ARTICLE[found.source[0] : found.source[1]] == "player for Harbour City"


def test_a_word_and_preposition_before_its_own_name_is_no_trade() -> None:
    summary = "Kestrel has emerged as a star player for Harbour City this season."
    assert _traded(summary, PLAYER_ARTICLE, PLAYER_NAMES) is None


def test_a_slot_with_a_preposition_is_matched_whole() -> None:
    # the article's "player with Harbour City" is another slot than the summary's "player for"
    article = PLAYER_ARTICLE.replace("player for", "player with")
    summary = "Harbour City has emerged as a star player for Kestrel this season."
    assert _traded(summary, article, PLAYER_NAMES) is None


def test_the_slot_before_a_name_reaches_over_a_preposition_and_the() -> None:
    text = "They have not won at the Riverside since May."
    start = text.index("Riverside")
    found = slot_next_to(text, start, start + len("Riverside"), BEFORE)
    assert found is not None and found.words == ("won", "at", "the")
    assert text[found.start : found.end] == "won"
    # after a name only the word right next to it is read
    after = slot_next_to(text, start, start + len("Riverside"), AFTER)
    assert after is not None and after.words == ("since",)


def test_a_slot_word_is_matched_by_its_stem() -> None:
    # the article's "struggling" before Harbour City is the summary's "strugglers"
    article = "Kestrel won 1-0 at struggling Harbour City on Sunday."
    summary = "Harbour City boosted their hopes with a win over strugglers Kestrel."
    found = _traded(summary, article, PLAYER_NAMES)
    assert found is not None and found.word == "strugglers"
    assert article[found.source[0] : found.source[1]] == "struggling Harbour City"


def test_a_name_before_a_noun_is_no_object_of_the_preposition() -> None:
    # "by Spanish photographer Ana Ruiz": "by" governs the photographer, not "Spanish"
    article = "The pictures were taken by Ana Ruiz, a Spanish photographer, in 1952."
    summary = "The pictures were taken by Spanish photographer Ana Ruiz."
    assert _traded(summary, article, ("Ana Ruiz", "Spanish")) is None
