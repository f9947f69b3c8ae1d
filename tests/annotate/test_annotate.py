"""The annotate stage: one pass of the finders, embeddings encoded once per sentence."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.annotate import (
    AnnotationLayers,
    Annotator,
    annotate_sentence,
    annotated,
    attributions_by_sentence,
    speakers,
)
from factkit.config import Config
from factkit.document import Attribution, Sentence
from factkit.ingest import article_from_text
from factkit.split import split_sentences


def test_seed_annotations_are_offsets_into_the_article(seed_text: str) -> None:
    article = article_from_text(seed_text)
    sentences = split_sentences(article.text)
    notes = Annotator().annotate(article, sentences)
    assert notes.annotated == tuple(annotated(sentences))
    # the body and the photo caption; not the dateline, standfirst, tweet, heading or source
    assert {s.kind for s in notes.annotated} == {"body", "caption"}
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


def test_each_attribution_touches_the_sentences_of_its_cue_and_content(seed_text: str) -> None:
    article = article_from_text(seed_text)
    notes = Annotator().annotate(article, split_sentences(article.text))
    by_index = {s.index: s for s in notes.annotated}
    assert notes.sentence_attributions
    for index, atts in notes.sentence_attributions.items():
        s = by_index[index]
        for a in atts:
            assert s.start <= a.cue_start < s.end or (
                a.content_start < s.end and s.start < a.content_end
            )
    for a in notes.attributions:  # every attribution is listed under its cue's sentence
        (cue_sentence,) = [s for s in notes.annotated if s.start <= a.cue_start < s.end]
        assert a in notes.attributions_of(cue_sentence)


def test_a_sentence_alone_is_annotated_as_one_body_sentence() -> None:
    notes = annotate_sentence("Over 40 people died, police said", AnnotationLayers(times=False))
    (body,) = notes.annotated
    assert body.kind == "body" and body.text == "Over 40 people died, police said"
    found = [(q.text, q.unit, q.qualifier) for q in notes.quantities_of(body)]
    assert found == [("40", "people", "over")]
    assert notes.attributions_of(body) and notes.times == ()


def _pairwise_by_sentence(
    body: list[Sentence], atts: list[Attribution]
) -> dict[int, list[Attribution]]:
    found: dict[int, list[Attribution]] = {}
    for att in atts:
        for s in body:
            cue_in = s.start <= att.cue_start < s.end
            content_in = att.content_start < s.end and s.start < att.content_end
            if cue_in or content_in:
                found.setdefault(s.index, []).append(att)
    return found


_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 25))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(1, 12), min_size=1, max_size=8),
    st.lists(st.tuples(st.integers(0, 70), _SPAN), max_size=10),
    st.booleans(),
)
def test_attributions_by_sentence_equals_the_pairwise_test(
    lengths: list[int], raw_atts: list[tuple[int, tuple[int, int]]], nested: bool
) -> None:
    """Bisection finds exactly the (sentence, attribution) pairs that testing every pair finds,
    for back-to-back sentences, gaps between them, and (fallback path) nested ones."""
    body, pos = [], 0
    for i, n in enumerate(lengths):
        body.append(Sentence(i, pos, pos + n, "body", "x" * n))
        pos += n + (i % 2)
    if nested:
        body.append(Sentence(len(body), 0, pos + 5, "body", "x"))
    atts = [
        Attribution(None, None, None, "said", cue, cue + 4, "c", c0, c0 + width, False)
        for cue, (c0, width) in raw_atts
    ]
    assert attributions_by_sentence(body, atts) == _pairwise_by_sentence(body, atts)


def test_annotators_with_one_config_share_their_finders() -> None:
    """A ``factkit.verify`` call builds a new Annotator: it must not compile the finders again."""
    config = Config()
    first, second = Annotator(config), Annotator(config.model_copy(deep=True))
    assert first.quantity_finder is second.quantity_finder
    assert first.attribution_finder is second.attribution_finder
    other = Config.model_validate({"claims": {"attribution": {"min_quote_words": 9}}})
    assert Annotator(other).attribution_finder is not first.attribution_finder
    assert Annotator(other).attribution_finder.min_quote_words == 9


CAPTIONED = (
    "Police said the museum reopened on Monday after a break-in.\n\n"
    "The FBI (left) has offered a $5million reward for the paintings\n\n"
    "Officers searched the house and found a list of the stolen pieces.\n"
)


def test_photo_captions_are_annotated_beside_the_body() -> None:
    """A caption states facts a summary may restate: its numbers are annotated (the verifier's
    evidence), while headings and other non-body segments are not."""
    article = article_from_text("Museum break-in\n\n" + CAPTIONED)
    sentences = split_sentences(article.text)
    assert [s.kind for s in sentences] == ["heading", "body", "caption", "body"]
    assert [s.kind for s in annotated(sentences)] == ["body", "caption", "body"]
    notes = Annotator().annotate(article, sentences)
    caption = next(s for s in notes.annotated if s.kind == "caption")
    assert [q.value for q in notes.quantities_of(caption)] == [5_000_000]


def test_an_article_of_captions_alone_annotates_every_non_empty_segment() -> None:
    sentences = split_sentences("The FBI (left) has offered a reward\n\nGetty Images\n")
    assert "body" not in {s.kind for s in sentences}
    assert annotated(sentences) == [s for s in sentences if s.text.strip()]


def test_the_people_and_their_sexes_travel_on_the_annotations() -> None:
    text = (
        "Tom Reed won the Harbour Open on Sunday. He finished two shots clear. "
        "Anna Kemp, the tournament director, said she was delighted."
    )
    article = article_from_text(text)
    notes = Annotator().annotate(article, split_sentences(article.text))
    assert {p.name: p.sex for p in notes.person_sexes} == {
        "Tom Reed": "m",
        "Harbour Open": None,
        "Anna Kemp": "f",
    }
    off = AnnotationLayers(quantities=True, attributions=False, times=True)
    assert Annotator().annotate(article, split_sentences(article.text), off).person_sexes == ()


def test_the_speaker_resolver_is_built_only_when_the_config_resolves_speakers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The people's sexes travel on the annotations whatever ``resolve_speakers`` says (the
    verifier reads them); the resolver itself is built only when speakers are resolved."""
    text = (
        "Tom Reed won the Harbour Open on Sunday. He finished two shots clear. "
        '"I am delighted," he said.'
    )
    article = article_from_text(text)
    built: list[str] = []
    original = speakers.SpeakerResolver.__init__

    def counted(self: speakers.SpeakerResolver, *args: Any, **kwargs: Any) -> None:
        built.append(args[0])
        original(self, *args, **kwargs)

    monkeypatch.setattr(speakers.SpeakerResolver, "__init__", counted)
    off = Config.model_validate({"claims": {"attribution": {"resolve_speakers": False}}})
    quiet = Annotator(off).annotate(article, split_sentences(text))
    assert built == []
    assert [a.speaker_resolved for a in quiet.attributions] == ["he"]  # as written
    on = Annotator().annotate(article, split_sentences(text))
    assert len(built) == 1
    assert [a.speaker_resolved for a in on.attributions] == ["Tom Reed"]
    assert quiet.person_sexes == on.person_sexes
    assert {p.name: p.sex for p in quiet.person_sexes}["Tom Reed"] == "m"
