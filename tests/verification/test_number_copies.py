"""factkit.verification.number_copies: a summary figure standing in the words an article
sentence writes around a figure of another value, beyond the sentences the summary's whole
sentence aligns with."""

from __future__ import annotations

from factkit.document import ReasonType
from factkit.verification import verify

# a run-on line (two sentences without a full stop) aligns with its second half's sentence;
# the first half copies the 45's sentence
ARTICLE = (
    "A former teacher was charged after an inquiry by the county police. "
    "Jane Moss could face up to 45 years in prison when she is sentenced next month. "
    "Parents at the school said they had been shocked by the charges. "
    "Each count carries a possible sentence of 1 to 15 years in prison. "
    "The school board met on Tuesday to discuss its safeguarding rules. "
    "Moss pleaded guilty to three counts of forcible sexual abuse in exchange for prosecutors "
    "dropping 11 other counts, including several first-degree felonies. "
    "Her lawyer said she wanted to spare the victims a trial."
)
RUN_ON = (
    "She could face up to {} years in prison when she is sentenced next month Moss pleaded "
    "guilty to three counts of forcible sexual abuse in exchange for prosecutors dropping 11 "
    "other counts, including several first-degree felonies."
)


def _reasons(summary: str, article: str = ARTICLE) -> list[ReasonType]:
    return [r.type for s in verify(summary, article).sentences for r in s.reasons]


def test_a_figure_in_the_copied_words_of_another_is_a_mismatch() -> None:
    assert _reasons(RUN_ON.format(15)) == [ReasonType.NUMBER_MISMATCH]


def test_the_figure_the_copied_words_carry_stays_supported() -> None:
    assert _reasons(RUN_ON.format(45)) == []
    # its own value's words agree as far: no rival took them
    assert _reasons("Each count carries a sentence of 1 to 15 years in prison.") == []


def test_the_words_before_alone_are_not_a_copy() -> None:
    # "could face up to" is the 45's, but what follows is not: the figure may be another's
    # (each count's 15 years), so the 15's own "years in prison" outweighs the short copy
    summary = RUN_ON.format(15).replace("when she is sentenced next month", "on each count")
    assert _reasons(summary) == []


# the pair "from £4 to £3" is the opposition's; the council's sentence writes £5 in its place
PAIRED = (
    "The council will cut the parking charge for residents of the old town from £5 to £3 next "
    "year, the mayor said on Monday. "
    "Shop owners in the market square have asked for the same cut for their customers. "
    "The opposition would cut the charge from £4 to £3 and pay for it with a tourist levy. "
    "The mayor said the levy would drive visitors to the retail park outside town."
)
COUNCIL = (
    "The council will cut the parking charge for residents of the old town from £{} to £3 next "
    "year, the mayor said."
)


def test_a_pair_the_article_writes_is_no_excuse_for_a_copied_sentence() -> None:
    # "from £4 to £3" is written together in the article, but this sentence is the council's
    result = verify(COUNCIL.format(4), PAIRED)
    reasons = [r for s in result.sentences for r in s.reasons]
    assert [r.type for r in reasons] == [ReasonType.NUMBER_MISMATCH]
    assert "copies says '£5'" in reasons[0].detail
    assert _reasons(COUNCIL.format(5), PAIRED) == []


def test_a_pair_the_article_writes_together_still_holds_in_its_own_words() -> None:
    assert _reasons("The opposition would cut the parking charge from £4 to £3.", PAIRED) == []
