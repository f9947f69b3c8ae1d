"""The ``--pool xsum`` fit pool of scripts/eval_verify.py: XSum's stored reference summaries
(lowercased, tokenized) read back as a writer printed them."""

from __future__ import annotations

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
