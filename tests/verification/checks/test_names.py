"""factkit.verification.checks.names: names judged against the whole article, with clipped
forms, descriptions and common abbreviations, and spans that point at the name itself."""

from __future__ import annotations

from factkit.document import Verification
from factkit.verification import verify

MATCH = (
    "Raith Rovers lost 2-0 to Hibs at Easter Road on Saturday. "
    "Striker Jason Cummings scored both goals for the home side. "
    "Manager Alan Stubbs said his players had been patient. "
    "The Frenchman Franck Dja Djedje came on as a substitute and was shown live on TV."
)


def name_reasons(result: Verification, summary: str) -> list[str]:
    """The summary text each ``entity_not_in_source`` reason points at."""
    out = []
    for sentence in result.sentences:
        for r in sentence.reasons:
            if r.type == "entity_not_in_source":
                assert r.summary_span is not None
                out.append(summary[r.summary_span[0] : r.summary_span[1]])
    return out


def test_a_long_form_of_a_clipped_article_name_is_that_name() -> None:
    summary = "Raith Rovers lost 2-0 to Hibernian at Easter Road on Saturday."
    assert name_reasons(verify(summary, MATCH), summary) == []


def test_a_surname_links_to_the_full_name() -> None:
    summary = "Cummings scored both goals for the home side."
    assert name_reasons(verify(summary, MATCH), summary) == []


def test_a_demonym_for_an_article_person_is_not_missing_from_the_article() -> None:
    summary = "The Frenchman came on as a substitute."
    assert name_reasons(verify(summary, MATCH), summary) == []


def test_a_common_abbreviation_is_no_name() -> None:
    summary = "Franck Dja Djedje came on as a substitute and was shown live on TV."
    assert name_reasons(verify(summary, MATCH), summary) == []


def test_a_name_missing_from_the_article_is_reported_without_the_word_before_it() -> None:
    summary = "But Gordon Strachan came on as a substitute."
    result = verify(summary, MATCH)
    assert name_reasons(result, summary) == ["Gordon Strachan"]


def test_a_rival_of_the_same_type_in_the_aligned_sentence_is_still_caught() -> None:
    summary = "Striker Alan Stubbs scored both goals for the home side."
    assert name_reasons(verify(summary, MATCH), summary) == ["Alan Stubbs"]
