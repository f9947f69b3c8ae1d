"""Run-on cuts (factkit.split.runons): captions glued to the next sentence with no full stop, the
packaged model and its score bound."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.config import Config, SplitterConfig
from factkit.split import split_sentences
from factkit.split.punkt_model import english_punkt_parameters
from factkit.split.runon_gaps import GAP, gap_context
from factkit.split.runons import RunonModel, load_runon_model
from tests.split.conftest import RUNONS_OFF, RUNONS_ON, runon_texts
from tests.test_split import assert_valid


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The council approved the new housing plan at its meeting on Monday The building "
            "work will start in June.",
            "The council approved the new housing plan at its meeting on Monday",
        ),
        (
            "Manchester United striker John Smith looks on dejected during the defeat at Old "
            "Trafford The afternoon had started so well for Smith, who scored twice.",
            "Manchester United striker John Smith looks on dejected during the defeat at Old "
            "Trafford",
        ),
        (
            "Fans gathered outside the stadium long before the kick-off on Saturday 'We have "
            "waited a long time for a day like this,' said one supporter.",
            "Fans gathered outside the stadium long before the kick-off on Saturday",
        ),
    ],
)
def test_a_glued_sentence_end_is_cut(text: str, first: str) -> None:
    assert runon_texts(text)[0] == first
    assert runon_texts(text, RUNONS_OFF) == [text]  # the switch off: one Punkt sentence, as before


def test_the_caption_piece_is_a_caption() -> None:
    text = (
        "Jane Doe (left) lifts the trophy with her team-mates after the final whistle at the "
        "national stadium The victory was the first of her career as captain.\n\n"
        "She had joined the club in 2015."
    )
    segments = split_sentences(text, RUNONS_ON)
    assert [s.kind for s in segments] == ["caption", "body", "body"]
    assert segments[1].text == "The victory was the first of her career as captain."


def test_the_verifier_reads_the_article_without_the_cuts() -> None:
    cfg = Config()
    assert cfg.splitter.runon_boundaries
    assert not cfg.verify_splitter().runon_boundaries
    assert cfg.verify_splitter().max_len == cfg.splitter.max_len
    both = Config.model_validate({"verify": {"split_runons": True}})
    assert both.verify_splitter() == both.splitter
    off = Config.model_validate({"splitter": {"runon_boundaries": False}})
    assert off.verify_splitter() is off.splitter


def test_the_packaged_model_is_plain_json() -> None:
    path = resources.files("factkit") / "models" / "runon_splitter.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "factkit-runon-linear-1"
    assert isinstance(data["threshold"], float)
    assert all(isinstance(w, float) for w in data["weights"].values())


# --- properties: cuts only add boundaries inside Punkt sentences, offsets still tile -----------

WORDS = st.sampled_from(
    [
        "the", "said", "on", "Monday", "The", "He", "Smith", "pictured", "(left)", "at",
        "Old", "Trafford", "'We", "won'", "players'", "No.", "2", "afternoon", "was", "great",
        "It", "But", "in", "London", "and", ".", ",", "?", "\n", "“Yes”", "Mr.",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=60).map(" ".join))
def test_runon_cuts_keep_offsets_and_refine_the_punkt_split(text: str) -> None:
    assert_valid(text, RUNONS_ON)
    assert_valid(text, SplitterConfig(runon_boundaries=True, classify_segments=False, max_len=40))
    on = split_sentences(text, RUNONS_ON)
    off = split_sentences(text, RUNONS_OFF)
    on_starts = {s.start for s in on}
    assert {s.start for s in off} <= on_starts  # every Punkt boundary is still there
    for s in on:
        if s.start not in {o.start for o in off}:
            # a new boundary sits after whitespace, before a capital (maybe after a quote)
            assert text[s.start - 1].isspace()
            assert s.text.lstrip("'\"“‘")[:1].isupper()


def _model() -> RunonModel:
    return load_runon_model(english_punkt_parameters().ortho_context)


def test_a_gap_below_the_bound_is_skipped_before_the_words_are_read() -> None:
    model = _model()
    text = "The council approved the new housing plan at its meeting on Monday The work will start"
    at = text.index(" The work")
    gap = gap_context(text, 0, at, at + 1, len(text))
    assert gap is not None and model.score(gap) > model.threshold  # a cut, so not skipped
    assert model.score_bound(text, 0, at, at + 1, len(text)) >= model.score(gap)
    name = "The company told reporters on Monday that it met Smith and his lawyers"
    at = name.index(" Smith")
    assert model.score_bound(name, 0, at, at + 1, len(name)) < model.threshold  # no words read


BOUND_WORDS = st.sampled_from(
    [
        "the", "said", "was", "He", "Smith", "Smith's", "'We", "won'", "players'", '"he',
        "ran\"", "“Yes", "no”", "Old", "Trafford", "pictured", "The", "afternoon", "x" * 70,
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(BOUND_WORDS, min_size=6, max_size=40).map(" ".join))
def test_the_score_bound_is_never_below_the_score(text: str) -> None:
    """A gap is skipped on its bound: no piece before it (any length, verb, quote or name) may
    score it over that bound, or a cut would be lost."""
    model = _model()
    for m in GAP.finditer(text):
        for piece in [0, *(g.end() for g in GAP.finditer(text, 0, m.start()))]:
            gap = gap_context(text, piece, m.start(), m.end(), len(text))
            if gap is not None:
                bound = model.score_bound(text, piece, m.start(), m.end(), len(text))
                assert model.score(gap) <= bound + 1e-9
