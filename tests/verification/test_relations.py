"""factkit.verification.relations: name-verb-name relations and their reversal."""

from __future__ import annotations

import pytest

from factkit.verification.relations import (
    is_by_passive,
    kept_relations,
    relations,
    reversed_relations,
    same_name,
    self_relations,
)


def _rels(text: str) -> list[tuple[str, str, set[str]]]:
    return [
        (text[r.agent[0] : r.agent[1]], text[r.patient[0] : r.patient[1]], set(r.verbs))
        for r in relations(text, 0, len(text), set())
    ]


def test_an_active_clause_has_its_subject_as_agent() -> None:
    assert _rels("Chelsea beat Arsenal at Stamford Bridge.") == [("Chelsea", "Arsenal", {"beat"})]


def test_a_name_span_starts_at_its_first_name_word() -> None:
    assert _rels("On Saturday Chelsea beat Arsenal.") == [("Chelsea", "Arsenal", {"beat"})]


def test_a_passive_clause_has_the_name_after_by_as_agent() -> None:
    got = _rels("Manchester City were beaten by Liverpool on Sunday.")
    assert got == [("Liverpool", "Manchester City", {"beaten"})]


def test_a_form_of_be_without_a_participle_is_no_passive() -> None:
    # "by" names the scorer of the goals, not an agent of "was": no roles swapped, and the
    # copular clause is compared only with clauses of its own build
    text = "Halden was powerless against goals by Corvin on Saturday."
    (rel,) = relations(text, 0, len(text), set())
    assert (text[rel.agent[0] : rel.agent[1]], rel.oblique) == ("Halden", True)


@pytest.mark.parametrize(
    "stretch",
    [
        "were beaten by",  # an irregular participle
        "was allegedly attacked by",  # an adverb between
        "has not been charged by",  # a negation and "been"
        "were beaten 2-1 by",  # a score after the participle
        "was a young man murdered by",  # the participle right before "by"
    ],
)
def test_a_form_of_be_then_a_participle_then_by_is_a_passive(stretch: str) -> None:
    assert is_by_passive(stretch.split())


@pytest.mark.parametrize(
    "stretch",
    [
        "was unable to keep out goals by",  # no participle
        "is a reporter for",  # no "by"
        "was expelled from",  # a participle, no "by"
        "was at home by",  # no participle
    ],
)
def test_other_stretches_with_a_form_of_be_are_no_passive(stretch: str) -> None:
    assert not is_by_passive(stretch.split())


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea drew with Arsenal on Saturday.",  # symmetric
        "Smith and Jones left the club.",  # a list
        "Chelsea, who lead the table, visit Arsenal.",  # another clause between
        "Chelsea 2 Arsenal 1.",  # no verb between
        "Chelsea were tonight still desperately hoping very much that Arsenal would lose.",
    ],
)
def test_no_roles_are_read_where_there_are_none(text: str) -> None:
    assert _rels(text) == []


def test_names_are_compared_by_the_words_only_one_of_them_has() -> None:
    (rel,) = relations("Manchester United beat Manchester City.", 0, 39, set())
    assert rel.agent_words == {"united"} and rel.patient_words == {"city"}


def test_a_relation_stated_the_other_way_round_is_reversed() -> None:
    article = "Manchester City were beaten by Liverpool on Sunday."
    stated = relations(article, 0, len(article), set())
    swapped = "Manchester City beat Liverpool."
    kept = "Liverpool beat Manchester City."
    assert len(reversed_relations(relations(swapped, 0, len(swapped), set()), stated)) == 1
    assert reversed_relations(relations(kept, 0, len(kept), set()), stated) == []
    assert kept_relations(relations(kept, 0, len(kept), set()), stated) == 1


def test_a_relation_the_article_also_states_the_same_way_is_not_reversed() -> None:
    article = "Arsenal beat Chelsea in August. Chelsea beat Arsenal in May."
    stated = relations(article, 0, len(article), set())
    claim = "Chelsea beat Arsenal."
    assert reversed_relations(relations(claim, 0, len(claim), set()), stated) == []


@pytest.mark.parametrize(
    ("article", "claim"),
    [
        ("Arsenal signed Smith from Chelsea.", "Smith praised Arsenal."),
        # a shared adverb is not a shared verb
        ("Barnes allegedly stabbed Cheryl Silvonek.", "Silvonek allegedly texted Barnes."),
    ],
)
def test_another_verb_is_not_a_reversal(article: str, claim: str) -> None:
    stated = relations(article, 0, len(article), set())
    assert reversed_relations(relations(claim, 0, len(claim), set()), stated) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PSV have informed PSV of their wish.", ["PSV have informed PSV"]),
        ("Chelsea were beaten by Chelsea.", ["Chelsea were beaten by Chelsea"]),
        ("Chelsea beat Arsenal.", []),  # two entities
        ("Liverpool fans want Liverpool to sign him.", []),  # the first name qualifies "fans"
        ("Macaca leucogenys was long mistaken for Macaca siki.", []),  # "for": no object
    ],
)
def test_self_relations_are_one_entity_in_both_roles(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in self_relations(text, 0, len(text), set())] == expected


def test_an_alias_is_the_same_name_in_either_role() -> None:
    # "Light Blues" is Rangers (``name_aliases.txt``): the summary has the article's result
    # the other way round, and the same way round is kept
    article = "Rangers beat Raith Rovers on Saturday."
    stated = relations(article, 0, len(article), set())
    swapped = "Raith Rovers beat Light Blues."
    kept = "Light Blues beat Raith Rovers."
    assert len(reversed_relations(relations(swapped, 0, len(swapped), set()), stated)) == 1
    assert kept_relations(relations(kept, 0, len(kept), set()), stated) == 1


def test_clubs_that_share_only_a_word_many_names_hold_are_two_entities() -> None:
    # "City" names neither club alone: the summary has the article's result the other way
    # round, however both names end in it; "Swans" (an alias of "Swansea") is still Swansea
    article = "Swansea City beat Manchester City on Saturday."
    stated = relations(article, 0, len(article), set())
    swapped = "Manchester City beat Swansea City."
    aliased = "Swans beat Manchester City."
    assert len(reversed_relations(relations(swapped, 0, len(swapped), set()), stated)) == 1
    assert kept_relations(relations(aliased, 0, len(aliased), set()), stated) == 1
    assert same_name(frozenset({"city"}), frozenset({"manchester", "city"}))
    assert not same_name(frozenset({"swansea", "city"}), frozenset({"manchester", "city"}))
    # a clipped form ("Man") names the club as its whole word does
    assert same_name(frozenset({"man", "city"}), frozenset({"manchester", "city"}))
