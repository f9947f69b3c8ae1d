"""factkit.verification.verifier: the verifier reads the article's annotations."""

from __future__ import annotations

import pytest

from factkit.annotate import Annotator, annotated
from factkit.config import Config, load_config
from factkit.document import Article
from factkit.encoder import get_encoder
from factkit.ingest import article_from_text
from factkit.split import split_sentences
from factkit.verification import Verifier
from factkit.verification.verifier import verify
from tests.conftest import record_encoder_calls

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
    # the verifier encoded the prefilter's candidates for itself and left the table as it was
    # (a row kept there would change what the next summary reads)
    assert annotations.embeddings.computed == frozenset()
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


def test_only_the_prefilters_candidates_are_encoded(
    seed_article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cold verify hands the encoder one call: the summary sentences and at most
    ``verify.candidate_sentences`` article sentences per summary sentence; the verdicts and
    reasons on the seed are those of encoding every body sentence."""
    sentences = split_sentences(seed_article.text)
    config = Config()
    k = config.verify.candidate_sentences
    body = annotated(sentences)
    assert 2 * k < len(body)  # the seed is long enough for the prefilter to matter
    calls = record_encoder_calls(get_encoder(config.encoder), monkeypatch)
    fewer = Verifier(config).verify(SUMMARY, seed_article, sentences)
    assert len(calls) == 1
    summary_texts = [s.text for s in fewer.sentences]
    assert calls[0][-2:] == summary_texts
    assert 0 < len(calls[0]) - 2 <= 2 * k
    everything = load_config(overrides=["verify.candidate_sentences=0"])
    calls.clear()
    full = Verifier(everything).verify(SUMMARY, seed_article, sentences)
    assert [len(c) for c in calls] == [len(body) + 2]
    judged = [(s.verdict, [r.type for r in s.reasons]) for s in fewer.sentences]
    assert judged == [(s.verdict, [r.type for r in s.reasons]) for s in full.sentences]
    assert judged == [
        ("unsupported", ["number_mismatch"]),
        ("unsupported", ["speaker_mismatch"]),
    ]


def test_public_function_annotates_itself(seed_text: str) -> None:
    result = verify(SUMMARY, seed_text)
    assert [s.verdict for s in result.sentences] == ["unsupported", "unsupported"]


# An article of my own, long enough (12 body sentences) for the prefilter to leave rows out.
HARBOUR = (
    "The port authority of Kellby approved a new ferry terminal on Tuesday. "
    "The terminal will cost 42 million pounds and open in the spring of 2028. "
    "Mayor Ruth Okafor said the project would bring 300 jobs to the town. "
    "Fishermen on the north quay protested outside the council building. "
    "Their spokesman, Tom Bright, said the dredging would ruin the crab grounds. "
    "The authority promised to pay for a study of the seabed. "
    "Ferries to the islands currently leave from a pier built in 1911. "
    "That pier was closed twice last winter because of storm damage. "
    "A regional bank will lend half of the money. "
    "The rest comes from a national fund for coastal towns. "
    "Construction firms have until June to submit their bids. "
    "The council will vote on the final design in September."
)
FIRST = "Fishermen protested because dredging would ruin the crab grounds, Tom Bright said."
SECOND = (
    "Mayor Ruth Okafor said the terminal would bring 400 jobs. "
    "The old pier was closed three times last winter."
)


def test_a_verdict_does_not_depend_on_what_was_verified_before() -> None:
    """Verifying a summary after another one on the same annotations gives what it gives on
    fresh annotations: the rows an earlier summary had encoded are neither read by a later one
    nor change its vectors (an editor re-verifying an edited summary gets the same answer)."""
    article = Article(text=HARBOUR)
    sentences = split_sentences(HARBOUR)
    config = Config()
    assert 2 * config.verify.candidate_sentences < len(annotated(sentences))
    shared = Annotator(config).annotate(article, sentences)
    verifier = Verifier(config)
    verifier.verify(FIRST, article, sentences, shared)
    after = verifier.verify(SECOND, article, sentences, shared)
    fresh = Annotator(config).annotate(article, sentences)
    alone = Verifier(config).verify(SECOND, article, sentences, fresh)
    assert [[r.type for r in s.reasons] for s in after.sentences] == [
        [r.type for r in s.reasons] for s in alone.sentences
    ]
    assert after.score == pytest.approx(alone.score, abs=1e-6)
    for a, b in zip(after.sentences, alone.sentences, strict=True):
        assert a.score == pytest.approx(b.score, abs=1e-6)
        assert [s.sentence_index for s in a.support] == [s.sentence_index for s in b.support]
        assert [s.similarity for s in a.support] == pytest.approx(
            [s.similarity for s in b.support], abs=1e-6
        )


def test_a_run_on_summary_sentence_is_checked_in_pieces() -> None:
    # one 42 KB "sentence" of 3,000 numbers: checking a sentence grows with the square of its
    # numbers and words (seconds); verify.max_sentence_chars cuts it as splitter.max_len does
    article = article_from_text("The council said the budget rose 5% in 2020 after a vote.")
    summary = "The budget rose 5% in 2020, " * 1_500
    result = verify(summary, article)
    assert len(result.sentences) == 22  # 42,000 characters cut at a comma before each 2,000
    pieces = result.sentences
    assert all(len(s.text) <= 2_000 and summary[s.start : s.end] == s.text for s in pieces)
    assert " ".join(s.text for s in pieces) == summary.strip()
    assert {(s.verdict, s.reasons) for s in pieces} == {("supported", ())}
    # 0 never cuts; splitter.max_len cuts shorter when it is set
    whole = load_config(overrides=["verify.max_sentence_chars=0"])
    assert len(verify(summary[:2_800], article, whole).sentences) == 1
    shorter = load_config(overrides=["splitter.max_len=500"])
    assert max(len(s.text) for s in verify(summary[:2_800], article, shorter).sentences) <= 500


def test_a_flattened_table_in_the_article_is_read_in_linear_time() -> None:
    # one article "sentence" of 1,500 numbers: pairs of its numbers were tried as sums, as a
    # part and its whole, and each number's neighbours scanned from the sentence start
    # (quadratic); a passage of more than 100 numbers derives no sum, the rest is unchanged
    article = article_from_text(
        "The league table was published on Monday. " + "Leeds 5 to 6 to 7, " * 500 + "and so on."
    )
    [checked] = verify("The table had 11 points for Leeds.", article).sentences
    assert checked.verdict == "unsupported"
    assert [(r.type, r.source_start) for r in checked.reasons] == [("number_mismatch", 9_539)]


CAPTIONED_ARTICLE = (
    "Museum break-in\n\n"
    "Police said the Boston museum reopened on Monday after the break-in, the city's largest "
    "art theft.\n\n"
    "The FBI (left) has offered a $5million reward for the stolen paintings\n\n"
    "Officers searched the house of a suspect in Connecticut and found a list of the stolen "
    "pieces.\n"
)


@pytest.mark.parametrize(
    ("summary", "reasons"),
    [
        ("The FBI has offered a $5million reward for the stolen paintings.", []),
        ("The FBI has offered a $50million reward for the stolen paintings.", ["number_mismatch"]),
    ],
)
def test_a_photo_caption_is_evidence(summary: str, reasons: list[str]) -> None:
    """A fact the article states only in a photo caption is in the article: restated it is
    supported (not "'$5million' is not in the article"), changed it meets the caption's
    figure."""
    article = article_from_text(CAPTIONED_ARTICLE)
    sentences = split_sentences(article.text)
    assert "caption" in {s.kind for s in sentences}
    result = Verifier(Config()).verify(summary, article, sentences)
    found = [r for s in result.sentences for r in s.reasons]
    assert [r.type for r in found] == reasons
    if found:
        assert "'$5million'" in found[0].detail
    # the support says it is a caption, so that an editor can weigh it
    [checked] = result.sentences
    best = checked.support[0]
    assert best.kind == "caption"
    assert "$5million reward" in article.text[best.start : best.end]
    assert {s.kind for s in checked.support[1:]} == {"body"}
