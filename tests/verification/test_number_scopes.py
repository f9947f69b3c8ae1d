"""factkit.verification.number_scopes: a figure the article gives as a whole ("part of the
coalition's £330m investment") is no figure of its part, and one it gives as a share ("half the
money ... has been paid by Wandsworth Council, which has paid ... £2.1m") none of the whole."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

HOSPITAL = (
    "A new hospital is to be built in Bridgwater. "
    "The money for Bridgwater Community Hospital is part of the coalition's £330m investment "
    "for new NHS facilities across England. "
    "The current hospital was built in 1813, but it has become cramped and outdated."
)
AGENCY = (
    "A letting agency has received housing benefit for single homeless men. "
    "Nearly half the money that Investing Solutions has received over the past two years has "
    "been paid by Wandsworth Council in south London, which has paid the lettings agency more "
    "than £2.1m. "
    "The council said it has a dedicated team."
)


def test_a_whole_is_no_figure_of_its_part() -> None:
    summary = "A community hospital is to be rebuilt with a £330m grant from the government."
    details = number_mismatches(summary, HOSPITAL)
    assert [g for d, g in details if "the whole" in d] == ["£330m"], details
    # the whole's own words, or the summary's own share cue, give the figure its scope
    for kept in (
        "The coalition is investing £330m in new NHS facilities across England.",
        "The hospital's money is part of a £330m investment.",
    ):
        assert number_mismatches(kept, HOSPITAL) == [], kept


def test_a_whole_is_the_figure_of_the_cues_own_noun_phrase() -> None:
    # the £340 stands past "part of their manifesto": no whole of the changes
    article = (
        "The Lib Dems said that the changes to income tax had been part of their manifesto "
        "and said Labour would cost 24million taxpayers £340 a year."
    )
    assert number_mismatches("The income tax changes save families £340.", article) == []
    assert number_mismatches("A hospital is rebuilt with a £330m grant.", HOSPITAL) != []


def test_a_share_is_no_figure_of_the_whole() -> None:
    summary = "A letting agency has been paid more than £2.1m in housing benefit."
    details = number_mismatches(summary, AGENCY)
    assert [g for d, g in details if "share" in d] == ["£2.1m"], details
    # naming the share's holder keeps the figure its own
    kept = "Wandsworth Council has paid a letting agency more than £2.1m in housing benefit."
    assert not any("share" in d for d, _ in number_mismatches(kept, AGENCY))


def test_a_share_holds_only_the_figure_of_a_clause_about_its_holder() -> None:
    # the 200 kilograms follow a share cue, but in no clause about who holds the half
    article = (
        "Half of the 6,000-metre-long kite took to the sky in Chongqing last Saturday Skilful: "
        "The kite weighs 200 kilograms and needs three flyers. Officials grounded the rest."
    )
    assert number_mismatches("The kite weighs 200 kilograms.", article) == []
    # a relative clause after "part of" speaks of the whole, not of a share's holder
    article = (
        "Five teenagers were arrested as part of the operation named Operation Rising, "
        "which saw 200 officers raid seven properties on Saturday."
    )
    assert number_mismatches("Police said 200 officers took part in the raids.", article) == []
    assert number_mismatches("A letting agency was paid more than £2.1m.", AGENCY) != []
