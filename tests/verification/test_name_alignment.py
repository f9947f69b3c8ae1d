"""factkit.verification.name_alignment: on which side of a summary name its words lie."""

from __future__ import annotations

from factkit.verification.name_alignment import slot_sides

from .conftest import article_index

ARTICLE = (
    "The council met on Monday. "
    "Martha Reeve beat Tom Hollis in the final vote for the mayoral seat. "
    "Paul Stone, a local baker, said the result was fair."
)


def _sides(summary: str, name: str) -> dict[str, float]:
    src = article_index(ARTICLE)
    start = summary.index(name)
    words = {w.lower() for w in name.split()}
    mentions = [n for n in src.names if words & n.words]
    near = set(range(len(src.body)))
    return slot_sides(summary, (start, start + len(name)), (0, len(summary)), mentions, near, src)


def test_a_copied_name_keeps_the_words_on_its_sides() -> None:
    ev = _sides("Reeve beat Tom Hollis in the vote.", "Tom Hollis")
    assert ev == {"side_agree": 3.0, "side_against": 0.0}  # reeve, beat | vote


def test_a_name_moved_to_the_other_side_of_the_verb_has_them_against_it() -> None:
    # the loser put where the winner was: "beat" and "Reeve" now lie after the name
    ev = _sides("Tom Hollis beat Martha Reeve in the final vote.", "Tom Hollis")
    assert ev["side_against"] > ev["side_agree"]


def test_a_name_the_passage_does_not_mention_has_no_sides() -> None:
    src = article_index(ARTICLE)
    mentions = [n for n in src.names if "stone" in n.words]
    ev = slot_sides("Paul Stone beat Tom Hollis.", (0, 10), (0, 27), mentions, {1}, src)
    assert ev == {"side_agree": 0.0, "side_against": 0.0}
