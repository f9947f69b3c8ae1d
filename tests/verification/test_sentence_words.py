"""factkit.verification.sentence_words: each body sentence's words read in one pass."""

from __future__ import annotations

from factkit.document import SegmentKind, Sentence
from factkit.verification.names import name_spans
from factkit.verification.neighbours import neighbours_of
from factkit.verification.sentence_words import read_sentence
from factkit.verification.text import content_tokens, stem_of, word_list


def test_one_pass_over_a_sentence_reads_what_the_separate_scans_read() -> None:
    """``read_sentence`` replaces four scans of each body sentence; it must read the same."""
    text = (
        'He said. "Then Mr Smith came," (Later) the U.S. team\'s coach, paid Rs50 to '
        "Sky.The end: Victory for 3 of them."
    )
    sentence = Sentence(0, 0, len(text), SegmentKind.BODY, text)
    read = read_sentence(text, sentence)
    assert read.tokens == content_tokens(text, 0, len(text))
    assert read.words == set(word_list(text))
    assert read.stems == {stem_of(w) for w in word_list(text)}  # function words' too ("the")
    # capitalized mid-sentence: not first, nor after a sentence end (and quotes or brackets)
    assert read.capitalized == {"smith", "mr", "later", "us", "rs50", "skythe"}
    # the words around every span, word boundaries or not (a slot may start inside "Rs50")
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 12) + 1):
            got = read.around(text, start, end, 0, len(text))
            assert got == neighbours_of(text, start, end, 0, len(text)), (start, end)


def test_name_spans_read_from_the_words_already_read_are_the_same() -> None:
    text = 'Then Mr Smith met the U.S. team of Real Madrid. "Police" said Obama\'s aide.'
    sentence = Sentence(0, 0, len(text), SegmentKind.BODY, text)
    read = read_sentence(text, sentence)
    written = list(zip(read.starts, read.ends, read.written, strict=True))
    common = {"police"}
    assert name_spans(text, 0, len(text), common, written) == name_spans(text, 0, len(text), common)
    # a range inside the text: absolute offsets, words cut at its ends ("Madrid" is outside)
    assert name_spans(text, 5, 40, common) == [(5, 13, ["smith"]), (35, 39, ["real"])]
