"""Stored reports back to Report: what the desk page renders must survive the archive."""

from __future__ import annotations

import dataclasses

from factkit.config import load_config
from factkit.document import Summary, SummarySentence
from factkit.ingest import article_from_text
from factkit.pipeline import Pipeline
from factkit.render.to_json import report_to_dict
from factkit.serve.reports import export, report_from_dict
from factkit.verification import Verifier

SUMMARY = (
    "The UN human rights chief said her office had counted 183 deaths among civilians. "
    "Click here for more updates."
)


def test_claim_links_scores_and_notes_survive_the_archive(seed: str) -> None:
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text(seed))
    verification = Verifier(cfg).verify(SUMMARY, report.article, report.sentences)
    carried = tuple(
        SummarySentence(None, None, None, 0.5, part.text, claim_ids=(report.claims[i].id,))
        for i, part in enumerate(verification.sentences)
    )
    summary = Summary(SUMMARY, "seq2seq", "test", sentences=carried)
    original = dataclasses.replace(report, summary=summary, verification=verification)
    stored = report_to_dict(original)
    rebuilt = report_from_dict(stored, seed)
    assert rebuilt.verification is not None and rebuilt.summary is not None
    assert rebuilt.verification.score == stored["verification"]["score"] is not None
    assert [v.score for v in rebuilt.verification.sentences] == [
        v["score"] for v in stored["verification"]["sentences"]
    ]
    assert [len(v.notes) for v in rebuilt.verification.sentences] == [
        len(v.notes) for v in verification.sentences
    ]
    assert [s.claim_ids for s in rebuilt.summary.sentences] == [s.claim_ids for s in carried]
    again = report_to_dict(rebuilt)
    assert again["verification"] == stored["verification"]
    assert again["summary"]["sentences"] == stored["summary"]["sentences"]


def test_csv_export_keeps_review_cells_from_being_formulas() -> None:
    # the article's cells were escaped, but a reviewer's note "=cmd|..." or name "@x" went into
    # the spreadsheet as a formula
    text = "The mayor said 12 homes burned on Monday."
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text(text))
    claim_id = report.claims[0].id
    review = {
        "claim_id": claim_id,
        "id": 1,
        "status": "checked",
        "rating": "false",
        "note": "=cmd|'/c calc'!A1",
        "reviewer": "@ana",
    }
    stored = {"report": report_to_dict(report), "text": text, "review": [review]}
    rows = [line.split(",") for line in export(stored, "csv").splitlines()]
    assert rows[0][-4:] == ["status", "rating", "note", "reviewer"]
    assert rows[1][0] == claim_id
    assert rows[1][-4:] == ["checked", "false", "'=cmd|'/c calc'!A1", "'@ana"]


def test_markdown_export_shows_review_notes_as_text() -> None:
    # the article's words were made inert, but a reviewer's note or name went into the Markdown
    # as it was: raw HTML, links and emphasis rendered in any viewer
    text = "The mayor said 12 homes burned on Monday."
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text(text))
    review = {
        "claim_id": report.claims[0].id,
        "id": 1,
        "status": "checked",
        "rating": "false",
        "note": "<script>x</script> [a](javascript:b) **bold**",
        "reviewer": "<b>ana</b>",
    }
    stored = {"report": report_to_dict(report), "text": text, "review": [review]}
    line = next(x for x in export(stored, "md").splitlines() if "Review:" in x)
    assert line == (
        "  - Review: rated false · by &lt;b>ana&lt;/b> · "
        "note: &lt;script>x&lt;/script> \\[a\\](javascript:b) \\*\\*bold\\*\\*"
    )
