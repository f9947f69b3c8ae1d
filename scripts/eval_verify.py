"""Evaluate summary verification.

1. **Corruption benchmark** built here from the reference highlights of
   ``../shared/eval/cnndm_sample.jsonl`` (FactCC-style, seeded). For each highlight line:
   the untouched line (must be *supported*: false alarms) and, where applicable, one corruption of
   each type (must be *unsupported*: recall):

   - ``number_swap``: a number replaced by a different number written elsewhere in the article;
   - ``number_change``: a number's value changed (x0.3-0.8 or x1.25-3, or another small integer);
   - ``speaker_swap``: the speaker of an attributed statement replaced by another person or
     organization named in the article (no shared word);
   - ``date_shift``: a weekday, month or year changed;
   - ``entity_swap``: a capitalized name replaced by another name from the article;
   - ``role_swap``: two neighbouring names of the line, not a list, trade places (who did what
     to whom; its own seeded generator, so the other types' items are the ones they were
     without it).

   Swapped-in names are real names, taken sentence by sentence: several words, or one word not
   merely capitalized because it opens a sentence ("Relatives", "Deputies"); never "I'm" or a
   span across a line break. Every corruption differs from its line; the
   untouched set is every highlight line (boilerplate such as "CLICK HERE ..." included). A
   second false-alarm rate is printed for the highlights with at least ``HIGH_OVERLAP`` of their
   content words in the article (lines that are mostly grounded in the text); the first,
   plain rate is the headline.

   Documents are split by position: even = *dev* (the only half used to choose settings:
   ``--split dev``), odd = *test* (held out, reported). Recall per type (and "typed": flagged
   with a reason of the matching type), false-alarm rate, and documents/s (split + article
   annotation + all highlights as one summary); every summary of an article reads the same
   annotations, which gives the results of fresh annotations (the verifier keeps no encoded
   row in them). ``--dump FILE`` writes every item as JSON lines (with every slot's evidence, for
   ``scripts/fit_verify_decision.py`` and ``scripts/fit_verify_score.py``).

   ``--pool cliff`` runs the same generator over a second fit pool instead: the sentences of the
   CLIFF val summaries that people judged supported (BART and PEGASUS on 75 CNN/DM and 75 XSum
   articles, one split "cliff"). Its articles, its writers and its sentences are not the
   highlights', so a rule tuned on the dev half can be tried on text it was not tuned on. An
   article that is also at a held-out (odd) position of the CNN/DM sample is left out.
   ``--pool xsum`` is a third fit pool (split "xsum"): the reference summaries of the XSum
   sample's even positions (BBC writers; the odd positions are the summarizer's held-out half),
   detokenized and recased from the article, since the sample stores them lowercased.
   ``--pool leads`` (split "leads") and ``--pool xsum-leads`` (split "xsum-leads") take the
   early body sentences with a number of the CNN/DM (XSum) sample's even positions, each checked
   against its article without it (``leads_pool.py``): lines never fitted on. ``--pool
   cliff-leads`` (split "cliff-leads") builds the same from the CLIFF val articles (CNN/DM and
   XSum stories), less those at a held-out (odd) position of the CNN/DM or XSum sample.
   ``--pool polnear-leads`` (split "polnear-leads") builds the same from the even positions of
   the PolNeAR dev articles (political news, never mined for numbers); ``--pool polnear-check``
   from its odd positions, a check half whose counts alone are read. The PolNeAR test file is
   never read. ``--pool qags-check`` (split "qags-check") builds the same from the 235 CNN/DM
   articles of the QAGS file (stories nobody fitted on; see 3.): a check pool, its counts and
   class table alone are read (``--examples`` refuses it and ``compare_dumps.py --show`` prints
   none of its items).

2. **Judged highlights** (``data/verify_highlight_labels.jsonl``, ours): every highlight line of
   40 random documents (20 per half, seeded) read against the article text as given and judged
   ``supported`` or ``unsupported`` (a number, name, date or who-did/said-what absent or wrong,
   boilerplate, fragments). Two readers; the 15 lines both judged agreed. The articles in the
   sample are cut to their first few thousand characters, so many highlights state what the given
   text no longer says: this prints that share, the false-alarm rate on the lines judged
   supported and the recall on the lines judged unsupported. Never used to fit or choose settings.

3. **QAGS CNN/DM** (``verify_qags_cnndm.jsonl``, human labels, never used for tuning):
   balanced accuracy, precision and recall of the "unsupported" verdict, and ROC-AUC of a score
   (number of reasons + 1 - best similarity) and of the verifier's calibrated score. Its labels
   and summary sentences are still never used for tuning; its articles now also feed the
   ``--pool qags-check`` check pool (counts only).

4. **CLIFF val cut** (``verify_cliff_val.jsonl``: BART/PEGASUS summaries judged by people; the
   data the score model is fitted on and ``verify.threshold`` chosen on, with the corruption dev
   half): recall, false alarms, balanced accuracy and flagged-span overlap per origin, the
   reliability table and ROC-AUC of the summary score. ``--cliff-only``, ``--skip-cliff``,
   ``--cliff-dump FILE`` (sentence score features and name/number slot evidence for
   ``scripts/fit_verify_score.py`` and ``scripts/fit_verify_decision.py``).

Usage: ``PYTHONPATH=. python scripts/eval_verify.py [--n DOCS] [--seed 13] [--set verify.x=y]
[--split dev|test|both] [--pool cnndm|cliff|xsum|leads|xsum-leads|cliff-leads|polnear-leads|
polnear-check|qags-check] [--skip-qags] [--lead-sentences N] [--all-lead-lines] [--dump FILE]
[--examples] [--skip-cliff | --cliff-only] [--n-cliff N] [--cliff-dump FILE]``
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from encoder_clock import clock_encoder  # noqa: E402
from exhaustive_swaps import edited_span, exhaustive_items, number_swap_spots  # noqa: E402
from leads_pool import (  # noqa: E402
    CHECK_POOLS,
    POLNEAR_HALVES,
    cliff_articles,
    held_out_stories,
    leads_pool,
    polnear_rows,
    qags_articles,
)

from factkit.annotate import Annotations  # noqa: E402
from factkit.annotate.attribution import AttributionFinder  # noqa: E402
from factkit.annotate.quantities import QuantityFinder  # noqa: E402
from factkit.annotate.times import find_times  # noqa: E402
from factkit.config import Config, SplitterConfig, load_config  # noqa: E402
from factkit.document import Article  # noqa: E402
from factkit.split import split_sentences  # noqa: E402
from factkit.verification import Verifier  # noqa: E402
from factkit.verification.boilerplate import boilerplate_phrase  # noqa: E402
from factkit.verification.names import name_spans, proper_words  # noqa: E402
from factkit.verification.text import STOP_WORDS, norm_word, word_list  # noqa: E402

# The corruption generator reads highlights and articles without the run-on cuts, as when the
# benchmark's items were made: a splitter setting must not change the items it is judged on.
GENERATOR_SPLIT = SplitterConfig(runon_boundaries=False)

SHARED = ROOT.parent / "shared" / "eval"
TYPES = ("number_swap", "number_change", "speaker_swap", "date_shift", "entity_swap", "role_swap")
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ----------------------------------------------------------------------------- corruptions


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _changed_number(written: str, rng: random.Random) -> str:
    plain = written.replace(",", "")
    value = float(plain)
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    for _ in range(20):
        if value < 10 and decimals == 0:
            new = float(rng.choice([n for n in range(1, 21) if n != value]))
        else:
            factor = rng.uniform(0.3, 0.8) if rng.random() < 0.5 else rng.uniform(1.25, 3.0)
            new = round(value * factor, decimals)
        if abs(new - value) > max(0.05 * abs(value), 10.0**-decimals / 2):
            text = f"{new:,.{decimals}f}" if "," in written else f"{new:.{decimals}f}"
            return text
    return str(int(value) + 7)


def corrupt(
    kind: str,
    line: str,
    article: str,
    qf: QuantityFinder,
    af: AttributionFinder,
    rng: random.Random,
) -> str | None:
    """One corrupted copy of ``line`` of the given kind, or None when it does not apply."""
    if kind in ("number_swap", "number_change"):
        spots = number_swap_spots(line, article, qf)
        if not spots:
            return None
        q, m, others = rng.choice(spots)
        start, end = q.start + m.start(), q.start + m.end()
        if kind == "number_change":
            return _replace(line, start, end, _changed_number(m.group(), rng))
        return _replace(line, start, end, rng.choice(others)) if others else None
    if kind == "date_shift":
        times = find_times(line, None)
        if not times:
            return None
        t = rng.choice(times)
        piece = line[t.start : t.end]
        for names in (_WEEKDAYS, _MONTHS):
            for name in names:
                if name in piece:
                    other = rng.choice([n for n in names if n != name])
                    return _replace(line, t.start, t.end, piece.replace(name, other, 1))
        year = re.search(r"\b(1[89]\d\d|20\d\d)\b", piece)
        if year:
            shifted = str(int(year.group()) + rng.choice([-3, -2, -1, 1, 2, 3]))
            return _replace(line, t.start + year.start(), t.start + year.end(), shifted)
        return None
    common = {norm_word(w) for w in re.findall(r"\b[a-z][\w'-]*", article)}
    if kind == "speaker_swap":
        atts = [
            a
            for a in af.find(line, split_sentences(line, GENERATOR_SPLIT))
            if a.speaker
            and a.speaker_start is not None
            and a.speaker_end is not None
            and proper_words(a.speaker, common)
        ]
        if not atts:
            return None
        a = rng.choice(atts)
        assert a.speaker_start is not None and a.speaker_end is not None
        return _swap_name(line, a.speaker_start, a.speaker_end, article, rng, min_words=2)
    if kind == "entity_swap":
        numbers = [(q.start, q.end) for q in qf.find(line)]
        spans = [
            sp
            for sp in name_spans(line, 0, len(line), common)
            if not any(a < sp[1] and sp[0] < b for a, b in numbers)
        ]
        if not spans:
            return None
        start, end, _ = rng.choice(spans)
        return _swap_name(line, start, end, article, rng, min_words=1)
    if kind == "role_swap":
        # two names next to each other, not a list ("Smith and Jones" swapped says the same)
        spans = name_spans(line, 0, len(line), common)
        pairs = [
            (x, y)
            for x, y in itertools.pairwise(spans)
            if not set(x[2]) & set(y[2]) and not re.search(r",|\b(?:and|or|&)\b", line[x[1] : y[0]])
        ]
        if not pairs:
            return None
        (first_start, first_end, _), (second_start, second_end, _) = rng.choice(pairs)
        return (
            line[:first_start]
            + line[second_start:second_end]
            + line[first_end:second_start]
            + line[first_start:first_end]
            + line[second_end:]
        )
    raise ValueError(kind)


def _swap_name(
    line: str, start: int, end: int, article: str, rng: random.Random, min_words: int
) -> str | None:
    old = set(word_list(line[start:end]))
    names = {
        article[s:e]
        for s, e, words in _article_names(article)
        if len(words) >= min_words and not (set(word_list(article[s:e])) & old)
    }
    names -= {n for n in names if n.lower() in line.lower()}
    if not names:
        return None
    return _replace(line, start, end, rng.choice(sorted(names)))


@lru_cache(maxsize=4)
def _article_names(article: str) -> list[tuple[int, int, list[str]]]:
    """Real names of the article, sentence by sentence (a name never runs across a sentence or
    line break: not "Villarreal Elsewhere"). A capitalized word that opens a sentence and that
    the article also writes in lower case is dropped from the front ("When Emma Jackson" ->
    "Emma Jackson"); alone ("Relatives", "Deputies") it is no name at all."""
    common = {norm_word(w) for w in re.findall(r"\b[a-z][\w'-]*", article)}
    out: list[tuple[int, int, list[str]]] = []
    for sentence in split_sentences(article, GENERATOR_SPLIT):
        for s, e, words in name_spans(article, sentence.start, sentence.end, common):
            while _opens_sentence(article, s) and norm_word(article[s:e].split()[0]) in common:
                rest = article[s:e].split(maxsplit=1)
                if len(rest) < 2:
                    break
                s = e - len(rest[1])
                words = words[1:] if len(words) > 1 else words
            if re.match(r"I['’]|I\b", article[s:e]):
                continue  # "I'm", "I'd": a pronoun, not a name
            if len(words) >= 2 or not _opens_sentence(article, s):
                out.append((s, e, words))
    return out


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n"


def _content_overlap(line: str, article_words: set[str]) -> float:
    """Share of the line's content words (not function words, not digits) the article has."""
    words = [w for w in word_list(line) if w not in STOP_WORDS and not w.isdigit()]
    return sum(w in article_words for w in words) / max(1, len(words))


# ----------------------------------------------------------------------------- runs


# the "well-grounded highlight" subset: this share of its content words are in the article
HIGH_OVERLAP = 0.9


def corruption_benchmark(
    cfg: Config, docs: list[dict[str, Any]], seed: int, splits: tuple[str, ...], dump: Path | None
) -> None:
    verifier = Verifier(cfg)
    qf, af = verifier.quantity_finder, verifier.attribution_finder
    stats: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    typed = {
        "number_swap": {"number_mismatch", "number_not_in_source"},
        "number_change": {"number_mismatch", "number_not_in_source"},
        "speaker_swap": {"speaker_mismatch", "entity_not_in_source"},
        "date_shift": {"date_mismatch"},
        "entity_swap": {"entity_not_in_source", "speaker_mismatch"},
        "role_swap": {"relation_mismatch", "speaker_mismatch"},
    }
    examples: dict[str, list[str]] = defaultdict(list)
    out = dump.open("w", encoding="utf-8") if dump else None
    timed_docs = 0
    timed_seconds = 0.0
    encoder_clock = clock_encoder(verifier.encoder)  # the encoder's own share of the timed part
    cpu_seconds = encoder_seconds = encoder_rows = 0.0
    for n, doc in enumerate(docs):
        split = doc.get("split") or ("dev" if n % 2 == 0 else "test")
        if split not in splits:
            continue
        article = Article(text=doc["article"], id=doc["id"])
        article_words = set(word_list(article.text))
        lines = [ln.strip() for ln in doc["highlights"].split("\n") if ln.strip()]
        t0, c0 = time.perf_counter(), time.process_time()
        e0, r0 = encoder_clock["seconds"], encoder_clock["rows"]
        sentences = split_sentences(article.text, cfg.verify_splitter())
        # the article is annotated once; every summary of it below reads these annotations (a
        # verify keeps no encoded row in them, so each result is that of fresh annotations)
        annotations = verifier.annotator.annotate(article, sentences)
        verifier.verify("\n".join(lines), article, sentences, annotations)  # whole summary
        timed_seconds += time.perf_counter() - t0
        cpu_seconds += time.process_time() - c0
        encoder_seconds += encoder_clock["seconds"] - e0
        encoder_rows += encoder_clock["rows"] - r0
        timed_docs += 1
        rng = random.Random(f"{seed}-{doc['id']}")
        role_rng = random.Random(f"{seed}-{doc['id']}-role")
        for line in lines:
            verifier.trace = [] if out else None
            result = verifier.verify(line, article, sentences, annotations)
            trace = verifier.trace
            bad = not result.all_supported
            high = _content_overlap(line, article_words) >= HIGH_OVERLAP
            stats[split]["untouched"]["n"] += 1
            stats[split]["untouched"]["flagged"] += bad
            stats[split]["untouched_high"]["n"] += high
            stats[split]["untouched_high"]["flagged"] += bad and high
            why = [f"{r.type}: {r.detail}" for s in result.sentences for r in s.reasons]
            if out:
                out.write(
                    json.dumps(
                        {
                            "split": split,
                            "doc": n,
                            "kind": "untouched",
                            "line": line,
                            "flagged": bad,
                            "high": high,
                            "reasons": why,
                            "trace": trace,
                        }
                    )
                    + "\n"
                )
            if bad and split != "test" and len(examples["false_alarm"]) < 12:
                examples["false_alarm"].append(f"{line}\n      {why}")
            for kind in TYPES:
                rng_k = role_rng if kind == "role_swap" else rng
                changed = corrupt(kind, line, article.text, qf, af, rng_k)
                if changed is None or changed == line:
                    continue
                verifier.trace = [] if out else None
                result = verifier.verify(changed, article, sentences, annotations)
                trace = verifier.trace
                reasons = {r.type for s in result.sentences for r in s.reasons}
                stats[split][kind]["n"] += 1
                flagged = not result.all_supported
                stats[split][kind]["flagged"] += flagged
                stats[split][kind]["typed"] += bool(reasons & typed[kind])
                on_boilerplate = boilerplate_phrase(changed) is not None
                stats[split][kind]["boilerplate"] += on_boilerplate
                stats[split][kind]["boilerplate_flagged"] += on_boilerplate and flagged
                if out:
                    why = [f"{r.type}: {r.detail}" for s in result.sentences for r in s.reasons]
                    out.write(
                        json.dumps(
                            {
                                "split": split,
                                "doc": n,
                                "kind": kind,
                                "line": line,
                                "changed": changed,
                                "flagged": flagged,
                                "reasons": why,
                                "edit": edited_span(line, changed),
                                "trace": trace,
                            }
                        )
                        + "\n"
                    )
                if not flagged and split != "test" and len(examples[kind]) < 6:
                    examples[kind].append(f"{changed}\n      (was: {line})")
        verifier.trace = None
    if out:
        out.close()
    for split in splits:
        where = {"dev": "even positions", "test": "odd positions"}.get(split, "fit pool")
        print(f"\n== corruption benchmark, {split} documents ({where}) ==")
        print(f"{'type':<15}{'items':>7}{'recall':>9}{'typed':>8}")
        for kind in TYPES:
            c = stats[split][kind]
            if c["n"]:
                recall, typed_recall = c["flagged"] / c["n"], c["typed"] / c["n"]
                print(f"{kind:<15}{c['n']:>7}{recall:>9.3f}{typed_recall:>8.3f}")
        _print_boilerplate_items(stats[split])
        u = stats[split]["untouched"]
        print(f"{'untouched':<15}{u['n']:>7}  false alarms {u['flagged'] / max(1, u['n']):.3f}")
        h = stats[split]["untouched_high"]
        print(
            f"{'  high overlap':<15}{h['n']:>7}  false alarms {h['flagged'] / max(1, h['n']):.3f}"
            f"  (highlights with >= {HIGH_OVERLAP:.0%} of content words in the article)"
        )
    if "--examples" in sys.argv:
        for kind, items in examples.items():
            print(f"\n-- dev misses / false alarms: {kind}")
            for item in items:
                print("  *", item)
    print(
        f"\nspeed: {timed_docs / timed_seconds:.2f} docs/s (split + annotation + verify of all "
        f"highlights; {timed_docs} docs); CPU time {timed_docs / cpu_seconds:.2f} docs/s, "
        f"encoder {encoder_seconds:.1f} s of {cpu_seconds:.1f} s (total/encoder "
        f"{cpu_seconds / max(encoder_seconds, 1e-9):.2f}), "
        f"{encoder_rows / max(1, timed_docs):.1f} encoded rows/doc, "
        f"{encoder_clock['threads']:.0f} encoder thread(s)"
    )


def cliff_pool(rows: list[dict[str, Any]], cnndm: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``--pool cliff`` documents: per CLIFF val article, the sentences of its summaries
    judged supported, each once, as "highlight" lines. Articles at a held-out (odd) position of
    the CNN/DM sample are left out (by id or text: ``leads_pool.held_out_stories``), so that
    nothing held out is fitted on."""
    held_out = held_out_stories([cnndm])
    lines: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if row["label"] != "supported" or held_out(row):
            continue
        for sentence in split_sentences(row["summary"], GENERATOR_SPLIT):
            if sentence.text.strip() not in lines[row["article"]]:
                lines[row["article"]].append(sentence.text.strip())
    return [
        {"id": f"cliff-{n}", "article": article, "highlights": "\n".join(found), "split": "cliff"}
        for n, (article, found) in enumerate(lines.items())
    ]


# XSum's reference summaries are stored lowercased and tokenized (`` a '' , 's, "#" for "£")
_XSUM_DETOKENIZE = (
    (re.compile(r"`` ?| ?''"), '"'),
    (re.compile(r" ([,.;:?!%]|'(?:s|ve|re|ll|d|m)\b|n't\b)"), r"\1"),
    (re.compile(r"# ?(?=\d)"), "£"),
    (re.compile(r"(\d) - (\d)"), r"\1-\2"),
    (re.compile(r"(\d) (m|bn)\b"), r"\1\2"),  # "£15.75 m"
)


def _xsum_line(summary: str, article: str) -> str:
    """An XSum reference summary as a writer would print it: detokenized, and each word in the
    case the article mostly writes it in (not counting sentence starts), so that names read as
    names again; the first letter is upper case."""
    text = summary.strip()
    for pattern, new in _XSUM_DETOKENIZE:
        text = pattern.sub(new, text)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for m in re.finditer(r"(?<![.!?\"]\s)(?<!^)\b[A-Za-z][A-Za-z-]*", article, re.M):
        forms[m.group().lower()][m.group()] += 1

    def cased(m: re.Match[str]) -> str:
        seen = forms.get(m.group())
        if not seen or m.group() in STOP_WORDS:  # "a", "he": sentence starts, not names
            return m.group()
        return seen.most_common(1)[0][0]

    text = re.sub(r"\b[a-z][a-z-]*", cased, text)
    return text[:1].upper() + text[1:]


def xsum_pool(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``--pool xsum`` documents: the even positions of the XSum sample (the odd ones are
    the summarizer's held-out half), the reference summary's sentences as "highlight" lines."""
    docs = []
    for row in rows[::2]:
        line = _xsum_line(row["highlights"], row["article"])
        found = [s.text.strip() for s in split_sentences(line, GENERATOR_SPLIT) if s.text.strip()]
        docs.append(
            {
                "id": f"xsum-{row['id']}",
                "article": row["article"],
                "split": "xsum",
                "highlights": "\n".join(found),
            }
        )
    return docs


def _print_boilerplate_items(stats: dict[str, Counter[str]]) -> None:
    """How many corruptions fell on boilerplate lines ("CLICK HERE for all the latest Villa
    news"), which the verifier reports as boilerplate and by default does not call unsupported
    (issue 13, item 5): the headline recall counts them as misses; this line says how many, and
    the recall on the other lines."""
    parts = []
    for kind in TYPES:
        c = stats[kind]
        if c["boilerplate"]:
            rest = c["n"] - c["boilerplate"]
            caught = c["flagged"] - c["boilerplate_flagged"]
            parts.append(
                f"{kind} {c['boilerplate']} ({c['boilerplate_flagged']} flagged; other lines "
                f"{caught}/{rest} = {caught / max(1, rest):.3f})"
            )
    if parts:
        print("  on boilerplate lines: " + "; ".join(parts))


LABELS = ROOT / "data" / "verify_highlight_labels.jsonl"


def judged_highlights(cfg: Config, docs: list[dict[str, Any]], halves: tuple[str, ...]) -> None:
    """False alarms on the highlights judged supported, recall on those judged unsupported, on
    the ``halves`` asked for ("all" only with both): ``--split dev`` reads no held-out line."""
    verifier = Verifier(cfg)
    position = {doc["id"]: n for n, doc in enumerate(docs)}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    splits: dict[str, tuple[list[Any], Annotations]] = {}
    for row in read_jsonl(LABELS):
        n = position.get(row["id"])
        if n is None:  # --n cut the document off
            continue
        split = "dev" if n % 2 == 0 else "test"
        if split not in halves:
            continue
        doc = docs[n]
        article = Article(text=doc["article"], id=doc["id"])
        lines = [ln.strip() for ln in doc["highlights"].split("\n") if ln.strip()]
        if doc["id"] not in splits:
            sentences = split_sentences(article.text, cfg.verify_splitter())
            splits[doc["id"]] = (sentences, verifier.annotator.annotate(article, sentences))
        result = verifier.verify(lines[row["line_index"]], article, *splits[doc["id"]])
        for group in (split, "all"):
            counts[group][row["label"]] += 1
            counts[group][row["label"] + "_flagged"] += not result.all_supported
    print("\n== judged highlights (data/verify_highlight_labels.jsonl; articles as given) ==")
    for group in (*halves, "all") if len(halves) > 1 else halves:
        c = counts[group]
        total = c["supported"] + c["unsupported"]
        if not total:
            continue
        print(
            f"{group:<5} {total:>4} lines, {c['unsupported'] / total:.3f} judged unsupported;"
            f"  false alarms on supported {c['supported_flagged']}/{c['supported']} = "
            f"{c['supported_flagged'] / max(1, c['supported']):.3f};  recall on unsupported "
            f"{c['unsupported_flagged']}/{c['unsupported']} = "
            f"{c['unsupported_flagged'] / max(1, c['unsupported']):.3f}"
        )


def _auc(scores: list[float], labels: list[int]) -> float:
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / max(1, len(pos) * len(neg))


def qags(cfg: Config, rows: list[dict[str, Any]]) -> None:
    verifier = Verifier(cfg)
    flagged: list[int] = []
    scores: list[float] = []
    calibrated: list[float] = []  # the verifier's own score (probability unsupported)
    truth: list[int] = []  # 1 = inconsistent (the positive class of the verdict)
    reason_counts: Counter[str] = Counter()
    splits: dict[str, tuple[list[Any], Annotations]] = {}
    for row in rows:
        article = Article(text=row["article"], id=row["id"].rsplit("-", 1)[0])
        if article.text not in splits:
            sentences = split_sentences(article.text, cfg.verify_splitter())
            splits = {article.text: (sentences, verifier.annotator.annotate(article, sentences))}
        result = verifier.verify(row["summary_sentence"], article, *splits[article.text])
        reasons = [r for s in result.sentences for r in s.reasons]
        reason_counts.update(r.type for r in reasons)
        best = max((s.support[0].similarity for s in result.sentences if s.support), default=0.0)
        flagged.append(int(not result.all_supported))
        scores.append(len(reasons) + 1 - best)
        calibrated.append(result.score or 0.0)
        truth.append(1 - int(row["label"]))
    tp = sum(f and t for f, t in zip(flagged, truth, strict=True))
    fp = sum(f and not t for f, t in zip(flagged, truth, strict=True))
    fn = sum(t and not f for f, t in zip(flagged, truth, strict=True))
    tn = len(truth) - tp - fp - fn
    recall = tp / max(1, tp + fn)
    specificity = tn / max(1, tn + fp)
    precision = tp / max(1, tp + fp)
    print(
        f"\n== QAGS CNN/DM (human labels; {len(rows)} summary sentences, "
        f"{sum(truth)} inconsistent) =="
    )
    print(f"flagged {sum(flagged)}: tp {tp} fp {fp} fn {fn} tn {tn}")
    print(
        f"balanced_accuracy {(recall + specificity) / 2:.3f}  unsupported precision "
        f"{precision:.3f}  recall {recall:.3f}  roc_auc(score) {_auc(scores, truth):.3f}  "
        f"roc_auc(calibrated score) {_auc(calibrated, truth):.3f}"
    )
    print("reasons:", {str(k): n for k, n in reason_counts.most_common()})


# ----------------------------------------------------------------------------- CLIFF val cut


def reliability(scores: list[float], labels: list[int], bins: int = 5) -> list[str]:
    """Reliability table rows: score bin, items, mean score, observed share unsupported."""
    rows = []
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        idx = [i for i, x in enumerate(scores) if lo <= x < hi or (k == bins - 1 and x == 1.0)]
        if idx:
            mean = sum(scores[i] for i in idx) / len(idx)
            seen = sum(labels[i] for i in idx) / len(idx)
            rows.append(f"  [{lo:.1f}, {hi:.1f})  {len(idx):>5}  {mean:>6.3f}  {seen:>6.3f}")
    return rows


def _spans_hit(summary: str, reasons: list[Any], error_spans: list[str]) -> bool:
    """Does a reason's summary span overlap an annotated error span (as the shared scorer)?"""
    for r in reasons:
        if r.summary_span:
            frag = summary[r.summary_span[0] : r.summary_span[1]]
            if any(frag and (frag in e or e in frag) for e in error_spans):
                return True
    return False


def cliff(cfg: Config, rows: list[dict[str, Any]], dump: Path | None) -> None:
    """CLIFF val cut (BART/PEGASUS summaries judged by people; the cut used to fit the score
    and choose ``verify.threshold``): summary-level recall, false alarms, balanced accuracy and
    flagged-span overlap per origin, and the reliability of the summary score."""
    verifier = Verifier(cfg)
    out = dump.open("w", encoding="utf-8") if dump else None
    per: dict[str, list[tuple[int, int, bool, float]]] = defaultdict(list)
    reason_counts: dict[str, Counter[str]] = defaultdict(Counter)
    splits: dict[str, tuple[list[Any], Annotations]] = {}
    # the consistency model alone: its probability for each sentence holding an annotated error
    # (1) and each sentence of a summary judged correct (0)
    consistency: dict[str, tuple[list[float], list[int]]] = defaultdict(lambda: ([], []))
    t0 = time.perf_counter()
    for row in rows:
        article = Article(text=row["article"], id=row["id"])
        if article.text not in splits:
            sentences = split_sentences(article.text, cfg.verify_splitter())
            splits = {article.text: (sentences, verifier.annotator.annotate(article, sentences))}
        verifier.trace = []
        result = verifier.verify(row["summary"], article, *splits[article.text])
        reasons = [r for s in result.sentences for r in s.reasons]
        truth = int(row["label"] == "unsupported")
        flagged = int(not result.all_supported)
        hit = flagged and truth and _spans_hit(row["summary"], reasons, row["error_spans"])
        per[row["origin"]].append((truth, flagged, bool(hit), result.score or 0.0))
        if not truth:
            reason_counts[row["origin"]].update(r.type for r in reasons)
        feats = [ev for ev in verifier.trace if ev["check"] == "sentence"]
        for checked, f in zip(result.sentences, feats, strict=True):
            has_error = any(e and e in checked.text for e in row["error_spans"])
            if has_error or not truth:
                consistency[row["origin"]][0].append(cast(float, f["inconsistency"]))
                consistency[row["origin"]][1].append(int(has_error))
        if out:
            sentence_rows = [
                {"start": s.start, "end": s.end, "score": s.score, "features": f}
                for s, f in zip(result.sentences, feats, strict=True)
            ]
            # name/number slots (summary offsets) for fitting the decision layer on real summaries
            slots = [ev for ev in verifier.trace or [] if ev["check"] in ("name", "number")]
            keep = ("id", "origin", "label", "summary", "error_spans")
            record = {
                **{k: row[k] for k in keep},
                "flagged": flagged,
                "sentences": sentence_rows,
                "slots": slots,
            }
            out.write(json.dumps(record) + "\n")
    seconds = time.perf_counter() - t0
    if out:
        out.close()
    print("\n== CLIFF val cut (human-judged BART/PEGASUS summaries; fit/choice data) ==")
    print(f"{'origin':<7}{'n':>5}{'unsup':>7}{'recall':>8}{'f.alarm':>9}{'bacc':>7}{'span':>7}")
    for origin, xs in sorted(per.items()):
        pos = [f for y, f, _, _ in xs if y]
        neg = [f for y, f, _, _ in xs if not y]
        recall, false_alarm = sum(pos) / max(1, len(pos)), sum(neg) / max(1, len(neg))
        span = sum(h for _, _, h, _ in xs) / max(1, sum(pos))
        bacc = (recall + 1 - false_alarm) / 2
        print(
            f"{origin:<7}{len(xs):>5}{len(pos):>7}{recall:>8.3f}{false_alarm:>9.3f}"
            f"{bacc:>7.3f}{span:>7.3f}"
        )
    for origin, xs in sorted(per.items()):
        scores, labels = [x[3] for x in xs], [x[0] for x in xs]
        print(f"summary score, {origin}: ROC-AUC {_auc(scores, labels):.3f}; reliability:")
        print("  bin          items   score  unsup.")
        print("\n".join(reliability(scores, labels)))
        reason_shares = {str(k): n for k, n in reason_counts[origin].most_common()}
        print(f"  false-alarm reasons: {reason_shares}")
    for origin, (probs, erring) in sorted(consistency.items()):
        print(
            f"consistency model alone, {origin}: ROC-AUC {_auc(probs, erring):.3f} ({sum(erring)} "
            f"sentences with an error span vs {len(erring) - sum(erring)} of correct summaries)"
        )
    print(f"speed: {len(rows) / seconds:.2f} summaries/s")


def run_exhaustive(parser: argparse.ArgumentParser, args: argparse.Namespace, cfg: Config) -> None:
    """``--exhaustive number_swap|number_change``: every item on the dev half or on a pool.
    The held-out half is refused: exhaustive items are for finding and fitting misses."""
    if args.pool == "cnndm" and args.split != "dev":
        parser.error("--exhaustive runs on --split dev or a --pool only")
    docs = read_jsonl(SHARED / "cnndm_sample.jsonl")
    if args.pool != "cnndm":
        docs = fit_pool(cfg, args.pool, docs, args.lead_sentences, args.all_lead_lines)
    docs = docs[: args.n]  # after the pool is made, so that it still leaves out held-out articles
    split = "dev" if args.pool == "cnndm" else args.pool
    exhaustive_items(cfg, docs, split, args.dump, args.exhaustive_cap, args.seed, args.exhaustive)


def fit_pool(
    cfg: Config,
    pool: str,
    cnndm: list[dict[str, Any]],
    lead_sentences: int = 5,
    all_lead_lines: bool = False,
) -> list[dict[str, Any]]:
    """The documents of a ``--pool`` other than the CNN/DM highlights (each reads only what is
    not held out); ``lead_sentences``: how many body sentences from the top a leads pool
    reads; ``all_lead_lines``: keep the lead lines that do not read as a claim (table rows)."""
    if pool == "cliff":
        return cliff_pool(read_jsonl(SHARED / "verify_cliff_val.jsonl"), cnndm)
    if pool == "xsum":
        return xsum_pool(read_jsonl(SHARED / "xsum_sample.jsonl"))
    step = 2  # the even positions of a sample; the CLIFF rows are cleared of held-out ones
    if pool == "cliff-leads":
        samples = [cnndm, read_jsonl(SHARED / "xsum_sample.jsonl")]
        rows = cliff_articles(read_jsonl(SHARED / "verify_cliff_val.jsonl"), samples)
        step = 1
    elif pool == "qags-check":
        samples = [cnndm, read_jsonl(SHARED / "xsum_sample.jsonl")]
        rows = qags_articles(read_jsonl(SHARED / "verify_qags_cnndm.jsonl"), samples)
        step = 1  # every article: none is in a sample's held-out half
    elif pool in POLNEAR_HALVES:
        rows = polnear_rows(read_jsonl(SHARED / "attribution_polnear_dev.jsonl"), pool)
        step = 1  # the rows are already one half of the file
    else:
        rows = cnndm if pool == "leads" else read_jsonl(SHARED / "xsum_sample.jsonl")
    # the lines are cut as the verifier cuts sentences (run-on captions apart)
    splitter, claims_only = cfg.verify_splitter(), not all_lead_lines
    return leads_pool(rows, pool, splitter, Verifier(cfg), lead_sentences, step, claims_only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=None, help="first N CNN/DM documents only")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--set", action="append", default=[], help="config override a.b=v")
    parser.add_argument("--skip-qags", action="store_true")
    parser.add_argument("--examples", action="store_true", help="print dev misses")
    parser.add_argument(
        "--split",
        choices=("dev", "test", "both"),
        default="both",
        help="which half of the corruption benchmark to run (tune on dev only)",
    )
    parser.add_argument(
        "--pool",
        choices=(
            "cnndm",
            "cliff",
            "xsum",
            "leads",
            "xsum-leads",
            "cliff-leads",
            *POLNEAR_HALVES,
            "qags-check",
        ),
        default="cnndm",
        help="corrupt the CNN/DM highlights (default), the CLIFF summaries judged supported,"
        " the XSum sample's even-position reference summaries, or the lead sentences of the"
        " CNN/DM (XSum) sample's even positions or of the CLIFF val articles (less held-out"
        " ones) checked against the rest of their article; polnear-leads (polnear-check): the"
        " same from the even (odd: a check half, read its counts only) positions of the"
        " PolNeAR dev articles; qags-check: the same from the QAGS CNN/DM articles (a check"
        " pool: counts only)",
    )
    parser.add_argument(
        "--lead-sentences",
        type=int,
        default=5,
        help="--pool leads|xsum-leads|cliff-leads|polnear-leads|polnear-check|qags-check: body"
        " sentences read from the top of each article",
    )
    parser.add_argument(
        "--all-lead-lines",
        action="store_true",
        help="--pool leads|xsum-leads|cliff-leads|polnear-*|qags-check: keep lead lines that do"
        " not read as a claim (table rows such as '6.5.'), as the pools were before"
        " leads_pool.reads_as_claim",
    )
    parser.add_argument("--dump", type=Path, default=None, help="write every item as JSON lines")
    parser.add_argument("--skip-cliff", action="store_true", help="skip the CLIFF val cut")
    parser.add_argument("--cliff-only", action="store_true", help="only the CLIFF val cut")
    parser.add_argument("--n-cliff", type=int, default=None, help="first N CLIFF summaries")
    parser.add_argument(
        "--cliff-dump", type=Path, default=None, help="write CLIFF items (score features)"
    )
    parser.add_argument(
        "--exhaustive",
        choices=("number_swap", "number_change"),
        default=None,
        help="verify every item of this kind the generator could make (number_change: those"
        " that land on an article value); dev half or a pool only",
    )
    parser.add_argument(
        "--exhaustive-cap", type=int, default=None, help="at most N items per line (sampled)"
    )
    args = parser.parse_args()
    if args.examples and args.pool in CHECK_POOLS:
        parser.error(f"--pool {args.pool} is a check pool: its counts alone are read")
    cfg = load_config(None, args.set)
    if args.exhaustive:
        run_exhaustive(parser, args, cfg)
        return
    docs = read_jsonl(SHARED / "cnndm_sample.jsonl")[: args.n]
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    if not args.skip_cliff:
        cliff(cfg, read_jsonl(SHARED / "verify_cliff_val.jsonl")[: args.n_cliff], args.cliff_dump)
    if args.cliff_only:
        return
    if args.pool != "cnndm":
        # the whole sample goes to the pool builder, which reads its fit half only
        cnndm = read_jsonl(SHARED / "cnndm_sample.jsonl")
        pool = fit_pool(cfg, args.pool, cnndm, args.lead_sentences, args.all_lead_lines)
        corruption_benchmark(cfg, pool[: args.n], args.seed, (args.pool,), args.dump)
        return
    corruption_benchmark(cfg, docs, args.seed, splits, args.dump)
    judged_highlights(cfg, docs, splits)
    if not args.skip_qags:
        qags(cfg, read_jsonl(SHARED / "verify_qags_cnndm.jsonl"))


if __name__ == "__main__":
    main()
