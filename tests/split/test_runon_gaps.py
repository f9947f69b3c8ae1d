"""Where a run-on cut may fall (factkit.split.runon_gaps): the gaps, the words a gap reads and the
gaps no cut may take (a quote its verb introduced, a quoted title, a headline in Title Case)."""

from __future__ import annotations

import pytest

from factkit.split import split_sentences
from factkit.split.runon_gaps import GAP, gap_context
from tests.split.conftest import RUNONS_ON, runon_texts
from tests.test_split import assert_valid


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
    assert runon_texts(text) == [text]


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
    assert runon_texts(text) == [
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
    assert_valid(text, RUNONS_ON)
    assert len(split_sentences(text, RUNONS_ON)) == 1
