"""factkit.verification.role_slots: the article name after the role noun the summary puts right
before a name."""

from __future__ import annotations

from collections.abc import Sequence

from factkit.verification.index import IndexedName
from factkit.verification.role_slots import (
    described_rival,
    described_start,
    role_before,
    role_rival,
)
from factkit.verification.slot_query import SlotQuery
from tests.verification.conftest import article_index

ARTICLE = (
    "Tom Baker broke his arm in the first half on Saturday. "
    "Rovers boss Alan Pardew said he would speak to the club doctor. "
    "The match was stopped for ten minutes while the crowd waited. "
    "Fans sang for Dave Smith throughout the second half. "
    "Later in the evening, referee Mark Jones spoke to both managers."
)


def _rival(summary: str, name: str, window: Sequence[int], article: str = ARTICLE) -> str | None:
    """The article name ``role_rival`` finds in the slot of ``name`` (aligned: ``window``; an
    article name with a word of ``name`` is the same name)."""
    src = article_index(article)
    start = summary.index(name)
    words = [w.lower() for w in name.split()]

    def same(n: IndexedName) -> bool:
        return not n.words.isdisjoint(words)

    span = (start, start + len(name), words)
    query = SlotQuery(summary, span, (0, len(summary)), [span], src, window, same)
    found = role_rival(query, lambda n: not same(n))
    return None if found is None else article[found.start : found.end]


def test_the_role_noun_right_before_a_name_is_read() -> None:
    assert role_before("United boss Alan Pardew", len("United boss ")) == "boss"
    assert role_before("his mother Donna", len("his mother ")) == "mother"
    assert role_before("a spot of bother with Mark", len("a spot of bother with ")) is None


def test_a_name_swapped_after_a_role_noun_meets_the_name_the_article_gives_that_role() -> None:
    summary = "Tom Baker was seen by Rovers boss Dave Smith after the match."
    assert _rival(summary, "Dave Smith", [1]) == "Alan Pardew"


def test_a_rival_in_an_unaligned_sentence_counts_only_for_a_role_one_person_holds() -> None:
    summary = "Tom Baker was seen by Rovers boss Dave Smith after the match."
    article = ARTICLE + " The away side's boss Steve Bruce left early."
    assert _rival(summary, "Dave Smith", [3], article) is None  # two bosses: aligned only
    assert _rival(summary, "Dave Smith", [1], article) == "Alan Pardew"
    summary = "Players argued with referee Dave Smith after the match."
    assert _rival(summary, "Dave Smith", [3]) == "Mark Jones"  # the article's one referee


def test_a_name_the_article_also_gives_that_role_has_no_rival() -> None:
    article = ARTICLE + " Stand-in referee Dave Smith took over."
    summary = "Players argued with referee Dave Smith after the match."
    assert _rival(summary, "Dave Smith", [4], article) is None


DESCRIBED = (
    "Daily Post reporter Ann Lee found the letter on Monday. "
    "The school in Leeds had closed a week earlier, the BBC said. "
    "Mr Baker, the head teacher, declined to comment."
)


def _described(
    summary: str, name: str, person: str, window: Sequence[int], article: str = DESCRIBED
) -> str | None:
    """The article name ``described_rival`` finds for ``name``, which describes ``person``."""
    src = article_index(article)
    spans = []
    for text in (name, person):
        start = summary.index(text)
        spans.append((start, start + len(text), [w.lower() for w in text.split()]))

    def same(n: IndexedName) -> bool:
        return not n.words.isdisjoint(spans[0][2])

    query = SlotQuery(summary, spans[0], (0, len(summary)), spans, src, window, same)
    found = described_rival(query, lambda n: not same(n))
    return None if found is None else article[found.start : found.end]


def test_where_the_person_a_name_describes_begins() -> None:
    assert described_start("BBC reporter Ann Lee", 3) == len("BBC reporter ")
    assert described_start("the Post's former manager Ann Lee", 8) == len(
        "the Post's former manager "
    )
    assert described_start("ESPN's Britt McHenry", 4) == len("ESPN's ")
    assert described_start("ESPN's Britt McHenry", 6) == len("ESPN's ")
    assert described_start("BBC said Ann Lee", 3) is None


def test_a_name_describing_a_person_the_article_describes_with_another_is_a_swap() -> None:
    summary = "BBC reporter Ann Lee found the letter."
    assert _described(summary, "BBC", "Ann Lee", [0]) == "Daily Post"
    # the run the index keeps whole: "Newsround's Ann Lee"
    article = DESCRIBED.replace("Daily Post reporter", "Newsround's") + " Ann Lee, 34, agreed."
    assert _described(summary, "BBC", "Ann Lee", [0], article) == "Newsround"


def test_a_describing_name_the_article_gives_or_cannot_judge_has_no_rival() -> None:
    assert _described("Daily Post reporter Ann Lee found it.", "Daily Post", "Ann Lee", [0]) is None
    summary = "BBC reporter Ann Lee found the letter."
    assert _described(summary, "BBC", "Ann Lee", [1]) is None  # not in the aligned sentence
    # a place says where the person works, not whose they are
    assert _described("Leeds reporter Ann Lee found it.", "Leeds", "Ann Lee", [0]) is None
    # a role held for many works at once, or no role noun: a second description is no swap
    assert _described("BBC star Ann Lee found it.", "BBC", "Ann Lee", [0]) is None
    assert _described("The BBC's Ann Lee found it.", "BBC", "Ann Lee", [0]) is None
    # no person after the role noun
    assert _described("BBC reporter Tom Smith found it.", "BBC", "Tom Smith", [0]) is None
