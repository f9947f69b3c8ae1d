"""factkit.verification.number_neighbours: rules that read the words right after a summary
number (the noun a count heads past a name, two whole words on one side, "the age of") and
are sure it sits in another article number's slot."""

from __future__ import annotations

from factkit.annotate.quantities import find_quantities
from factkit.document import Quantity
from factkit.verification.index import IndexedNumber
from factkit.verification.neighbours import neighbours_of
from factkit.verification.number_neighbours import (
    age_of_a_count,
    named_count_moved,
    one_side_taken,
)


def _of(text: str, value: float) -> list[Quantity]:
    return [q for q in find_quantities(text) if q.value == value]


def test_the_noun_a_count_heads_past_a_name() -> None:
    article = (
        "Arsenal have reached 150 Premier League wins at home in 300 Premier League games. "
        "Their 150th win came on Sunday."
    )
    numbers = find_quantities(article)

    def judged(summary: str, value: float) -> bool:
        [claimed] = _of(summary, value)
        return named_count_moved(summary, claimed, article, _of(article, value), numbers)

    # the 300 counts games, the 150 (and the 150th) the wins
    assert judged("Arsenal have 300 Premier League wins at home.", 300)
    assert judged("Arsenal have played 150 Premier League games.", 150)
    # the right nouns, a count with no name before its noun, a value the article leaves bare
    assert not judged("Arsenal have 150 Premier League wins at home.", 150)
    assert not judged("Arsenal have 300 wins at home.", 300)
    bare = article + " The club has 300 members."
    [claimed] = _of("Arsenal have 300 Premier League wins.", 300)
    theirs = _of(bare, 300)
    assert named_count_moved(
        "Arsenal have 300 Premier League wins.", claimed, bare, theirs, numbers
    )
    ended = article + " Tickets cost 300."
    theirs = _of(ended, 300)
    summary = "Arsenal have 300 Premier League wins."
    assert not named_count_moved(summary, claimed, ended, theirs, find_quantities(ended))


def test_a_rival_may_count_the_noun_with_no_name() -> None:
    # the article names the competition once: its 300 are "300 games", no name between
    article = "Arsenal reached 150 Premier League wins on Sunday. The mark came in 300 games."
    numbers = find_quantities(article)

    def judged(summary: str, value: float) -> bool:
        [claimed] = _of(summary, value)
        return named_count_moved(summary, claimed, article, _of(article, value), numbers)

    assert judged("Arsenal reached the mark in 150 Premier League games.", 150)
    assert not judged("Arsenal reached the mark in 300 Premier League games.", 300)
    # a rival past another name counts another thing
    other = article.replace("in 300 games", "in 300 FA Cup games")
    [claimed] = _of("Arsenal reached the mark in 150 Premier League games.", 150)
    summary = "Arsenal reached the mark in 150 Premier League games."
    assert not named_count_moved(summary, claimed, other, _of(other, 150), find_quantities(other))


def _numbers(text: str) -> list[IndexedNumber]:
    return [
        IndexedNumber(q, 0, frozenset(), neighbours_of(text, q.start, q.end, 0, len(text)))
        for q in find_quantities(text)
    ]


def test_two_whole_words_of_another_number() -> None:
    article = "He did 2,000 sit ups, 1,000 each morning and the same at night."
    numbers = _numbers(article)

    def judged(summary: str, value: float) -> bool:
        [claimed] = [q for q in find_quantities(summary) if q.value == value][-1:]
        around = neighbours_of(summary, claimed.start, claimed.end, 0, len(summary))
        own = [n for n in numbers if n.quantity.value == value]
        return one_side_taken(around, claimed, article, own, numbers)

    assert judged("He did 2,000 sit ups a day, 2,000 each morning.", 2000)
    assert not judged("He did 2,000 sit ups a day, 1,000 each morning.", 1000)
    # one word of the two, or a neighbour its own value shares too
    assert not judged("He did 2,000 each day.", 2000)
    assert not judged("They did 2,000 sit ups each morning.", 2000)
    # the rival is the whole the number of the value is a part of
    counts = "All 30 counts were read. Seventeen of the 30 counts were capital charges."
    whole = _numbers(counts)
    summary = "Seventeen counts were capital charges."
    [claimed] = find_quantities(summary)
    around = neighbours_of(summary, claimed.start, claimed.end, 0, len(summary))
    own = [n for n in whole if n.quantity.value == 17]
    assert not one_side_taken(around, claimed, counts, own, whole)
    assert one_side_taken(around, claimed, counts, [], whole)


def test_the_age_of_a_value_the_article_gives_only_as_a_count() -> None:
    article = "The index rates the welfare of those over 60 in 96 countries."

    def judged(summary: str, value: float) -> bool:
        [claimed] = _of(summary, value)
        return age_of_a_count(summary, claimed, article, _of(article, value))

    assert judged("It ranks countries for people over the age of 96.", 96)
    # the 60 is joined to the count after it: an age; no "age of"; a value not given
    assert not judged("It ranks countries for people over the age of 60.", 60)
    assert not judged("It ranks 96 countries.", 96)
    assert not judged("It ranks countries for people over the age of 75.", 75)


def test_the_wholes_a_part_is_joined_to_are_found_as_a_scan_of_all_pairs_finds_them() -> None:
    # only the numbers right after a part are tried (every pair was quadratic in a flattened
    # table: '5 to 6 to ...' x 4,000 took 18 s); the same wholes as trying every pair
    from factkit.verification.number_neighbours import _joined, _wholes

    text = "Seventeen of the 30 counts, 5 out of all 10 votes, 4 in 9 homes and 4 to 12 seats " * 3
    numbers = [
        IndexedNumber(q, 0, frozenset(), neighbours_of(text, q.start, q.end, 0, len(text)))
        for q in find_quantities(text)
    ]
    for value in (17, 5, 4):
        parts = [n for n in numbers if n.quantity.value == value]
        pairs = {
            r.quantity.value
            for r in numbers
            for o in parts
            if _joined(text, o.quantity, r.quantity)
        }
        assert _wholes(text, parts, numbers) == pairs
    assert _wholes(text, [n for n in numbers if n.quantity.value == 4], numbers) == {9}
