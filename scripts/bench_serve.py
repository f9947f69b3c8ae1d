"""The desk under load: ``factkit serve`` against ``factkit batch`` on the same articles, one run.

    PYTHONPATH=. python scripts/bench_serve.py                  # 32 articles, about 5 min
    PYTHONPATH=. python scripts/bench_serve.py --per-level 4 --levels 1,4 --cold-runs 1  # quick

Measured (default config: extractive summary + claims + check-worthiness):

* cold ``factkit run`` on data/seed_article.txt (``--cold-runs`` times, median): what a fact-checker
  waits for today, models loaded afresh every time;
* the server (a subprocess on a free loopback port, ``--workers`` analysis processes): start-up
  until /health answers, then warm ``POST /api/analyze`` on the seed article (``--warm-requests``
  sequential requests, median) -- the ratio to the cold run is the headline;
* bursts of analyze requests from 1, 4 and 16 concurrent clients: throughput, p50/p95 latency,
  errors. Each level sends its own ``--per-level`` articles (at least one per client,
  so all 16 are in flight at once) from ../shared/eval/cnndm_sample.jsonl
  (disjoint slices, so no level gains from sentence embeddings another level left in a worker's
  memo);
* ``factkit batch`` (``run_batch``, local engine, in this process) on all those articles with the
  same workers: throughput (excluding worker start-up, as batch reports it);
* CPU seconds per article, for each burst (the server and its workers) and for batch (its own
  figure): on a busy shared machine wall-clock throughput swings with other people's load, CPU
  time per article much less;
* peak memory: a sampling thread sums the RSS of the server (or batch) process and its workers.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
FACTKIT = [sys.executable, "-c", "from factkit.cli import main; main()"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


class PeakRSS:
    """Peak summed RSS of a process and its children, sampled every 50 ms."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            with contextlib.suppress(psutil.Error):
                for p in [self.proc, *self.proc.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        total += p.memory_info().rss
            self.peak = max(self.peak, total)
            time.sleep(0.05)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post(url: str, body: dict, timeout: float = 600) -> tuple[int, float]:
    data = json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"content-type": "application/json"})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except (urllib.error.URLError, OSError):
        status = 0
    return status, time.perf_counter() - t0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def cold_runs(n: int, config: list[str]) -> list[float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        subprocess.run(
            [*FACTKIT, "run", str(ROOT / "data/seed_article.txt"), "-f", "json", *config],
            env=ENV,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - t0)
    return times


def run_batch_here(articles: list[dict], workers: int, config: Path | None, tmp: Path) -> dict:
    """``factkit batch`` (its ``run_batch``, local engine) on the articles; its own figures:
    throughput and CPU seconds exclude worker start-up."""
    from factkit.batching import run_batch
    from factkit.config import load_config

    src = tmp / "batch_in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    base = psutil.Process().memory_info().rss
    mem = PeakRSS(os.getpid())
    t0 = time.perf_counter()
    result = run_batch(
        [str(src)], tmp / "batch_out.jsonl", load_config(config), workers=workers, progress=False
    )
    wall = time.perf_counter() - t0
    peak = mem.stop() - base
    if result.exit_code != 0:
        raise SystemExit(f"factkit batch failed: exit {result.exit_code}")
    return {
        "articles": result.done,
        "elapsed_s": result.elapsed,
        "articles_per_s": result.articles_per_s,
        "cpu_s_per_article": result.cpu_seconds / max(1, result.done),
        "startup_s": result.startup,
        "wall_s": wall,
        "peak_rss_mb": peak / 2**20,
    }


def tree_cpu(pid: int) -> float:
    """CPU seconds so far of a process and its live children."""
    total = 0.0
    root = psutil.Process(pid)
    for p in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            t = p.cpu_times()
            total += t.user + t.system
    return total


def burst(url: str, articles: list[dict], clients: int, server_pid: int) -> dict:
    def one(a: dict) -> tuple[int, float]:
        return post(url + "/api/analyze", {"text": a["text"], "id": a["id"]})

    cpu0 = tree_cpu(server_pid)
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = list(pool.map(one, articles))
    wall = time.perf_counter() - t0
    cpu = tree_cpu(server_pid) - cpu0
    lat = [t for s, t in results if s == 200]
    return {
        "clients": clients,
        "requests": len(articles),
        "errors": sum(s != 200 for s, _ in results),
        "articles_per_s": len(articles) / wall,
        "p50_s": pct(lat, 0.5) if lat else None,
        "p95_s": pct(lat, 0.95) if lat else None,
        "wall_s": wall,
        "cpu_s_per_article": cpu / len(articles),
    }


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/eval/cnndm_sample.jsonl")
    ap.add_argument(
        "--per-level", type=int, default=8, help="Articles per level (at least its clients)."
    )
    ap.add_argument("--levels", default="1,4,16", help="Concurrent clients, comma-separated.")
    ap.add_argument("--workers", type=int, default=None, help="Server and batch workers.")
    ap.add_argument("--cold-runs", type=int, default=3)
    ap.add_argument("--warm-requests", type=int, default=10)
    ap.add_argument("--config", type=Path, default=None)
    ap.add_argument("--json", type=Path, default=None, help="Also write the figures here.")
    return ap.parse_args()


def start_server(tmp: Path, workers: int, config: list[str]) -> tuple[subprocess.Popen, str]:
    """``factkit serve`` on a free loopback port; returns once /health answers."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [*FACTKIT, "serve", "--port", str(port), "--db", str(tmp / "desk.sqlite")]
    with (tmp / "server.log").open("wb") as log:
        server = subprocess.Popen(
            [*cmd, "--workers", str(workers), *config],
            env=ENV,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    while True:
        if server.poll() is not None:
            raise SystemExit("server exited: " + (tmp / "server.log").read_text()[-800:])
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(url + "/health", timeout=2) as r,
        ):
            if r.status == 200:
                return server, url
        time.sleep(0.2)


def measure_server(
    args: argparse.Namespace,
    articles: list[dict],
    workers: int,
    config: list[str],
    tmp: Path,
    cold_median: float,
) -> dict:
    levels = [int(x) for x in args.levels.split(",")]
    seed = (ROOT / "data/seed_article.txt").read_text(encoding="utf-8")
    t0 = time.perf_counter()
    server, url = start_server(tmp, workers, config)
    startup = time.perf_counter() - t0
    mem = PeakRSS(server.pid)
    print(f"server start-up (workers built and warmed): {startup:.1f} s", flush=True)
    out: dict = {"server_startup_s": startup}
    try:
        post(url + "/api/analyze", {"text": seed})  # each request may land on any worker
        warm = []
        for _ in range(args.warm_requests):
            status, took = post(url + "/api/analyze", {"text": seed})
            assert status == 200, status
            warm.append(took)
        median = statistics.median(warm)
        out.update(warm_seed_s=warm, warm_ratio=median / cold_median)
        print(
            f"warm POST /api/analyze on the seed: median {median * 1000:.0f} ms = "
            f"{100 * median / cold_median:.1f}% of a cold run "
            f"(p95 {pct(warm, 0.95) * 1000:.0f} ms; repeated text, so sentence embeddings come "
            "from the worker's memo -- the 1-client burst below is first-seen articles)",
            flush=True,
        )
        out["bursts"] = []
        start = 0
        for clients in levels:
            size = max(args.per_level, clients)
            part, start = articles[start : start + size], start + size
            b = burst(url, part, clients, server.pid)
            out["bursts"].append(b)
            print(
                f"  {clients:>2} clients: {b['requests']} requests, {b['errors']} errors, "
                f"{b['articles_per_s']:.2f} articles/s, p50 {b['p50_s']:.2f} s, "
                f"p95 {b['p95_s']:.2f} s, {b['cpu_s_per_article']:.2f} CPU s/article",
                flush=True,
            )
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        out["server_peak_rss_mb"] = mem.stop() / 2**20
    print(f"server peak RSS (all processes): {out['server_peak_rss_mb']:.0f} MB", flush=True)
    return out


def main() -> None:
    args = parse_args()
    sys.path.insert(0, str(ROOT))
    from factkit.serve.settings import default_workers

    workers = args.workers or default_workers()
    levels = [int(x) for x in args.levels.split(",")]
    config = ["--config", str(args.config)] if args.config else []
    rows = [json.loads(x) for x in args.data.read_text(encoding="utf-8").splitlines() if x.strip()]
    need = sum(max(args.per_level, clients) for clients in levels)
    if len(rows) < need:
        raise SystemExit(f"{args.data} has {len(rows)} articles; {need} needed")
    articles = [
        {"id": f"cnndm-{i}", "text": r.get("article") or r["text"]}
        for i, r in enumerate(rows[:need])
    ]
    print(
        f"bench_serve: {need} CNN/DM articles (levels of {args.levels} clients), "
        f"{workers} workers, {psutil.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    results: dict = {"workers": workers, "cpus": psutil.cpu_count()}
    cold = cold_runs(args.cold_runs, config)
    results["cold_run_s"] = cold
    cold_median = statistics.median(cold)
    print(
        f"cold `factkit run` on the seed: median {cold_median:.2f} s "
        f"({', '.join(f'{t:.1f}' for t in cold)})",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="bench_serve_") as tmpdir:
        tmp = Path(tmpdir)
        results.update(measure_server(args, articles, workers, config, tmp, cold_median))
        batch = run_batch_here(articles, workers, args.config, tmp)
    results["batch"] = batch
    print(
        f"factkit batch, same {need} articles, {workers} workers: "
        f"{batch['articles_per_s']:.2f} articles/s, {batch['cpu_s_per_article']:.2f} CPU s/article"
        f" (start-up {batch['startup_s']:.1f} s, peak RSS {batch['peak_rss_mb']:.0f} MB)",
        flush=True,
    )
    top = results["bursts"][-1]
    results["serve_vs_batch"] = top["articles_per_s"] / batch["articles_per_s"]
    results["serve_vs_batch_cpu"] = batch["cpu_s_per_article"] / top["cpu_s_per_article"]
    results["load_after"] = os.getloadavg()[0]
    print(
        f"\n{top['clients']} clients vs batch: {100 * results['serve_vs_batch']:.0f}% of batch "
        f"throughput ({100 * results['serve_vs_batch_cpu']:.0f}% by CPU seconds per article, "
        f"which others' load distorts less); {top['errors']} errors. "
        f"Warm/cold: {100 * results['warm_ratio']:.1f}%. "
        f"Load average {results['load_after']:.1f} on {psutil.cpu_count()} CPUs."
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
