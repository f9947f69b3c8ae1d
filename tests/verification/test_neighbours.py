"""factkit.verification.neighbours: the words right next to a name or number."""

from __future__ import annotations

from factkit.verification.neighbours import Neighbours, neighbours_of


def test_adjacent_words_score_per_side() -> None:
    text = "He has been linked with Manchester City and Arsenal."
    start = text.index("Manchester City")
    mine = neighbours_of(text, start, start + len("Manchester City"), 0, len(text))
    assert mine == Neighbours(("linked", "with"), ("and", "arsenal"))
    assert mine.fit(mine) == 4
    assert mine.fit(Neighbours(("been", "with"), ("and", "chelsea"))) == 2  # next words only
    assert mine.fit(Neighbours(("linked", "with"), ("and", "chelsea"))) == 3
    assert mine.fit(Neighbours(("said",), ("boss",))) == 0
    assert Neighbours((), ()).fit(Neighbours((), ())) == 0  # nothing next to it is no evidence
