"""factkit.verification.swapped_describers: a person put before a role noun as the employer of
the name the article describes them with."""

from __future__ import annotations

from factkit.verification.names import NameSpan
from factkit.verification.swapped_describers import swapped_describer
from tests.verification.conftest import article_index

ARTICLE = (
    "Channel Nine's Lucy Hart was suspended on Monday after a row with a parking attendant. "
    "Hart, 34, apologised later that day, saying she regretted her words. "
    "Her colleague Tom Reid said the station had acted quickly."
)


def _span(summary: str, name: str) -> NameSpan:
    start = summary.index(name)
    return start, start + len(name), [w.lower() for w in name.split()]


def _found(summary: str, first: str, second: str, article: str = ARTICLE) -> str | None:
    """The article text ``swapped_describer`` points at for the summary pair, or None."""
    src = article_index(article)
    found = swapped_describer(summary, _span(summary, first), _span(summary, second), src)
    return None if found is None else article[found.source[0] : found.source[1]]


def test_a_person_before_a_role_noun_as_the_article_describer_s_employer_is_a_swap() -> None:
    summary = "Lucy Hart reporter Channel Nine was suspended on Monday."
    assert _found(summary, "Lucy Hart", "Channel Nine") == "Channel Nine's Lucy Hart"


def test_the_article_s_own_direction_and_other_pairs_are_no_swap() -> None:
    kept = "Channel Nine reporter Lucy Hart was suspended on Monday."
    assert _found(kept, "Channel Nine", "Lucy Hart") is None  # no person before the role
    # a name the article never describes the person with
    other = "Lucy Hart reporter Tom Reid was suspended on Monday."
    assert _found(other, "Lucy Hart", "Tom Reid") is None
    # no role noun between the two names: not this build
    plain = "Lucy Hart joined Channel Nine on Monday."
    assert _found(plain, "Lucy Hart", "Channel Nine") is None


def test_an_article_describing_each_with_the_other_gives_no_swap() -> None:
    article = ARTICLE + " Lucy Hart's Channel Nine show was taken off air."
    summary = "Lucy Hart reporter Channel Nine was suspended on Monday."
    assert _found(summary, "Lucy Hart", "Channel Nine", article) is None
