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
import random
import re
from collections import Counter
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


def counted_word(text: str, end: int) -> str | None:
    """The first content word after a figure: what it counts ("12 people were hurt" ->
    "people")."""
    words = [w for w in word_list(text[end : end + 40]) if w not in STOP_WORDS and not w.isdigit()]
    return words[0] if words else None


def swap_class(line: str, start: int, changed: str, article: str, qf: QuantityFinder) -> str:
    """What the swapped-in figure counts in the article, next to what the summary's counts."""
    old = next((q for q in qf.find(line) if q.start <= start < q.end), None)
    new_digits = DIGITS.match(changed, start)
    if old is None or new_digits is None:
        return "unparsed"
    digits = new_digits.group().replace(",", "")
    uses = [
        aq
        for aq in qf.find(article)
        if (d := DIGITS.search(aq.text)) and d.group().replace(",", "") == digits
    ]
    if not any(aq.unit == old.unit for aq in uses):
        return "other unit"
    noun = counted_word(line, old.end)
    if noun and any(aq.unit == old.unit and counted_word(article, aq.end) == noun for aq in uses):
        return "same unit, same counted word"
    return "same unit, other counted word"


def exhaustive_number_swaps(
    cfg: Config,
    docs: list[dict[str, Any]],
    split: str,
    dump: Path | None,
    cap: int | None = None,
    seed: int = 13,
) -> Counter[str]:
    """Verify every number swap of every line of ``docs``; print items, misses and misses by
    class, and return the counters. ``cap``: at most this many swaps per line (a seeded
    sample), to keep a run short."""
    verifier = Verifier(cfg)
    counts: Counter[str] = Counter()
    out = dump.open("w", encoding="utf-8") if dump else None
    for n, doc in enumerate(docs):
        if (doc.get("split") or ("dev" if n % 2 == 0 else "test")) != split:
            continue
        _verify_document(verifier, doc, n, split, counts, out, cap, random.Random(f"{seed}-{n}"))
    if out:
        out.close()
    _print_counts(split, counts)
    return counts


def _verify_document(
    verifier: Verifier,
    doc: dict[str, Any],
    n: int,
    split: str,
    counts: Counter[str],
    out: TextIO | None,
    cap: int | None,
    rng: random.Random,
) -> None:
    """Every swap of one document's lines, against one annotation of its article."""
    qf = verifier.quantity_finder
    article = Article(text=doc["article"], id=doc["id"])
    sentences = split_sentences(article.text, verifier.config.verify_splitter())
    annotations = verifier.annotator.annotate(article, sentences)
    for line in [ln.strip() for ln in doc["highlights"].split("\n") if ln.strip()]:
        swaps = every_number_swap(line, article.text, qf)
        counts["lines"] += 1
        counts["lines with a swap"] += bool(swaps)
        if cap is not None and len(swaps) > cap:
            swaps = rng.sample(swaps, cap)
        for start, changed in swaps:
            result = verifier.verify(changed, article, sentences, annotations)
            flagged = not result.all_supported
            label = swap_class(line, start, changed, article.text, qf)
            counts["items"] += 1
            counts[f"items: {label}"] += 1
            counts["missed"] += not flagged
            counts[f"missed: {label}"] += not flagged
            if out:
                reasons = [f"{r.type}: {r.detail}" for s in result.sentences for r in s.reasons]
                item = {"split": split, "doc": n, "kind": "number_swap", "line": line}
                item |= {"changed": changed, "flagged": flagged, "reasons": reasons}
                out.write(json.dumps(item | {"class": label}) + "\n")


def _print_counts(split: str, counts: Counter[str]) -> None:
    print(f"\n== every number swap, {split} documents ==")
    print(f"lines {counts['lines']}, with a swap {counts['lines with a swap']}")
    recall = 1 - counts["missed"] / max(1, counts["items"])
    print(f"items {counts['items']}, missed {counts['missed']} (recall {recall:.3f})")
    for key in sorted(k for k in counts if k.startswith("items: ")):
        label = key.removeprefix("items: ")
        print(f"  {label:<32}{counts[key]:>7} items {counts['missed: ' + label]:>5} missed")
