"""factkit.verification.dimension_figures: a figure the article gives only in sentences that
never name a dimension ("a kite measuring 6,000 metres") is not that dimension's figure
("visibility was down to 6,000 metres") where the article names the dimension elsewhere."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

KITE = (
    "A Chinese team took a kite measuring an astonishing 6,000 metres to a festival. "
    "They hoped to break the world record by a massive 1,000 metres. "
    "A heavy mist reduced visibility for the pilots and for the spectators."
)


def _other_thing(summary: str, article: str = KITE) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "another thing" in d]


def test_a_kites_length_given_to_visibility() -> None:
    summary = "Visibility at the kite festival in Chongqing was down to 6,000 metres at times."
    assert _other_thing(summary) == ["6,000 metres"]
    summary = "Visibility at the kite festival in Chongqing was down to 1,000 metres at times."
    assert _other_thing(summary) == ["1,000 metres"]


def test_the_kites_own_length_passes() -> None:
    assert _other_thing("The kite measured 6,000 metres.") == []
    # the dimension noun is in another clause
    assert _other_thing("Visibility was poor, and the kite measured 6,000 metres.") == []
    assert _other_thing("Visibility was down to 6,000 metres.") == ["6,000 metres"]
    # a capitalized noun inside the sentence is part of a name, not a dimension
    assert _other_thing("The horse Shutter Visibility won by 6,000 metres.") == []
    assert _other_thing("The horse's visibility was 6,000 metres.") == ["6,000 metres"]


def test_a_figure_the_article_gives_with_the_dimension_is_not_judged() -> None:
    article = KITE + " At times visibility was down to 6,000 metres."
    assert _other_thing("Visibility was down to 6,000 metres at times.", article) == []
    assert _other_thing("Visibility was down to 6,000 metres at times.") == ["6,000 metres"]


def test_a_dimension_the_article_never_names_is_not_judged() -> None:
    article = KITE.replace("visibility", "the view")
    assert _other_thing("Visibility was down to 6,000 metres at times.", article) == []
    assert _other_thing("Visibility was down to 6,000 metres at times.") == ["6,000 metres"]


def test_a_unit_that_does_not_measure_the_dimension_is_not_judged() -> None:
    article = (
        "Walcott set a new Arsenal record over 40 metres in training. "
        "His speed has made him a star at the club."
    )
    # the distance a speed was timed over is not the speed
    assert _other_thing("It is his speed over 40 metres that has made him a star.", article) == []
    article = article.replace("over 40 metres", "of 40 mph")
    summary = "It is his speed of 40 mph that has made him a star."
    assert _other_thing(summary, article) == ["40 mph"]
