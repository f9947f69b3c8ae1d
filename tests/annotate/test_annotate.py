"""The annotate stage: one pass of the finders, embeddings encoded once per sentence."""

from __future__ import annotations

import numpy as np

from factkit.annotate import AnnotationLayers, Annotator, annotated
from factkit.ingest import article_from_text
from factkit.split import split_sentences


def test_seed_annotations_are_offsets_into_the_article(seed_text: str) -> None:
    article = article_from_text(seed_text)
    sentences = split_sentences(article.text)
    notes = Annotator().annotate(article, sentences)
    assert notes.annotated == tuple(annotated(sentences))
    assert all(s.kind == "body" for s in notes.annotated)
    figures = {q.text for qs in notes.quantities.values() for q in qs}
    assert any("183" in f for f in figures)
    for qs in notes.quantities.values():
        for q in qs:
            assert article.text[q.start : q.end] == q.text
    assert notes.attributions, "the seed quotes several speakers"
    for a in notes.attributions:
        assert article.text[a.cue_start : a.cue_end] == a.cue
    assert all(t.sentence_index is not None for t in notes.times)


def test_embeddings_are_encoded_once_and_on_demand(seed_text: str) -> None:
    article = article_from_text(seed_text)
    notes = Annotator().annotate(article, split_sentences(article.text))
    first, second = notes.annotated[0].index, notes.annotated[1].index
    assert notes.embeddings.computed == frozenset()
    one = notes.embeddings.rows([first])
    assert notes.embeddings.computed == {first}
    both = notes.embeddings.rows([second, first])
    assert notes.embeddings.computed == {first, second}
    np.testing.assert_array_equal(both[1], one[0])
    assert np.allclose(np.linalg.norm(both, axis=1), 1.0, atol=1e-5)


def test_layers_that_are_off_stay_empty(seed_text: str) -> None:
    article = article_from_text(seed_text)
    off = AnnotationLayers(quantities=False, attributions=False, times=False)
    notes = Annotator().annotate(article, split_sentences(article.text), off)
    assert notes.quantities == {} and notes.attributions == () and notes.times == ()


def test_text_without_body_annotates_its_lines() -> None:
    article = article_from_text("WASHINGTON\n\nPhoto: Reuters")
    sentences = split_sentences(article.text)
    notes = Annotator().annotate(article, sentences)
    assert notes.annotated and all(s.text.strip() for s in notes.annotated)
