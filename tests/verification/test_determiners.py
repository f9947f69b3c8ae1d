"""factkit.verification.determiners: a name the article never writes after "the", written
after "the" by the summary."""

from __future__ import annotations

import re

from factkit.verification.determiners import determiner_clash

ARTICLE = (
    "Arsenal are second in the Premier League. Burnley sit in the relegation zone. "
    "Burnley boss Sean Dyche said Burnley would fight. The Burnley fans sang for Burnley."
)


def _mentions(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, words) of the capitalized runs of ``text``, "The" left out."""
    out = []
    for m in re.finditer(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", text):
        words = [w.lower() for w in m.group().split() if w != "The"]
        if words:
            out.append((m.start(), m.end(), frozenset(words)))
    return out


def _clash(summary: str, name: str) -> bool:
    start = summary.index(name)
    words = name.lower().split()
    return determiner_clash(summary, start, start + len(name), words, ARTICLE, _mentions(ARTICLE))


def test_a_bare_name_of_the_article_after_the_is_a_clash() -> None:
    # "Burnley" is bare in the article (its "The Burnley fans" is the noun's "the")
    assert _clash("Arsenal are 2nd in the Burnley while hosts struggle.", "Burnley")


def test_a_name_the_article_writes_after_the_is_no_clash() -> None:
    assert not _clash("Arsenal are 2nd in the Premier League.", "Premier League")


def test_a_name_qualifying_the_noun_after_it_is_no_clash() -> None:
    assert not _clash("Dyche is the Burnley boss.", "Burnley")


def test_a_bare_summary_name_or_one_the_article_gives_once_is_no_clash() -> None:
    assert not _clash("Arsenal beat Burnley.", "Burnley")
    assert not _clash("Fans praised the Arsenal.", "Arsenal")  # one readable mention only
