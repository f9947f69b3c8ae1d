"""The ``--pool xsum`` fit pool of scripts/eval_verify.py: XSum's stored reference summaries
(lowercased, tokenized) read back as a writer printed them."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT, load_script


@pytest.fixture
def ev(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # its own helper modules live there
    return load_script("eval_verify")


def test_xsum_line_detokenizes_and_takes_the_articles_case(ev: ModuleType) -> None:
    article = "Police said. The attack on Mark Green, 51, in Leeds cost # 3m. the man in Leeds"
    summary = "a man in leeds says `` it cost # 3 m '' , and mark green 's car was n't hit ."
    line = ev._xsum_line(summary, article)
    assert line == "A man in Leeds says \"it cost £3m\", and Mark Green's car wasn't hit."


def test_xsum_pool_keeps_the_even_positions_only(ev: ModuleType) -> None:
    rows = [{"id": str(n), "article": "Text.", "highlights": f"line {n} ."} for n in range(5)]
    pool = ev.xsum_pool(rows)
    assert [d["id"] for d in pool] == ["xsum-0", "xsum-2", "xsum-4"]
    assert {d["split"] for d in pool} == {"xsum"} and pool[1]["highlights"] == "Line 2."


def test_judged_highlights_on_the_dev_half_read_no_held_out_line(
    ev: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    # '--split dev' printed the judged lines of the held-out half too (and their sum)
    article = "Police said 5 people died in Leeds on Monday. The mayor said the city mourns."
    docs = [
        {"id": f"d{n}", "article": article, "highlights": "5 people died in Leeds."}
        for n in range(2)
    ]
    labels = tmp_path / "labels.jsonl"
    rows = [{"id": f"d{n}", "line_index": 0, "label": "supported"} for n in range(2)]
    labels.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    monkeypatch.setattr(ev, "LABELS", labels)
    cfg = ev.load_config(None, [])
    ev.judged_highlights(cfg, docs, ("dev",))
    printed = [line.split()[0] for line in capsys.readouterr().out.splitlines()[2:]]
    assert printed == ["dev"]
    ev.judged_highlights(cfg, docs, ("dev", "test"))
    printed = [line.split()[0] for line in capsys.readouterr().out.splitlines()[2:]]
    assert printed == ["dev", "test", "all"]


def test_cliff_pool_leaves_out_a_held_out_story_whose_text_differs(ev: ModuleType) -> None:
    # CLIFF's copy of a held-out CNN/DM story differed from the sample's by two characters, so
    # a text match let it into the fit pool; the id (CLIFF's ends with the sample's) leaves it out
    cnndm = [
        {"id": "aa11", "article": "Kept story."},
        {"id": "bb22", "article": "Held-out story, as the sample has it."},
        {"id": "cc33", "article": "Another kept story."},
        {"id": "dd44", "article": "A second  held-out\nstory."},
    ]

    def row(story: str, article: str) -> dict[str, str]:
        return {
            "id": f"cliff-cnndm-BART-{story}",
            "article": article,
            "summary": "A line.",
            "label": "supported",
        }

    rows = [
        row("aa11", "Kept story."),
        row("bb22", "Held-out story, as CLIFF has it."),
        row("zz99", "A second held-out story."),  # another id, the same words
        row("cc33", "Another kept story."),
    ]
    pool = ev.cliff_pool(rows, cnndm)
    assert [d["article"] for d in pool] == ["Kept story.", "Another kept story."]
