"""Count the CPU time and rows an encoder spends, for the benchmark and evaluation scripts.

A script-side helper (not part of the package) so that ``bench_run_verify.py`` can time an
older checkout of factkit with the same clock as ``eval_verify.py`` times this one.
"""

from __future__ import annotations

import time
from typing import Any


def clock_encoder(encoder: Any) -> dict[str, float]:
    """Wrap ``encoder.encode`` so that every call adds its CPU time (``seconds``) and rows
    (``rows``) to the returned counters. CPU time, because the machine may be shared.
    ``threads``: torch's intra-op threads (``encoder.threads``, else OMP_NUM_THREADS or one per
    core), which the encoder's time depends on."""
    import torch

    real_encode = encoder.encode
    clock = {"seconds": 0.0, "rows": 0.0, "threads": float(torch.get_num_threads())}

    def encode(sentences: list[str], batch_size: int | None = None) -> Any:
        start = time.process_time()
        vectors = real_encode(sentences, batch_size)
        clock["seconds"] += time.process_time() - start
        clock["rows"] += len(sentences)
        return vectors

    encoder.encode = encode
    return clock
