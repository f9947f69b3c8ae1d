"""Throughput of factkit's sentence splitter against plain NLTK Punkt and pySBD, in one run.

    PYTHONPATH=. python scripts/bench_split.py [--chars 1000000] [--runs 5] [--pysbd-chars 100000]

The text is the golden-rule inputs, the seed article and PolNeAR's dev news texts, cycled in
that order (joined by blank lines) until --chars is reached. PolNeAR's test split is not read:
it is kept for the final report, and a speed figure is something engineers tune against. (Until
stop 41 the text also held the test split, as ../shared/eval/README.md's SBD baseline table
does, so figures before then came from a different text; the dev split alone is about 411,000
characters, so the 1 MB text repeats it, which makes no difference to a splitter that keeps no
state between calls.) Every splitter runs on one core in this process; each figure is the median
of --runs timed calls after a warm-up call (models and regexes are built outside the timing).
pySBD is ~50x slower than Punkt, so by default it is timed on the first --pysbd-chars characters
and its chars/s is extrapolated to the whole text (printed as such). Also prints how many of
plain Punkt's sentence ends factkit keeps (boundary agreement), a sanity check that Punkt is
still the base.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factkit.split import get_splitter, punkt_tokenizer  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
SOURCES = (
    "sbd_golden_rules_en.jsonl",
    "seed_article.txt",
    "attribution_polnear_dev.jsonl",  # dev only: the test split is for the final report
)


def build_text(target_chars: int) -> str:
    docs: list[str] = []
    for name in SOURCES:
        path = EVAL / name
        if not path.exists():
            sys.exit(f"bench_split: {path} not found (../shared must sit beside the repo)")
        if path.suffix == ".txt":
            docs.append(path.read_text(encoding="utf-8"))
        else:
            with path.open(encoding="utf-8") as fh:
                docs.extend(json.loads(line)["text"] for line in fh if line.strip())
    parts: list[str] = []
    total = 0
    while total < target_chars:
        for doc in docs:
            parts.append(doc)
            total += len(doc) + 2
            if total >= target_chars:
                break
    return "\n\n".join(parts)


def time_it(func: Callable[[str], object], text: str, runs: int) -> float:
    func(text[:20_000])  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        func(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def ends_nonspace(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Sentence ends as counts of non-whitespace characters (whitespace-insensitive)."""
    nonspace_before = [0]
    count = 0
    for ch in text:
        count += not ch.isspace()
        nonspace_before.append(count)
    return {nonspace_before[end] for _, end in spans}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--pysbd-chars", type=int, default=100_000, help="0 = time pySBD on the whole text"
    )
    args = ap.parse_args(argv)

    text = build_text(args.chars)
    print(f"bench text: {len(text):,} chars ({', '.join(SOURCES)}, cycled); one core")
    splitter = get_splitter()
    punkt = punkt_tokenizer()
    rates: dict[str, float] = {}

    sec = time_it(splitter.split, text, args.runs)
    n_fk = len(splitter.split(text))
    rates["factkit"] = len(text) / sec
    print(
        f"factkit.split      {rates['factkit']:>12,.0f} chars/s  ({n_fk:,} segments, {sec:.3f} s)"
    )

    sec = time_it(punkt.tokenize, text, args.runs)
    rates["punkt"] = len(text) / sec
    print(f"NLTK Punkt         {rates['punkt']:>12,.0f} chars/s  ({sec:.3f} s)")

    try:
        import pysbd
    except ImportError:
        print("pySBD not installed (pip install pysbd): skipped")
    else:
        seg = pysbd.Segmenter(language="en", clean=False)
        sample = text if args.pysbd_chars <= 0 else text[: args.pysbd_chars]
        sec = time_it(seg.segment, sample, max(1, min(args.runs, 3)))
        rates["pysbd"] = len(sample) / sec
        note = (
            "" if sample is text else f" (timed on the first {len(sample):,} chars, extrapolated)"
        )
        print(f"pySBD clean=False  {rates['pysbd']:>12,.0f} chars/s{note}")

    print(f"ratio factkit / NLTK Punkt = {rates['factkit'] / rates['punkt']:.2f}x")
    if "pysbd" in rates:
        print(f"ratio factkit / pySBD      = {rates['factkit'] / rates['pysbd']:.1f}x")

    ours = ends_nonspace(text, [(s.start, s.end) for s in splitter.split(text)])
    theirs = ends_nonspace(text, list(punkt.span_tokenize(text)))
    kept = len(ours & theirs) / max(1, len(theirs))
    print(f"Punkt sentence ends kept by factkit: {kept:.1%} ({len(theirs):,} Punkt ends)")
    lead = f"chars_per_sec={rates['factkit']:.0f} vs_punkt={rates['factkit'] / rates['punkt']:.2f}"
    if "pysbd" in rates:
        lead += f" vs_pysbd={rates['factkit'] / rates['pysbd']:.1f}"
    print(lead)
    return 0


if __name__ == "__main__":
    sys.exit(main())
