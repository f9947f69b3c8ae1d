"""Is every stage linear in article length? Time per character at growing sizes, and peak memory.

    python scripts/bench_scaling.py [--full] [--source seed|cnndm] [--sizes 256K,4M,16M]

Each size runs in a child process of its own (so its peak memory, the child's max RSS, is its own):
the child builds the text (the seed article repeated, or CNN/DM articles from
``../shared/eval/cnndm_sample.jsonl`` concatenated with blank lines between them), warms the
pipeline up on the seed, then times ``Pipeline.analyze`` and the JSON rendering of the report.
Claims only by default; ``--full`` runs the configured pipeline (summarizer included).

Printed per size: characters, wall and CPU seconds, CPU microseconds per character, that figure
as a ratio to the smallest size's (the target is <= 1.5 between the smallest and the largest),
and the child's peak RSS; then each stage's (split, claims, summary, render) CPU per character
at the smallest and the largest size. CPU time is the measure: on a shared machine wall time also
counts the other processes' turns. ``--json`` prints the rows as JSON too.

Repeated text repeats sentences, and the encoder memoises recent sentences: the check-worthiness
model then encodes each distinct sentence once. ``--source cnndm`` shows the encoder's real cost
up to the sample's size (about 830,000 characters; past that it repeats too).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sizes import parse_sizes  # one reader of sizes for every bench

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed_article.txt"
CNNDM = ROOT.parent / "shared" / "eval" / "cnndm_sample.jsonl"


def build_text(size: int, source: str) -> str:
    """``size`` characters of news text: whole copies of the source and a cut last one."""
    if source == "seed":
        unit = SEED.read_text(encoding="utf-8")
    else:
        with CNNDM.open(encoding="utf-8") as fh:
            unit = "\n\n".join(json.loads(line)["article"] for line in fh) + "\n\n"
    copies = size // len(unit) + 1
    return (unit * copies)[:size]


class StageTimer:
    """A ``factkit.progress`` stage reporter that adds up the CPU seconds of each stage."""

    def __init__(self) -> None:
        self.cpu_s: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        key = name.split(" (")[0]  # "claims (8,101 sentences)" -> "claims"
        start = time.process_time()
        try:
            yield
        finally:
            self.cpu_s[key] = self.cpu_s.get(key, 0.0) + time.process_time() - start


def child(size: int, source: str, full: bool) -> dict[str, Any]:
    """One measurement, in this process (the parent runs it as a child per size)."""
    from factkit.config import load_config
    from factkit.document import Article
    from factkit.pipeline import Pipeline
    from factkit.render.to_json import report_to_dict

    overrides = [] if full else ["summarizer.enabled=false"]
    timer = StageTimer()
    pipeline = Pipeline(load_config(None, overrides), progress=timer)
    pipeline.warm_up()
    pipeline.analyze(Article(text=SEED.read_text(encoding="utf-8")))  # lazy tables, caches
    timer.cpu_s.clear()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    article = Article(text=build_text(size, source))
    wall, cpu = time.perf_counter(), time.process_time()
    report = pipeline.analyze(article)
    analyze_cpu = time.process_time() - cpu
    with timer.stage("render"):
        rendered = json.dumps(report_to_dict(report), ensure_ascii=False)
    return {
        "stages_cpu_s": timer.cpu_s,
        "chars": len(article.text),
        "wall_s": time.perf_counter() - wall,
        "cpu_s": time.process_time() - cpu,
        "analyze_cpu_s": analyze_cpu,
        "render_cpu_s": time.process_time() - cpu - analyze_cpu,
        "claims": len(report.claims),
        "sentences": len(report.sentences),
        "json_chars": len(rendered),
        "rss_before_mb": rss_before / 1024,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure(size: int, source: str, full: bool, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", str(size), "--source", source]
    if full:
        cmd.append("--full")
    proc = subprocess.run(
        cmd, capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False
    )
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["(no stderr)"]
        raise SystemExit(f"bench_scaling: size {size} failed ({proc.returncode}): {tail[0]}")
    row: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return row


def stage_report(rows: list[dict[str, Any]]) -> str:
    """CPU microseconds per character of each stage, and its ratio to the smallest size's."""
    first, last = rows[0], rows[-1]
    lines = ["per stage (CPU us/char at the smallest and the largest size, ratio):"]
    for stage, seconds in first["stages_cpu_s"].items():
        small = seconds / first["chars"] * 1e6
        large = last["stages_cpu_s"].get(stage, 0.0) / last["chars"] * 1e6
        ratio = f"{large / small:.2f}" if small > 0 else "-"
        lines.append(f"  {stage:<24} {small:>7.3f} {large:>7.3f}   {ratio}")
    return "\n".join(lines)


def report(rows: list[dict[str, Any]]) -> str:
    base = rows[0]["cpu_s"] / rows[0]["chars"]
    lines = [
        f"{'chars':>11} {'wall s':>8} {'cpu s':>8} {'render s':>8} {'us/char':>8} "
        f"{'ratio':>6} {'claims':>7} {'peak MB':>8}"
    ]
    for row in rows:
        per_char = row["cpu_s"] / row["chars"]
        lines.append(
            f"{row['chars']:>11,} {row['wall_s']:>8.1f} {row['cpu_s']:>8.1f} "
            f"{row['render_cpu_s']:>8.1f} {per_char * 1e6:>8.2f} {per_char / base:>6.2f} "
            f"{row['claims']:>7,} {row['peak_rss_mb']:>8.0f}"
        )
    worst = max(row["cpu_s"] / row["chars"] for row in rows) / base
    largest = rows[-1]["cpu_s"] / rows[-1]["chars"] / base
    lines.append(
        f"ratio largest/smallest per character: {largest:.2f} (worst {worst:.2f}; target <= 1.5)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default="256K,4M,16M",
        help="comma-separated characters, K/M powers of ten (scripts/sizes.py), e.g. 256K,4M",
    )
    parser.add_argument("--source", choices=("seed", "cnndm"), default="seed")
    parser.add_argument("--full", action="store_true", help="the whole pipeline, not claims only")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per size")
    parser.add_argument("--json", action="store_true", help="also print the rows as JSON")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(child(args.child, args.source, args.full)))
        return 0
    sizes = args.sizes
    mode = "full pipeline" if args.full else "claims only"
    print(f"bench_scaling: {mode}, {args.source} text, sizes {sizes}", flush=True)
    rows = []
    for size in sizes:
        rows.append(measure(size, args.source, args.full, args.timeout))
        row = rows[-1]
        print(
            f"  {row['chars']:,} chars: {row['cpu_s']:.1f} s CPU, {row['wall_s']:.1f} s wall",
            flush=True,
        )
    print(report(rows))
    print(stage_report(rows))
    if args.json:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
