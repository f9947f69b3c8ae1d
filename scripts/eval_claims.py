"""Every claim-extractor number from the shared data, with one command.

    python scripts/eval_claims.py [--test]

Runs the official scorers in ../shared/tools on factkit's adapters and prints their last lines:
the seed acceptance contract, PolNeAR attribution (dev; ``--test`` adds the test split, which is
for the final report only), quantity value F1 on both quantity sets, numeric-claim recall on
QuanTemp, and claim-extraction speed (scripts/bench_claims.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TOOLS = SHARED / "tools"
EVAL = SHARED / "eval"
sys.path.insert(0, str(ROOT))


def last_line(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode not in (0, 1) or not lines:
        return f"FAILED ({proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}"
    return lines[-1]


def seed_contract() -> str:
    from factkit.config import load_config
    from factkit.ingest import read_article
    from factkit.pipeline import Pipeline
    from factkit.render.to_json import report_to_dict

    seed = ROOT / "data" / "seed_article.txt"
    report = Pipeline(load_config(ROOT / "configs" / "claims-only.yaml")).analyze(
        read_article(str(seed))
    )
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(report_to_dict(report), fh)
    return last_line(
        [
            sys.executable,
            str(TOOLS / "check_seed_contract.py"),
            str(seed),
            str(EVAL / "seed_article_expected.json"),
            fh.name,
        ]
    )


def numeric_recall() -> str:
    """Share of QuanTemp claims with a quantity, and with a quantity or an anchored date.

    The issue counts years and dates used as time references as *not* quantities, while
    QuanTemp's "temporal" claims are numeric only through a year or date, so both are printed.
    """
    from factkit.annotate.quantities import find_quantities
    from factkit.annotate.times import find_times

    with (EVAL / "numclaims_quantemp.jsonl").open(encoding="utf-8") as fh:
        claims = [json.loads(line)["claim"] for line in fh if line.strip()]
    quantity = [bool(find_quantities(c)) for c in claims]
    dated = [q or bool(find_times(c, None)) for q, c in zip(quantity, claims, strict=True)]
    n = len(claims)
    return (
        f"numeric_recall={sum(quantity) / n:.3f} ({sum(quantity)}/{n}) "
        f"quantity_or_date={sum(dated) / n:.3f} ({sum(dated)}/{n})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test", action="store_true", help="also score PolNeAR test (final report)")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    py = sys.executable
    rows: list[tuple[str, str]] = [("seed contract", seed_contract())]
    splits = ["dev", "test"] if args.test else ["dev"]
    for split in splits:
        data = str(EVAL / f"attribution_polnear_{split}.jsonl")
        for label, extra in (("speech", ["--gold-filter", "speech"]), ("all", [])):
            rows.append(
                (
                    f"PolNeAR {split} {label}",
                    last_line(
                        [
                            py,
                            str(TOOLS / "score_attr.py"),
                            "scripts/eval_attribution.py:predict",
                            "--data",
                            data,
                            *extra,
                        ]
                    ),
                )
            )
    for name in ("quantities_recognizers", "quantities_quantulum3"):
        rows.append(
            (
                name,
                last_line(
                    [
                        py,
                        str(TOOLS / "score_quant.py"),
                        "scripts/eval_quantities.py:extract",
                        "--data",
                        str(EVAL / f"{name}.jsonl"),
                    ]
                ),
            )
        )
    rows.append(("QuanTemp numeric recall", numeric_recall()))
    if not args.no_speed:
        rows.append(("speed (one core)", last_line([py, "scripts/bench_claims.py"])))
    width = max(len(r[0]) for r in rows)
    for label, line in rows:
        print(f"{label:<{width}}  {line}")


if __name__ == "__main__":
    main()
