"""factkit.verification.number_scopes: a figure the article gives as a whole ("part of the
coalition's £330m investment") is no figure of its part, and one it gives as a share ("half the
money ... has been paid by Wandsworth Council, which has paid ... £2.1m") none of the whole."""

from __future__ import annotations

from factkit.document import ReasonType
from factkit.verification import verify

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


def _scope_reasons(summary: str, article: str) -> list[tuple[str, str]]:
    result = verify(summary, article)
    found = [r for s in result.sentences for r in s.reasons]
    return [
        (r.detail, article[r.source_start : r.source_end])
        for r in found
        if r.type == ReasonType.NUMBER_MISMATCH and r.source_start is not None
    ]


def test_a_whole_is_no_figure_of_its_part() -> None:
    summary = "A community hospital is to be rebuilt with a £330m grant from the government."
    details = _scope_reasons(summary, HOSPITAL)
    assert [g for d, g in details if "the whole" in d] == ["£330m"], details
    # the whole's own words, or the summary's own share cue, give the figure its scope
    for kept in (
        "The coalition is investing £330m in new NHS facilities across England.",
        "The hospital's money is part of a £330m investment.",
    ):
        assert _scope_reasons(kept, HOSPITAL) == [], kept


def test_a_whole_is_the_figure_of_the_cues_own_noun_phrase() -> None:
    # the £340 stands past "part of their manifesto": no whole of the changes
    article = (
        "The Lib Dems said that the changes to income tax had been part of their manifesto "
        "and said Labour would cost 24million taxpayers £340 a year."
    )
    assert _scope_reasons("The income tax changes save families £340.", article) == []
    assert _scope_reasons("A hospital is rebuilt with a £330m grant.", HOSPITAL) != []


def test_a_share_is_no_figure_of_the_whole() -> None:
    summary = "A letting agency has been paid more than £2.1m in housing benefit."
    details = _scope_reasons(summary, AGENCY)
    assert [g for d, g in details if "share" in d] == ["£2.1m"], details
    # naming the share's holder keeps the figure its own
    kept = "Wandsworth Council has paid a letting agency more than £2.1m in housing benefit."
    assert not any("share" in d for d, _ in _scope_reasons(kept, AGENCY))


def test_a_share_holds_only_the_figure_of_a_clause_about_its_holder() -> None:
    # the 200 kilograms follow a share cue, but in no clause about who holds the half
    article = (
        "Half of the 6,000-metre-long kite took to the sky in Chongqing last Saturday Skilful: "
        "The kite weighs 200 kilograms and needs three flyers. Officials grounded the rest."
    )
    assert _scope_reasons("The kite weighs 200 kilograms.", article) == []
    # a relative clause after "part of" speaks of the whole, not of a share's holder
    article = (
        "Five teenagers were arrested as part of the operation named Operation Rising, "
        "which saw 200 officers raid seven properties on Saturday."
    )
    assert _scope_reasons("Police said 200 officers took part in the raids.", article) == []
    assert _scope_reasons("A letting agency was paid more than £2.1m.", AGENCY) != []
