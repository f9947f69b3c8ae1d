"""Do hostile input shapes stay linear? Each shape against news text of the same size, same stage.

    python scripts/bench_shapes.py [--size 50K] [--growth 4] [--shapes digits_line,...]

A demanding user's batch holds scraped pages of odd shapes. Each shape below once took time or
memory growing faster than its length in one stage; this script times that stage on the shape
and on CNN/DM text (``../shared/eval/cnndm_sample.jsonl`` concatenated) of the same size, at
``--size`` and ``--growth`` times it, each in a child process of its own (its peak RSS is its own).

Printed per shape and size: characters, CPU seconds, CPU microseconds per character, that figure
as a ratio to the news text's at the same size ("x news"), the growth of CPU time from the small
to the large size (linear: about ``--growth``; quadratic: its square), and the child's peak RSS.

Shapes (the stage timed; before the fixes of this stop at 100-200 KB):
  digits_line      split: a 200 KB line of digits (35 s: the e-mail pattern ran from every digit)
  number_words     quantities: "twenty-five thousand three hundred and " again and again (4.4 s
                   at 100 KB: each token looked ahead for the next ordinal)
  runon_cues       attribution: 'He said "yes and ' without a full stop (a minute at 200 KB)
  runon_reports    attribution: '"We will win," Smith said and ' (240 MB of content at 120 KB)
  runon_summary    verify: one summary "sentence" of numbers (45 s at 50 KB)
  metadata_spaces  ingest: "date 2021-08-10", a run of spaces, a lone "\\r" (cubic: 27 s for 2,000
                   spaces, 217 s for 4,000)
  token_article    verify: an article of one long token, a scraped blob (36 s at 40 KB: the
                   holder of an age was read from every letter to the token's end)
  runon_gaps       split: a sentence with no full stop and a capital every few words (run-on cuts:
                   each gap counted the quotes of the piece before it; 6.7 s at 1 MB)
  table_article    verify: an article "sentence" of thousands of numbers, a flattened table
                   ('5 to 6 to ' at 48 KB: 8.5 s; pairs of its numbers were tried)
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sizes import parse_size  # one reader of "50K" sizes for every bench

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed_article.txt"
CNNDM = ROOT.parent / "shared" / "eval" / "cnndm_sample.jsonl"


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _news(size: int) -> str:
    with CNNDM.open(encoding="utf-8") as fh:
        unit = "\n\n".join(json.loads(line)["article"] for line in fh) + "\n\n"
    return _repeat(unit, size)


# shape -> (stage, builder of ``size`` characters)
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "digits_line": (
        "split",
        lambda n: f"Police said the fire started at noon.\n\n{'1' * n}\n\nThe mayor thanked them.",
    ),
    "runon_gaps": ("split", lambda n: _repeat('the big dog saw the Cat and "ran ', n)),
    "number_words": ("quantities", lambda n: _repeat("twenty-five thousand three hundred and ", n)),
    "runon_cues": ("attribution", lambda n: _repeat('He said "yes and ', n)),
    "runon_reports": ("attribution", lambda n: _repeat('"We will win," Smith said and ', n)),
    "runon_summary": ("verify", lambda n: _repeat("The budget rose 5% in 2020, ", n)),
    "metadata_spaces": ("ingest", lambda n: "date 2021-08-10" + " " * n + "\rThe council met."),
    "token_article": ("verify_article", lambda n: "aQ9" * (n // 3)),
    "table_article": ("verify_article", lambda n: _repeat("Leeds 5 to 6 to 7, ", n)),
}


def _stage(name: str) -> Callable[[str], Any]:
    """The stage's function of one text (imported here: the parent stays light)."""
    import factkit
    from factkit.annotate.attribution import find_attributions
    from factkit.ingest import article_from_text

    seed = SEED.read_text(encoding="utf-8")
    stages: dict[str, Callable[[str], Any]] = {
        "split": factkit.split_sentences,
        "quantities": factkit.find_quantities,
        "attribution": find_attributions,
        "verify": lambda text: factkit.verify(text, seed),  # the text is the summary
        "verify_article": lambda text: factkit.verify("The mayor said 5 people were hurt.", text),
        "ingest": article_from_text,
    }
    return stages[name]


def child(shape: str, size: int, news: bool) -> dict[str, Any]:
    """One measurement in this process: the stage warmed up on the seed, then timed once on the
    shape (or, with ``news``, on news text of the same size)."""
    stage, build = SHAPES[shape]
    run = _stage(stage)
    run(SEED.read_text(encoding="utf-8")[:2000])  # lazy tables, models, caches
    text = _news(len(build(size))) if news else build(size)
    cpu = time.process_time()
    run(text)
    return {
        "chars": len(text),
        "cpu_s": time.process_time() - cpu,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure(shape: str, size: int, news: bool, timeout: float) -> dict[str, Any] | None:
    """Run one measurement in a child; None when it ran past ``timeout`` seconds."""
    cmd = [sys.executable, __file__, "--child", shape, str(size)] + (["--news"] if news else [])
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["(no stderr)"]
        raise SystemExit(f"bench_shapes: {shape} at {size} failed ({proc.returncode}): {tail[0]}")
    row: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return row


def _line(shape: str, stage: str, row: dict[str, Any] | None, news: dict[str, Any] | None) -> str:
    if row is None:
        return f"  {shape:<16} {stage:<12} {'(ran past the timeout)':>40}"
    per_char = row["cpu_s"] / row["chars"] * 1e6
    versus = f"{per_char / (news['cpu_s'] / news['chars'] * 1e6):7.2f}" if news else "      -"
    return (
        f"  {shape:<16} {stage:<12} {row['chars']:>10,} {row['cpu_s']:>8.3f} {per_char:>8.2f} "
        f"{versus} {row['peak_rss_mb']:>8.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--size", type=parse_size, default="50K", help="the small size in characters, e.g. 50K"
    )
    parser.add_argument("--growth", type=int, default=4, help="the large size is this many times")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shape names")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per measurement")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--news", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        sys.path.insert(0, str(ROOT))
        shape, size = args.child
        print(json.dumps(child(shape, int(size), args.news)))
        return 0
    small = args.size
    print(f"bench_shapes: sizes {small:,} and {small * args.growth:,} characters", flush=True)
    print(
        f"  {'shape':<16} {'stage':<12} {'chars':>10} {'cpu s':>8} {'us/char':>8} "
        f"{'x news':>7} {'peak MB':>8}"
    )
    for shape in (s.strip() for s in args.shapes.split(",") if s.strip()):
        stage = SHAPES[shape][0]
        rows = []
        for size in (small, small * args.growth):
            news = measure(shape, size, True, args.timeout)
            row = measure(shape, size, False, args.timeout)
            print(_line("  news text", stage, news, None), flush=True)
            print(_line(shape, stage, row, news), flush=True)
            rows.append(row)
        if rows[0] and rows[1]:
            growth = rows[1]["cpu_s"] / max(rows[0]["cpu_s"], 1e-9)
            print(
                f"  {shape}: {args.growth}x the size -> {growth:.1f}x the CPU time "
                f"(linear ~{args.growth}, quadratic ~{args.growth**2})",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
