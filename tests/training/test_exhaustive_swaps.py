"""``eval_verify.py --exhaustive number_swap`` (scripts/exhaustive_swaps.py): every number swap
the corruption generator could make, verified and grouped by class."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

from factkit.annotate.quantities import QuantityFinder
from factkit.config import load_config
from tests.conftest import ROOT, load_script

ARTICLE = (
    "Fire crews fought the blaze for 14 hours on Monday. Three people were hurt and 40 homes "
    "were lost, officials said. The last big fire, in 1998, destroyed 12 homes."
)
LINE = "The fire destroyed 40 homes and hurt three people."


@pytest.fixture
def ex(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    return load_script("exhaustive_swaps")


def test_every_swap_is_each_article_number_in_each_line_number(ex: ModuleType) -> None:
    swaps = ex.every_number_swap(LINE, ARTICLE, QuantityFinder())
    changed = {c for _, c in swaps}
    # "40" takes every other article figure once (not 40 itself, nor the year); "three" has no
    # digits to swap
    assert changed == {
        "The fire destroyed 14 homes and hurt three people.",
        "The fire destroyed 12 homes and hurt three people.",
    }
    assert len(changed) == len(swaps)  # each distinct swap once
    for start, text in swaps:
        assert text[:start] == LINE[:start]


def test_the_sampled_generator_draws_from_the_same_swaps(
    ex: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    ev = load_script("eval_verify")
    qf = QuantityFinder()
    every = {c for _, c in ex.every_number_swap(LINE, ARTICLE, qf)}
    for seed in range(20):
        drawn = ev.corrupt("number_swap", LINE, ARTICLE, qf, None, random.Random(seed))
        assert drawn in every


def test_swap_classes_name_what_the_new_figure_counts(ex: ModuleType) -> None:
    qf = QuantityFinder()
    at = LINE.index("40")
    same = LINE.replace("40", "12")
    assert ex.swap_class(LINE, at, same, ARTICLE, qf) == "same unit, same counted word"
    hours = LINE.replace("40", "14")
    assert ex.swap_class(LINE, at, hours, ARTICLE, qf) == "other unit"


def test_exhaustive_run_verifies_and_dumps_every_item(
    ex: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = [
        {"id": "a", "article": ARTICLE, "highlights": LINE + "\nCrews fought on Monday."},
        {"id": "b", "article": ARTICLE, "highlights": LINE},  # odd position: held out, skipped
    ]
    dump = tmp_path / "every.dump"
    counts = ex.exhaustive_items(load_config(None, []), docs, "dev", dump)
    rows = [json.loads(row) for row in dump.read_text(encoding="utf-8").splitlines()]
    items = [i for i in rows if i["kind"] == "number_swap"]
    assert counts["lines"] == 2 and counts["lines with an item"] == 1
    assert (
        counts["items"] == len(items) == len(ex.every_number_swap(LINE, ARTICLE, QuantityFinder()))
    )
    assert {i["doc"] for i in rows} == {0} and {i["kind"] for i in rows} == {
        "number_swap",
        "untouched",
    }
    assert counts["missed"] == sum(not i["flagged"] for i in items)
    # the line with swaps is dumped as written too (only it: "Crews fought on Monday." has none)
    own = [i for i in rows if i["kind"] == "untouched"]
    assert [i["line"] for i in own] == [LINE] and "edit" not in own[0]
    assert counts["untouched flagged"] == own[0]["flagged"]
    # each swap names its edited span and carries the slots the decision layer judged: a missed
    # one ("12 homes", the article's other homes) reached the layer with its number slot
    for item in items + own:
        assert any(ev["check"] == "sentence" for ev in item["trace"])
    assert sorted(i["changed"][slice(*i["edit"])] for i in items) == ["12", "14"]
    missed = [i for i in items if not i["flagged"]]
    assert missed and all(
        any(
            ev["check"] == "number" and ev["span_start"] <= i["edit"][0] < ev["span_end"]
            for ev in i["trace"]
        )
        for i in missed
    )
    assert "every number swap, dev documents" in capsys.readouterr().out
    capped = ex.exhaustive_items(load_config(None, []), docs, "dev", None, cap=2)
    assert capped["items"] == 2


def test_the_held_out_half_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    ev = load_script("eval_verify")
    for split in ("test", "both"):
        argv = ["eval_verify.py", "--exhaustive", "number_swap", "--split", split]
        monkeypatch.setattr(sys, "argv", argv)
        with pytest.raises(SystemExit) as stop:
            ev.main()
        assert stop.value.code == 2
        assert "--exhaustive runs on --split dev or a --pool only" in capsys.readouterr().err


def test_every_number_change_lands_on_an_article_value_the_changer_can_reach(
    ex: ModuleType,
) -> None:
    qf = QuantityFinder()
    line = "Crews fought the fire for 30 hours."
    changed = {c for _, c in ex.every_number_change(line, ARTICLE, qf)}
    # 14 (x0.47) and 40 (x1.33) are reachable; 12 (x0.4) too; 3 ("Three people", x0.1) is not
    assert changed == {
        "Crews fought the fire for 14 hours.",
        "Crews fought the fire for 12 hours.",
        "Crews fought the fire for 40 hours.",
    }
    # a small whole number becomes any other of 1-20, words included: "Three people"
    small = {c for _, c in ex.every_number_change("They hurt 5 people.", ARTICLE, qf)}
    assert "They hurt 3 people." in small and "They hurt 14 people." in small
    assert "They hurt 40 people." not in small
    assert ex.change_reaches("1,000", 2500.0) and not ex.change_reaches("1,000", 1040.0)


def test_exhaustive_changes_are_dumped_as_number_changes(ex: ModuleType, tmp_path: Path) -> None:
    docs = [{"id": "a", "article": ARTICLE, "highlights": "Crews fought the fire for 30 hours."}]
    dump = tmp_path / "every.dump"
    counts = ex.exhaustive_items(load_config(None, []), docs, "dev", dump, kind="number_change")
    rows = [json.loads(row) for row in dump.read_text(encoding="utf-8").splitlines()]
    items = [i for i in rows if i["kind"] != "untouched"]
    assert counts["items"] == len(items) == 3 and len(rows) == 4
    assert {i["kind"] for i in items} == {"number_change"}
