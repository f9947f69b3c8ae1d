"""factkit.verification.mirrored_names: two names the wrong way round around the same words."""

from __future__ import annotations

import pytest

from factkit.verification.mirrored_names import Mirror, mirrored, stretch, summary_pairs


def _mirror(summary: str, article: str) -> Mirror | None:
    """The mirror of the summary's first name pair in the one-sentence ``article``."""
    common = {"police"}  # written in lower case in the article: no name at a sentence start
    first, second, claimed = next(iter(summary_pairs(summary, 0, len(summary), common)))
    return mirrored(first, second, claimed, [(article, 0, len(article))], common)


ARTICLE = "Hollywood producers bought the rights to turn author Maria Delgado's memoir into a film."


def test_names_the_article_has_the_other_way_round_around_the_same_words_are_mirrored() -> None:
    summary = "Maria Delgado's producers bought the rights to turn author Hollywood memoir."
    found = _mirror(summary, ARTICLE)
    assert found is not None
    start, end = found.span
    assert summary[start:end].startswith("Maria Delgado") and summary[start:end].endswith(
        "Hollywood"
    )
    assert ARTICLE[found.source[0] : found.source[1]].startswith("Hollywood")
    assert ARTICLE[found.source[0] : found.source[1]].endswith("Maria Delgado's")


def test_names_in_the_article_s_order_are_not_mirrored() -> None:
    summary = "Hollywood producers bought the rights to turn author Maria Delgado's memoir."
    assert _mirror(summary, ARTICLE) is None


def test_one_reworded_word_of_three_still_mirrors() -> None:
    article = "Okafor has one year left to run on his current contract at Kingsmead Rovers."
    summary = "Kingsmead Rovers has one year left to run on his current deal at Okafor."
    assert _mirror(summary, article) is not None


def test_a_stretch_with_other_words_is_no_mirror() -> None:
    article = "Okafor scored twice in the first half against Kingsmead Rovers."
    summary = "Kingsmead Rovers signed a new sponsor after thanking Okafor."
    assert _mirror(summary, article) is None


def test_a_passive_on_one_side_only_is_no_mirror() -> None:
    # "Chelsea beat Arsenal" says what "Arsenal were beaten by Chelsea" says
    assert _mirror("Chelsea beat Arsenal.", "Arsenal were beaten by Chelsea.") is None


def test_an_article_stating_both_orders_gives_no_mirror() -> None:
    article = (
        "Okafor praised the coaching staff of Kingsmead Rovers, and Kingsmead Rovers praised "
        "the coaching staff of Okafor."
    )
    assert _mirror("Kingsmead Rovers praised the coaching staff of Okafor.", article) is None


@pytest.mark.parametrize(
    "gap",
    [
        " ",  # no word between: one name's own words
        " vs ",  # a symmetric relation
        " and the ",  # a list
        " of the one of the ",  # function words only, too many to be one relation
    ],
)
def test_a_stretch_without_roles_is_not_read(gap: str) -> None:
    assert stretch(gap) is None


BARE_ARTICLE = "Police found the car of Daniel Okafor at Kingsmead Park on Sunday."


def test_a_stretch_of_function_words_mirrors_only_word_for_word() -> None:
    assert _mirror("Police found the car of Kingsmead Park at Daniel Okafor.", BARE_ARTICLE)
    assert _mirror("Police found the car of Kingsmead Park in Daniel Okafor.", BARE_ARTICLE) is None


def test_a_passive_stretch_closing_in_by_is_marked() -> None:
    found = stretch(" was arrested by ")
    assert found is not None and found.passive
    active = stretch(" arrested ")
    assert active is not None and not active.passive


def test_a_stretch_closing_in_by_without_a_participle_is_not_passive() -> None:
    found = stretch(" was unable to keep out goals by ")
    assert found is not None and not found.passive
