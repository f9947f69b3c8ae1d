"""Tests for factkit.split.caption_runs: glued captions cut again inside pieces with no stop."""

from __future__ import annotations

import pytest

from factkit.split.caption_runs import CAPTION_THRESHOLD, is_caption_text, is_unstopped
from factkit.split.punkt_model import english_punkt_parameters
from factkit.split.runon_gaps import GAP, gap_context
from factkit.split.runons import RunonModel, load_runon_model
from tests.split.conftest import kinds

CAPTION = (
    "Striker Tom Baker celebrates his goal with team-mates during the first half on Saturday "
    "afternoon"
)
SECOND_CAPTION = "Baker scored twice in the win over Leeds"
SENTENCE = "The club are now third in the table."


def _model() -> RunonModel:
    return load_runon_model(english_punkt_parameters().ortho_context)


def _gap_score(text: str, word: str) -> float:
    """The run-on model's score at the gap before ``word`` (the text's one sentence)."""
    model = _model()
    at = text.index(word)
    gap = next(g for g in GAP.finditer(text) if g.end() == at)
    context = gap_context(text, 0, gap.start(), gap.end(), len(text))
    assert context is not None
    return model.score(context)


def test_a_caption_glued_to_the_next_caption_is_cut() -> None:
    # two Daily Mail captions, no full stop, then the story: the model cuts before the story,
    # which leaves the captions a piece with no stop; the gap between them is read again
    text = f"{CAPTION} {SECOND_CAPTION} {SENTENCE}"
    assert kinds(text) == [("body", CAPTION), ("body", SECOND_CAPTION), ("body", SENTENCE)]
    # the gap is one only the lower threshold takes
    assert CAPTION_THRESHOLD < _gap_score(text, "Baker scored") <= _model().threshold


def test_a_sentence_with_its_full_stop_is_not_read_again() -> None:
    # the same words ending in a full stop: one sentence, the model's own threshold
    text = f"{CAPTION} {SECOND_CAPTION}."
    assert [t for _, t in kinds(text)] == [text]


@pytest.mark.parametrize(
    ("piece", "unstopped"),
    [
        ("Baker waves to the fans after the final whistle", True),
        ("He scored twice.", False),
        ("'It was a great day,' he said.'", False),
        ("The club said in a statement (pictured)", True),
        ("He said:", False),
        ("Where next?", False),
        ("   ", False),
    ],
)
def test_is_unstopped(piece: str, unstopped: bool) -> None:
    assert is_unstopped(piece, 0, len(piece)) is unstopped


def test_a_quotation_running_on_is_not_read_again() -> None:
    # no full stop anywhere, but a double quotation mark: speech, not a caption, so the gaps
    # keep the model's own threshold (the lower one cut it every fourth report)
    text = 'He said "yes and ' * 12
    assert [t for _, t in kinds(text)] == [text.strip()]
    assert not is_caption_text(text, 0, len(text))
    assert is_caption_text(CAPTION, 0, len(CAPTION))


def test_the_first_reading_lists_the_gaps_a_lower_threshold_may_cut() -> None:
    text = f"{CAPTION} {SECOND_CAPTION} {SENTENCE}"
    model = _model()
    near: list[tuple[int, int]] = []
    cuts = model.cuts(text, 0, len(text), (CAPTION_THRESHOLD, near))
    assert cuts == model.cuts(text, 0, len(text)) == [text.index("The club")]
    at = text.index("Baker scored")
    assert (at - 1, at) in near  # the gap before the second caption, left uncut
    assert model.recut(text, 0, cuts[0], len(text), CAPTION_THRESHOLD, near) == [at]
