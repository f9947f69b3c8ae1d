"""The document model carries the vocabularies' members, and writes them as plain strings."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from factkit.config import load_config
from factkit.document import Article, ClaimKind, ReasonType, SegmentKind, Sentence, Verdict
from factkit.pipeline import Pipeline
from factkit.render.to_json import render_json
from factkit.split import split_sentences
from factkit.verification import Verifier


@given(st.sampled_from(list(SegmentKind)), st.text(min_size=1, max_size=20))
def test_sentence_json_holds_the_plain_kind(kind: SegmentKind, text: str) -> None:
    sentence = Sentence(0, 0, len(text), kind, text)
    data = json.loads(json.dumps(sentence.to_dict()))
    assert data["kind"] == kind.value and type(data["kind"]) is str
    assert sentence.is_body == (kind.value == "body")


def test_stages_produce_members(seed_text: str) -> None:
    cfg = load_config(overrides=["checkworthiness.enabled=false", "summarizer.enabled=false"])
    report = Pipeline(cfg).analyze(Article(seed_text))
    assert report.sentences and all(isinstance(s.kind, SegmentKind) for s in report.sentences)
    assert {s.kind for s in report.sentences} >= {SegmentKind.BODY, SegmentKind.CAPTION}
    assert report.claims
    assert all(isinstance(k, ClaimKind) for c in report.claims for k in c.kinds)
    assert {k for c in report.claims for k in c.kinds} == set(ClaimKind)
    data = json.loads(render_json(report))
    assert {s["kind"] for s in data["sentences"]} <= set(SegmentKind)


def test_verifier_produces_members(seed_text: str) -> None:
    article = Article(seed_text)
    summary = "CLICK HERE for more. The insurgents have captured seven out of 34 capitals."
    result = Verifier(load_config()).verify(summary, article, split_sentences(seed_text))
    assert all(isinstance(s.verdict, Verdict) for s in result.sentences)
    found = [r for s in result.sentences for r in (*s.reasons, *s.notes)]
    assert {r.type for r in found} >= {ReasonType.BOILERPLATE, ReasonType.NUMBER_MISMATCH}
    assert all(isinstance(r.type, ReasonType) for r in found)
    assert not result.all_supported
