"""``batch --resume``: where in the inputs the work left begins, found before any worker starts.

A resume over an output that already held every input started its workers and loaded their
models (18 s on a laptop) only to skip every input. The inputs are read without any model until
the first one not yet in the output; the run goes on from there, with the same reader, so a
resume that has work left reads each input once (it read the finished ones twice). Standard input
can be read only once, and is left to the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from typing import NamedTuple

from factkit.batching.input_records import STDIN
from factkit.batching.inputs import Failure, InputItem, iter_inputs
from factkit.config import IngestConfig

Items = Iterator[InputItem | Failure]


class ResumePoint(NamedTuple):
    finished: int
    """Inputs before ``rest`` already in the output (to count as skipped)."""
    rest: Items | None
    """The inputs from the first one left to do, in order; None when none is left."""


def resume_point(files: list[str], config: IngestConfig, done_ids: set[str]) -> ResumePoint:
    """Reads ``files`` up to the first input whose id is not in ``done_ids`` (the ids of the
    output being resumed). An input that cannot be read has an id too (its path): it is left to
    do unless the output holds that id."""
    items = iter_inputs(files, config)
    if not done_ids or STDIN in files:
        return ResumePoint(0, items)
    finished = 0
    for item in items:
        if item.id not in done_ids:
            return ResumePoint(finished, chain([item], items))
        finished += 1
    return ResumePoint(finished, None)
