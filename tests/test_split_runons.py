"""Run-on cuts (factkit.split.runons): captions glued to the next sentence with no full stop."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.config import Config, SplitterConfig
from factkit.split import split_sentences
from factkit.split.punkt_model import english_punkt_parameters
from factkit.split.runons import GAP, RunonModel, gap_context, load_runon_model
from tests.test_split import assert_valid

OFF = SplitterConfig(runon_boundaries=False)
ON = SplitterConfig(runon_boundaries=True)


def texts(text: str, config: SplitterConfig = ON) -> list[str]:
    return [s.text for s in split_sentences(text, config)]


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
    assert texts(text)[0] == first
    assert texts(text, OFF) == [text]  # the switch off: one Punkt sentence, as before


@pytest.mark.parametrize(
    "text",
    [
        "The White House said on Tuesday that President Obama would travel to Kenya next month.",
        "The company told The Sun on Monday that it would appeal against the ruling.",
        # a quote after the word that introduces it is its object
        "Another guard posted a photo with the caption 'Who is next boys?' on his page.",
        "After the game the striker said 'I will be able to do that next year' and left.",
        # a number after its prefix
        "The miners rode down the dank shafts of Federal mine No. 2 last spring before dawn.",
        # a plural possessive closes no quote; a name with its question mark
        "He has tipped the striker for the players' Player of the Year award this season.",
        "Richard Lloyd, executive director of consumer watchdog Which?, said it would appeal.",
        # a quote its reporting verb introduced a few words back
        "She remained defiant, telling reporters at the time 'I did nothing wrong' on Friday.",
        # a headline in Title Case
        "Hillary Clinton Speaks Directly To White People After Latest Police Shooting",
    ],
)
def test_no_cut_inside_a_real_sentence(text: str) -> None:
    assert texts(text) == [text]


def test_the_caption_piece_is_a_caption() -> None:
    text = (
        "Jane Doe (left) lifts the trophy with her team-mates after the final whistle at the "
        "national stadium The victory was the first of her career as captain.\n\n"
        "She had joined the club in 2015."
    )
    segments = split_sentences(text, ON)
    assert [s.kind for s in segments] == ["caption", "body", "body"]
    assert segments[1].text == "The victory was the first of her career as captain."


def test_gaps_need_a_plain_word_and_a_capital() -> None:
    text = "He left early, The game went on; Then it rained Then it 'Stopped' (left) Here"
    gaps = [text[m.end() : m.end() + 4] for m in GAP.finditer(text)]
    # not after "early," or "on;": punctuation ends those words
    assert gaps == ["Then", "'Sto", "Here"]
    piece_too_short = gap_context("one two Three four five", 0, 7, 8, 23)
    assert piece_too_short is None  # two words before the gap: no sentence of its own


@pytest.mark.parametrize(
    ("text", "open_quote"),
    [
        ('He said "the old dog saw the cat and Smith ran off', True),
        ('He said "the old dog saw the cat" and Smith ran off', False),
        ("He said “the old dog saw the cat and Smith ran off", True),
        ("He said “the old dog saw the cat” and Smith ran off", False),
    ],
)
def test_a_gap_knows_whether_the_piece_left_a_quote_open(text: str, open_quote: bool) -> None:
    at = text.index(" Smith")
    gap = gap_context(text, 0, at, at + 1, len(text))
    assert gap is not None and gap.open_quote is open_quote


def test_no_gap_inside_a_quoted_title_that_is_still_open() -> None:
    # "'Figure | It Out'": the capital goes on the song's title
    text = "The winger chose the rock band's song 'Figure It Out' before the match on Sunday"
    at = text.index(" It Out")
    assert gap_context(text, 0, at, at + 1, len(text)) is None
    # once the title is closed, the gap after it is read as before
    text = "The winger chose the rock band's song 'Dangerous' Laurent Koscielny went for pop"
    at = text.index(" Laurent")
    assert gap_context(text, 0, at, at + 1, len(text)) is not None


@pytest.mark.parametrize(
    "title",
    ["'A Portrait of the Harbour in Winter'", "'Sunset over the Bay'", "“Boats at Dawn”"],
)
def test_no_gap_before_a_quoted_title_with_small_words(title: str) -> None:
    # a quotation in Title Case, its small words in lower case, names a work: no sentence
    # starts at its opening mark
    text = f"Visitors look at the empty frame of the stolen oil painting {title} hangs here"
    at = text.index(f" {title[0]}")
    assert gap_context(text, 0, at, at + 1, len(text)) is None


@pytest.mark.parametrize(
    "speech",
    [
        "'Thank You,' he said to the crowd",  # the closing mark after a comma: speech
        "'This is it' he said to the crowd",  # a verb and a pronoun: speech, not a title
        "'A Lady and Gentleman in the park was all we saw",  # no closing mark near: speech
    ],
)
def test_a_quotation_that_is_no_title_is_read_as_before(speech: str) -> None:
    text = f"The fans waited for hours outside the stadium on Sunday {speech}"
    at = text.index(" '")
    assert gap_context(text, 0, at, at + 1, len(text)) is not None


@pytest.mark.parametrize(
    ("opening", "quote"),
    [
        ("The review panel concluded that", '"The failure covered reporting, editing and checks."'),
        ("The inquiry found that", "'The board ignored every warning it was given.'"),
    ],
)
def test_a_quote_after_that_is_a_clause_of_the_sentence(opening: str, quote: str) -> None:
    # "that" makes the quotation the verb's object: the model cut before the quote mark
    text = f"Nobody in the club saw it coming. {opening} {quote} The chairman left."
    assert texts(text) == [
        "Nobody in the club saw it coming.",
        f"{opening} {quote}",
        "The chairman left.",
    ]
    at = text.index(f" {quote[0]}")
    assert gap_context(text, 0, at, at + 1, len(text)) is None


def test_a_long_sentence_with_no_cut_is_read_in_linear_time() -> None:
    """A megabyte with no full stop and a capital every few words (a scraped blob): every gap
    counted the quotes of the whole piece before it (quadratic: 2.6 s at 480 KB, 6.7 s at 1 MB,
    1 s after); the counts are now bisections of marks read once per sentence."""
    text = 'the big dog saw the Cat and "ran ' * 32_000
    assert_valid(text, ON)
    assert len(split_sentences(text, ON)) == 1


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
    assert_valid(text, ON)
    assert_valid(text, SplitterConfig(runon_boundaries=True, classify_segments=False, max_len=40))
    on = split_sentences(text, ON)
    off = split_sentences(text, OFF)
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
