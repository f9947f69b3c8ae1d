"""factkit.verification.index: the article index built from the annotate stage's findings."""

from __future__ import annotations

import datetime as dt

from factkit.annotate import AnnotationLayers, Annotations, Annotator
from factkit.config import Config
from factkit.document import Article, SegmentKind, Sentence, TimeAnchor
from factkit.split import split_sentences
from factkit.verification.index import (
    ArticleIndex,
    IndexedName,
    Neighbours,
    _read_sentence,
    _times_in_sentences,
    build_index,
    neighbours_of,
)
from factkit.verification.names import name_spans, past_clause_opener
from factkit.verification.text import content_tokens, stem_of, word_list

TEXT = (
    "Andy Murray was ranked 66th in the middle of 2014, officials said. "
    "His team won 2-0 on Tuesday and 1,200 fans watched the game. "
    "Murray said the team played well."
)


def _index(layers: AnnotationLayers | None = None) -> tuple[Annotations, ArticleIndex]:
    layers = layers or AnnotationLayers()
    article = Article(text=TEXT, date=dt.date(2015, 3, 4))
    sentences = split_sentences(TEXT)
    annotations = Annotator(Config()).annotate(article, sentences, layers)
    return annotations, build_index(annotations, Config().verify.number_context_words)


def test_numbers_are_the_annotations_plus_the_verifiers_own_readings() -> None:
    annotations, index = _index()
    numbers = {TEXT[n.quantity.start : n.quantity.end] for n in index.numbers}
    found = {TEXT[q.start : q.end] for qs in annotations.quantities.values() for q in qs}
    assert found <= numbers  # the annotate stage's quantities ...
    assert {"66", "2", "0", "2014"} <= numbers  # ... + ordinal, score digits, year in a date
    assert all(n.pos is not None for n in index.numbers)


def test_times_names_and_attributions_come_from_the_annotations() -> None:
    annotations, index = _index()
    assert index.times == list(annotations.times)
    assert any(TEXT[t.start : t.end].endswith("Tuesday") for t in index.times)
    assert index.attributions == list(annotations.attributions)
    assert len(index.attribution_pos) == len(index.attributions)
    assert {"andy", "murray"} <= {w for n in index.names for w in n.words}
    assert annotations.embeddings.computed == frozenset()  # the index encodes nothing


def test_a_layer_left_off_leaves_its_part_of_the_index_empty() -> None:
    _, index = _index(AnnotationLayers(times=False, attributions=False))
    assert index.times == [] and index.attributions == []
    assert {"66", "1,200"} <= {TEXT[n.quantity.start : n.quantity.end] for n in index.numbers}


def test_one_pass_over_a_sentence_reads_what_the_separate_scans_read() -> None:
    """``_read_sentence`` replaces four scans of each body sentence; it must read the same."""
    text = (
        'He said. "Then Mr Smith came," (Later) the U.S. team\'s coach, paid Rs50 to '
        "Sky.The end: Victory for 3 of them."
    )
    sentence = Sentence(0, 0, len(text), SegmentKind.BODY, text)
    read = _read_sentence(text, sentence)
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


def _names_of(text: str) -> dict[str, IndexedName]:
    article = Article(text=text)
    annotations = Annotator(Config()).annotate(article, split_sentences(text))
    index = build_index(annotations, Config().verify.number_context_words)
    return {text[n.start : n.end]: n for n in index.names}


def test_a_name_in_a_list_or_before_an_insertion_also_reads_the_words_around_them() -> None:
    names = _names_of(
        "He dreams of one day turning out for Real Madrid or Barcelona. "
        "Sir Bradley Wiggins, in one of his last rides for Team Sky, was one of the riders to "
        "crash. She went missing from a hospital in Nevill Avenue, Hove, police said."
    )
    barcelona, wiggins, hove = names["Barcelona"], names["Sir Bradley Wiggins"], names["Hove"]
    # the list's words before it, the insertion's after it, the place chain's before it
    assert barcelona.outer is not None and barcelona.outer.left == ("out", "for")
    assert {stem_of("dreams"), stem_of("turning")} <= barcelona.context
    assert wiggins.outer is not None and wiggins.outer.right == ("was", "one")
    assert hove.outer is not None and hove.outer.left == ("hospital", "in")
    # and still its own neighbours: the summary may keep the list
    assert barcelona.fit(Neighbours(("madrid", "or"), ())) == 2
    assert barcelona.fit(Neighbours(("out", "for"), ())) == 2


def test_names_joined_by_a_comma_before_a_verb_are_no_chain() -> None:
    names = _names_of("After beating Chelsea, Arsenal moved top of the table on Sunday.")
    assert names["Chelsea"].outer is None and names["Arsenal"].outer is None


ARTICLE = (
    "Hibernian beat the Rangers side at Easter Road. "
    "The Afghanistan squad trained in Kabul on Monday. "
    "Fans of Hibernian sang."
)


def test_mentions_and_name_word_heads_are_read_once_per_article() -> None:
    article = Article(text=ARTICLE)
    annotations = Annotator(Config()).annotate(article, split_sentences(ARTICLE))
    index = build_index(annotations, Config().verify.number_context_words)
    # a word of five letters or more is mentioned where a word shares its first five
    assert index.mentions_of("afghan") == [1]
    assert index.mentions_of("hibernian") == [0, 2]
    assert index.mentions_of("kab") == []  # shorter words must match whole
    assert "hibernian" in index.name_heads["hib"] and "kabul" in index.name_heads["kab"]
    assert index.body_stems[1] >= {"the", "afghan", "traine"}


def test_name_spans_read_from_the_words_already_read_are_the_same() -> None:
    text = 'Then Mr Smith met the U.S. team of Real Madrid. "Police" said Obama\'s aide.'
    sentence = Sentence(0, 0, len(text), SegmentKind.BODY, text)
    read = _read_sentence(text, sentence)
    written = list(zip(read.starts, read.ends, read.written, strict=True))
    common = {"police"}
    assert name_spans(text, 0, len(text), common, written) == name_spans(text, 0, len(text), common)
    # a range inside the text: absolute offsets, words cut at its ends ("Madrid" is outside)
    assert name_spans(text, 5, 40, common) == [(5, 13, ["smith"]), (35, 39, ["real"])]


def test_an_article_name_starts_past_the_conjunction_opening_its_clause() -> None:
    # "If Rotherham win": the article's name is "Rotherham", not "If Rotherham"
    text = 'If Rotherham win, they stay up. "When Jo Smith left, Although Kent said so."'
    spans = [past_clause_opener(text, sp) for sp in name_spans(text, 0, len(text), set())]
    assert [text[a:b] for a, b, _ in spans] == ["Rotherham", "Jo Smith", "Kent"]


def _sentence(i: int, start: int, end: int) -> Sentence:
    return Sentence(i, start, end, SegmentKind.BODY, "x" * (end - start))


def test_each_sentences_times_are_those_starting_in_it_in_their_own_order() -> None:
    # out of text order, one at a sentence's end, one before the first sentence
    times = [
        TimeAnchor("b", 12, 13, None),
        TimeAnchor("a", 3, 4, None),
        TimeAnchor("c", 10, 11, None),
        TimeAnchor("d", 11, 12, None),
        TimeAnchor("e", 0, 1, None),
    ]
    body = [_sentence(0, 2, 10), _sentence(1, 10, 20), _sentence(2, 20, 30), _sentence(3, 5, 12)]
    found = _times_in_sentences(body, times)
    assert found == [[t for t in times if s.start <= t.start < s.end] for s in body]
    assert [[t.text for t in ts] for ts in found] == [["a"], ["b", "c", "d"], [], ["c", "d"]]


def test_body_position_bisects_ordered_sentences_and_scans_others() -> None:
    _, index = _index()
    assert index.body_starts == [s.start for s in index.body]
    for offset in range(-1, len(TEXT) + 2):
        scanned = [i for i, s in enumerate(index.body) if s.start <= offset < s.end]
        assert index.body_position(offset) == (scanned[0] if scanned else None)
    # sentences a caller passes that overlap are scanned: the first one holding the offset
    index.body = [_sentence(0, 0, 30), _sentence(1, 10, 20)]
    index.body_starts = None
    assert index.body_position(15) == 0
