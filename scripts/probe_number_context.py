"""Probe (issue #13): does the encoder's contextual reading of a number tell a swapped number
slot from an untouched one?

The number decision layer's missed swaps score like untouched slots on all its 14 features, so
a refit cannot catch them; they need new evidence. The hypothesis measured here: MiniLM's last
hidden states over a number's tokens carry what the number is about ("three" in "three people
were killed" vs "three were injured"). For a summary number X the probe compares the contextual
vector of its tokens with the article's mentions of X (``tok_own``, best cosine) and of other
values (``tok_rival``, best cosine; the same unit key when the summary number has a unit), and
their difference (``tok_gap``). A swapped-in X should read like the rival it replaced.

It reads verifier dumps (``eval_verify.py ... --dump F``): every untouched line's number slots
that reached the decision layer are negatives, the edited slot of each number swap positive.
It prints AUCs (all swaps, and the swaps the shipped layer misses, against untouched slots),
how many misses score above every slot of an unflagged untouched line on the feature alone,
and the same for the shipped layer's logit plus the feature at a few weights (the most a
refit with the feature could gain at no new false alarm). Offline and dev-only: each dump is
named ``POOL[@LABEL]=DUMP``, the pool saying whose documents it holds (``dev``: the even CNN/DM
sample positions, odd ones never read; ``leads``, ``cliff-leads``: the fit pools, rebuilt as
``eval_verify.py --lead-sentences 1000`` builds them). ``--window N`` reads N words each side
of the number with it. A script-side probe, not part of the package: its vectors come from a
second encoder pass, which the verifier would not make.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from eval_verify import SHARED, fit_pool, read_jsonl  # noqa: E402

from factkit.config import Config, load_config  # noqa: E402
from factkit.document import Article, Quantity  # noqa: E402
from factkit.split import split_sentences  # noqa: E402
from factkit.verification import Verifier  # noqa: E402
from factkit.verification.decision import decision_features  # noqa: E402
from factkit.verification.number_units import unit_key  # noqa: E402
from factkit.verification.numbers import slot_numbers  # noqa: E402
from factkit.verification.text import WORD_RE  # noqa: E402

FEATURES = ("tok_own", "tok_rival", "tok_gap")
# a slot whose value the article never states, or a mention past the encoder's token limit
MISSING = -1.0


class TokenReader:
    """Per-token last hidden states of texts, with each token's character offsets."""

    def __init__(self, verifier: Verifier, window: int = 0) -> None:
        from tokenizers import Tokenizer

        # words each side of the number read with it ("6,500 foreign fighters" at 2)
        self.window = window
        encoder = verifier.encoder
        self.model = encoder.model
        self.max_tokens = encoder.config.max_tokens
        self.tokenizer = Tokenizer.from_file(str(encoder.path / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.max_tokens)

    def states(self, texts: list[str]) -> list[tuple[list[tuple[int, int]], np.ndarray]]:
        """(token offsets, hidden states) of each text, each text on its own (no padding)."""
        import torch

        out = []
        with torch.inference_mode():
            for enc in self.tokenizer.encode_batch(texts):
                ids = torch.tensor([enc.ids], dtype=torch.int64)
                mask = torch.ones_like(ids)
                hidden = self.model(input_ids=ids, attention_mask=mask).last_hidden_state[0]
                out.append((list(enc.offsets), hidden.float().numpy()))
        return out


def span_vector(
    offsets: list[tuple[int, int]], hidden: np.ndarray, start: int, end: int
) -> np.ndarray | None:
    """Unit mean of the states of the tokens inside ``[start, end)`` (text-relative)."""
    rows = [i for i, (a, b) in enumerate(offsets) if b > a and a < end and start < b]
    if not rows:
        return None
    vec = hidden[rows].mean(axis=0)
    return vec / max(float(np.linalg.norm(vec)), 1e-9)


def reading_span(text: str, start: int, end: int, window: int) -> tuple[int, int]:
    """``[start, end)`` of ``text`` widened by ``window`` words each side."""
    if window <= 0:
        return start, end
    left = [m.start() for m in WORD_RE.finditer(text, 0, start)][-window:]
    right = [m.end() for m in WORD_RE.finditer(text, end)][:window]
    return min(left, default=start), max(right, default=end)


Mention = tuple[float, str, np.ndarray]  # value, unit key, contextual vector


def article_mentions(verifier: Verifier, reader: TokenReader, doc: dict[str, Any]) -> list[Mention]:
    """The contextual vector of every number the verifier's index reads in the article."""
    article = Article(text=doc["article"], id=doc["id"])
    sentences = split_sentences(article.text, verifier.config.verify_splitter())
    index = verifier.index(verifier.annotator.annotate(article, sentences))
    states = reader.states([s.text for s in index.body])
    out = []
    for n in index.numbers:
        if n.pos is None:
            continue
        sentence = index.body[n.pos]
        offsets, hidden = states[n.pos]
        q = n.quantity
        start, end = q.start - sentence.start, q.end - sentence.start
        vec = span_vector(offsets, hidden, *reading_span(sentence.text, start, end, reader.window))
        if vec is not None:
            out.append((q.value, unit_key(q.unit), vec))
    return out


def slot_quantity(verifier: Verifier, text: str, start: int, end: int) -> Quantity | None:
    """The summary number the verifier reads over ``text[start:end]`` (the widest overlap)."""
    found = verifier.quantity_finder.find(text, 0, len(text))
    numbers = [q for q in slot_numbers(text, 0, len(text), found, []) if q.start < end]
    numbers = [q for q in numbers if start < q.end]
    return max(numbers, key=lambda q: min(q.end, end) - max(q.start, start), default=None)


def context_features(
    summary_vec: np.ndarray, value: float, unit: str, mentions: list[Mention]
) -> dict[str, float]:
    """``tok_own``, ``tok_rival`` and ``tok_gap`` of one summary number."""
    own = [float(vec @ summary_vec) for v, _, vec in mentions if v == value]
    others = [(u, float(vec @ summary_vec)) for v, u, vec in mentions if v != value]
    # the same unit's numbers where the summary number has a unit and the article has them
    rivals = [cos for u, cos in others if unit and u == unit] or [cos for _, cos in others]
    tok_own = max(own, default=MISSING)
    tok_rival = max(rivals, default=MISSING)
    return {"tok_own": tok_own, "tok_rival": tok_rival, "tok_gap": tok_own - tok_rival}


@cache
def number_model() -> tuple[np.ndarray, float]:
    """The shipped number model: its weights and its threshold as a logit."""
    raw = json.loads((ROOT / "factkit" / "models" / "verify_decision.json").read_text())
    part = raw["checks"]["number"]
    p = float(part["threshold"])
    return np.array(part["weights"], np.float64), math.log(p / (1 - p))


def layer_logit(ev: dict[str, float]) -> float:
    """The shipped number model's logit for one traced slot."""
    return float(number_model()[0] @ np.array(decision_features("number", ev)))


def row_slots(row: dict[str, Any]) -> list[tuple[int, int, int, float | None]]:
    """(start, end, label, the layer's logit) of a dump row's slots: every number slot of an
    untouched line (negatives), the edited slot of a number swap (positive; where a rule
    decided it before the layer, its edit span and no logit)."""
    traced = [ev for ev in row["trace"] if ev["check"] == "number"]
    slots = [(int(ev["span_start"]), int(ev["span_end"]), layer_logit(ev)) for ev in traced]
    if row["kind"] == "untouched":
        return [(a, b, 0, z) for a, b, z in slots]
    e0, e1 = row["edit"]
    hit = [(a, b, z) for a, b, z in slots if a < e1 and e0 < b]
    if hit:
        return [(hit[0][0], hit[0][1], 1, hit[0][2])]
    return [(e0, e1, 1, None)]


def pool_documents(cfg: Config, pool: str, cache: Path) -> list[dict[str, Any] | None]:
    """The dump's documents by number; held-out (odd) CNN/DM positions are never read."""
    cnndm = read_jsonl(SHARED / "cnndm_sample.jsonl")
    if pool == "dev":
        return [doc if n % 2 == 0 else None for n, doc in enumerate(cnndm)]
    if cache.exists():
        return list(json.loads(cache.read_text(encoding="utf-8")))
    docs = fit_pool(cfg, pool, cnndm, 1000)
    cache.write_text(json.dumps(docs), encoding="utf-8")
    return list(docs)


def probe_dump(
    verifier: Verifier, reader: TokenReader, docs: list[dict[str, Any] | None], dump: Path
) -> list[dict[str, Any]]:
    """One record per slot: its features, label, whether it reached the layer, its row's
    verdict, and its row's key (document, kind, text)."""
    by_doc: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in read_jsonl(dump):
        if row["kind"] in ("untouched", "number_swap") and "trace" in row:
            by_doc[int(row["doc"])].append(row)
    records = []
    for n in sorted(by_doc):
        doc = docs[n]
        if doc is None:  # a held-out position: never read
            continue
        mentions = article_mentions(verifier, reader, doc)
        for row in by_doc[n]:
            text = row.get("changed", row["line"])
            [(offsets, hidden)] = reader.states([text])
            for start, end, label, z in row_slots(row):
                records.append(
                    slot_record(
                        verifier, text, (start, end), (offsets, hidden), mentions, reader.window
                    )
                    | {
                        "label": label,
                        "reached": z is not None,
                        "layer_z": z,
                        "flagged": row["flagged"],
                        "row": (n, row["kind"], text),
                    }
                )
    return records


def slot_record(
    verifier: Verifier,
    text: str,
    span: tuple[int, int],
    states: tuple[list[tuple[int, int]], np.ndarray],
    mentions: list[Mention],
    window: int,
) -> dict[str, Any]:
    """The features of one summary slot (all ``MISSING`` when nothing is read there)."""
    q = slot_quantity(verifier, text, *span)
    read = None if q is None else reading_span(text, q.start, q.end, window)
    vec = None if read is None else span_vector(*states, *read)
    if q is None or vec is None:
        return dict.fromkeys(FEATURES, MISSING) | {"read": False}
    return context_features(vec, q.value, unit_key(q.unit), mentions) | {"read": True}


# a feature's reading that points to a swap: a low own cosine, a high rival one, a low gap
ORIENT = {"tok_own": -1.0, "tok_rival": 1.0, "tok_gap": -1.0}


def scored(record: dict[str, Any], feature: str) -> float | None:
    """The oriented score of a slot (higher: more like a swap); None where the slot has no
    own mention and no rival to compare with (the probe would not judge it)."""
    if record["tok_own"] == MISSING or record["tok_rival"] == MISSING:
        return None
    return ORIENT[feature] * float(record[feature])


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a positive outscores a negative), ties half."""
    if not pos or not neg:
        return float("nan")
    p, n = np.array(pos)[:, None], np.array(neg)[None, :]
    return float((p > n).mean() + 0.5 * (p == n).mean())


def summarise(name: str, records: list[dict[str, Any]]) -> None:
    """AUCs and the no-new-false-alarm threshold of each feature over ``records``."""
    untouched = [r for r in records if r["label"] == 0]
    swaps = [r for r in records if r["label"] == 1]
    misses = [r for r in swaps if not r["flagged"]]
    judged = [r for r in misses if scored(r, "tok_gap") is not None]
    print(
        f"\n== {name}: {len(untouched)} untouched slots, {len(swaps)} swapped slots, "
        f"{len(misses)} missed ({sum(r['reached'] for r in misses)} reached the layer, "
        f"{len(judged)} with an own mention and a rival) =="
    )
    for feature in FEATURES:
        neg = [s for r in untouched if (s := scored(r, feature)) is not None]
        pos = [s for r in swaps if (s := scored(r, feature)) is not None]
        pos_miss = [s for r in misses if (s := scored(r, feature)) is not None]
        clean = [s for r in untouched if not r["flagged"] and (s := scored(r, feature)) is not None]
        bar = max(clean, default=float("-inf"))
        caught = sum(s > bar for s in pos_miss)
        print(
            f"{feature:<10} AUC all swaps {auc(pos, neg):.3f} ({len(pos)} vs {len(neg)}), "
            f"missed swaps {auc(pos_miss, neg):.3f} ({len(pos_miss)}); above every unflagged "
            f"untouched slot ({ORIENT[feature]:+.0f} x {feature} > {bar:.3f}): "
            f"{caught} misses, {sum(s > bar for s in pos)} swaps"
        )
        caught_by = ", ".join(f"{w:g}: {n}" for w, n in combined_catch(records, feature))
        print(
            f"{'':<10} layer logit + weight x feature, misses above every clean slot: {caught_by}"
        )


def combined_catch(records: list[dict[str, Any]], feature: str) -> list[tuple[float, int]]:
    """The feature added to the shipped logit: for each weight (0: the layer alone), how many
    missed swaps score above every slot of an unflagged untouched line (the threshold moved to
    the tightest place that flags none of them). Slots the layer does not judge, or without an
    own mention and a rival, are left out on both sides."""
    judged = [r for r in records if r["reached"] and scored(r, feature) is not None]
    clean = [r for r in judged if r["label"] == 0 and not r["flagged"]]
    misses = [r for r in judged if r["label"] == 1 and not r["flagged"]]
    out = []
    for weight in (0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0):

        def combined(r: dict[str, Any], w: float = weight) -> float:
            return float(r["layer_z"]) + w * float(scored(r, feature) or 0.0)

        bar = max((combined(r) for r in clean), default=float("-inf"))
        out.append((weight, sum(combined(r) > bar for r in misses)))
    return out


def unique(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each slot once: a line of one pool read in two dumps (a seed's sample and the
    exhaustive run) counts once."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in records:
        key = (r["pool"].split("@")[0], tuple(r["row"]), r["label"], r["tok_own"], r["tok_rival"])
        seen.setdefault(key, r)
    return list(seen.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "dumps", nargs="*", help="POOL[@LABEL]=DUMP (pool: dev, leads, cliff-leads)"
    )
    parser.add_argument("--cache", type=Path, default=Path("/tmp"), help="folder for pool docs")
    parser.add_argument("--window", type=int, default=0, help="read N words each side too")
    parser.add_argument("--out", type=Path, default=None, help="write the slot records (JSONL)")
    parser.add_argument("--records", type=Path, default=None, help="summarise a saved --out")
    args = parser.parse_args()
    if args.records:
        saved = read_jsonl(args.records)
        for pool in dict.fromkeys(r["pool"] for r in saved):
            summarise(pool, [r for r in saved if r["pool"] == pool])
        summarise("all (each slot once)", unique(saved))
        return
    cfg = load_config(None, [])
    verifier = Verifier(cfg)
    reader = TokenReader(verifier, args.window)
    every: list[dict[str, Any]] = []
    for spec in args.dumps:
        label, dump = spec.split("=", 1)
        pool = label.split("@")[0]
        docs = pool_documents(cfg, pool, args.cache / f"probe_docs_{pool}.json")
        records = [r | {"pool": label} for r in probe_dump(verifier, reader, docs, Path(dump))]
        summarise(f"{label} ({dump})", records)
        every += records
    if len(args.dumps) > 1:
        summarise("all dumps (each slot once)", unique(every))
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            for r in every:
                out.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
