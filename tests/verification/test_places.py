"""factkit.verification.places: a place the summary locates its story in, which the article
writes as a place, is a detail the article gives, not a slot the name check judges."""

from __future__ import annotations

import pytest

from factkit.ingest import article_from_text
from factkit.split import split_sentences
from factkit.verification import Verifier, verify
from factkit.verification.places import article_places, reworded_place, summary_locates

SIGN = (
    "A huge sign asking people to pray for a sick teenager has appeared beside a busy road. "
    "It was paid for by a mystery donor who wants to stay anonymous. "
    "Joshua, 13, from Donaghadee, County Down, was diagnosed with cancer at Christmas. "
    "His father Gary said the family had been overwhelmed by the kindness of strangers. "
    "Gary said he had not expected the campaign to spread so far."
)


def _mentions(text: str, name: str, words: frozenset[str]) -> list[tuple[int, frozenset[str]]]:
    """(start, words) of every place ``text`` writes ``name``."""
    out, at = [], text.find(name)
    while at >= 0:
        out.append((at, words))
        at = text.find(name, at + 1)
    return out


@pytest.mark.parametrize(
    ("summary", "name", "locates"),
    [
        ("A sign in County Down has gone viral.", "County Down", True),
        ("A sign at Ewood Park was taken down.", "Ewood Park", True),
        ("Fans stayed away from Bloomfield Road.", "Bloomfield Road", True),
        ("County Down strangers paid for a sign.", "County Down", False),
        ("The sign thanks Gary for his help.", "Gary", False),
    ],
)
def test_a_place_preposition_right_before_the_name_locates_it(
    summary: str, name: str, locates: bool
) -> None:
    assert summary_locates(summary, summary.index(name)) is locates


def test_the_article_writes_a_place_after_a_preposition_or_at_the_end_of_a_place_chain() -> None:
    county = frozenset({"county", "down"})
    assert article_places(SIGN, _mentions(SIGN, "County Down", county), county)
    # "Gary said": a person, never written after "in", "at" or "from"
    gary = frozenset({"gary"})
    assert not article_places(SIGN, _mentions(SIGN, "Gary", gary), gary)
    # a mention that gives only some of the name's words is not the place
    assert not article_places(SIGN, _mentions(SIGN, "County Down", county), county | {"antrim"})


def _judged_names(summary: str, article: str) -> list[str]:
    verifier = Verifier()
    verifier.trace = []
    verifier.verify(summary, article_from_text(article), split_sentences(article))
    return [
        summary[int(ev["span_start"]) : int(ev["span_end"])]  # type: ignore[arg-type]
        for ev in verifier.trace
        if ev["check"] == "name"
    ]


def test_the_name_check_leaves_a_place_the_article_gives_as_one_unjudged() -> None:
    summary = "A huge sign in County Down asks people to pray for a sick teenager."
    assert "County Down" not in _judged_names(summary, SIGN)
    result = verify(summary, SIGN)
    assert [r for s in result.sentences for r in s.reasons] == []


def test_a_person_of_the_article_after_in_is_still_judged() -> None:
    summary = "A huge sign in Gary asks people to pray for a sick teenager."
    assert "Gary" in _judged_names(summary, SIGN)


STATION = (
    "A man was arrested at a bus station in Leicester after arranging to meet a girl. "
    "He had travelled from Hinckley by train earlier that day. "
    "Detectives from Hinckley had posed as the girl online for weeks. "
    "She later went shopping at Harrods in London with her mother."
)


@pytest.mark.parametrize(
    ("summary", "name", "reworded"),
    [
        ("He was arrested at a Leicester bus station.", "Leicester", True),
        ("She went shopping at the London store Harrods.", "London", True),
        # the article never writes a bus station in Hinckley
        ("He was arrested at a Hinckley bus station.", "Hinckley", False),
        # a name heading its clause is no modifier of the noun after it
        ("Leicester station staff called police.", "Leicester", False),
    ],
)
def test_a_place_modifying_a_noun_the_article_locates_in_it_is_reworded(
    summary: str, name: str, reworded: bool
) -> None:
    start = summary.index(name)
    assert reworded_place(summary, start, start + len(name), STATION) is reworded


def test_the_name_check_accepts_a_place_reworded_as_a_modifier() -> None:
    summary = "A man was arrested at a Leicester bus station."
    ok = verify(summary, STATION)
    assert ok.all_supported, ok.sentences[0].reasons
    assert "Leicester" not in _judged_names(summary, STATION)
