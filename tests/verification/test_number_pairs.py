"""factkit.verification.number_pairs: two numbers a summary writes together that an article
sentence writes together too are the article's pair, wherever the summary aligns best."""

from __future__ import annotations

from factkit.document import Quantity
from factkit.verification import verify
from factkit.verification.number_pairs import _close

WEDDINGS = (
    "A New York woman has been charged with marrying 10 men over 11 years in a visa scam. "
    "She charged each groom a fee for her services, prosecutors said. "
    "The grooms came from Pakistan, Georgia, Turkey and Mali. "
    "She told officials in 2010 that it was her first and only marriage. "
    "Her lawyer declined to comment on the charges against her. "
    "Six of the sham marriages occurred in one year, authorities allege."
)


def _number_reasons(summary: str) -> list[str]:
    result = verify(summary, WEDDINGS)
    return [
        summary[r.summary_span[0] : r.summary_span[1]]
        for s in result.sentences
        for r in s.reasons
        if r.type.startswith("number") and r.summary_span is not None
    ]


def test_a_pair_the_article_writes_together_is_supported() -> None:
    summary = "She married 10 men in 11 years - with six in one year alone."
    assert _number_reasons(summary) == []


def test_a_number_the_article_never_pairs_with_its_neighbour_is_still_judged() -> None:
    # the article pairs "one year" with six marriages, never with ten
    summary = "She married 10 men in 11 years - with 10 in one year alone."
    assert "10" in _number_reasons(summary)


def test_only_neighbouring_numbers_make_a_pair() -> None:
    # "one year" is paired with six in the article, but "six" stands between it and "6 years"
    summary = "She married 10 men in 6 years - with six in one year alone."
    assert "6 years" in _number_reasons(summary)


def test_close_counts_the_words_between_two_numbers() -> None:
    text = "six of the sham marriages occurred in one year"
    six = Quantity("six", 0, 3, 6.0)
    year = Quantity("one year", text.index("one"), len(text), 1.0, "year")
    assert _close(text, six, year, 6) and not _close(text, six, year, 5)


WEDDINGS_BY_YEAR = WEDDINGS + " She married eight men in 2002 alone, records show."


def _flagged_numbers(summary: str, article: str) -> list[str]:
    result = verify(summary, article)
    return [
        summary[r.summary_span[0] : r.summary_span[1]]
        for s in result.sentences
        for r in s.reasons
        if r.type == "number_mismatch" and r.summary_span is not None
    ]


def test_a_count_the_article_pairs_with_another_count_is_a_mismatch() -> None:
    # the article's eleven years go with ten men; its eight men with 2002
    assert "8" in _flagged_numbers("She married 8 men in 11 years.", WEDDINGS_BY_YEAR)
    assert _flagged_numbers("She married 10 men in 11 years.", WEDDINGS_BY_YEAR) == []
    assert _flagged_numbers("She married eight men in 2002.", WEDDINGS_BY_YEAR) == []


TRAINING = (
    "The actor trained hard for the boxing film, his trainer said. "
    "It took six months of training before filming started, then 2,000 sit ups and six hours of "
    "training each day. "
    "He worked out for six hours per day, including 2,000 sit ups, 1,000 each morning and the "
    "same at night. "
    "The film opens in July."
)


def test_a_pair_needs_no_number_between_its_two_numbers_in_the_article_either() -> None:
    # the article's 1,000 is eight words from "six hours", but its 2,000 stands between them
    swapped = (
        "It took six months of training before filming started, then 1,000 sit ups and six hours "
        "of training each day."
    )
    assert "1,000" in _flagged_numbers(swapped, TRAINING)
    kept = swapped.replace("1,000", "2,000")
    assert _flagged_numbers(kept, TRAINING) == []
