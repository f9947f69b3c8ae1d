"""scripts/bench_split.py builds its timing text from dev and other non-test data only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import load_script


def test_bench_text_leaves_polnear_test_split_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the speed figure engineers tune against timed PolNeAR's test split, kept for the final report
    for name, text in [
        ("sbd_golden_rules_en.jsonl", "Golden rule input."),
        ("attribution_polnear_dev.jsonl", "A dev news text."),
        ("attribution_polnear_test.jsonl", "A held-out news text."),
    ]:
        (tmp_path / name).write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    (tmp_path / "seed_article.txt").write_text("The seed article.", encoding="utf-8")
    bench = load_script("bench_split")
    monkeypatch.setattr(bench, "EVAL", tmp_path)
    text = bench.build_text(2_000)
    assert "A dev news text." in text and "The seed article." in text
    assert "held-out" not in text
