"""Batch throughput, scaling and memory, measured in one run.

    PYTHONPATH=. python scripts/bench_batch.py                 # 2,000 documents (about 10 min)
    PYTHONPATH=. python scripts/bench_batch.py --n 600 --full-n 100 --repeat 1   # quick look

The articles of ../shared/eval/cnndm_sample.jsonl are cycled to ``--n`` documents (unique ids) in a
temp JSONL. Measured, each with ``run_batch`` (progress off; throughput excludes worker start-up,
which is printed separately):

* claims-only (``summarizer.enabled=false``, ``checkworthiness.enabled=false``) with the local
  engine at 1 and 2 workers, and the scaling ratio (best of ``--repeat`` interleaved runs);
* the full default pipeline (extractive summary + claims + check-worthiness) at 1 and 2 workers;
* the Dask engine (LocalCluster, 2 workers) against the local engine, claims-only;
* memory: a sampling thread sums the RSS of this process and all its children (workers, Dask
  nanny/worker processes) every 50 ms; peak RSS so far after 500 documents vs at the end shows
  whether memory grows with the number of documents;
* where time goes: per-stage seconds per document, in this process, on the first 100 documents.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factkit.batching import BatchResult, run_batch  # noqa: E402
from factkit.batching.worker import DEFAULT_PIPELINE  # noqa: E402
from factkit.config import Config, load_config  # noqa: E402

CLAIMS_ONLY = ["summarizer.enabled=false", "checkworthiness.enabled=false"]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "cnndm_sample.jsonl"
TARGETS = {
    "claims_2w": 150.0,
    "scaling": 1.7,
    "full_2w": 12.0,
    "dask_ratio": 0.8,
    "rss_growth": 0.10,
}


class TreeRss:
    """Samples the summed RSS of this process and its descendants; tracks the output's lines so
    the peak so far can be read at a given document count."""

    def __init__(self, out: Path, marks: list[int], interval: float = 0.05) -> None:
        self.out = out
        self.marks = sorted(marks)
        self.interval = interval
        self.peak = 0
        self.at_mark: dict[int, int] = {}
        self._lines = 0
        self._offset = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._me = psutil.Process()

    def _tree_rss(self) -> int:
        total = 0
        for proc in [self._me, *self._me.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):  # it exited between listing and reading
                total += proc.memory_info().rss
        return total

    def _count_lines(self) -> None:
        try:
            with self.out.open("rb") as fh:
                fh.seek(self._offset)
                chunk = fh.read()
        except FileNotFoundError:
            return
        self._offset += len(chunk)
        self._lines += chunk.count(b"\n")

    def _sample(self) -> None:
        self.peak = max(self.peak, self._tree_rss())
        self._count_lines()
        for mark in self.marks:
            if mark not in self.at_mark and self._lines >= mark:
                self.at_mark[mark] = self.peak

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


def write_corpus(data: Path, n: int, folder: Path) -> Path:
    records = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]
    path = folder / f"corpus_{n}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, rec in zip(range(n), itertools.cycle(records), strict=False):
            text = rec.get("text") or rec["article"]
            fh.write(json.dumps({"id": f"{rec['id']}-{i}", "text": text}) + "\n")
    return path


def timed_run(
    label: str, corpus: Path, out: Path, cfg: Config, n: int, **kwargs: object
) -> tuple[BatchResult, TreeRss]:
    marks = [m for m in (500, n) if m <= n]
    with TreeRss(out, marks) as rss:
        result = run_batch(
            [str(corpus)],
            out,
            cfg,
            progress=False,
            **kwargs,  # type: ignore[arg-type]
        )
    if result.done != n:
        raise SystemExit(
            f"{label}: only {result.done} of {n} documents done ({result.failed} failed)"
        )
    mb = rss.peak / 2**20
    print(
        f"{label:<38} {result.articles_per_s:6.1f} articles/s  {result.done:5d} docs in "
        f"{result.elapsed:5.1f} s (+{result.startup:4.1f} s start-up)  "
        f"{cpu_ms_per_doc(result):5.1f} CPU-ms/doc  peak tree RSS {mb:5.0f} MB",
        flush=True,
    )
    return result, rss


def stage_profile(corpus: Path, cfg: Config, pipeline_path: str, n: int = 100) -> dict[str, float]:
    """Seconds per document spent in each stage, in this process."""
    import importlib

    from factkit.ingest import article_from_record

    module, _, name = pipeline_path.partition(":")
    pipeline = getattr(importlib.import_module(module), name)(cfg)
    pipeline.warm_up()
    spent = {"split": 0.0, "annotate": 0.0, "claims": 0.0, "summarize": 0.0}
    with corpus.open(encoding="utf-8") as fh:
        records = [json.loads(line) for _, line in zip(range(n), fh, strict=False)]
    for rec in records:
        article = article_from_record(rec, path=str(corpus))
        t = time.perf_counter()
        sentences = pipeline.split(article)
        spent["split"] += time.perf_counter() - t
        t = time.perf_counter()
        annotations = pipeline.annotate(article, sentences)
        spent["annotate"] += time.perf_counter() - t
        if cfg.claims.enabled:
            t = time.perf_counter()
            pipeline.claim_extractor.extract(article, sentences, annotations)
            spent["claims"] += time.perf_counter() - t
        if cfg.summarizer.enabled:
            t = time.perf_counter()
            pipeline.summarizer.summarize(article, sentences, annotations=annotations)
            spent["summarize"] += time.perf_counter() - t
    return {k: v / len(records) for k, v in spent.items()}


def cpu_ms_per_doc(result: BatchResult) -> float:
    return 1000 * result.cpu_seconds / max(1, result.done)


def best(a: BatchResult | None, b: BatchResult) -> BatchResult:
    return b if a is None or b.articles_per_s > a.articles_per_s else a


def report(label: str, value: str, got: float, target: float, below: bool = False) -> None:
    """One summary line with its target; ``below``: the figure must stay under ``-target``."""
    goal = f"< {-target:.0%}" if below else f">= {target:g}"
    verdict = "ok" if got >= target else "MISSED"
    print(f"  {label:<34} {value}  [target {goal}: {verdict}]")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--n", type=int, default=2000, help="documents for claims-only and Dask runs"
    )
    parser.add_argument(
        "--full-n", type=int, default=None, help="documents for full-pipeline runs (default: --n)"
    )
    parser.add_argument("--no-full", action="store_true", help="skip the full-pipeline runs")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    parser.add_argument(
        "--pipeline",
        default=DEFAULT_PIPELINE,
        help="module:Class of the pipeline (default: factkit's)",
    )
    parser.add_argument(
        "--repeat", type=int, default=2, help="claims-only/Dask runs, interleaved (best is kept)"
    )
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data}: not found (../shared/eval must be beside the repo)")
    run = functools.partial(timed_run, pipeline=args.pipeline)
    n, full_n = args.n, args.full_n or args.n
    claims_cfg = load_config(None, CLAIMS_ONLY)
    full_cfg = load_config()
    print(
        f"bench_batch: {n} documents cycled from {args.data.name}; {psutil.cpu_count()} CPUs",
        flush=True,
    )

    with tempfile.TemporaryDirectory(prefix="bench_batch_") as tmp:
        folder = Path(tmp)
        corpus = write_corpus(args.data, n, folder)
        full_corpus = corpus if full_n == n else write_corpus(args.data, full_n, folder)

        # Claims-only runs are short, so the shared machine's noise is large: run the three
        # interleaved ``--repeat`` times and keep each one's best throughput.
        c1 = c2 = d2 = None
        c2_rss = None
        for rep in range(args.repeat):
            tag = f" #{rep + 1}" if args.repeat > 1 else ""
            r1, _ = run(
                f"claims-only, local, 1 worker{tag}",
                corpus,
                folder / "c1.jsonl",
                claims_cfg,
                n,
                workers=1,
            )
            r2, r2_rss = run(
                f"claims-only, local, 2 workers{tag}",
                corpus,
                folder / "c2.jsonl",
                claims_cfg,
                n,
                workers=2,
            )
            c1, c2 = best(c1, r1), best(c2, r2)
            c2_rss = c2_rss or r2_rss
            if not args.no_dask:
                rd, _ = run(
                    f"claims-only, dask LocalCluster, 2 w{tag}",
                    corpus,
                    folder / "d2.jsonl",
                    claims_cfg,
                    n,
                    workers=2,
                    engine="dask",
                )
                d2 = best(d2, rd)
        assert c1 is not None and c2 is not None
        f1 = f2 = None
        f2_rss = None
        if not args.no_full:
            f1, _ = run(
                "full pipeline, local, 1 worker",
                full_corpus,
                folder / "f1.jsonl",
                full_cfg,
                full_n,
                workers=1,
            )
            f2, f2_rss = run(
                "full pipeline, local, 2 workers",
                full_corpus,
                folder / "f2.jsonl",
                full_cfg,
                full_n,
                workers=2,
            )
        profile = stage_profile(corpus, full_cfg if not args.no_full else claims_cfg, args.pipeline)

    print("\nsummary")
    t = TARGETS
    scaling = c2.articles_per_s / c1.articles_per_s
    report(
        "claims-only, 2 workers",
        f"{c2.articles_per_s:.1f} articles/s",
        c2.articles_per_s,
        t["claims_2w"],
    )
    report("scaling 2 vs 1 worker", f"{scaling:.2f}x", scaling, t["scaling"])
    if f1 is not None and f2 is not None:
        full_scaling = f2.articles_per_s / f1.articles_per_s
        report(
            "full pipeline, 2 workers",
            f"{f2.articles_per_s:.1f} articles/s (1 worker {f1.articles_per_s:.1f}, "
            f"scaling {full_scaling:.2f}x)",
            f2.articles_per_s,
            t["full_2w"],
        )
    if d2 is not None:
        ratio = d2.articles_per_s / c2.articles_per_s
        report(
            "dask / local, claims-only, 2 w",
            f"{ratio:.2f} (dask start-up {d2.startup:.1f} s)",
            ratio,
            t["dask_ratio"],
        )
    for label, rss, total in (("claims-only 2w", c2_rss, n), ("full 2w", f2_rss, full_n)):
        if rss is None or 500 not in rss.at_mark or total <= 500:
            continue
        early, late = rss.at_mark[500], rss.at_mark.get(total, rss.peak)
        growth = late / early - 1
        report(
            f"peak tree RSS growth, {label}",
            f"{growth:+.1%} ({early / 2**20:.0f} MB at 500 docs, {late / 2**20:.0f} MB at {total})",
            -growth,
            -t["rss_growth"],
            below=True,
        )
    # The machine is shared: wall-clock rates drop whenever others run. CPU time per document
    # is what this code costs; from it, the rate two otherwise idle cores would give.
    load = os.getloadavg()[0]
    idle_2w = 2000 / cpu_ms_per_doc(c2)
    print(
        f"  machine: load average {load:.1f} on {psutil.cpu_count()} CPUs during the run. "
        f"CPU-ms/doc, claims-only: 1 worker {cpu_ms_per_doc(c1):.1f}, 2 workers "
        f"{cpu_ms_per_doc(c2):.1f}"
        + (f", dask {cpu_ms_per_doc(d2):.1f}" if d2 is not None else "")
        + (f"; full 2 workers {cpu_ms_per_doc(f2):.1f}" if f2 is not None else "")
    )
    print(
        f"  if 2 cores were free: claims-only 2 workers ~{idle_2w:.0f} articles/s "
        f"(scaling ~{2 * cpu_ms_per_doc(c1) / cpu_ms_per_doc(c2):.2f}x)"
        + (f", dask/local ~{cpu_ms_per_doc(c2) / cpu_ms_per_doc(d2):.2f}" if d2 is not None else "")
        + (
            f", full 2 workers ~{2000 / cpu_ms_per_doc(f2):.1f} articles/s"
            if f2 is not None
            else ""
        )
    )
    per_doc = sum(profile.values())
    shares = ", ".join(
        f"{k} {v * 1000:.1f} ms ({v / per_doc:.0%})" for k, v in profile.items() if v
    )
    print(f"  per-document stage time, 1 process: {shares}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
