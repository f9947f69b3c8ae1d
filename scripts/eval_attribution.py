"""Attribution finder entry points for ../shared/tools/score_attr.py, and a speed check.

    python ../shared/tools/score_attr.py scripts/eval_attribution.py:predict \
        --data ../shared/eval/attribution_polnear_dev.jsonl [--gold-filter speech]
    PYTHONPATH=. python scripts/eval_attribution.py --speed ../shared/eval/cnndm_sample.jsonl

``predict`` splits with factkit.split.split_sentences and reports the speaker as written (PolNeAR
keeps pronouns unresolved). ``--speed`` times the finder against a regex baseline (one pass
of the cue regex over the same texts) in the same run and prints the ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factkit.claims.attribution import AttributionFinder
from factkit.split import split_sentences

_FINDER = AttributionFinder()


def predict(text: str) -> list[dict[str, Any]]:
    sentences = split_sentences(text)
    return [
        {"speaker": a.speaker, "cue": a.cue, "content": a.content, "direct": a.direct}
        for a in _FINDER.find(text, sentences)
    ]


def predict_resolved(text: str) -> list[dict[str, Any]]:
    """As ``predict`` but with the resolved speaker (for inspecting the resolver)."""
    sentences = split_sentences(text)
    return [
        {
            "speaker": a.speaker_resolved or a.speaker,
            "cue": a.cue,
            "content": a.content,
            "direct": a.direct,
        }
        for a in _FINDER.find(text, sentences)
    ]


def _speed(path: Path, limit: int) -> None:
    texts: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                texts.append(item.get("text") or item.get("article") or "")
            if len(texts) >= limit:
                break
    splits = [split_sentences(t) for t in texts]
    _FINDER.find(texts[0], splits[0])
    t0 = time.perf_counter()
    n_found = sum(len(_FINDER.find(t, s)) for t, s in zip(texts, splits, strict=True))
    finder_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_cues = sum(sum(1 for _ in _FINDER.cue_re.finditer(t)) for t in texts)
    baseline_s = time.perf_counter() - t0
    n = len(texts)
    chars = sum(len(t) for t in texts) / max(1, n)
    print(f"articles={n} mean_chars={chars:.0f} attributions={n_found} cue_matches={n_cues}")
    print(f"finder: {finder_s / n * 1000:.2f} ms/article ({n / finder_s:.0f} articles/s)")
    print(
        f"baseline (cue regex scan only): {baseline_s / n * 1000:.3f} ms/article; "
        f"ratio finder/baseline={finder_s / baseline_s:.1f}x"
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--speed", type=Path, help="JSONL with a 'text' field per line")
    ap.add_argument("--limit", type=int, default=500)
    args = ap.parse_args()
    if args.speed:
        _speed(args.speed, args.limit)


if __name__ == "__main__":
    main()
