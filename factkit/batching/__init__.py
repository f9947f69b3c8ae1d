"""Batch runs: thousands of articles, streamed, in parallel (process pool or Dask), resumable.

    from factkit.batching import run_batch
    result = run_batch(["articles/"], "reports.jsonl", workers=2)
    result.exit_code   # 0 all done, 3 some documents failed (see reports.errors.jsonl)

See :mod:`factkit.batching.runner` for the files written and the resume rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factkit.batching.runner import BatchResult, run_batch

__all__ = ["BatchResult", "run_batch"]


def __getattr__(name: str) -> Any:
    """The runner on first use: ``python -m factkit.batching`` imports this package before its
    Ctrl-C handling is installed (:mod:`factkit.console`), and the runner imports pydantic."""
    if name not in __all__:
        raise AttributeError(f"module 'factkit.batching' has no attribute {name!r}")
    from factkit.batching import runner

    return getattr(runner, name)
