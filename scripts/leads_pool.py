"""The ``--pool leads``, ``--pool xsum-leads`` and ``--pool cliff-leads`` fit pools of
``eval_verify.py``: article sentences as summary lines, each checked against the article
without it.

The number rules were mined on the same highlight lines for many stops, so their miss rate on
those lines no longer says how they do on lines never seen. News stories restate early what
they tell in detail later, so an early body sentence with a number, cut out of its article, is
a highlight-like line that nobody fitted on. Only the fit halves are read (even positions of the
sample; the odd ones are held out), and a line is kept only when the verifier passes its
untouched version against the rest of the article: a line the rest does not support is no test
of a swap. A line must also read as a claim (``reads_as_claim``): a table row such as a player's
rating ("6.5.") holds a number but says nothing a summary would.

``cliff-leads`` reads the CLIFF val articles (CNN/DM and XSum), a second set of lines for a rule
fitted on the first to be checked on. Some of them are also in the CNN/DM or XSum sample, under
the same id and with other line breaks; one that is at a held-out (odd) position there is left
out.

``polnear-leads`` and ``polnear-check`` read the PolNeAR **dev** articles (US political news:
polls, percentages, money, votes, dates), never mined for numbers before: ``polnear-leads`` the
even positions of the file (the half rules are fitted on), ``polnear-check`` the odd positions
(a check half: read its counts only, never its lines or misses). The PolNeAR test file is never
read.

``qags-check`` reads the 235 CNN/DM articles of the QAGS file (each once, in file order): CNN/DM
stories nobody fitted on, the nearest thing to the corruption benchmark's held-out half that may
be looked at. It is a check pool: its counts and class table alone are read, never its lines,
items or misses (``eval_verify.py --examples`` refuses it, ``compare_dumps.py --show`` prints
none of its items). Only the articles are read, never a QAGS summary sentence or label; an
article at a held-out (odd) position of the CNN/DM or XSum sample would be left out (none is).

A script-side helper (not part of the package).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from factkit.annotate.quantities import QuantityFinder
from factkit.config import SplitterConfig
from factkit.document import Article, Sentence
from factkit.split import split_sentences
from factkit.verification import Verifier
from factkit.verification.text import STOP_WORDS

DIGITS = re.compile(r"\d")
# how many body sentences from the top of a story count as its lead
LEAD_SENTENCES = 5
# a word of letters (an apostrophe or hyphen inside it); digits and punctuation are no word
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# lowercase words a line needs to read as a claim: "Adeli claimed to be 28." has three
CLAIM_LOWERCASE_WORDS = 3


def reads_as_claim(line: str) -> bool:
    """Does ``line`` read as a claim an editor checks, not as a table row? A claim links its
    figure to something with verbs and function words, which are written in lowercase; a
    ratings or goals table row ("6.5.", "18 - Celtic, Chelsea.", "Real Madrid (2008-09): 3
    apps, 0 goals."), a shop tag or a score line holds numbers and names only. A swap on such a
    row tests nothing a summary says, so it needs ``CLAIM_LOWERCASE_WORDS`` lowercase words; an
    opening function word counts too ("It destroyed 40 homes."): it is capitalised only because
    it starts the line."""
    words = WORD.findall(line)
    lowercase = [w for w in words if w[0].islower()]
    opener = 1 if words and words[0][0].isupper() and words[0].lower() in STOP_WORDS else 0
    return len(lowercase) + opener >= CLAIM_LOWERCASE_WORDS


def without_sentence(text: str, sentence: Sentence) -> str:
    """``text`` with ``sentence`` cut out, and the spaces after it, so that the sentences on
    either side stay one space apart ("A. B. C." -> "A. C."); a line break stays, with no
    space left before it."""
    start, end = sentence.start, sentence.end
    while end < len(text) and text[end] in " \t":
        end += 1
    if end == len(text) or text[end] == "\n":  # the paragraph's last sentence
        while start > 0 and text[start - 1] in " \t":
            start -= 1
    return text[:start] + text[end:]


def lead_lines(
    text: str,
    splitter: SplitterConfig,
    qf: QuantityFinder,
    first: int = LEAD_SENTENCES,
    claims_only: bool = True,
) -> list[Sentence]:
    """The first ``first`` body sentences of ``text`` (factkit's own split and segment kinds:
    no dateline, caption or byline) that hold a number written in digits (what a number swap
    replaces) and, unless ``claims_only`` is off, read as a claim (``reads_as_claim``)."""
    body = [s for s in split_sentences(text, splitter) if s.is_body][:first]
    with_digits = [s for s in body if any(DIGITS.search(q.text) for q in qf.find(s.text))]
    return [s for s in with_digits if not claims_only or reads_as_claim(s.text)]


def lead_candidates(
    rows: list[dict[str, Any]],
    pool: str,
    splitter: SplitterConfig,
    qf: QuantityFinder,
    first: int = LEAD_SENTENCES,
    step: int = 2,
    claims_only: bool = True,
) -> list[dict[str, Any]]:
    """One pool document per lead line (of the first ``first`` body sentences) of each
    ``step``-th row from the first: the line as its only "highlight", the article without that
    line as its article. With the default step of 2 the odd positions (a sample's held-out
    half) are never read; rows already cleared of held-out articles take a step of 1.
    ``claims_only`` off keeps table rows too (the pools as they were before the rule)."""
    docs = []
    for position in range(0, len(rows), step):
        text = rows[position]["article"]
        for k, sentence in enumerate(lead_lines(text, splitter, qf, first, claims_only)):
            line = " ".join(sentence.text.split())  # one line, as a highlight is
            docs.append(
                {
                    "id": f"{pool}-{position}-{k}",
                    "article": without_sentence(text, sentence),
                    "highlights": line,
                    "split": pool,
                }
            )
    return docs


def kept_leads(docs: list[dict[str, Any]], verifier: Verifier) -> list[dict[str, Any]]:
    """The candidates whose untouched line the verifier passes against the rest of its
    article; prints how many were kept and dropped."""
    kept = []
    counts: Counter[str] = Counter()
    for doc in docs:
        article = Article(text=doc["article"], id=doc["id"])
        sentences = split_sentences(article.text, verifier.config.verify_splitter())
        result = verifier.verify(doc["highlights"], article, sentences)
        counts["kept" if result.all_supported else "dropped"] += 1
        if result.all_supported:
            kept.append(doc)
    print(
        f"lead lines: {len(docs)} candidates, kept {counts['kept']} (the rest of the article "
        f"supports them), dropped {counts['dropped']}"
    )
    return kept


def leads_pool(
    rows: list[dict[str, Any]],
    pool: str,
    splitter: SplitterConfig,
    verifier: Verifier,
    first: int = LEAD_SENTENCES,
    step: int = 2,
    claims_only: bool = True,
) -> list[dict[str, Any]]:
    """The pool: lead lines of every ``step``-th row (the even positions by default) that the
    rest of their article supports."""
    qf = verifier.quantity_finder
    candidates = lead_candidates(rows, pool, splitter, qf, first, step, claims_only)
    return kept_leads(candidates, verifier)


# the PolNeAR pools: which position of the dev file each half starts at (then every second one)
POLNEAR_HALVES = {"polnear-leads": 0, "polnear-check": 1}


def polnear_rows(records: list[dict[str, Any]], pool: str) -> list[dict[str, Any]]:
    """The PolNeAR dev articles of ``pool``'s half as rows ``{"id", "article"}``: the even
    positions for ``polnear-leads`` (fit), the odd ones for ``polnear-check`` (check)."""
    first = POLNEAR_HALVES[pool]
    return [{"id": row["id"], "article": row["text"]} for row in records[first::2]]


# pools whose counts and class table alone are read: never their lines, items or misses
CHECK_POOLS = ("polnear-check", "qags-check")


def qags_articles(
    qags: list[dict[str, Any]], samples: list[list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Each article of the QAGS CNN/DM file once (in file order), as a row ``{"id",
    "article"}`` with the id ``qags-article<n>`` (its place among the articles: an id no sample
    uses, so only the text tells a held-out story), less those at a held-out (odd) position of
    any of ``samples``. Reads the article of each row and nothing else: no summary sentence, no
    label."""
    held_out = held_out_stories(samples)
    articles = dict.fromkeys(row["article"] for row in qags)
    rows = [{"id": f"qags-article{n}", "article": text} for n, text in enumerate(articles)]
    return [row for row in rows if not held_out(row)]


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def story_id(cliff_row: dict[str, Any]) -> str:
    """The sample's id of a CLIFF row's story: a CLIFF id ends with it ("cliff-cnndm-BART-<id>")."""
    return str(cliff_row["id"]).rsplit("-", 1)[-1]


def held_out_stories(samples: list[list[dict[str, Any]]]) -> Callable[[dict[str, Any]], bool]:
    """A test of a CLIFF row: is its story at a held-out (odd) position of any of ``samples``?
    The texts of one story may differ in line breaks and in a few characters, so an id match is
    enough, and a text match (spaces collapsed) is checked too."""
    ids = {str(row["id"]) for sample in samples for row in sample[1::2]}
    texts = {_collapsed(row["article"]) for sample in samples for row in sample[1::2]}

    def held_out(cliff_row: dict[str, Any]) -> bool:
        return story_id(cliff_row) in ids or _collapsed(cliff_row["article"]) in texts

    return held_out


def cliff_articles(
    cliff: list[dict[str, Any]], samples: list[list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Each CLIFF val article once (in file order), as a row ``{"id", "article"}``, less those
    at a held-out (odd) position of any of ``samples`` (the CNN/DM and XSum samples)."""
    held_out = held_out_stories(samples)
    seen: set[str] = set()
    rows = []
    for row in cliff:
        if row["article"] in seen or held_out(row):
            continue
        seen.add(row["article"])
        rows.append({"id": story_id(row), "article": row["article"]})
    return rows
