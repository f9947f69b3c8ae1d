"""factkit.verification.traded_slots: two names that traded the words right next to them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factkit.verification.relations import neighbour_names
from factkit.verification.text import norm_word
from factkit.verification.traded_slots import AFTER, BEFORE, TradedSlot, traded_slot, word_next_to

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
