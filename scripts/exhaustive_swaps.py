"""Every number swap the corruption generator could make, scored: ``eval_verify.py --exhaustive
number_swap``.

Seeded sampling draws one swap per line, so seed after seed re-draws the same few items and a
class of misses can hide behind them. Here each number of each summary line is replaced by each
number of the article the generator would accept as its replacement (the same candidates, from
``number_swap_spots``, that ``corrupt`` draws from), and every such item is verified. Misses are
grouped by what the swapped-in figure counts in the article, next to what the summary's figure
counts: the same unit and counted word (an article figure for the same kind of thing), the same
unit only, or another unit.

A script-side helper (not part of the package); dev half and fit pools only.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from factkit.annotate.quantities import QuantityFinder
from factkit.config import Config
from factkit.document import Article, Quantity
from factkit.split import split_sentences
from factkit.verification import Verifier
from factkit.verification.text import STOP_WORDS, word_list

DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def number_swap_spots(
    line: str, article: str, qf: QuantityFinder
) -> list[tuple[Quantity, re.Match[str], list[str]]]:
    """Each number of ``line`` the generator may swap: its quantity, its digits and the article
    numbers (as written, repeats kept, in article order) it may become: a value more than 5 %
    away, written with other digits."""
    found = [aq for aq in qf.find(article) if DIGITS.search(aq.text)]
    spots = []
    for q in qf.find(line):
        m = DIGITS.search(q.text)
        if not m:
            continue
        others = [
            d.group()
            for aq in found
            for d in [DIGITS.search(aq.text)]
            if d
            and abs(aq.value - q.value) > 0.05 * max(abs(q.value), 1e-9)
            and d.group().replace(",", "") != m.group().replace(",", "")
        ]
        spots.append((q, m, others))
    return spots


def every_number_swap(line: str, article: str, qf: QuantityFinder) -> list[tuple[int, str]]:
    """(start of the swapped number in ``line``, swapped line) for every distinct swap."""
    out: dict[str, int] = {}
    for q, m, others in number_swap_spots(line, article, qf):
        start, end = q.start + m.start(), q.start + m.end()
        for other in dict.fromkeys(others):
            out.setdefault(line[:start] + other + line[end:], start)
    return [(start, changed) for changed, start in out.items()]


def change_reaches(written: str, new: float) -> bool:
    """Whether ``_changed_number`` in eval_verify.py can turn the digits ``written`` into
    ``new``: another small integer (1-20) for a small whole number, else x0.3-0.8 or x1.25-3,
    rounded to the same decimals and more than 5 % away."""
    plain = written.replace(",", "")
    value = float(plain)
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    if value < 10 and decimals == 0:
        return new != value and new in range(1, 21)
    if value <= 0 or round(new, decimals) != new:
        return False
    ratio = new / value
    far = abs(new - value) > max(0.05 * abs(value), 10.0**-decimals / 2)
    return far and (0.3 <= ratio <= 0.8 or 1.25 <= ratio <= 3.0)


def every_number_change(line: str, article: str, qf: QuantityFinder) -> list[tuple[int, str]]:
    """(start, changed line) for every number change of ``line`` that lands on a value the
    article gives (in digits or in words: "seven years"): the changes a value check alone
    cannot catch. A change elsewhere names a value the article never gives."""
    values = {aq.value for aq in qf.find(article)}
    out: dict[str, int] = {}
    for q, m, _ in number_swap_spots(line, article, qf):
        digits = float(m.group().replace(",", ""))
        scale = q.value / digits if digits else 1.0  # "$1.13bn": the digits are 1.13
        decimals = len(m.group().split(".")[1]) if "." in m.group() else 0
        start, end = q.start + m.start(), q.start + m.end()
        for value in sorted(values):
            new = round(value / scale, decimals) if scale else value
            if abs(new * scale - value) > 1e-6 * max(1.0, abs(value)):
                continue
            if change_reaches(m.group(), new):
                written = f"{new:,.{decimals}f}" if "," in m.group() else f"{new:.{decimals}f}"
                out.setdefault(line[:start] + written + line[end:], start)
    return [(start, changed) for changed, start in out.items()]


def counted_word(text: str, end: int) -> str | None:
    """The first content word after a figure: what it counts ("12 people were hurt" ->
    "people")."""
    words = [w for w in word_list(text[end : end + 40]) if w not in STOP_WORDS and not w.isdigit()]
    return words[0] if words else None


def swap_class(line: str, start: int, changed: str, article: str, qf: QuantityFinder) -> str:
    """What the swapped-in figure counts in the article, next to what the summary's counts."""
    old = next((q for q in qf.find(line) if q.start <= start < q.end), None)
    new = next((q for q in qf.find(changed) if q.start <= start < q.end), None)
    if old is None or new is None:
        return "unparsed"
    uses = [aq for aq in qf.find(article) if math.isclose(aq.value, new.value)]
    if not uses:
        return "value not in the article"
    if not any(aq.unit == old.unit for aq in uses):
        return "other unit"
    noun = counted_word(line, old.end)
    if noun and any(aq.unit == old.unit and counted_word(article, aq.end) == noun for aq in uses):
        return "same unit, same counted word"
    return "same unit, other counted word"


# every item of a kind on one line: (start of the changed number, changed line)
GENERATORS: dict[str, Callable[[str, str, QuantityFinder], list[tuple[int, str]]]] = {
    "number_swap": every_number_swap,
    "number_change": every_number_change,
}


@dataclass
class Probe:
    """One exhaustive run: what it verifies with, which kind and split, and what it counts."""

    verifier: Verifier
    kind: str
    split: str
    cap: int | None = None
    counts: Counter[str] = field(default_factory=Counter)
    out: TextIO | None = None


def exhaustive_items(
    cfg: Config,
    docs: list[dict[str, Any]],
    split: str,
    dump: Path | None,
    cap: int | None = None,
    seed: int = 13,
    kind: str = "number_swap",
) -> Counter[str]:
    """Verify every item of ``kind`` on every line of ``docs``; print items, misses and misses
    by class, and return the counters. ``cap``: at most this many items per line (a seeded
    sample), to keep a run short."""
    probe = Probe(Verifier(cfg), kind, split, cap)
    probe.out = dump.open("w", encoding="utf-8") if dump else None
    for n, doc in enumerate(docs):
        if (doc.get("split") or ("dev" if n % 2 == 0 else "test")) == split:
            _verify_document(probe, doc, n, random.Random(f"{seed}-{n}"))
    if probe.out:
        probe.out.close()
    _print_counts(probe)
    return probe.counts


def _verify_document(probe: Probe, doc: dict[str, Any], n: int, rng: random.Random) -> None:
    """Every item of one document's lines, against one annotation of its article."""
    verifier, counts = probe.verifier, probe.counts
    qf = verifier.quantity_finder
    article = Article(text=doc["article"], id=doc["id"])
    sentences = split_sentences(article.text, verifier.config.verify_splitter())
    annotations = verifier.annotator.annotate(article, sentences)
    inputs = (article, sentences, annotations)
    for line in [ln.strip() for ln in doc["highlights"].split("\n") if ln.strip()]:
        items = GENERATORS[probe.kind](line, article.text, qf)
        counts["lines"] += 1
        counts["lines with an item"] += bool(items)
        if probe.cap is not None and len(items) > probe.cap:
            items = rng.sample(items, probe.cap)
        if probe.out and items:
            # the line as written: the negative that looks most like its own swaps (the
            # decision layer's fit reads it; fit_verify_decision.py --exhaustive-dump)
            own = _verify_item(probe, {"doc": n, "kind": "untouched", "line": line}, inputs)
            counts["untouched flagged"] += own
        for start, changed in items:
            label = swap_class(line, start, changed, article.text, qf)
            item = {"doc": n, "kind": probe.kind, "line": line, "changed": changed}
            flagged = _verify_item(probe, item | {"class": label}, inputs)
            counts["items"] += 1
            counts[f"items: {label}"] += 1
            counts["missed"] += not flagged
            counts[f"missed: {label}"] += not flagged


def _verify_item(probe: Probe, item: dict[str, Any], inputs: tuple[Any, ...]) -> bool:
    """Verify the item's text (its ``changed`` line, else its ``line``); with a dump, write it
    with its reasons, the edited span and the verifier's slot trace, as the corruption
    benchmark's dump does. Whether it was flagged."""
    verifier = probe.verifier
    verifier.trace = [] if probe.out else None
    text = item.get("changed", item["line"])
    result = verifier.verify(text, *inputs)
    trace, verifier.trace = verifier.trace, None
    flagged = not result.all_supported
    if probe.out:
        reasons = [f"{r.type}: {r.detail}" for s in result.sentences for r in s.reasons]
        row = {"split": probe.split, **item, "flagged": flagged, "reasons": reasons}
        if "changed" in item:
            row["edit"] = edited_span(item["line"], text)
        probe.out.write(json.dumps(row | {"trace": trace}) + "\n")
    return flagged


def edited_span(line: str, changed: str) -> tuple[int, int]:
    """[start, end) of the part of ``changed`` that differs from ``line``."""
    a = 0
    while a < min(len(line), len(changed)) and line[a] == changed[a]:
        a += 1
    b = 0
    while b < min(len(line), len(changed)) - a and line[-1 - b] == changed[-1 - b]:
        b += 1
    return a, len(changed) - b


def _print_counts(probe: Probe) -> None:
    counts = probe.counts
    print(f"\n== every {probe.kind.replace('_', ' ')}, {probe.split} documents ==")
    print(f"lines {counts['lines']}, with an item {counts['lines with an item']}")
    recall = 1 - counts["missed"] / max(1, counts["items"])
    print(f"items {counts['items']}, missed {counts['missed']} (recall {recall:.3f})")
    if probe.out and counts["lines with an item"]:
        flagged = counts["untouched flagged"]
        print(f"their own lines flagged {flagged} of {counts['lines with an item']}")
    for key in sorted(k for k in counts if k.startswith("items: ")):
        label = key.removeprefix("items: ")
        print(f"  {label:<32}{counts[key]:>7} items {counts['missed: ' + label]:>5} missed")
