"""factkit.verification.person_sexes: a summary name whose own pronoun gives the person the
other sex than the article does ("Rickie Fowler ... her sister" where the article's Fowler is
"he")."""

from __future__ import annotations

from factkit.document import ReasonType
from factkit.verification import verify

ARTICLE = (
    "Golfer Tom Reed won the Harbour Open in Florida on Sunday. "
    "He finished two shots clear of the field after a final round of 67. "
    "Mr Reed was later pictured at the course with his sister. "
    "Anna Kemp, the tournament director, said she was delighted with the crowds."
)


def _reasons(summary: str, article: str = ARTICLE) -> list[tuple[ReasonType, str]]:
    """The sex-clash reasons of ``summary``: (type, the summary span)."""
    result = verify(summary, article)
    return [
        (r.type, summary[r.summary_span[0] : r.summary_span[1]])
        for s in result.sentences
        for r in s.reasons
        if r.summary_span is not None and "other sex" in r.detail
    ]


def test_a_pronoun_of_the_other_sex_flags_the_name() -> None:
    flagged = ("Tom Reed was pictured alongside her sister after the win.", "Tom Reed")
    assert _reasons(flagged[0]) == [(ReasonType.ENTITY_NOT_IN_SOURCE, flagged[1])]
    assert _reasons("Anna Kemp said his crowds were the best.") == [
        (ReasonType.ENTITY_NOT_IN_SOURCE, "Anna Kemp")
    ]


def test_the_same_sex_or_an_unbound_pronoun_stands() -> None:
    assert _reasons("Tom Reed was pictured alongside his sister after the win.") == []
    assert _reasons("Anna Kemp said she was delighted with the crowds.") == []
    # an object pronoun is somebody else; so is one after another person noun
    assert _reasons("Tom Reed thanked her for the crowds.") == []
    assert _reasons("Tom Reed met a woman and her sister at the course.") == []


def test_an_article_that_is_not_unanimous_says_nothing() -> None:
    article = ARTICLE + " Reed, she said, had been the best player all week."
    article += " Ms Reed was also at the course."
    assert _reasons("Tom Reed was pictured alongside her sister after the win.", article) == []


def test_a_name_that_tells_its_own_sex_is_not_judged() -> None:
    # "Lady" gives the name its sex: the summary's person is no article Reed by the pronoun
    assert _reasons("Lady Reed was pictured alongside her sister after the win.") == []
    assert _reasons("Reed was pictured alongside her sister after the win.") == [
        (ReasonType.ENTITY_NOT_IN_SOURCE, "Reed")
    ]
    # a title of the pronoun's own sex is the only one that spares the name
    assert _reasons("Mr Reed was pictured alongside her sister after the win.") == [
        (ReasonType.ENTITY_NOT_IN_SOURCE, "Mr Reed")
    ]
