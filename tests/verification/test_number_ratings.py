"""factkit.verification.number_ratings: a rating on the article's own scale ("150/10" where the
article rates its products "5/10" to "9/10") must be one of the article's ratings."""

from __future__ import annotations

from factkit import verify
from factkit.verification.number_ratings import ratings
from tests.verification.conftest import number_mismatches

ROUNDUP = (
    "A dermatologist tried four sun creams for us. "
    "'It is greasy and it smells of coconut.' 5/10 Sunny Bay Lotion SPF 30 £14.95 for 150ml, "
    "from Boots. "
    "'Good value for a family day out.' 7/10 Shore Spray SPF 50 £4 for 200ml, from Wilko. "
    "'It sinks in fast and lasts all day.' 9/10 Harbour Gel SPF 40 £12 for 100ml, from Tesco."
)


def test_ratings_are_whole_numbers_over_a_scale_not_dates() -> None:
    text = "Rated 8/10 on 8/10/2021, see example.com/7/10 and 1/2.5 or 3/4."
    assert [(text[a:b], mark, scale) for a, b, mark, scale in ratings(text)] == [
        ("8/10", 8, 10),
        ("3/4", 3, 4),
    ]


def test_a_mark_the_article_gives_no_product_is_a_mismatch() -> None:
    # 150/10 reads as 15 (£14.95 rounded) and 50/10 as 5 ("SPF 50"): no such marks
    for summary in ("150/10", "50/10", "Shore Spray scored 150/10."):
        details = number_mismatches(summary, ROUNDUP)
        assert [g for d, g in details if "ratings out of 10" in d] == ["9/10"], (summary, details)


def test_a_mark_the_article_gives_is_supported() -> None:
    for summary in ("7/10", "9/10", "Shore Spray scored 7/10."):
        assert not any("ratings" in d for d, _ in number_mismatches(summary, ROUNDUP)), summary
    assert verify("7/10", ROUNDUP).sentences[0].verdict.value == "supported"


def test_a_rating_out_of_another_number_is_left_to_the_value_check() -> None:
    # the article rates nothing out of 4: "3/4" is no mark on its scale
    assert not any("ratings" in d for d, _ in number_mismatches("3/4 of them sold", ROUNDUP))
