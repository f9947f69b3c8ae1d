"""Tests for factkit.split.glued_captions: unstopped pieces glued inside the story are captions."""

from __future__ import annotations

from factkit.split.glued_captions import mark_glued_captions
from factkit.split.kinds import Segment
from tests.split.conftest import kinds

OPENING = "A farmer has grown a pumpkin that weighs more than a small family car."
CAPTION = "Tom Hale stands beside his giant pumpkin at his farm near Ashford on Sunday"
NEXT = "The pumpkin weighed 1,200kg when it was put on the scales at the show."
LAST_CAPTION = "Hale said he had fed the plant with seaweed every morning since May"


def test_an_unstopped_piece_between_story_sentences_is_a_caption() -> None:
    text = f"{OPENING} {CAPTION} {NEXT}"
    assert kinds(text) == [("body", OPENING), ("caption", CAPTION), ("body", NEXT)]


def test_a_piece_before_a_quotation_is_a_caption() -> None:
    # Daily Mail captions sit glued before the quotation that goes on the story
    quote = "'It was the biggest thing I have ever grown,' he said."
    assert _marked([OPENING, CAPTION, quote]) == ["body", "caption", "body"]


def test_an_unstopped_piece_that_ends_the_story_is_a_caption() -> None:
    text = f"{OPENING} {NEXT} {LAST_CAPTION}"
    assert kinds(text)[-1] == ("caption", LAST_CAPTION)


def test_unstopped_pieces_before_the_first_full_stop_stay_body() -> None:
    # the page's opening lines with no stop are its bullet points (or the lead photo's caption
    # restating the headline): the best summary lines it has
    first = (
        "Striker Jack Moore celebrates his goal with team-mates during the first half on "
        "Saturday afternoon"
    )
    second = "Moore scored twice in the win over Leeds"
    story = "The club are now third in the table after a run of five wins."
    assert kinds(f"{first} {second} {story}") == [
        ("body", first),
        ("body", second),
        ("body", story),
    ]
    # the same pieces after the story's first full stop are captions
    assert kinds(f"{story} {first} {second} {story}") == [
        ("body", story),
        ("caption", first),
        ("caption", second),
        ("body", story),
    ]


def test_a_piece_on_a_line_of_its_own_is_left_to_the_line_rules() -> None:
    text = f"{OPENING}\n{CAPTION}\n{NEXT}"
    assert [kind for kind, _ in kinds(text)] == ["body", "body", "body"]


def _marked(pieces: list[str]) -> list[str]:
    """The kinds :func:`mark_glued_captions` gives ``pieces`` joined by spaces, each a body
    segment (as the run-on cuts leave them)."""
    text = " ".join(pieces)
    segments: list[Segment] = []
    at = 0
    for piece in pieces:
        segments.append(Segment(at, at + len(piece), "body"))
        at += len(piece) + 1
    mark_glued_captions(text, segments)
    return [seg.kind for seg in segments]


def test_a_piece_cut_inside_a_clause_stays_body() -> None:
    cut = "The inspectors who visited the school concluded that"
    assert _marked([OPENING, cut, NEXT]) == ["body", "body", "body"]
    assert _marked([OPENING, CAPTION, NEXT]) == ["body", "caption", "body"]


def test_a_piece_before_a_short_piece_stays_body() -> None:
    # a title the run-on cut broke ("... for Outstanding Breakthrough Performance | By An
    # Actress"): the short rest is no sentence of its own
    assert _marked([OPENING, CAPTION, "By An Actress", NEXT]) == ["body", "body", "body", "body"]
