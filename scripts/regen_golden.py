"""Regenerate the golden outputs in tests/golden/ from the seed article.

    python scripts/regen_golden.py

Run it after an intended change to the claim extractor or a renderer, then read the diff
(`git diff tests/golden`) before committing: the diff is the behaviour change.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factkit.report import Report

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLDEN = ROOT / "tests" / "golden"
FORMATS = {"json": "seed_claims.json", "markdown": "seed_checklist.md", "csv": "seed_claims.csv"}


def seed_report() -> Report:
    from factkit.config import load_config
    from factkit.ingest import read_article
    from factkit.pipeline import Pipeline

    cfg = load_config(ROOT / "configs" / "claims-only.yaml")
    return Pipeline(cfg).analyze(read_article(str(ROOT / "data" / "seed_article.txt")))


def main() -> None:
    from factkit.render import render_report

    report = seed_report()
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for fmt, name in FORMATS.items():
        (GOLDEN / name).write_text(render_report(report, fmt), encoding="utf-8")
        print(f"wrote tests/golden/{name}")


if __name__ == "__main__":
    main()
