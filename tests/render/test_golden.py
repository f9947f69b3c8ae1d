"""Golden files: the seed article's checklist in every text format (claims-only config).

After an intended change, run `python scripts/regen_golden.py` and review `git diff tests/golden`.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from factkit.config import load_config
from factkit.ingest import read_article
from factkit.pipeline import Pipeline
from factkit.render import render_report
from factkit.render.to_markdown import PRIORITY_BANDS
from factkit.report import Report

ROOT = Path(__file__).resolve().parent.parent.parent
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def report() -> Report:
    cfg = load_config(ROOT / "configs" / "claims-only.yaml")
    return Pipeline(cfg).analyze(read_article(str(ROOT / "data" / "seed_article.txt")))


@pytest.mark.parametrize(
    "fmt,name",
    [("json", "seed_claims.json"), ("markdown", "seed_checklist.md"), ("csv", "seed_claims.csv")],
)
def test_seed_output_matches_golden(report: Report, fmt: str, name: str) -> None:
    assert render_report(report, fmt) == (GOLDEN / name).read_text(encoding="utf-8")


def test_markdown_is_a_checklist_grouped_by_priority(report: Report) -> None:
    md = render_report(report, "markdown")
    assert md.count("- [ ] ") == len(report.claims)
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    order = [b for b, _ in PRIORITY_BANDS if any(h.startswith(f"## {b}") for h in headings)]
    assert [h.split()[1] for h in headings] == order  # High before Medium before Low
    assert "Question: Did the US Central Command say that" in md


def test_csv_has_one_row_per_claim(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render_report(report, "csv"))))
    assert [r["id"] for r in rows] == [c.id for c in report.claims]
    seed = next(r for r in rows if "183" in r["numbers"])
    assert seed["numbers"].startswith("at least 183")


def test_json_round_trips_offsets(report: Report) -> None:
    data = json.loads(render_report(report, "json"))
    text = report.article.text
    for s in data["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]
    for t in data["times"]:
        assert text[t["start"] : t["end"]] == t["text"]


def test_text_format_lists_claim_sentences(report: Report) -> None:
    lines = render_report(report, "text").splitlines()
    assert len(lines) == len(report.claims)


def test_text_format_shows_a_terminal_escape_never_writes_it() -> None:
    # `claims -o out.text` wrote a claim's ESC[2J raw: printed, it cleared the terminal
    from factkit.document import Article

    cfg = load_config(ROOT / "configs" / "claims-only.yaml")
    report = Pipeline(cfg).analyze(Article(text="The mayor said \x1b[2J40 people came."))
    assert render_report(report, "text") == "The mayor said \u241b[2J40 people came.\n"
