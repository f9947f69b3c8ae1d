"""factkit.verification.owned_tallies: a count the summary gives to an owner ("Rovers' 212
goals", "the 212 goals scored by Rovers") where the article gives that owner's count of the
same thing as another figure."""

from __future__ import annotations

from factkit.annotate.quantities import QuantityFinder
from factkit.verification.owned_tallies import tally_owner
from tests.verification.conftest import number_mismatches

LEAGUE = (
    "Dale Town beat Hartley 2-0 on Saturday. "
    "The win took Dale Town past 180 league goals since promotion in 2009. "
    "They have reached the mark in 240 matches. "
    "Town still trail the 212 goals scored in that time by their neighbours Riverside. "
    "Kingsport are third with 164 goals."
)


def _tallies(summary: str, article: str = LEAGUE) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "their tally" in d]


def test_the_owner_is_a_possessive_or_the_agent_of_a_participle() -> None:
    qf = QuantityFinder()
    line = "Town trail the 212 goals scored by their neighbours Riverside."
    q = qf.find(line)[0]
    assert tally_owner(line, q, len(line)) == "riverside"
    line = "Town trail Riverside's 212 league goals."
    assert tally_owner(line, qf.find(line)[0], len(line)) == "riverside"
    # no participle, or nothing after "by": no owner
    line = "Town lost by 212 goals to Riverside."
    assert tally_owner(line, qf.find(line)[0], len(line)) is None


def test_another_tally_given_to_the_owner_is_a_mismatch() -> None:
    assert _tallies("Dale Town still trail Riverside's 180 league goals.") == ["212"]
    assert _tallies("Town still trail the 164 goals scored by Riverside.") == ["212"]


def test_the_owners_own_tally_passes() -> None:
    assert _tallies("Dale Town still trail Riverside's 212 league goals.") == []
    assert _tallies("Dale Town still trail the 212 goals scored by Riverside.") == []
    assert _tallies("Dale Town still trail the 240 goals scored by Riverside.") == ["212"]


def test_a_value_the_article_gives_next_to_the_owner_is_not_judged() -> None:
    # the 164 may be Riverside's too, written without a possessive
    article = LEAGUE.replace("Kingsport are third", "Riverside scored 164 away")
    assert _tallies("Town still trail the 164 goals scored by Riverside.", article) == []
    assert _tallies("Town still trail the 164 goals scored by Riverside.") == ["212"]
    # money: one owner spends many sums
    money = "Riverside's £212,000 wage bill is the league's highest. Town spent £180,000."
    assert _tallies("Riverside's £180,000 wage bill is the highest.", money) == []


def test_a_value_written_after_another_name_is_not_the_owners() -> None:
    # "Riverside 0 Kingsport 3": a result row gives the 3 to Kingsport, though it names Riverside
    article = LEAGUE + " Last season: Riverside 0 Kingsport 3 in the cup."
    assert _tallies("Town still trail the 3 goals scored by Riverside.", article) == ["212"]
    # the owner's own name before the value still says it may be theirs
    article = LEAGUE + " Last season: Kingsport 0 Riverside 3 in the cup."
    assert _tallies("Town still trail the 3 goals scored by Riverside.", article) == []
