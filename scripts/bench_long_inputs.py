"""Does any command grow faster than its input? Each stage at three article sizes, in-process.

    python scripts/bench_long_inputs.py [--article FILE] [--sizes 120K,400K,1.2M]
        [--stages split,claims,summarize,run,verify2,verify40] [--summary FILE]

The article (default ``data/seed_article.txt``) is repeated, paragraph by paragraph, and cut at
a space to each size. Each stage then runs as its command does, in this process, after one
warm-up run on the seed article (models loaded, lazy tables built):

  split      the splitter alone (``factkit split``)
  claims     split, annotate and claims (``factkit claims``), JSON rendering included
  summarize  split and the configured summarizer (``factkit summarize``)
  run        the whole pipeline and its JSON report (``factkit run``)
  verify2    ``factkit verify`` of a 2-sentence summary against the article
  verify40   the same with a 40-sentence summary

Both summaries are the article's own body sentences, taken in order and repeated as needed
(``--summary FILE`` replaces them with one summary of your own, timed as ``verify``).

Printed per stage: CPU seconds at each size and the growth ratio, that is the largest size's
time over the smallest's, divided by the size ratio. Linear growth gives about 1; quadratic
growth gives about the size ratio (10 for 120K -> 1.2M). CPU time is the measure: on a shared
machine wall time also counts the other processes' turns. Repeated text repeats sentences and
the encoder memoises recent ones, so the summarizer's cost here is below news text's; for
distinct text pass a long article of your own (``--article``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sizes import parse_sizes  # one reader of sizes for every bench

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed_article.txt"
STAGES = ("split", "claims", "summarize", "run", "verify2", "verify40")


def build_text(unit: str, size: int) -> str:
    """The paragraphs of ``unit`` repeated in order and cut at the last space before ``size``
    characters (a one-line article is cut, not doubled)."""
    paragraphs = [p for p in unit.split("\n\n") if p.strip()] or [unit]
    parts: list[str] = []
    total = 0
    while total < size:
        for paragraph in paragraphs:
            if total >= size:
                break
            parts.append(paragraph)
            total += len(paragraph) + 2
    text = "\n\n".join(parts)
    if len(text) > size:
        text = text[:size].rsplit(" ", 1)[0]
    return text + "\n"


def body_summary(unit: str, n_sentences: int) -> str:
    """``n_sentences`` of the article's own body sentences of 40-400 characters, in order,
    repeated as needed (a run-on piece of thousands of words would time the verifier's
    per-sentence cost, which grows with the square of a summary sentence's words)."""
    from factkit.config import Config
    from factkit.split import split_sentences

    body = [" ".join(s.text.split()) for s in split_sentences(unit, Config().splitter)]
    short = [text for text in body if 40 < len(text) <= 400]
    body = short or [text[:400].rsplit(" ", 1)[0] for text in body]  # run-on: their openings
    return " ".join(body[i % len(body)] for i in range(n_sentences))


def stage_runners(summaries: dict[str, str]) -> dict[str, Callable[[str], object]]:
    """One function per stage: it takes the article text and does what the command does."""
    from factkit.config import load_config
    from factkit.document import Article
    from factkit.pipeline import Pipeline
    from factkit.render.to_json import render_json
    from factkit.split import split_sentences
    from factkit.summarization import build_summarizer
    from factkit.verification import Verifier

    claims_pipeline = Pipeline(load_config(None, ["summarizer.enabled=false"]))
    run_pipeline = Pipeline(load_config(None, []))
    summary_cfg = load_config(None, ["summarizer.enabled=true"])
    summarizer = build_summarizer(summary_cfg)
    verify_cfg = load_config(None, [])
    verifier = Verifier(verify_cfg)

    def summarize(text: str) -> object:
        article = Article(text=text)
        return summarizer.summarize(article, split_sentences(text, summary_cfg.splitter))

    def verifying(summary: str) -> Callable[[str], object]:
        def verify(text: str) -> object:
            article = Article(text=text)
            sentences = split_sentences(text, verify_cfg.verify_splitter())
            return verifier.verify(summary, article, sentences)

        return verify

    runners: dict[str, Callable[[str], object]] = {
        "split": lambda text: split_sentences(text, claims_pipeline.config.splitter),
        "claims": lambda text: render_json(claims_pipeline.analyze(Article(text=text))),
        "summarize": summarize,
        "run": lambda text: render_json(run_pipeline.analyze(Article(text=text))),
    }
    for name, summary in summaries.items():
        runners[name] = verifying(summary)
    return runners


def cpu_seconds(run: Callable[[str], object], text: str) -> float:
    start = time.process_time()
    run(text)
    return time.process_time() - start


def report(rows: dict[str, list[float]], sizes: list[int]) -> str:
    size_ratio = sizes[-1] / sizes[0]
    head = " ".join(f"{size / 1000:>9,.0f}K" for size in sizes)
    lines = [f"{'stage':<10} {head}   growth (x{size_ratio:.1f} input; 1 = linear)"]
    for stage, seconds in rows.items():
        cells = " ".join(f"{s:>9.2f}s" for s in seconds)
        growth = seconds[-1] / seconds[0] / size_ratio if seconds[0] > 0 else float("nan")
        flag = "  <- super-linear" if growth > 1.5 else ""
        lines.append(f"{stage:<10} {cells}   {growth:.2f}{flag}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--article", type=Path, default=SEED, help="the article to repeat")
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default="120K,400K,1.2M",
        help="comma-separated characters, K/M powers of ten (scripts/sizes.py), e.g. 50K,1M",
    )
    parser.add_argument("--stages", default=",".join(STAGES), help="comma-separated stages")
    parser.add_argument("--summary", type=Path, help="time verify of this summary instead")
    parser.add_argument("--json", action="store_true", help="also print the rows as JSON")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    unit = args.article.read_text(encoding="utf-8")
    sizes = args.sizes
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    summaries = {"verify2": body_summary(unit, 2), "verify40": body_summary(unit, 40)}
    if args.summary is not None:
        summaries = {"verify": args.summary.read_text(encoding="utf-8")}
        stages = [s for s in stages if not s.startswith("verify")] + ["verify"]
    runners = stage_runners(summaries)
    unknown = [s for s in stages if s not in runners]
    if unknown:
        parser.error(f"--stages: unknown {', '.join(unknown)} (known: {', '.join(runners)})")
    texts = [build_text(unit, size) for size in sizes]
    print(f"bench_long_inputs: {args.article.name} repeated to {sizes}", flush=True)
    rows: dict[str, list[float]] = {}
    for stage in stages:
        runners[stage](SEED.read_text(encoding="utf-8"))  # warm-up: models, lazy tables
        rows[stage] = [cpu_seconds(runners[stage], text) for text in texts]
        print(f"  {stage}: " + ", ".join(f"{s:.2f} s" for s in rows[stage]), flush=True)
    print(report(rows, [len(text) for text in texts]))
    if args.json:
        print(json.dumps({"sizes": [len(t) for t in texts], "cpu_s": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
