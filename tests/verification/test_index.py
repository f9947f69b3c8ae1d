"""factkit.verification.index: the article index built from the annotate stage's findings."""

from __future__ import annotations

import datetime as dt

from factkit.annotate import AnnotationLayers, Annotations, Annotator
from factkit.config import Config
from factkit.document import Article, SegmentKind, Sentence, TimeAnchor
from factkit.split import split_sentences
from factkit.verification.index import (
    ArticleIndex,
    _times_in_sentences,
    build_index,
)
from factkit.verification.names import name_spans, past_clause_opener

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
