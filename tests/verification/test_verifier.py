"""factkit.verification.verifier: the verifier reads the article's annotations."""

from __future__ import annotations

import pytest

from factkit.annotate import Annotator
from factkit.config import Config
from factkit.document import Article
from factkit.ingest import article_from_text
from factkit.split import split_sentences
from factkit.verification import Verifier
from factkit.verification.verifier import verify

SUMMARY = (
    "The UN human rights chief said her office had counted at least 138 deaths among "
    "civilians in recent weeks. The State Department said the pullout is 95 percent complete."
)


@pytest.fixture(scope="module")
def seed_article(seed_text: str) -> Article:
    return article_from_text(seed_text)


def test_given_annotations_are_read_not_recomputed(seed_article: Article) -> None:
    """With the pipeline's annotations the verifier encodes no article sentence itself, builds
    its index once for many summaries, and judges as when it annotates alone."""
    sentences = split_sentences(seed_article.text)
    annotations = Annotator(Config()).annotate(seed_article, sentences)
    verifier = Verifier(Config())
    given = verifier.verify(SUMMARY, seed_article, sentences, annotations)
    body = {s.index for s in annotations.annotated}
    assert annotations.embeddings.computed == body  # the verifier asked for the body rows
    index = verifier.index(annotations)
    again = verifier.verify(SUMMARY.split(". ")[1], seed_article, sentences, annotations)
    assert verifier.index(annotations) is index  # one index per Annotations object
    alone = Verifier(Config()).verify(SUMMARY, seed_article, sentences)
    assert given == alone
    assert [r.type for r in again.sentences[0].reasons] == ["speaker_mismatch"]
    # the index's article numbers start from the annotate stage's quantities
    found = {(q.start, q.end) for qs in annotations.quantities.values() for q in qs}
    assert found <= {(n.quantity.start, n.quantity.end) for n in index.numbers}
    assert list(index.attributions) == list(annotations.attributions)


def test_public_function_annotates_itself(seed_text: str) -> None:
    result = verify(SUMMARY, seed_text)
    assert [s.verdict for s in result.sentences] == ["unsupported", "unsupported"]
