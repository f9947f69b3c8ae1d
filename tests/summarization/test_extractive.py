"""Tests for the extractive summarizer (real packaged MiniLM encoder) and build_summarizer."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factkit.config import Config, load_config
from factkit.document import Article, Sentence
from factkit.split import split_sentences
from factkit.summarization import build_summarizer
from factkit.summarization.extractive import ExtractiveSummarizer
from factkit.summarization.select import count_words

ARTICLE = """\
The city council approved a new budget for public schools on Monday after months of debate.

A photo of the council chamber, where the vote took place.

The budget adds 40 million dollars for teachers and classroom repairs over two years.
Council members said the money would come from a higher tax on commercial property.
Parents and teachers had protested outside city hall for weeks to demand more funding.
The mayor is expected to sign the budget later this week.
Critics said the tax increase would push small businesses out of the city.
"""


@pytest.fixture(scope="module")
def config() -> Config:
    return load_config()


def _summary(config: Config, text: str, **kwargs: Any) -> Any:
    return build_summarizer(config).summarize(Article(text=text), split_sentences(text), **kwargs)


def test_seed_summary_is_body_only_with_exact_offsets(
    config: Config, seed_text: str, seed_expected: dict[str, Any]
) -> None:
    sentences = split_sentences(seed_text)
    summary = build_summarizer(config).summarize(Article(text=seed_text), sentences)
    assert summary.method == "extractive"
    assert summary.model == "all-MiniLM-L6-v2"
    assert len(summary.sentences) == config.summarizer.sentences == 3
    by_index = {s.index: s for s in sentences}
    for picked in summary.sentences:
        assert picked.index is not None and picked.start is not None and picked.end is not None
        assert by_index[picked.index].kind == "body"
        assert seed_text[picked.start : picked.end] == picked.text
    for not_body in seed_expected["segments_not_body"].values():
        assert not_body not in summary.text
    starts = [s.start for s in summary.sentences]
    assert starts == sorted(starts)


def test_non_body_segments_are_never_picked(config: Config) -> None:
    text = "Fire crews fought a large wildfire near the town on Sunday night.\n"
    sentences = [
        Sentence(0, 0, len(text) - 1, "caption", text.strip()),
    ]
    # the only sentence is a caption: nothing may be picked
    assert build_summarizer(config).summarize(Article(text=text), sentences).sentences == ()
    body = "Rain is expected to help the firefighters over the coming days."
    text2 = text + body
    sentences2 = [*sentences, Sentence(1, len(text), len(text2), "body", body)]
    summary = build_summarizer(config).summarize(Article(text=text2), sentences2, n_sentences=2)
    assert [s.index for s in summary.sentences] == [1]


def test_length_arguments(config: Config) -> None:
    assert len(_summary(config, ARTICLE, n_sentences=1).sentences) == 1
    assert len(_summary(config, ARTICLE, n_sentences=4).sentences) == 4
    # 7 body sentences with at least 5 words: a ratio of 0.3 is 3 sentences (rounded up)
    assert len(_summary(config, ARTICLE, ratio=0.3).sentences) == 3
    short = _summary(config, ARTICLE, words=25)
    assert 1 <= len(short.sentences) <= 2
    assert sum(len(s.text.split()) for s in short.sentences) <= 50


def test_config_length_is_used(config: Config) -> None:
    cfg = config.model_copy(deep=True)
    cfg.summarizer.sentences = 2
    assert len(_summary(cfg, ARTICLE).sentences) == 2


def test_position_prior_and_centrality_weights_change_the_pick(config: Config) -> None:
    config = config.model_copy(deep=True)
    config.summarizer.extractive.ranker = "centroid"
    config.summarizer.extractive.selection = "mmr"
    lead_cfg = config.model_copy(deep=True)
    lead_cfg.summarizer.extractive.position_weight = 100.0
    lead_cfg.summarizer.extractive.first_weight = 0.0
    lead = _summary(lead_cfg, ARTICLE, n_sentences=2)
    sentences = [s for s in split_sentences(ARTICLE) if s.kind == "body"]
    assert [s.text for s in lead.sentences] == [sentences[0].text, sentences[1].text]

    central_cfg = config.model_copy(deep=True)
    central_cfg.summarizer.extractive.position_weight = 0.0
    central_cfg.summarizer.extractive.first_weight = 0.0
    central = _summary(central_cfg, ARTICLE, n_sentences=2)
    assert [s.text for s in central.sentences] != [s.text for s in lead.sentences]


def test_max_candidates_limits_the_pick(config: Config) -> None:
    cfg = config.model_copy(deep=True)
    cfg.summarizer.extractive.max_candidates = 2
    cfg.summarizer.extractive.min_words = 0
    summary = _summary(cfg, ARTICLE, n_sentences=3)
    first_two = [s.index for s in split_sentences(ARTICLE) if s.kind == "body"][:2]
    assert [s.index for s in summary.sentences] == first_two


def test_empty_and_short_articles(config: Config) -> None:
    assert _summary(config, "").sentences == ()
    summary = _summary(config, "Shots fired. Police came.", n_sentences=1)
    # only sentences shorter than min_words: still a summary
    assert len(summary.sentences) == 1


def test_build_summarizer_is_cached_per_config(config: Config) -> None:
    assert build_summarizer(config) is build_summarizer(load_config())
    other = config.model_copy(deep=True)
    other.summarizer.extractive.mmr_lambda = 0.9
    assert build_summarizer(other) is not build_summarizer(config)
    assert isinstance(build_summarizer(config), ExtractiveSummarizer)


def test_learned_and_centroid_rankers_both_give_summaries(config: Config) -> None:
    centroid = config.model_copy(deep=True)
    centroid.summarizer.extractive.ranker = "centroid"
    for cfg in (config, centroid):
        for k in (1, 3):
            assert len(_summary(cfg, ARTICLE, n_sentences=k).sentences) == k


VOCABULARY = "the council vote budget tax school police fire said on Monday million teachers"
WORDS = st.sampled_from(VOCABULARY.split(" "))
SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(lambda w: " ".join(w).capitalize() + ".")


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    paragraphs=st.lists(st.lists(SENTENCE, min_size=1, max_size=4), min_size=0, max_size=6),
    k=st.integers(1, 5),
)
def test_offsets_and_order_hold_for_any_article(
    config: Config, paragraphs: list[list[str]], k: int
) -> None:
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    sentences = split_sentences(text)
    summary = build_summarizer(config).summarize(Article(text=text), sentences, n_sentences=k)
    n_body = sum(s.kind == "body" for s in sentences)
    # fewer only when the rest repeat a picked sentence (same meaning)
    assert min(1, n_body) <= len(summary.sentences) <= min(k, n_body)
    for s in summary.sentences:
        assert s.start is not None and s.end is not None
        assert text[s.start : s.end] == s.text
    assert [s.index for s in summary.sentences] == sorted(s.index for s in summary.sentences)


# --- key facts, redundancy, budgets ---------------------------------------------------------


def test_seed_summary_has_the_key_facts_and_no_caption_or_repeat(
    config: Config, seed_text: str
) -> None:
    summary = _summary(config, seed_text)
    assert "Khalilzad hopes to persuade" not in summary.text  # the photo caption
    assert "The US envoy, Zalmay Khalilzad, traveled" not in summary.text  # restated standfirst
    summarizer = build_summarizer(config)
    assert isinstance(summarizer, ExtractiveSummarizer)
    emb = summarizer.encoder.encode([s.text for s in summary.sentences])
    sim = emb @ emb.T
    assert all(
        sim[i, j] <= summarizer.max_similarity
        for i in range(len(sim))
        for j in range(i + 1, len(sim))
    )
    # each summary sentence names the claims (checklist ids) it carries
    assert any(s.claim_ids for s in summary.sentences)
    for s in summary.sentences:
        assert s.claim_ids in ((), (f"c{s.index}",))


@pytest.mark.xfail(
    strict=True,
    reason="issue 14 target not met: the ROUGE-fitted ranker keeps the lede; picking the three "
    "figure sentences needs a claim weight that costs ~5-8 CNN/DM R-1 (model card, Known limits)",
)
def test_seed_summary_carries_the_story_key_figures(config: Config, seed_text: str) -> None:
    text = _summary(config, seed_text).text
    assert "provincial capitals" in text  # what the Taliban have taken
    assert "183" in text  # the civilian toll
    assert "95 percent" in text  # how far the US withdrawal has gone


def test_summary_claim_ids_match_the_report_claims(
    config: Config, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factkit.pipeline import Pipeline

    pipeline = Pipeline(config)
    summarizer = pipeline.summarizer
    assert isinstance(summarizer, ExtractiveSummarizer)

    def no_second_extraction(*_: Any) -> None:
        raise AssertionError("the pipeline's claims must be used, not extracted again")

    monkeypatch.setattr(summarizer, "claims_for", no_second_extraction)
    report = pipeline.analyze(Article(text=seed_text))
    assert report.summary is not None
    ids = {c.id for c in report.claims}
    linked = [i for s in report.summary.sentences for i in s.claim_ids]
    assert linked and set(linked) <= ids
    data = report.summary.to_dict()
    assert data["sentences"][0]["claim_ids"] == list(report.summary.sentences[0].claim_ids)


def test_alone_the_summarizer_annotates_the_article_itself_and_agrees_with_the_pipeline(
    config: Config, seed_text: str
) -> None:
    from factkit.annotate import Annotator, claim_layers
    from factkit.pipeline import Pipeline

    article = Article(text=seed_text)
    sentences = split_sentences(seed_text)
    alone = build_summarizer(config).summarize(article, sentences)
    piped = Pipeline(config).analyze(article).summary
    assert piped is not None
    # the same sentences; the scores agree within int8 noise: in the pipeline, check-worthiness
    # asks the embedding table for the claim sentences first, and an int8 vector moves a little
    # with the batch it is encoded in (tests/test_encoder.py)
    assert [s.index for s in alone.sentences] == [s.index for s in piped.sentences]
    assert alone.text == piped.text
    for one, other in zip(alone.sentences, piped.sentences, strict=True):
        assert one.claim_ids == other.claim_ids
        assert one.score == pytest.approx(other.score, abs=0.25)
    # handed annotations, it reads the candidates' embeddings from their table
    annotations = Annotator(config).annotate(article, sentences, claim_layers(config))
    handed = build_summarizer(config).summarize(article, sentences, annotations=annotations)
    assert handed == alone
    assert {s.index for s in handed.sentences} <= annotations.embeddings.computed


def test_claims_for_annotates_the_article_itself_whatever_the_ranker(seed_text: str) -> None:
    """The ranker's training script asks a centroid-ranker summarizer for an article's claims."""
    from factkit.config import load_config
    from factkit.pipeline import Pipeline

    centroid_config = load_config(overrides=["summarizer.extractive.ranker=centroid"])
    centroid = ExtractiveSummarizer(centroid_config)
    claims = centroid.claims_for(Article(text=seed_text), split_sentences(seed_text))
    expected = Pipeline(load_config("configs/claims-only.yaml")).analyze(Article(text=seed_text))
    assert claims == expected.claims


def test_same_meaning_sentences_are_not_both_picked(config: Config) -> None:
    text = (
        "The city council approved a new budget for public schools on Monday.\n\n"
        "On Monday the city council approved the new public school budget.\n\n"
        "Parents and teachers had protested outside city hall for weeks to demand more money.\n\n"
        "The mayor is expected to sign the budget into law later this week, aides said."
    )
    cfg = config.model_copy(deep=True)
    texts = [s.text for s in _summary(cfg, text, n_sentences=2).sentences]
    assert not (
        {texts[0], texts[-1]}
        >= {
            "The city council approved a new budget for public schools on Monday.",
            "On Monday the city council approved the new public school budget.",
        }
    )
    cfg.summarizer.extractive.max_similarity = 1.0  # off: only trigram blocking is left
    assert len(_summary(cfg, text, n_sentences=4).sentences) == 4


@pytest.mark.parametrize("budget", [5, 12, 30])
def test_word_budget_is_kept_within_a_sentence(config: Config, budget: int) -> None:
    summary = _summary(config, ARTICLE, words=budget)
    assert summary.sentences
    assert sum(count_words(s.text) for s in summary.sentences) <= budget
    for s in summary.sentences:
        assert ARTICLE[s.start : s.end] == s.text


@pytest.mark.parametrize("limit", [20, 60, 150, 400])
def test_max_chars(config: Config, limit: int) -> None:
    summary = _summary(config, ARTICLE, max_chars=limit)
    assert summary.sentences and len(summary.text) <= limit
    for s in summary.sentences:
        assert ARTICLE[s.start : s.end] == s.text
    cfg = config.model_copy(deep=True)
    cfg.summarizer.max_chars = limit
    assert len(_summary(cfg, ARTICLE).text) <= limit


def test_paragraph_breaks_reach_the_ranker(config: Config) -> None:
    # the same sentences, once run together and once a paragraph each: only the paragraph
    # features differ, so the learned scores of the picked sentences must too
    sentences = [line for line in ARTICLE.splitlines() if line and not line.startswith("A photo")]
    together = _summary(config, " ".join(sentences))
    apart = _summary(config, "\n\n".join(sentences))
    scores = {s.text: s.score for s in together.sentences}
    shared = [s for s in apart.sentences if s.text in scores]
    assert shared
    assert any(abs(s.score - scores[s.text]) > 1e-6 for s in shared)


def test_one_sentence_summary_names_its_person(config: Config, seed_text: str) -> None:
    # the ranker's best sentence is "He plans to ..." (the envoy named two sentences before it);
    # the sentence naming Zalmay Khalilzad scores nearly as well and says who "he" is
    summary = _summary(config, seed_text, n_sentences=1)
    assert len(summary.sentences) == 1
    assert summary.text.startswith("Zalmay Khalilzad")
    # three sentences: "He and others hope ..." may come, but only after the envoy is named
    longer = _summary(config, seed_text, n_sentences=3).sentences
    for k, sentence in enumerate(longer):
        if sentence.text.split()[0] in ("He", "She"):
            assert any("Khalilzad" in before.text for before in longer[:k])
