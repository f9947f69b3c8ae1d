"""Fit the verifier's decision layer (``factkit/models/verify_decision.json``) on two sources.

1. The corruption benchmark's dev half (``scripts/eval_verify.py --split dev --dump X``): each
   name/number slot of an untouched highlight is a negative, the edited slot of an
   entity/speaker/number corruption a positive.
2. The CLIFF val cut (``scripts/eval_verify.py --cliff-only --cliff-dump Y``), real BART/PEGASUS
   summaries judged by people: a slot inside an annotated error span is a positive, every other
   slot (all slots of a correct summary, the unmarked ones of a wrong one) a negative.

Synthetic swaps alone taught the layer that a name found in another article sentence is
suspicious; real summaries take names from other sentences all the time, so the CLIFF slots
bring that behaviour into the fit. Each source gets the same total weight times
``--cliff-weight`` for CLIFF, so thousands of synthetic slots do not drown 300 summaries.

Several dev dumps (``--corruption-dump`` repeated or a glob; one per ``eval_verify.py --seed``)
are read together, each (document, kind, corrupted line) once; ``--seed-balance`` keeps the
share of positives that of one seed (the untouched highlights are the same in every seed).
``--doc-split`` prints the honest transfer estimate instead of fitting: fit on one half of the
dev documents (by a hash of the id), replay the verifier's verdicts on the other half
(``decision_sim.py``), both ways. ``--choose-thresholds`` picks each threshold by a written rule
(``choose_threshold``) on the replayed verdicts instead of taking the given ones.
``--drop-feature`` (repeatable) fits with that feature's column zeroed: the same estimate with
and without a candidate feature, on the same dumps, says what it adds.
``--pool-dump`` (repeatable or a glob; ``eval_verify.py --pool cliff --skip-cliff --dump X``) adds
the corruptions of the second fit pool, the CLIFF summaries judged supported (other articles,
other writers), as a third source with ``--pool-weight`` times the dev half's share. Its
untouched lines are sentences of CLIFF summaries, so ``--doc-split`` then splits the pool and
the CLIFF cut by article as well and replays the held-aside half of each.

Only dev data is read: the corruption test half and the judged highlights stay held out.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factkit.training.logistic import fit_logistic_bias_first, sigmoid  # noqa: E402
from factkit.verification.decision import (  # noqa: E402
    FEATURES,
    FORMAT_VERSION,
    decision_features,
)

sys.path.insert(0, str(ROOT / "scripts"))
from decision_sim import Layer, cliff_flagged, corruption_flagged  # noqa: E402

DECISION_PATH = ROOT / "factkit" / "models" / "verify_decision.json"

CHECKS = ("name", "number")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corruption_rows(paths: list[Path], split: str = "dev") -> list[dict[str, Any]]:
    """The rows of one split of several dumps (seeds), each (document, kind, corrupted line)
    once: an untouched highlight or a corruption two seeds happen to draw alike would otherwise
    count twice. ``split`` "cliff" reads ``eval_verify.py --pool cliff`` dumps."""
    seen: set[tuple[int, str, str]] = set()
    rows = []
    for i, path in enumerate(paths):
        for row in read_jsonl(path):
            key = (row["doc"], row["kind"], row.get("changed", row["line"]))
            if row["split"] == split and key not in seen:
                seen.add(key)
                rows.append({**row, "dump": i})
    return rows


def article_half(article: str) -> int:
    """0 or 1: a fixed split of the CLIFF articles (by a hash of the text)."""
    return zlib.crc32(article.encode()) % 2


def pool_halves(pool: list[dict[str, Any]], cliff: list[dict[str, Any]]) -> None:
    """Give each pool row and CLIFF dump row its article's ``half``: the pool's untouched lines
    are sentences of the CLIFF summaries judged supported, so a document split that fits the
    CLIFF slots of an article must not replay that article's pool rows, nor the other way."""
    from eval_verify import SHARED, cliff_pool  # the pool's documents, in its order

    val = read_jsonl(SHARED / "verify_cliff_val.jsonl")
    docs = cliff_pool(val, read_jsonl(SHARED / "cnndm_sample.jsonl"))
    article = {r["id"]: r["article"] for r in val}
    for row in pool:
        row["half"] = article_half(docs[row["doc"]]["article"])
    for row in cliff:
        row["half"] = article_half(article[row["id"]])


def half_of(row: dict[str, Any]) -> int:
    """The split half of a dev row (its document), a pool or CLIFF row (its article)."""
    return int(row["half"]) if "half" in row else doc_half(row["doc"])


def expand_dumps(patterns: list[str]) -> list[Path]:
    """Each ``--corruption-dump`` as given, or the sorted files its glob matches."""
    paths: list[Path] = []
    for pattern in patterns:
        hits = sorted(glob.glob(pattern)) if any(c in pattern for c in "*?[") else [pattern]
        if not hits:
            raise SystemExit(f"no dump matches {pattern}")
        paths.extend(Path(h) for h in hits)
    return paths


def doc_half(doc: int) -> int:
    """0 or 1: a fixed split of the dev documents (by a hash of the id, not its position)."""
    return zlib.crc32(str(doc).encode()) % 2


def corruption_slots(rows: list[dict[str, Any]]) -> dict[str, list[tuple[list[float], int]]]:
    """check -> (features, label) of the dev half's slots."""
    data: dict[str, list[tuple[list[float], int]]] = {c: [] for c in CHECKS}
    for row in rows:
        # a role swap's names are the article's, only in the wrong roles: not a slot error
        if row["kind"] == "role_swap":
            continue
        edit = row.get("edit")
        for ev in row["trace"]:
            if ev["check"] not in data:
                continue
            a, b = ev["span_start"], ev["span_end"]
            positive = edit is not None and a < edit[1] and edit[0] < b
            if row["kind"] == "untouched" or positive:
                data[ev["check"]].append((decision_features(ev["check"], ev), int(positive)))
    return data


def _error_ranges(summary: str, spans: list[str]) -> list[tuple[int, int]]:
    """Character ranges of the annotated error spans (every occurrence of each)."""
    ranges = []
    for span in spans:
        at = summary.find(span) if span else -1
        while at >= 0:
            ranges.append((at, at + len(span)))
            at = summary.find(span, at + 1)
    return ranges


def cliff_slots_of(rows: list[dict[str, Any]]) -> dict[str, list[tuple[list[float], int, str]]]:
    """check -> (features, label, summary id) of the CLIFF val cut's slots."""
    data: dict[str, list[tuple[list[float], int, str]]] = {c: [] for c in CHECKS}
    for row in rows:
        wrong = row["label"] == "unsupported"
        ranges = _error_ranges(row["summary"], row["error_spans"]) if wrong else []
        for ev in row["slots"]:
            a, b = ev["span_start"], ev["span_end"]
            positive = any(a < e and s < b for s, e in ranges)
            data[ev["check"]].append((decision_features(ev["check"], ev), int(positive), row["id"]))
    return data


def _share(labels: list[int], share: float, positive_scale: float) -> np.ndarray:
    """Item weights of one source summing to ``share``, positives ``positive_scale`` times."""
    w = np.array([positive_scale if y else 1.0 for y in labels])
    return w * share / max(1e-9, float(w.sum()))


def fit(
    synthetic: list[tuple[list[float], int]],
    real: list[tuple[list[float], int, str]],
    cliff_weight: float,
    l2: float,
    positive_scale: float = 1.0,
    drop: tuple[int, ...] = (),
    extra: tuple[tuple[list[tuple[list[float], int]], float, float], ...] = (),
) -> np.ndarray:
    """Weighted logistic fit: each source sums to its share of the items (dev swaps 1, CLIFF
    ``cliff_weight``, each ``extra`` source (slots, weight, positive scale): the CLIFF pool's
    swaps, the exhaustive swaps of the leads pools, its weight). ``positive_scale`` (each extra
    source's own scale) multiplies the synthetic positives' weight before that
    (``--seed-balance``: each seed's dump brings new swaps but the same untouched highlights,
    read once, so without it the share of positives, and with it every probability, grows with
    the number of seeds). The columns ``drop`` are zeroed, so their weights stay 0 (the layer
    without those features)."""
    # weightless items would still count in the total
    extra = tuple((slots, w, scale) for slots, w, scale in extra if slots and w > 0)
    xs = [f for f, _ in synthetic] + [f for slots, _, _ in extra for f, _ in slots]
    xs += [f for f, _, _ in real]
    ys = [y for _, y in synthetic] + [y for slots, _, _ in extra for _, y in slots]
    ys += [y for _, y, _ in real]
    unit = len(xs) / (1.0 + cliff_weight + sum(w for _, w, _ in extra))
    weights = np.concatenate(
        [
            _share([y for _, y in synthetic], unit, positive_scale),
            *(_share([y for _, y in slots], unit * w, scale) for slots, w, scale in extra),
            np.full(len(real), unit * cliff_weight / max(1, len(real))),
        ]
    )
    x = np.array(xs)
    x[:, list(drop)] = 0.0
    return fit_logistic_bias_first(x, np.array(ys, float), l2, weights)


def report(
    check: str,
    w: np.ndarray,
    synthetic: list[tuple[list[float], int]],
    real: list[tuple[list[float], int, str]],
) -> None:
    """Slot recall on dev swaps, slot recall on CLIFF error slots and the share of CLIFF
    summaries with a falsely flagged slot, per threshold (for choosing it)."""
    p_syn = sigmoid(np.array([f for f, _ in synthetic]) @ w)
    y_syn = np.array([y for _, y in synthetic])
    p_real = sigmoid(np.array([f for f, _, _ in real]) @ w) if real else np.zeros(0)
    y_real = np.array([y for _, y, _ in real])
    ids = [i for _, _, i in real]
    print(f"  {check}: thr  dev-recall dev-FA-slot  cliff-recall cliff-FA-slot cliff-FA-summ")
    for thr in np.arange(0.2, 0.81, 0.05):
        flagged_syn = p_syn > thr
        recall = flagged_syn[y_syn == 1].mean() if (y_syn == 1).any() else 0.0
        fa = flagged_syn[y_syn == 0].mean() if (y_syn == 0).any() else 0.0
        flagged_real = p_real > thr
        c_rec = flagged_real[y_real == 1].mean() if (y_real == 1).any() else 0.0
        c_fa = flagged_real[y_real == 0].mean() if (y_real == 0).any() else 0.0
        bad = {i for i, f, y in zip(ids, flagged_real, y_real, strict=True) if f and not y}
        print(
            f"       {thr:.2f}  {recall:10.3f} {fa:11.3f}  {c_rec:12.3f} {c_fa:13.3f} "
            f"{len(bad) / max(1, len(set(ids))):13.3f}"
        )


def fit_layer(
    rows: list[dict[str, Any]],
    real: dict[str, list[tuple[list[float], int, str]]],
    args: Any,
    pool_rows: list[dict[str, Any]] | None = None,
) -> dict[str, np.ndarray]:
    """check -> weights fitted on these corruption rows, the CLIFF slots and the pool's rows
    (the options of ``args``: ``cliff_weights``, ``l2``, ``seed_balance``, ``pool_weight``)."""

    def balance(these: list[dict[str, Any]]) -> float:
        return 1.0 / len({r["dump"] for r in these}) if args.seed_balance and these else 1.0

    synthetic = corruption_slots(rows)
    pool = corruption_slots(pool_rows or [])
    weights = {}
    for c in CHECKS:
        drop = tuple(i for i, f in enumerate(FEATURES[c]) if f in getattr(args, "drop_feature", ()))
        weights[c] = fit(
            synthetic[c],
            real[c],
            args.cliff_weights[c],
            args.l2,
            balance(rows),
            drop,
            ((pool[c], getattr(args, "pool_weight", 0.0), balance(pool_rows or [])),),
        )
    return weights


def figures(
    rows: list[dict[str, Any]], cliff: list[dict[str, Any]], new: Layer, old: Layer
) -> dict[str, float]:
    """Replayed verdicts (``decision_sim.py``): recall per corruption type, false alarms on
    untouched highlights, CLIFF false alarms and recall per origin."""
    hits: dict[str, list[bool]] = {}
    for row in rows:
        hits.setdefault(row["kind"], []).append(corruption_flagged(row, old, new))
    for row in cliff:
        key = f"cliff_{row['origin']}_{'fa' if row['label'] != 'unsupported' else 'recall'}"
        hits.setdefault(key, []).append(cliff_flagged(row, old, new))
    return {k: float(np.mean(v)) for k, v in hits.items()}


def choose_threshold(
    check: str, weights: dict[str, np.ndarray], thresholds: dict[str, float], data: Any
) -> float:
    """The threshold of ``check`` with the most dev recall on its corruption types, among those
    that keep CLIFF CNN/DM false alarms within ``data.max_cliff_fa`` and dev untouched false
    alarms within ``data.untouched_limit`` (``choice_data``; ties: the highest threshold)."""
    kinds = ("entity_swap",) if check == "name" else ("number_swap", "number_change")
    limit = data.untouched_limit
    best, best_recall = thresholds[check], -1.0
    for thr in np.arange(0.20, 0.851, 0.01):
        trial = {**thresholds, check: float(thr)}
        layer = Layer({c: (weights[c], trial[c]) for c in CHECKS})
        got = figures(data.rows, data.cliff, layer, data.shipped)
        recall = float(np.mean([got[k] for k in kinds]))
        ok = got["cliff_cnndm_fa"] <= data.max_cliff_fa and got["untouched"] <= limit + 1e-9
        if data.verbose:
            print(
                f"  choose {check} {thr:.2f}: recall {recall:.3f} untouched "
                f"{got['untouched']:.3f} (limit {limit:.3f}) CLIFF CNN/DM FA "
                f"{got['cliff_cnndm_fa']:.3f}{'' if ok else '  x'}"
            )
        if ok and recall >= best_recall:
            best, best_recall = round(float(thr), 3), recall
    if best_recall < 0:
        print(f"  no {check} threshold keeps within the limits: {best} as given")
    return best


def shipped_layer(args: Any) -> Layer:
    """The decision layer the dumps were written with (``--dumped-with``)."""
    return Layer.from_json(json.loads(args.dumped_with.read_text(encoding="utf-8")))


def choice_data(
    rows: list[dict[str, Any]],
    cliff: list[dict[str, Any]],
    shipped: Layer,
    args: Any,
    verbose: bool,
) -> argparse.Namespace:
    """What ``choose_threshold`` reads, with the limit on untouched false alarms: the shipped
    layer's on these rows, replayed once for both checks."""
    return argparse.Namespace(
        rows=rows,
        cliff=cliff,
        shipped=shipped,
        max_cliff_fa=args.max_cliff_fa,
        untouched_limit=figures(rows, cliff, shipped, shipped)["untouched"],
        verbose=verbose,
    )


def transfer(
    rows: list[dict[str, Any]],
    cliff: list[dict[str, Any]],
    args: Any,
    pool: list[dict[str, Any]] | None = None,
) -> None:
    """Fit on one half of the dev documents, replay the other half, both ways; with
    ``--choose-thresholds`` the first row is at the thresholds the rule picks on the fitted half.
    With pool rows (``pool_halves``) the pool and the CLIFF cut are split by article too: the
    fit reads one half's pool rows and CLIFF slots, the replay the other's."""
    shipped = shipped_layer(args)
    for fold in (0, 1):
        train = [r for r in rows if half_of(r) != fold and r["dump"] < args.fit_dumps]
        test = [r for r in rows if half_of(r) == fold]
        fit_cliff = [r for r in cliff if not pool or half_of(r) != fold]
        pool_train = [r for r in pool or [] if half_of(r) != fold]
        w = fit_layer(train, cliff_slots_of(fit_cliff), args, pool_train)
        chosen = {"name": args.name_threshold, "number": args.number_threshold}
        if args.choose_thresholds:
            data = choice_data(train, fit_cliff, shipped, args, verbose=False)
            for check in CHECKS:
                chosen[check] = choose_threshold(check, w, chosen, data)
        print(
            f"transfer: fit on {len(train)} rows (pool {len(pool_train)}, weight "
            f"{args.pool_weight if pool_train else 0}), replay {len(test)} "
            f"rows of the other documents{' and articles' if pool else ''}"
        )
        print(f"   thresholds {chosen}")
        replay = (
            test,
            [r for r in cliff if not pool or half_of(r) == fold],
            [r for r in pool or [] if half_of(r) == fold],
        )
        print_transfer(replay, w, chosen, shipped)


def print_transfer(
    replay: tuple[list[dict[str, Any]], ...],
    w: dict[str, np.ndarray],
    chosen: dict[str, float],
    shipped: Layer,
) -> None:
    """Replayed figures of the held-aside rows (dev, CLIFF, pool) per name threshold."""
    test, cliff, pool = replay
    keys = ("entity_swap", "number_swap", "number_change", "speaker_swap", "untouched")
    keys_cliff = ("cliff_cnndm_fa", "cliff_cnndm_recall", "cliff_xsum_fa")
    print(
        "   name thr  "
        + " ".join(f"{k:>13}" for k in keys)
        + "  ent-slot-recall  CNN/DM FA, recall, XSum FA"
    )
    # the swapped name slots' probabilities do not depend on the threshold
    slots = corruption_slots([r for r in test if r["kind"] == "entity_swap"])["name"]
    p = sigmoid(np.array([f for f, y in slots if y]) @ w["name"])
    for thr in (chosen["name"], *np.arange(0.25, 0.56, 0.025)):
        layer = Layer({"name": (w["name"], thr), "number": (w["number"], chosen["number"])})
        got = figures(test, cliff, layer, shipped)
        print(
            f"   {thr:8.3f}  "
            + " ".join(f"{got.get(k, 0.0):13.3f}" for k in keys)
            + f"  {float((p > thr).mean()):15.3f}  "
            + " ".join(f"{got.get(k, 0.0):.3f}" for k in keys_cliff)
        )
        if pool:
            got = figures(pool, [], layer, shipped)
            print("      pool  " + " ".join(f"{got.get(k, 0.0):13.3f}" for k in keys))


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corruption-dump",
        action="append",
        required=True,
        help="a dev dump or a glob of them (repeatable; several seeds, items de-duplicated)",
    )
    parser.add_argument("--cliff-dump", type=Path, default=None)
    parser.add_argument(
        "--pool-dump",
        action="append",
        default=[],
        help="an eval_verify.py --pool cliff dump or a glob of them (repeatable; corruption "
        "rows of other articles and writers, items de-duplicated)",
    )
    parser.add_argument(
        "--pool-weight",
        type=float,
        default=1.0,
        help="the pool's share against the dev half's (1; 0 reads it for --doc-split only)",
    )
    parser.add_argument("--cliff-weight", type=float, default=1.0)
    parser.add_argument(
        "--number-cliff-weight", type=float, default=None, help="numbers' own (default: same)"
    )
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--name-threshold", type=float, default=0.6)
    parser.add_argument("--number-threshold", type=float, default=0.3)
    parser.add_argument(
        "--choose-thresholds",
        action="store_true",
        help="choose both thresholds by the rule of choose_threshold (needs --cliff-dump)",
    )
    parser.add_argument("--max-cliff-fa", type=float, default=0.08)
    parser.add_argument(
        "--doc-split", action="store_true", help="only print the two-way document-split estimate"
    )
    parser.add_argument(
        "--dumped-with",
        type=Path,
        default=DECISION_PATH,
        help="the decision layer the dumps were written with (the replay starts from its "
        "verdicts; default: the packaged file, read before --out replaces it)",
    )
    parser.add_argument(
        "--seed-balance",
        action="store_true",
        help="weigh the synthetic positives by 1 / the number of dumps (see fit)",
    )
    parser.add_argument(
        "--fit-dumps", type=int, default=10**6, help="--doc-split: fit on the first N dumps only"
    )
    parser.add_argument(
        "--drop-feature",
        action="append",
        default=[],
        help="fit without this decision feature (its column zeroed; repeatable)",
    )
    parser.add_argument("--out", type=Path, default=None, help="write the weights file here")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    unknown = set(args.drop_feature) - {f for names in FEATURES.values() for f in names}
    if unknown:
        raise SystemExit(f"--drop-feature: no decision feature {sorted(unknown)}")
    dumps = expand_dumps(args.corruption_dump)
    rows = corruption_rows(dumps)
    cliff = read_jsonl(args.cliff_dump) if args.cliff_dump else []
    number_weight = (
        args.cliff_weight if args.number_cliff_weight is None else args.number_cliff_weight
    )
    args.cliff_weights = {"name": args.cliff_weight, "number": number_weight}
    print(f"corruption dev: {len(rows)} distinct rows from {len(dumps)} dump(s)")
    pool_dumps = expand_dumps(args.pool_dump) if args.pool_dump else []
    pool = corruption_rows(pool_dumps, "cliff")
    if pool:
        print(f"pool: {len(pool)} distinct rows from {len(pool_dumps)} dump(s)")
    if args.doc_split:
        if pool:
            pool_halves(pool, cliff)
        transfer(rows, cliff, args, pool)
        return
    synthetic = corruption_slots(rows)
    real = cliff_slots_of(cliff)
    thresholds = {"name": args.name_threshold, "number": args.number_threshold}
    weights = fit_layer(rows, real, args, pool)
    if args.choose_thresholds:
        data = choice_data(rows, cliff, shipped_layer(args), args, verbose=True)
        for check in CHECKS:
            thresholds[check] = choose_threshold(check, weights, thresholds, data)
        print(f"chosen thresholds: {thresholds}")
    checks = {}
    pooled = corruption_slots(pool)
    for check in CHECKS:
        w = weights[check]
        n_syn, n_real = len(synthetic[check]), len(real[check])
        pos_syn = sum(y for _, y in synthetic[check])
        pos_real = sum(y for _, y, _ in real[check])
        n_pool, pos_pool = len(pooled[check]), sum(y for _, y in pooled[check])
        print(
            f"decision layer {check}: corruption dev {n_syn} slots ({pos_syn} positive), "
            f"CLIFF val {n_real} slots ({pos_real} positive), pool {n_pool} slots ({pos_pool} "
            f"positive); weights {w.round(3)}"
        )
        report(check, w, synthetic[check], real[check])
        checks[check] = {
            "weights": [round(float(v), 6) for v in w],
            "threshold": thresholds[check],
            "items": n_syn + n_real + n_pool,
            "positives": pos_syn + pos_real + pos_pool,
        }
    if args.out is not None:
        write_model(args, checks, len(dumps), len(pool_dumps))


def write_model(args: Any, checks: dict[str, Any], n_dumps: int, n_pool: int = 0) -> None:
    pool = (
        f", the corruptions of the CLIFF fit pool ({n_pool} seed dump(s), share "
        f"{args.pool_weight} against the dev half's)"
        if n_pool
        else ""
    )
    model = {
        "about": "Logistic decision layer of factkit.verification over each name/number slot's "
        "evidence (features: factkit.verification.decision_features). Fitted by "
        "scripts/fit_verify_decision.py on the corruption benchmark's dev (even) documents "
        f"({n_dumps} seed dump(s), items de-duplicated){pool} and "
        "the CLIFF val cut's name/number slots (slots inside annotated error spans positive, "
        f"all others negative), the CLIFF share weighted {args.cliff_weights} against the "
        f"synthetic one; L2 {args.l2}. Thresholds chosen on the same dev data (the CLIFF val "
        "cut and the corruption dev half).",
        "format_version": FORMAT_VERSION,
        "features": {check: list(names) for check, names in FEATURES.items()},
        "checks": checks,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
