"""Probe the speaker check on real summaries: the named speakers of the CLIFF val summaries
judged correct (``../shared/eval/verify_cliff_val.jsonl``), each replaced by up to ``--tries``
other names of its article of two words or more that share no word with it (the corruption
benchmark's ``speaker_swap`` choice, ``eval_verify._swap_name``, seeded per summary and speaker).

Prints how many swapped summaries are flagged (any reason) and how many with
``speaker_mismatch``, how many of the untouched summaries already carry a ``speaker_mismatch``
(false alarms of the check), and with ``--examples`` the swaps left unflagged. The CLIFF val cut
is development data: the held-out halves are never read.

Usage: ``PYTHONPATH=. OMP_NUM_THREADS=1 python scripts/probe_speaker_swaps.py [--tries 3]
[--examples]``
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_verify import SHARED, _swap_name, read_jsonl

from factkit.config import Config
from factkit.document import Article
from factkit.split import split_sentences
from factkit.verification import Verifier
from factkit.verification.names import proper_words
from factkit.verification.text import norm_word

SPEAKER_MISMATCH = "speaker_mismatch"


def _rng(summary_id: str, speaker: str) -> random.Random:
    digest = hashlib.sha256(f"{summary_id}\0{speaker}".encode()).hexdigest()
    return random.Random(int(digest[:8], 16))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tries", type=int, default=3, help="swaps per summary speaker")
    parser.add_argument("--examples", action="store_true", help="print the unflagged swaps")
    args = parser.parse_args()
    cfg = Config()
    verifier = Verifier(cfg)
    swapped = flagged = typed = summaries = false_alarms = 0
    missed: list[str] = []
    for row in read_jsonl(SHARED / "verify_cliff_val.jsonl"):
        if row["label"] != "supported":
            continue
        summary = row["summary"]
        common = {norm_word(w) for w in re.findall(r"\b[a-z][\w'-]*", row["article"])}
        atts = [
            a
            for a in verifier.attribution_finder.find(
                summary, split_sentences(summary, cfg.verify_splitter())
            )
            if a.speaker and a.speaker_start is not None and proper_words(a.speaker, common)
        ]
        if not atts:
            continue
        article = Article(text=row["article"], id=row["id"])
        sentences = split_sentences(article.text, cfg.verify_splitter())
        annotations = verifier.annotator.annotate(article, sentences)
        untouched = verifier.verify(summary, article, sentences, annotations)
        summaries += 1
        false_alarms += any(
            r.type == SPEAKER_MISMATCH for s in untouched.sentences for r in s.reasons
        )
        for a in atts:
            assert a.speaker is not None and a.speaker_start is not None
            assert a.speaker_end is not None
            rng = _rng(row["id"], a.speaker)
            for _ in range(args.tries):
                changed = _swap_name(
                    summary, a.speaker_start, a.speaker_end, row["article"], rng, 2
                )
                if changed is None:
                    break
                result = verifier.verify(changed, article, sentences, annotations)
                reasons = {r.type for s in result.sentences for r in s.reasons}
                swapped += 1
                flagged += not result.all_supported
                typed += SPEAKER_MISMATCH in reasons
                if result.all_supported:
                    missed.append(f"{row['id']}: {changed[:160]!r} (was {a.speaker!r})")
    print(
        f"CLIFF correct summaries with a named speaker: {summaries}; with {SPEAKER_MISMATCH} "
        f"untouched: {false_alarms}"
    )
    print(
        f"speaker swaps {swapped}: flagged {flagged} ({flagged / max(1, swapped):.3f}), "
        f"{SPEAKER_MISMATCH} {typed} ({typed / max(1, swapped):.3f})"
    )
    if args.examples:
        for line in missed:
            print("  *", line)


if __name__ == "__main__":
    main()
