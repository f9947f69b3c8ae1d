"""Pipeline composition: stages run only when enabled, and the report is consistent."""

from __future__ import annotations

import pytest

from factkit.config import load_config
from factkit.ingest import article_from_text
from factkit.pipeline import Pipeline


def test_claims_only_run_loads_no_summarizer(seed_text: str) -> None:
    pipe = Pipeline(
        load_config(overrides=["summarizer.enabled=false", "checkworthiness.enabled=false"])
    )
    report = pipe.analyze(article_from_text(seed_text))
    assert report.summary is None and report.verification is None
    assert "summarizer" not in pipe.__dict__  # the cached stage was never built
    assert report.claims


def test_full_run_has_summary_from_body_sentences_only(seed_text: str) -> None:
    report = Pipeline(load_config()).analyze(article_from_text(seed_text))
    assert report.summary is not None and len(report.summary.sentences) == 3
    kinds = {s.index: s.kind for s in report.sentences}
    for s in report.summary.sentences:
        assert s.index is not None and kinds[s.index] == "body"
        assert s.start is not None and s.end is not None
        assert seed_text[s.start : s.end] == s.text
    assert report.verification is None  # verify: auto -> only for seq2seq summaries


def test_verify_enabled_checks_the_extractive_summary(seed_text: str) -> None:
    report = Pipeline(load_config(overrides=["verify.enabled=true"])).analyze(
        article_from_text(seed_text)
    )
    assert report.verification is not None
    # sentences copied from the article are supported by it
    assert report.verification.all_supported


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Source: AP"])
def test_articles_without_body_give_empty_reports(text: str) -> None:
    report = Pipeline(load_config()).analyze(article_from_text(text))
    assert report.claims == [] and report.summary is None


def test_a_failure_inside_a_stage_is_a_stage_error_naming_it(seed_text: str) -> None:
    from factkit.errors import StageError

    pipeline = Pipeline(load_config("configs/claims-only.yaml"))

    class Broken:
        def extract(self, *args: object) -> None:
            raise ValueError("boom")

    pipeline.__dict__["claim_extractor"] = Broken()  # the cached stage, replaced
    with pytest.raises(StageError) as info:
        pipeline.analyze(article_from_text(seed_text))
    assert info.value.stage == "claims"
    assert str(info.value) == "claims: ValueError: boom"
    assert isinstance(info.value.__cause__, ValueError)
