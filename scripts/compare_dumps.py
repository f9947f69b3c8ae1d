"""Compare two `eval_verify.py` dumps item by item: which flags and reason types changed, per
kind. A figure that holds can hide items that traded places; this shows them.

    python scripts/compare_dumps.py OLD NEW [--show N]

Reads `--dump` files (an item is its split, document, kind, line and changed text) and
`--cliff-dump` files (an item is its id; CLIFF records carry no reasons, so only flags count).
`--show N` prints up to N changed items per kind with their old and new reasons, never one of a
check pool (``leads_pool.CHECK_POOLS``: ``polnear-check``, ``qags-check``), whose counts alone
may be read. Items only in one dump are counted (a split change can redraw a corruption); exit 1
when the two dumps share no item at all (different seeds or pools compared by mistake).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from leads_pool import CHECK_POOLS

Item = dict[str, Any]


def item_key(item: Item) -> tuple[Any, ...]:
    """What names an item in both dumps."""
    if "kind" not in item and "id" in item:
        return ("cliff", item["id"])
    return tuple(item.get(k) for k in ("split", "doc", "kind", "line", "changed"))


def item_kind(item: Item) -> str:
    """A corruption kind, "untouched", or a CLIFF cut such as "cliff-xsum-correct"."""
    return item.get("kind") or f"cliff-{item.get('origin')}-{item.get('label')}"


def reason_types(item: Item) -> list[str]:
    """The reason types of an item ("number_mismatch: ..." -> "number_mismatch")."""
    return sorted({reason.split(":", 1)[0] for reason in item.get("reasons", [])})


def read_dump(path: Path) -> dict[tuple[Any, ...], Item]:
    with path.open(encoding="utf-8") as fh:
        return {item_key(item): item for item in map(json.loads, fh) if item}


@dataclass
class Changes:
    """Per kind: items compared, flags gained and lost, reason types changed."""

    items: Counter[str] = field(default_factory=Counter)
    gained: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)
    retyped: Counter[str] = field(default_factory=Counter)
    shown: list[str] = field(default_factory=list)


def describe(change: str, old: Item, new: Item) -> str:
    text = old.get("changed") or old.get("line") or old.get("summary")
    where = old.get("doc", old.get("id"))
    return (
        f"[{item_kind(old)}] {change} {where}: {text}\n"
        f"    old: {old.get('reasons', [])}\n    new: {new.get('reasons', [])}"
    )


def compare(
    old: dict[tuple[Any, ...], Item], new: dict[tuple[Any, ...], Item], show: int
) -> Changes:
    changes = Changes()
    shown_per_kind: Counter[str] = Counter()
    for key, before in old.items():
        after = new.get(key)
        if after is None:
            continue
        kind = item_kind(before)
        changes.items[kind] += 1
        if before["flagged"] != after["flagged"]:
            change = "gained" if after["flagged"] else "lost"
            (changes.gained if after["flagged"] else changes.lost)[kind] += 1
        elif reason_types(before) != reason_types(after):
            change = "retyped"
            changes.retyped[kind] += 1
        else:
            continue
        if shown_per_kind[kind] < show and before.get("split") not in CHECK_POOLS:
            shown_per_kind[kind] += 1
            changes.shown.append(describe(change, before, after))
    return changes


def table(changes: Changes) -> str:
    rows = [f"{'kind':<28}{'items':>7}{'gained':>8}{'lost':>6}{'retyped':>9}"]
    for kind in sorted(changes.items):
        rows.append(
            f"{kind:<28}{changes.items[kind]:>7}{changes.gained[kind]:>8}"
            f"{changes.lost[kind]:>6}{changes.retyped[kind]:>9}"
        )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--show", type=int, default=0, help="changed items to print per kind")
    args = parser.parse_args()
    old, new = read_dump(args.old), read_dump(args.new)
    changes = compare(old, new, args.show)
    for text in changes.shown:
        print(text)
    only_old, only_new = len(old.keys() - new.keys()), len(new.keys() - old.keys())
    print(f"items only in the old dump / only in the new: {only_old} / {only_new}")
    print(table(changes))
    shared = len(old.keys() & new.keys())
    return 0 if shared or not (old or new) else 1


if __name__ == "__main__":
    raise SystemExit(main())
