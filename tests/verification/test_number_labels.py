"""factkit.verification.number_labels: a number written as a label ("husbands Nos. 1, 2, 5 and
7", "the No. 9 bus") says which one, never how many, so it supports no count."""

from __future__ import annotations

from factkit.document import Quantity
from factkit.verification.number_labels import labelled
from tests.verification.conftest import number_mismatches

STORY = (
    "A Dorset pensioner has married the same two men twice each. "
    "Her husbands Nos. 1, 2, 5 and 7 all worked at the town's brewery, she said. "
    "She met the last of them on the No. 9 bus to Weymouth in 1988. "
    "The couple now keep 3 dogs and 40 hens at their cottage."
)


def _at(text: str, figure: str) -> Quantity:
    start = text.index(figure)
    return Quantity(figure, start, start + len(figure), float(figure))


def test_numbers_after_a_label_word_and_in_its_list_are_labels() -> None:
    text = "Husbands Nos. 1, 2, 5 and 7 rode the number 9 bus; no 4 people came, and 3 dogs."
    assert labelled(text, _at(text, "1"))
    assert labelled(text, _at(text, "5"))
    assert labelled(text, _at(text, "7"))
    assert labelled(text, _at(text, "9"))
    # a lower-case "no" with no dot is the determiner; "3 dogs" follows no label word
    assert not labelled(text, _at(text, "4"))
    assert not labelled(text, _at(text, "3"))


def test_a_count_the_article_writes_only_as_a_label_is_a_mismatch() -> None:
    for summary, label in (
        ("She says she will marry 5 times more.", "5"),
        ("She has married 7 men.", "7"),
        ("The couple keep 9 dogs.", "9"),
    ):
        details = number_mismatches(summary, STORY)
        assert [g for d, g in details if "is a label" in d] == [label], (summary, details)


def test_a_label_or_a_count_the_article_gives_is_not_judged_a_label() -> None:
    for summary in (
        "She met him on the No. 9 bus.",  # the summary's own label
        "The couple keep 3 dogs and 40 hens.",  # the article's counts
    ):
        assert not any("is a label" in d for d, _ in number_mismatches(summary, STORY)), summary


MINE = (
    "A union invested $10 million and took a 20 percent stake in the Ridge mine. "
    "The owner bought the land for 40 shillings in 1990. "
    "Miners rode down to Ridge mine No. 2 last spring, and to shaft No. 7 after it."
)


def _amounts(summary: str, article: str) -> list[str]:
    """The article figures quoted by the label-as-amount mismatches of ``summary``."""
    return [g for d, g in number_mismatches(summary, article) if "is an amount" in d]


def test_a_label_the_article_gives_only_as_an_amount_is_a_mismatch() -> None:
    assert _amounts("The word was that Ridge mine No. 20 would close.", MINE) == ["20 percent"]
    assert _amounts("Shaft No. 40 would close first.", MINE) == [
        "40"
    ]  # its unit, shillings, is read apart


def test_a_label_the_article_gives_as_a_label_or_bare_is_left_alone() -> None:
    assert _amounts("The word was that Ridge mine No. 2 would close.", MINE) == []
    assert _amounts("Shaft No. 7 would close first.", MINE) == []
    # the article also writes 20 with no unit: it may be the label
    article = MINE + " Some 20 of them were laid off."
    assert _amounts("Shaft No. 20 would close first.", article) == []
