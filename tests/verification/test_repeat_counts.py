"""factkit.verification.repeat_counts: a count of how many times a deed was done, judged against
the article's count of that deed's times."""

from __future__ import annotations

from factkit.verification import verify
from factkit.verification.repeat_counts import same_deed

ARTICLE = (
    "A Texas woman accused of a sham marriage scheme appeared in court on Monday. "
    "Records show she has been married nine times since 1998. "
    "She has divorced at least four of the men, and three of them now live abroad. "
    "Prosecutors said the 3 charges against her carry up to four years in prison. "
    "Her lawyer said she would plead not guilty."
)


def _details(summary: str, article: str = ARTICLE) -> list[str]:
    return [r.detail for s in verify(summary, article).sentences for r in s.reasons]


def test_a_count_of_times_the_article_counts_otherwise_is_a_mismatch() -> None:
    # the article's 3 is a count of charges, and its count of marrying is "nine times"
    details = _details("She could remarry 3 times without anyone noticing.")
    assert details == ["summary says '3 times', the article counts them 'nine times'"]


def test_the_articles_own_count_of_times_stays_supported() -> None:
    assert _details("She could remarry 9 times without anyone noticing.") == []


def test_a_value_the_article_writes_as_times_is_left_to_the_slot_check() -> None:
    article = ARTICLE.replace("four of the men", "twice")
    assert not any("counts them" in d for d in _details("She has married 2 times.", article))


def test_a_multiplier_counts_no_deed() -> None:
    summary = "She has married 3 times as often as her sister."
    assert not any("counts them" in d for d in _details(summary))


def test_forms_of_one_deed() -> None:
    assert same_deed("remarry", "married")
    assert same_deed("stab", "stabbed")
    assert not same_deed("marched", "married")
    assert not same_deed("arrested", "divorced")


def test_a_value_written_among_the_summarys_names_is_left_to_the_slot_check() -> None:
    # the club's tally is in a table row naming its rivals; "three times" is one player's match
    article = (
        "Rovers have met Town and City in the cup for years. "
        "Their goals against each club: 12 - Town, City. 9 - Albion. "
        "Kane scored three times against Town in the final in 2019."
    )
    summary = "Rovers have scored 12 times against Town and City."
    assert not any("counts them" in d for d in _details(summary, article))
    # without the names the row shares, the count is judged
    unnamed = article.replace("12 - Town, City", "12 - Hill, Vale")
    assert any("counts them" in d for d in _details(summary, unnamed))


def test_a_capitalised_times_after_a_number_is_a_name() -> None:
    # "1 Times Square" is an address; read as a count it met the article's "nine times"
    summary = "She has visited 1 Times Square in New York."
    assert not any(
        "counts them" in d for d in _details(summary, ARTICLE.replace("married", "visited"))
    )
    assert any(
        "counts them" in d
        for d in _details("She has visited 1 times.", ARTICLE.replace("married", "visited"))
    )
