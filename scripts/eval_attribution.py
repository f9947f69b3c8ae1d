"""Attribution finder entry points for ../shared/tools/score_attr.py, and a speed check.

    python ../shared/tools/score_attr.py scripts/eval_attribution.py:predict \
        --data ../shared/eval/attribution_polnear_dev.jsonl [--gold-filter speech]
    PYTHONPATH=. python scripts/eval_attribution.py --speed ../shared/eval/cnndm_sample.jsonl

``predict`` splits with factkit.split.split_sentences and reports the speaker as written (PolNeAR
keeps pronouns unresolved). ``--speed`` times the finder alone (sentences split beforehand) and,
in the same run on the same texts, a plain pass of the cue regex and the shared ``regex_plus``
baseline, and prints the ratios.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factkit.annotate.attribution import AttributionFinder
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
    scan_s = time.perf_counter() - t0
    n = len(texts)
    chars = sum(len(t) for t in texts) / max(1, n)
    print(f"articles={n} mean_chars={chars:.0f} attributions={n_found} cue_matches={n_cues}")
    print(f"finder: {finder_s / n * 1000:.2f} ms/article ({n / finder_s:.0f} articles/s)")
    print(
        f"cue regex scan alone: {scan_s / n * 1000:.3f} ms/article; "
        f"ratio finder/scan={finder_s / scan_s:.1f}x"
    )
    regex_plus = _shared_regex_plus()
    if regex_plus is not None:
        t0 = time.perf_counter()
        for t in texts:
            regex_plus(t)
        base_s = time.perf_counter() - t0
        print(
            f"shared regex_plus baseline: {base_s / n * 1000:.2f} ms/article; "
            f"ratio finder/regex_plus={finder_s / base_s:.2f}x"
        )


def _shared_regex_plus() -> Callable[[str], Any] | None:
    """The ``regex_plus`` baseline from ../shared/tools, when that checkout is beside this one."""
    tools = Path(__file__).resolve().parent.parent.parent / "shared" / "tools"
    if not (tools / "attr_baselines.py").exists():
        return None
    sys.path.insert(0, str(tools))
    import attr_baselines

    fn: Callable[[str], Any] = attr_baselines.regex_plus
    return fn


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
