"""The ``--pool leads`` fit pool (scripts/leads_pool.py): early body sentences with a number,
each a summary line checked against its article without it."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from factkit.annotate.quantities import QuantityFinder
from factkit.config import load_config
from factkit.split import split_sentences
from factkit.verification import Verifier
from tests.conftest import ROOT, load_script

ARTICLE = (
    "Fire crews fought a blaze for 14 hours in Leeds on Monday. The mayor thanked them. "
    "Officials said 40 homes were lost.\n"
    "The fire, which burned for 14 hours, was the city's worst. It destroyed 40 homes."
)


@pytest.fixture
def lp(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    return load_script("leads_pool")


def test_a_cut_sentence_takes_its_spaces_but_not_the_line_break(lp: ModuleType) -> None:
    sentences = split_sentences(ARTICLE)
    second, third = sentences[1], sentences[2]
    assert ARTICLE[second.start : second.end] == "The mayor thanked them."
    assert lp.without_sentence(ARTICLE, second).startswith(
        "Fire crews fought a blaze for 14 hours in Leeds on Monday. Officials said 40"
    )
    assert lp.without_sentence(ARTICLE, third).startswith(
        "Fire crews fought a blaze for 14 hours in Leeds on Monday. The mayor thanked them.\nThe"
    )


def test_lead_lines_are_early_body_sentences_with_digits(lp: ModuleType) -> None:
    splitter = load_config(None, []).verify_splitter()
    lines = lp.lead_lines(ARTICLE, splitter, QuantityFinder(), first=4)
    # "The mayor thanked them." has no number; the fifth sentence is past the lead
    assert [s.text for s in lines] == [
        "Fire crews fought a blaze for 14 hours in Leeds on Monday.",
        "Officials said 40 homes were lost.",
        "The fire, which burned for 14 hours, was the city's worst.",
    ]
    assert all(ARTICLE[s.start : s.end] == s.text for s in lines)


def test_a_line_reads_as_a_claim_only_with_lowercase_words(lp: ModuleType) -> None:
    # table rows: a rating, a goals row, a career row, a score line, a price tag
    for row in (
        "7.5.",
        "12 - Riverside Rovers, Dale Town.",
        "Dale Town (2011-14): 41 apps, 9 goals.",
        "3 May 2019 Rovers 2-1 Town.",
        "Velvet Ankle Boots (now $39.99) Visit site.",
    ):
        assert not lp.reads_as_claim(row), row
    for claim in (
        "Mills claimed to be 31.",
        "It sold 40 homes.",
        "Police said 3 men were held.",
        "The mayor's £2m plan was approved in 2019.",
    ):
        assert lp.reads_as_claim(claim), claim


def test_lead_lines_leave_out_table_rows_unless_asked(lp: ModuleType) -> None:
    splitter = load_config(None, []).verify_splitter()
    text = (
        "Rovers beat Town 3-1 on Saturday, their 12th win of the season.\n"
        "Ratings: Hale 7.5.\n"
        "Ward 6.5.\n"
        "The club has won 4 of its last 5 home games."
    )
    lines = lp.lead_lines(text, splitter, QuantityFinder(), first=10)
    assert [s.text for s in lines] == [
        "Rovers beat Town 3-1 on Saturday, their 12th win of the season.",
        "The club has won 4 of its last 5 home games.",
    ]
    every = lp.lead_lines(text, splitter, QuantityFinder(), first=10, claims_only=False)
    assert "Ward 6.5." in [s.text for s in every]
    assert all(text[s.start : s.end] == s.text for s in every)


def test_candidates_read_the_even_positions_only(lp: ModuleType) -> None:
    splitter = load_config(None, []).verify_splitter()
    # an odd row is held out: a row with no article would fail if it were read
    rows = [{"article": ARTICLE}, {}, {"article": "Police said 3 men were held."}]
    docs = lp.lead_candidates(rows, "leads", splitter, QuantityFinder())
    assert [d["id"] for d in docs] == [
        "leads-0-0",
        "leads-0-1",
        "leads-0-2",
        "leads-0-3",
        "leads-2-0",
    ]
    first = docs[0]
    assert first["split"] == "leads"
    assert first["highlights"] == "Fire crews fought a blaze for 14 hours in Leeds on Monday."
    assert first["article"] == ARTICLE[len(first["highlights"]) + 1 :]
    assert first["highlights"] not in first["article"]
    # a shorter lead: the first body sentence of each row only
    short = lp.lead_candidates(rows, "leads", splitter, QuantityFinder(), first=1)
    assert [d["id"] for d in short] == ["leads-0-0", "leads-2-0"]


def test_only_lines_the_rest_of_the_article_supports_are_kept(
    lp: ModuleType, capsys: pytest.CaptureFixture
) -> None:
    verifier = Verifier(load_config(None, []))
    rows = [{"article": ARTICLE}]
    docs = lp.leads_pool(rows, "leads", verifier.config.verify_splitter(), verifier)
    kept = [d["highlights"] for d in docs]
    # 40 homes and 14 hours are told again later; "in Leeds on Monday" is told nowhere else
    assert "It destroyed 40 homes." in kept
    assert "Fire crews fought a blaze for 14 hours in Leeds on Monday." not in kept
    out = capsys.readouterr().out
    assert f"kept {len(kept)}" in out and f"dropped {4 - len(kept)}" in out


def test_eval_verify_runs_the_seeded_benchmark_on_the_leads_pool(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    ev = load_script("eval_verify")
    cfg = ev.load_config(None, [])
    rows = [{"article": ARTICLE}, {}]  # the odd row is never read
    pool = ev.fit_pool(cfg, "leads", rows)
    assert pool and {d["split"] for d in pool} == {"leads"}
    ev.corruption_benchmark(cfg, pool, 941, ("leads",), None)
    out = capsys.readouterr().out
    assert "leads documents (fit pool)" in out
    assert "number_swap" in out  # "40 homes" takes the article's 14


def _cliff_row(story_id: str, article: str, origin: str = "cnndm") -> dict[str, str]:
    return {"id": f"cliff-{origin}-BART-{story_id}", "article": article}


def test_cliff_articles_leave_out_every_held_out_story(lp: ModuleType) -> None:
    cnndm = [
        {"id": "a1", "article": "Police said 3 men were held."},
        {"id": "b2", "article": "Held out: 7 ships sank off Dover.\nCrews were saved."},
        {"id": "c3", "article": "Fit half: 12 trains ran late."},
        {"id": "d4", "article": "Held out: 9 schools shut in Hull."},
    ]
    xsum = [{"id": 101, "article": "Fit: 5 goals."}, {"id": 202, "article": "Held: 6 runs."}]
    cliff = [
        _cliff_row("c3", "Fit half: 12 trains ran late."),
        _cliff_row("c3", "Fit half: 12 trains ran late."),  # a second model's summary
        # the held-out story under its id, its text copied with other line breaks and a word
        _cliff_row("b2", "Held out: 7 ships sank off Dover. The crews were saved."),
        # a held-out text under an id the sample does not know
        _cliff_row("zz", "Held out:  9 schools\nshut in Hull."),
        _cliff_row("202", "Held: 6 runs, later.", origin="xsum"),
        _cliff_row("101", "Fit: 5 goals.", origin="xsum"),
        _cliff_row("e5", "Only in CLIFF: 4 bridges closed."),
    ]
    rows = lp.cliff_articles(cliff, [cnndm, xsum])
    assert [r["id"] for r in rows] == ["c3", "101", "e5"]
    held = {_collapse(d["article"]) for sample in (cnndm, xsum) for d in sample[1::2]}
    assert not any(_collapse(r["article"]) in held or "Held" in r["article"] for r in rows)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def test_eval_verify_cliff_leads_pool_reads_no_held_out_article(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    ev = load_script("eval_verify")
    held = "Officials said 40 homes were lost in Hull.\nThe fire destroyed 40 homes."
    cnndm = [{"id": "a1", "article": "Unused."}, {"id": "b2", "article": held}]
    xsum = [{"id": 1, "article": "Unused."}, {"id": 2, "article": "Unused too."}]
    cliff = [_cliff_row("b2", held.replace("\n", " ")), _cliff_row("e5", ARTICLE)]
    for name, rows in (("xsum_sample.jsonl", xsum), ("verify_cliff_val.jsonl", cliff)):
        (tmp_path / name).write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    monkeypatch.setattr(ev, "SHARED", tmp_path)
    pool = ev.fit_pool(ev.load_config(None, []), "cliff-leads", cnndm)
    assert pool and {d["split"] for d in pool} == {"cliff-leads"}
    assert all(d["id"].startswith("cliff-leads-0-") for d in pool)  # the CLIFF-only story
    assert not any("Hull" in d["article"] + d["highlights"] for d in pool)


def _polnear_row(k: int, article: str) -> dict[str, object]:
    return {"id": f"polnear-dev-{k}", "text": article, "attributions": []}


def test_polnear_rows_split_the_file_into_even_and_odd_positions(lp: ModuleType) -> None:
    records = [_polnear_row(k, f"Story {k}: {k + 2} voters.") for k in range(5)]
    fit = lp.polnear_rows(records, "polnear-leads")
    check = lp.polnear_rows(records, "polnear-check")
    assert [r["id"] for r in fit] == ["polnear-dev-0", "polnear-dev-2", "polnear-dev-4"]
    assert [r["id"] for r in check] == ["polnear-dev-1", "polnear-dev-3"]
    assert fit[1]["article"] == "Story 2: 4 voters."


@pytest.mark.parametrize(
    ("pool", "kept", "other"), [("polnear-leads", 0, 1), ("polnear-check", 1, 0)]
)
def test_eval_verify_polnear_pools_read_one_half_of_the_dev_file_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pool: str, kept: int, other: int
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    ev = load_script("eval_verify")
    stories = [ARTICLE, ARTICLE.replace("Leeds", "Hull").replace("mayor", "bishop")]
    dev = [_polnear_row(k, text) for k, text in enumerate(stories)]
    (tmp_path / "attribution_polnear_dev.jsonl").write_text(
        "\n".join(json.dumps(r) for r in dev), encoding="utf-8"
    )
    read: list[str] = []
    real_read = ev.read_jsonl

    def recording_read(path: Path) -> list[dict[str, object]]:
        read.append(path.name)
        return real_read(path)

    monkeypatch.setattr(ev, "read_jsonl", recording_read)
    monkeypatch.setattr(ev, "SHARED", tmp_path)
    docs = ev.fit_pool(ev.load_config(None, []), pool, [], 1000)
    assert read == ["attribution_polnear_dev.jsonl"]  # never the PolNeAR test file
    assert docs and {d["split"] for d in docs} == {pool}
    assert all(d["id"].startswith(f"{pool}-0-") for d in docs)
    town = ("Leeds", "Hull")
    assert all(town[other] not in d["article"] + d["highlights"] for d in docs)
    assert any(town[kept] in d["article"] + d["highlights"] for d in docs)


def _qags_row(k: int, article: str) -> dict[str, object]:
    return {"id": f"qags-cnndm-{k}", "article": article, "summary_sentence": "x.", "label": 1}


def test_qags_articles_are_each_article_once_less_held_out_stories(lp: ModuleType) -> None:
    cnndm = [
        {"id": "a1", "article": "Fit half: 12 trains ran late."},
        {"id": "b2", "article": "Held out: 7 ships sank off Dover.\nCrews were saved."},
    ]
    xsum = [{"id": 1, "article": "Fit: 5 goals."}, {"id": 2, "article": "Held: 6 runs."}]
    qags = [
        _qags_row(0, "Only in QAGS: 4 bridges closed."),
        _qags_row(0, "Only in QAGS: 4 bridges closed."),  # a second summary sentence
        _qags_row(1, "Held out:  7 ships sank off Dover. Crews were saved."),  # other spaces
        _qags_row(2, "Fit half: 12 trains ran late."),
        _qags_row(3, "Held: 6 runs."),
    ]
    rows = lp.qags_articles(qags, [cnndm, xsum])
    assert rows == [
        {"id": "qags-article0", "article": "Only in QAGS: 4 bridges closed."},
        {"id": "qags-article2", "article": "Fit half: 12 trains ran late."},
    ]


def test_eval_verify_qags_check_pool_applies_the_held_out_guard(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    ev = load_script("eval_verify")
    held = ARTICLE.replace("Leeds", "Hull")
    cnndm = [{"id": "a1", "article": "Unused."}, {"id": "b2", "article": held}]
    xsum = [{"id": 1, "article": "Unused."}, {"id": 2, "article": "Unused too."}]
    qags = [_qags_row(0, held), _qags_row(1, ARTICLE)]
    for name, rows in (("xsum_sample.jsonl", xsum), ("verify_qags_cnndm.jsonl", qags)):
        (tmp_path / name).write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    monkeypatch.setattr(ev, "SHARED", tmp_path)
    pool = ev.fit_pool(ev.load_config(None, []), "qags-check", cnndm, 1000)
    assert pool and {d["split"] for d in pool} == {"qags-check"}
    assert all(d["id"].startswith("qags-check-0-") for d in pool)  # the story not held out
    assert not any("Hull" in d["article"] + d["highlights"] for d in pool)
    assert any("Leeds" in d["article"] + d["highlights"] for d in pool)


@pytest.mark.parametrize("pool", ["qags-check", "polnear-check"])
def test_eval_verify_refuses_examples_of_a_check_pool(
    monkeypatch: pytest.MonkeyPatch, pool: str
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    ev = load_script("eval_verify")
    monkeypatch.setattr("sys.argv", ["eval_verify.py", "--pool", pool, "--examples"])
    with pytest.raises(SystemExit) as stop:
        ev.main()
    assert stop.value.code == 2
