"""factkit.verification.context_trades: two names that traded the words around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factkit.verification.context_trades import ContextTrade, context_trade, surroundings
from factkit.verification.relations import neighbour_names
from factkit.verification.text import norm_word, stem_of

ARTICLE = (
    "Harbour City's Tomas Lindqvist finished in ninth place after failing to close the gap "
    "on the likes of Kestrel. Kestrel took the title."
)
NAMES = ("Harbour City's Tomas Lindqvist", "Tomas Lindqvist", "Kestrel")


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    words: frozenset[str]
    pos: int


def _article_names(article: str, names: tuple[str, ...] = NAMES) -> list[_Name]:
    """Every mention of ``names`` in the article (a longer one first), with its sentence."""
    out: list[_Name] = []
    for name in names:
        for m in re.finditer(re.escape(name), article):
            if any(n.start <= m.start() < n.end for n in out):
                continue
            words = frozenset(norm_word(w) for w in name.split())
            out.append(_Name(m.start(), m.end(), words, article.count(". ", 0, m.start())))
    return out


def _sentences(article: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", article)]


def _traded(summary: str, article: str = ARTICLE) -> ContextTrade | None:
    first, second = next(iter(neighbour_names(summary, 0, len(summary), set())))
    sentences = _sentences(article)[:1]  # the sentence naming both
    names = _article_names(article)
    return context_trade(summary, (0, len(summary)), first, second, article, sentences, names)


def test_names_in_each_other_s_surroundings_traded_places() -> None:
    summary = (
        "Kestrel finished in ninth place after failing to close the gap on the likes of "
        "Harbour City's Tomas Lindqvist."
    )
    found = _traded(summary)
    assert found is not None
    assert summary[found.span[0] : found.span[1]].startswith("Kestrel")
    assert ARTICLE[found.source[0] : found.source[1]].endswith("likes of Kestrel")


def test_names_in_their_own_surroundings_are_no_trade() -> None:
    summary = (
        "Harbour City's Tomas Lindqvist finished in ninth place after failing to close the gap "
        "on the likes of Kestrel."
    )
    assert _traded(summary) is None


def test_one_moved_name_is_no_trade() -> None:
    # only Kestrel stands in the other name's surroundings: an entity swap, not a role swap
    summary = "Kestrel finished in ninth place, well clear of Harbour City's Tomas Lindqvist."
    assert _traded(summary) is None


def test_surroundings_are_the_nearest_content_words_of_the_sentence() -> None:
    text = "Then the veteran rider Kestrel crashed on the final bend, losing the race. Next"
    start = text.index("Kestrel")
    around = surroundings(text, start, start + len("Kestrel"), 0, text.index(" Next"))
    # "Then" is capitalized (no content word read); "race" lies past the three nearest
    assert around.before == {stem_of("veteran"), stem_of("rider")}
    assert around.after == {stem_of("crashed"), stem_of("final"), stem_of("bend")}
