"""factkit.verification.checks.spelling: a near-miss spelling of an article name is a misspelt
name, reported with the summary's word and the article's, through the real verifier."""

from __future__ import annotations

import pytest

from factkit.verification import verify
from factkit.verification.checks.spelling import edit_distance, near_miss

ARTICLE = (
    "The family of John Bieniewicz, 44, has filed a lawsuit in Wayne County court. "
    "Kristen Bieniewicz of Westland said her husband was a devoted referee. "
    "Bassel Saad was sentenced to at least eight years in prison. "
    "Southampton fans cheered the Saints on Saturday."
)


def _misspelt(summary: str) -> list[tuple[str, str]]:
    """(summary words, article words) of each misspelt-name reason or note."""
    result = verify(summary, ARTICLE)
    return [
        (summary[r.summary_span[0] : r.summary_span[1]], ARTICLE[r.source_start : r.source_end])
        for s in result.sentences
        for r in (*s.reasons, *s.notes)
        if r.type == "entity_not_in_source"
        and "misspelling" in r.detail
        and r.summary_span is not None
        and r.source_start is not None
        and r.source_end is not None
    ]


def test_a_misspelt_surname_is_flagged_with_both_spans() -> None:
    summary = "John Bieniewski, 44, could have lived 51 more years, the lawsuit says."
    result = verify(summary, ARTICLE)
    assert not result.all_supported
    assert _misspelt(summary) == [("Bieniewski", "Bieniewicz")]


def test_the_exact_article_name_is_not_misspelt() -> None:
    summary = "John Bieniewicz, 44, could have lived 51 more years, the lawsuit says."
    assert _misspelt(summary) == []


def test_a_near_miss_with_another_first_name_is_not_judged_here() -> None:
    # no article name has the first name "Maria": nothing ties the surname to "Bieniewicz"
    # (the name check reports the name as not in the article)
    summary = "Maria Bieniewski said her husband was a devoted referee."
    assert _misspelt(summary) == []


@pytest.mark.parametrize(
    ("word", "other", "expected"),
    [
        ("bieniewski", "bieniewicz", True),
        ("gerard", "gerrard", True),
        ("saint", "saints", False),  # a plural
        ("hibs", "hibernian", False),  # a clipped form
        ("brazilian", "brazil", False),  # a demonym: too many letters apart
        ("north", "south", False),  # different first letters
        ("ham", "hay", False),  # too short to judge
    ],
)
def test_near_miss(word: str, other: str, expected: bool) -> None:
    assert near_miss(word, other) is expected


def test_edit_distance_counts_insertions_deletions_and_substitutions() -> None:
    assert edit_distance("bieniewski", "bieniewicz") == 3
    assert edit_distance("gerard", "gerrard") == 1
    assert edit_distance("", "abc") == 3


BROKEN = (
    "Former QPR manager Harry Redknapp feels he still has plenty to offer football. "
    "Redknapp will return to the dugout on Sunday for a charity match."
)


def test_a_name_broken_in_two_is_flagged_with_both_spans() -> None:
    summary = "Redkn app is leading a charity match on Sunday."
    result = verify(summary, BROKEN)
    reasons = [r for s in result.sentences for r in (*s.reasons, *s.notes) if "broken" in r.detail]
    assert len(reasons) == 1 and reasons[0].summary_span is not None
    start, end = reasons[0].summary_span
    assert summary[start:end] == "Redkn app"
    assert BROKEN[reasons[0].source_start : reasons[0].source_end] == "Redknapp"


def test_a_name_and_the_word_after_it_are_not_a_broken_name() -> None:
    summary = "Redknapp is leading a charity match on Sunday."
    result = verify(summary, BROKEN)
    assert not [r for s in result.sentences for r in (*s.reasons, *s.notes) if "broken" in r.detail]
