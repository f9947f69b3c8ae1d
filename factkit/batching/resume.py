"""``batch --resume`` when the output already holds every input: nothing left to do.

Such a run started its workers and loaded their models (18 s on a laptop) only to skip every
input. The inputs are read once more, without any model, to find that out first: the scan stops at
the first input not yet in the output, so a resume that has work left pays only for reading the
finished inputs before it. Standard input can be read only once, so it is never scanned.
"""

from __future__ import annotations

from factkit.batching.input_records import STDIN
from factkit.batching.inputs import iter_inputs
from factkit.config import IngestConfig


def inputs_all_done(files: list[str], config: IngestConfig, done_ids: set[str]) -> int | None:
    """How many inputs ``files`` hold when every one's id is in ``done_ids`` (the ids of the
    output being resumed), else None. An input that cannot be read has an id too (its path): it
    is left to do unless the output holds that id."""
    if not done_ids or STDIN in files:
        return None
    count = 0
    for item in iter_inputs(files, config):
        if item.id not in done_ids:
            return None
        count += 1
    return count
