"""factkit.verification.name_subjects: the article name that does what the summary says a name
opening its sentence did, and a team in a slot the article gives "he" or "she"."""

from __future__ import annotations

import pytest

from factkit.verification.index import IndexedName
from factkit.verification.name_subjects import pronoun_clash, subject_rival
from factkit.verification.name_types import GROUP, PERSON
from factkit.verification.slot_query import SlotQuery
from tests.verification.conftest import article_index, name_in_slot, summary_span

SEEDS = (
    "Eugenie Bouchard lost to Lauren Davis in the second round in Charleston on Wednesday. "
    "The Canadian top seed Bouchard has struggled recently, this time slumping to her fourth "
    "defeat in six matches. Davis is ranked 66th in the world."
)


def _subject(summary: str, name: str, article: str = SEEDS) -> str | None:
    """The article name ``subject_rival`` finds for ``name`` opening ``summary``."""
    return name_in_slot(subject_rival, summary, name, article)


def test_a_subject_swapped_for_another_article_person_meets_the_predicates_subject() -> None:
    assert _subject("Lauren Davis suffered her fourth defeat in six matches.", "Lauren Davis") == (
        "Bouchard"
    )
    assert _subject("Bouchard suffered her fourth defeat in six matches.", "Bouchard") is None


def test_a_predicate_in_another_tense_still_meets_its_subject() -> None:
    # "grabbed" and "scored" against the article's "grabs" and "scores": stem_of keeps six
    # letters ("grabbe", "grab"), so only the words' inflected forms match them
    article = (
        "Rangers beat Raith Rovers 4-0 on Sunday. Kenny Miller grabs a double at Ibrox. "
        "Nicky Clark scores the fourth goal against Raith."
    )
    summary = "Nicky Clark grabbed a double at Ibrox."
    assert _subject(summary, "Nicky Clark", article) == "Kenny Miller"
    summary = "Kenny Miller scored the fourth goal against Raith."
    assert _subject(summary, "Kenny Miller", article) == "Nicky Clark"
    assert _subject("Kenny Miller grabbed a double.", "Kenny Miller", article) is None


def test_a_name_before_a_person_noun_is_no_subject() -> None:
    # "The Brooklyn woman": the woman did it; the name says where she is from
    article = (
        "A New York woman pleaded not guilty on Friday to fraud charges. She lives in "
        "Brooklyn and was married in New York."
    )
    summary = "The Brooklyn woman pleaded not guilty on Friday."
    assert _subject(summary, "Brooklyn", article) is None


@pytest.mark.parametrize(
    ("named", "name", "demonym"),
    [
        # "Howard": "-ard" ends demonyms ("Spaniard") too; the article gives it as the surname
        # of a longer name, so it is no description
        ("Sam Howard", "Sam Howard", "Australian"),
        # "Richard": ends like "Spaniard" but is no demonym (demonyms.txt); the article gives
        # it alone, so only the word list tells it apart
        ("Richard", "Richard", "Brazilian"),
    ],
)
def test_a_name_with_a_demonym_ending_is_a_subject_and_a_demonym_is_not(
    named: str, name: str, demonym: str
) -> None:
    article = (
        "Youssef Mensah has cast his vote for the Player of the Year awards and picked "
        f"{named} for the main prize. {name.split()[-1]} was delighted."
    )
    summary = f"{name} has revealed votes for the Player of the Year awards."
    assert _subject(summary, name, article) == "Youssef Mensah"
    summary = f"{demonym}s revealed votes for the Player of the Year awards."
    article = article.replace("Youssef Mensah", f"A {demonym} panel")
    assert _subject(summary, f"{demonym}s", article) is None


def test_a_name_the_summarys_predicate_also_writes_does_not_give_its_subject() -> None:
    # the article's "Rangers" inside the predicate is the summary's own "as Rangers manager",
    # not its subject given there
    article = (
        "Rangers beat Raith Rovers 4-0 on Sunday. "
        "Stuart McCall had suffered his first defeat as Rangers manager against Queens last week."
    )
    summary = "Rangers suffered his first defeat as Rangers manager last week."
    src = article_index(article)
    subject = summary_span(summary, "Rangers")
    at = summary.rindex("Rangers")
    later = (at, at + len("Rangers"), ["rangers"])

    def same(n: IndexedName) -> bool:
        return "rangers" in n.words

    query = SlotQuery(
        summary, subject, (0, len(summary)), [subject, later], src, range(len(src.body)), same
    )
    found = subject_rival(query, lambda n: not same(n))
    assert found is not None and article[found.start : found.end] == "Stuart McCall"


def test_a_name_after_a_preposition_is_no_subject() -> None:
    article = (
        "The Gunners face the Premier League trip to Burnley on Saturday, one of their partners "
        "Europcar have revealed a playlist."
    )
    summary = "Arsenal partner Europcar reveal playlist players will listen to."
    assert _subject(summary, "Arsenal", article) is None


def test_a_team_in_the_slot_of_a_he_who_did_it_clashes() -> None:
    article = (
        "Dale Okafor has played 40 games this season at Hull City. "
        "The winger was unhappy after he was taken off just 60 minutes into the win on Tuesday."
    )
    src = article_index(article)

    def clash(summary: str, name: str) -> tuple[str, str] | None:
        span = summary_span(summary, name)
        words = set(span[2])
        window = range(len(src.body))
        sentence = (0, len(summary))
        same = lambda n: bool(words & n.words)  # noqa: E731
        return pronoun_clash(SlotQuery(summary, span, sentence, [span], src, window, same))

    assert clash("Hull City was taken off 60 minutes into the win.", "Hull City") == (GROUP, PERSON)
    # a person in that slot is left to the other rules; so is a predicate the article also
    # gives with the summary's name
    assert clash("Dale Okafor was taken off 60 minutes into the win.", "Dale Okafor") is None
    assert clash("Hull City has played 40 games this season.", "Hull City") is None
