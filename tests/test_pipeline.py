"""Pipeline composition: stages run only when enabled, the article is annotated once, and the
report is consistent."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from factkit.annotate.attribution import AttributionFinder
from factkit.annotate.quantities import QuantityFinder
from factkit.annotations import NO_LAYERS
from factkit.config import Config, load_config
from factkit.encoder import get_encoder
from factkit.errors import ModelLoadError
from factkit.ingest import article_from_text
from factkit.pipeline import Pipeline
from factkit.render.to_json import report_to_dict
from tests.conftest import record_encoder_calls


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


@pytest.mark.parametrize(
    ("stage", "attribute", "method"),
    [("claims", "claim_extractor", "extract"), ("annotate", "annotator", "annotate")],
)
def test_a_failure_inside_a_stage_is_a_stage_error_naming_it(
    seed_text: str, stage: str, attribute: str, method: str
) -> None:
    from factkit.errors import StageError

    pipeline = Pipeline(load_config("configs/claims-only.yaml"))

    def boom(*args: object) -> None:
        raise ValueError("boom")

    broken = type("Broken", (), {method: staticmethod(boom)})()
    pipeline.__dict__[attribute] = broken  # the cached stage, replaced
    with pytest.raises(StageError) as info:
        pipeline.analyze(article_from_text(seed_text))
    assert info.value.stage == stage
    assert str(info.value) == f"{stage}: ValueError: boom"
    assert isinstance(info.value.__cause__, ValueError)


def _counting(calls: Counter[str], name: str, real: Callable[..., Any]) -> Callable[..., Any]:
    """``real``, counting its calls under ``name`` (the real code still runs)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return real(*args, **kwargs)

    return wrapper


def test_a_full_run_runs_the_finders_once_per_article(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Claims, check-worthiness and the summarizer all read the annotate stage's findings:
    attributions are found once for the article and quantities once per annotated sentence
    (the body and the photo captions)."""
    calls: Counter[str] = Counter()
    monkeypatch.setattr(
        AttributionFinder, "read", _counting(calls, "attributions", AttributionFinder.read)
    )
    monkeypatch.setattr(QuantityFinder, "find", _counting(calls, "quantities", QuantityFinder.find))
    report = Pipeline(load_config()).analyze(article_from_text(seed_text))
    assert report.claims and report.summary is not None and report.summary.text
    assert any(s.claim_ids for s in report.summary.sentences)  # the ranker read the claims
    facts = [s for s in report.sentences if s.kind in ("body", "caption")]
    assert calls == {"attributions": 1, "quantities": len(facts)}


def _record_encodes(config: Config, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    return record_encoder_calls(get_encoder(config.encoder), monkeypatch)


def test_a_full_run_encodes_each_body_sentence_at_most_once(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Check-worthiness and the summarizer share the annotations' embedding table: no sentence
    is handed to the encoder twice (the encoder's own memo is not what saves the work)."""
    config = load_config()
    calls = _record_encodes(config, monkeypatch)
    report = Pipeline(config).analyze(article_from_text(seed_text))
    asked = [text for call in calls for text in call]
    assert report.annotations is not None and report.summary is not None
    claimed = {c.sentence_index for c in report.claims}
    computed = report.annotations.embeddings.computed
    assert claimed <= computed  # check-worthiness read its rows from the table
    assert {s.index for s in report.summary.sentences} <= computed
    texts = Counter(asked)
    assert asked and max(texts.values()) == 1, texts.most_common(3)
    assert len(asked) == len(computed)


def test_verifying_an_extractive_summary_encodes_no_sentence_twice(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With verification on, the verifier reads the article's rows from the annotations and a
    summary sentence copied from the article reuses its row: each text reaches the encoder once,
    and a copied sentence aligns with its own article sentence at similarity 1."""
    config = load_config(overrides=["verify.enabled=true"])
    calls = _record_encodes(config, monkeypatch)
    report = Pipeline(config).analyze(article_from_text(seed_text))
    asked = [text for call in calls for text in call]
    assert report.verification is not None and report.summary is not None
    texts = Counter(asked)
    assert asked and max(texts.values()) == 1, texts.most_common(3)
    pairs = zip(report.verification.sentences, report.summary.sentences, strict=True)
    for checked, picked in pairs:
        best = max(checked.support, key=lambda s: s.similarity)
        assert best.sentence_index == picked.index
        assert best.similarity == pytest.approx(1.0, abs=1e-3)


def test_the_report_carries_its_annotations_but_never_serializes_them(seed_text: str) -> None:
    report = Pipeline(load_config("configs/claims-only.yaml")).analyze(article_from_text(seed_text))
    assert report.annotations is not None
    assert report.annotations.sentences == tuple(report.sentences)
    for claim in report.claims:
        assert claim.quantities == report.annotations.quantities_of(
            report.sentences[claim.sentence_index]
        )
    assert "annotations" not in report_to_dict(report)
    assert "annotations" not in repr(report)


def test_the_annotation_layers_follow_the_config() -> None:
    claims_only = Pipeline(load_config(overrides=["claims.attribution.enabled=false"]))
    assert not claims_only.layers.attributions and claims_only.layers.quantities
    # the verifier reads quantities and attributions even where claims do not
    verifying = Pipeline(
        load_config(overrides=["claims.attribution.enabled=false", "verify.enabled=true"])
    )
    assert verifying.layers.attributions and verifying.layers.quantities
    nothing = Pipeline(load_config(overrides=["claims.enabled=false", "summarizer.enabled=false"]))
    assert nothing.layers == NO_LAYERS


def test_warm_up_reads_the_cue_file_so_a_bad_one_stops_a_run_at_start(tmp_path: Any) -> None:
    # batch recorded every document as failed ("analyze: ModelLoadError ...", exit 3) instead
    # of stopping before the first one (exit 2), as it does for a model that does not load
    config = load_config(
        overrides=[
            "summarizer.enabled=false",
            "checkworthiness.enabled=false",
            f"claims.attribution.cues_file={tmp_path / 'missing.txt'}",
        ]
    )
    with pytest.raises(ModelLoadError, match=r"^claims\.attribution\.cues_file: cannot read"):
        Pipeline(config).warm_up()


HEADINGS_ONLY = "# Storm warning\n\n## Latest updates\n\n## Related stories\n"


def test_an_article_of_headings_only_says_why_it_has_no_summary_and_no_claims() -> None:
    # the report had empty claims and no summary, and no word saying why
    report = Pipeline(load_config()).analyze(article_from_text(HEADINGS_ONLY))
    assert report.summary is None and report.claims == []
    assert report.note == (
        "the article has no body sentence (only heading lines), so it has no summary and no "
        "claims to check"
    )
    body = "# Storm warning\n\nThe council said on Tuesday that 40 homes were flooded.\n"
    assert Pipeline(load_config()).analyze(article_from_text(body)).note is None
