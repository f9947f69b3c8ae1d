"""Claim assembly: the seed acceptance contract, scores, questions, spans."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.annotate import AnnotationLayers, Annotator, claim_layers
from factkit.claims import (
    ClaimExtractor,
    ClaimSet,
    build_question,
    structural_score,
)
from factkit.config import Config, load_config
from factkit.document import Article, Attribution, Quantity, Sentence, TimeAnchor
from factkit.ingest import article_from_text
from factkit.pipeline import Pipeline
from factkit.render.to_json import report_to_dict
from factkit.split import split_sentences
from tests.conftest import SEED_PATH, shared_file

CLAIMS_ONLY = load_config(overrides=["summarizer.enabled=false", "checkworthiness.enabled=false"])


def _extract(config: Config, article: Article, sentences: list[Sentence]) -> ClaimSet:
    """Annotate, then assemble claims: the two stages as the pipeline runs them."""
    annotations = Annotator(config).annotate(article, sentences, claim_layers(config))
    return ClaimExtractor(config).extract(article, sentences, annotations)


@pytest.fixture(scope="module")
def seed_report_dict(seed_text: str) -> dict:
    return report_to_dict(Pipeline(CLAIMS_ONLY).analyze(article_from_text(seed_text)))


def test_seed_contract_passes_with_the_shared_checker(
    seed_report_dict: dict, tmp_path: Path
) -> None:
    tool = shared_file("tools", "check_seed_contract.py")
    expected = shared_file("eval", "seed_article_expected.json")
    out = tmp_path / "seed.json"
    out.write_text(json.dumps(seed_report_dict), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(tool), str(SEED_PATH), str(expected), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    last = proc.stdout.strip().splitlines()[-1]
    passed, total = last.split("=")[1].split("/")
    assert proc.returncode == 0 and passed == total, proc.stdout


def test_seed_claims_are_body_sentences_with_exact_spans(
    seed_report_dict: dict, seed_text: str
) -> None:
    kinds = {s["index"]: s["kind"] for s in seed_report_dict["sentences"]}
    for c in seed_report_dict["claims"]:
        assert kinds[c["sentence_index"]] == "body"
        assert seed_text[c["start"] : c["end"]] == c["text"]
        for q in c["quantities"]:
            assert c["start"] <= q["start"] < q["end"] <= c["end"]
            assert seed_text[q["start"] : q["end"]] == q["text"]
        for a in c["attributions"]:
            assert seed_text[a["content_start"] : a["content_end"]] == a["content"]
            if a["speaker"] is not None:
                assert seed_text[a["speaker_start"] : a["speaker_end"]] == a["speaker"]
        assert 0.0 <= c["score"] <= 1.0


def test_seed_question_for_the_central_command_claim(seed_report_dict: dict) -> None:
    claim = next(c for c in seed_report_dict["claims"] if "95 percent" in c["text"])
    assert claim["question"].startswith("Did the US Central Command say that")
    assert "95 percent complete" in claim["question"]
    assert claim["question"].endswith("(as of 2021-08-10)?")


def test_seed_times_cover_every_anchor(seed_report_dict: dict) -> None:
    resolved = {(t["text"], t["resolved"]) for t in seed_report_dict["times"]}
    assert ("Tuesday", "2021-08-10") in resolved
    assert ("August 31", "2021-08-31") in resolved


def _q(value: float, qualifier: str | None = None, unit: str | None = None) -> Quantity:
    return Quantity(text="x", start=0, end=1, value=value, unit=unit, qualifier=qualifier)


def _a(speaker: str | None, direct: bool = False, content: str = "the plan failed") -> Attribution:
    return Attribution(
        speaker=speaker,
        speaker_start=0 if speaker else None,
        speaker_end=1 if speaker else None,
        cue="warned",
        cue_start=0,
        cue_end=1,
        content=content,
        content_start=0,
        content_end=len(content),
        direct=direct,
    )


def test_structural_score_ranks_specific_attributed_numbers_first() -> None:
    vague = structural_score([], [_a("He")], [])
    number_only = structural_score([_q(5)], [], [])
    rich = structural_score(
        [_q(183, "at least"), _q(34)],
        [_a("Michelle Bachelet")],
        [TimeAnchor("Tuesday", 0, 7, "2021-08-10")],
    )
    assert vague < number_only < rich <= 1.0
    assert rich == pytest.approx(1.0)


def test_questions_from_structure() -> None:
    assert build_question("x", [_a("The envoy")], "2021-08-10") == (
        "Did the envoy warn that the plan failed (as of 2021-08-10)?"
    )
    assert build_question(
        "x", [_a("Ms Bachelet", direct=True, content='"It is grave,"')], None
    ) == ('Did Ms Bachelet warn "It is grave"?')
    assert build_question("The insurgents took 5 cities.", [], None) == (
        "Is it accurate that the insurgents took 5 cities?"
    )


@pytest.mark.parametrize(
    ("cue", "verb"),
    [
        ("denied", "deny"),
        ("told", "say"),  # "tell" needs an addressee: "Did X tell that" did not parse
        ("wrote", "write"),
        ("has estimated", "estimate"),
        ("announces", "announce"),
        ("stated", "state"),
        ("said", "say"),  # a cue no entry of lang/en/question_cue_verbs.txt begins
    ],
)
def test_a_question_asks_with_its_cues_verb(cue: str, verb: str) -> None:
    said = dataclasses.replace(_a("The envoy"), cue=cue)
    assert build_question("x", [said], None) == f"Did the envoy {verb} that the plan failed?"


@pytest.mark.parametrize(
    ("cue", "content", "direct", "question"),
    [
        # a stance takes its content as an object: "say that a lawyer" did not parse
        ("wanted", "a lawyer", False, "Did the envoy want a lawyer?"),
        ("has criticized", "the move", False, "Did the envoy criticize the move?"),
        # a direct quotation after a stance is quoted as said
        ("slammed", '"a disgrace"', True, 'Did the envoy say "a disgrace"?'),
    ],
)
def test_a_stance_asks_with_its_own_verb(
    cue: str, content: str, direct: bool, question: str
) -> None:
    said = dataclasses.replace(_a("The envoy", direct=direct, content=content), cue=cue)
    assert build_question("x", [said], None) == question


@pytest.mark.parametrize(
    ("content", "question"),
    [
        # the quotation opens inside the content: its closing mark stays, after the full stop
        (
            'the law is "a step back."',
            'Did the envoy warn that the law is "a step back"?',
        ),
        # a content that is all quotation loses both marks, as before
        ('"The law is a step back."', "Did the envoy warn that the law is a step back?"),
    ],
)
def test_a_quotation_closing_the_content_keeps_its_mark(content: str, question: str) -> None:
    assert build_question("x", [_a("The envoy", content=content)], None) == question


@pytest.mark.parametrize(
    ("content", "question"),
    [
        # an opener that is no name is lower-cased after "that"
        (
            "Both of the TSA officers were fired.",
            "Did the envoy warn that both of the TSA officers were fired?",
        ),
        ("But the plan failed.", "Did the envoy warn that but the plan failed?"),
        # a name, a day and "I" keep their capitals
        ("Greece will pay on time.", "Did the envoy warn that Greece will pay on time?"),
        ("Monday was the deadline.", "Did the envoy warn that Monday was the deadline?"),
        ("I was there.", "Did the envoy warn that I was there?"),
    ],
)
def test_a_content_opener_is_lower_cased_only_where_it_is_no_name(
    content: str, question: str
) -> None:
    assert build_question("x", [_a("The envoy", content=content)], None) == question


def test_disabled_finders_yield_no_such_claims(seed_text: str) -> None:
    cfg = CLAIMS_ONLY.model_copy(deep=True)
    cfg.claims.attribution.enabled = False
    art = article_from_text(seed_text)
    found = _extract(cfg, art, split_sentences(seed_text))
    assert found.claims and all(c.kinds == ("quantitative",) for c in found.claims)


def test_claims_read_the_annotations_and_refuse_missing_layers(seed_text: str) -> None:
    art = article_from_text(seed_text)
    sentences = split_sentences(seed_text)
    annotations = Annotator(CLAIMS_ONLY).annotate(art, sentences, claim_layers(CLAIMS_ONLY))
    found = ClaimExtractor(CLAIMS_ONLY).extract(art, sentences, annotations)
    for claim in found.claims:
        sentence = sentences[claim.sentence_index]
        assert claim.quantities == annotations.quantities_of(sentence)
        assert claim.attributions == annotations.attributions_of(sentence)
    assert found.times == list(annotations.times)
    without_quantities = Annotator(CLAIMS_ONLY).annotate(
        art, sentences, AnnotationLayers(quantities=False)
    )
    with pytest.raises(ValueError, match="quantities"):
        ClaimExtractor(CLAIMS_ONLY).extract(art, sentences, without_quantities)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc XYZ.,;:\"'“”‘’()\n0123456789%$-")), max_size=400))
def test_claims_never_fail_and_spans_round_trip(text: str) -> None:
    art = article_from_text(text)
    found = _extract(CLAIMS_ONLY, art, split_sentences(text))
    for c in found.claims:
        assert text[c.start : c.end] == c.text
        for q in c.quantities:
            assert text[q.start : q.end] == q.text and c.start <= q.start and q.end <= c.end
