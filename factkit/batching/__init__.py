"""Batch runs: thousands of articles, streamed, in parallel (process pool or Dask), resumable.

    from factkit.batching import run_batch
    result = run_batch(["articles/"], "reports.jsonl", workers=2)
    result.exit_code   # 0 all done, 3 some documents failed (see reports.errors.jsonl)

See :mod:`factkit.batching.runner` for the files written and the resume rules.
"""

from factkit.batching.runner import BatchResult, run_batch

__all__ = ["BatchResult", "run_batch"]
