"""The commands on one article: split, claims, summarize and run (``factkit.cli.article``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.running import CLAIMS_ONLY, SEED, run_cli


def test_split_json_offsets_round_trip(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seed_text: str
) -> None:
    code, out, err = run_cli(["split", SEED, "--format", "json"], capsys, monkeypatch)
    assert code == 0, err
    data = json.loads(out)
    assert data["document"]["date"] == "2021-08-10"
    for s in data["sentences"]:
        assert seed_text[s["start"] : s["end"]] == s["text"]
    assert {s["kind"] for s in data["sentences"]} >= {
        "body",
        "dateline",
        "heading",
        "caption",
        "embed",
        "credit",
    }


def test_split_text_is_tab_separated(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run_cli(["split", SEED], capsys, monkeypatch)
    first = out.splitlines()[0].split("\t")
    assert code == 0 and first[0] == "0" and first[3] == "dateline"


def test_claims_json_matches_schema_and_writes_config(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seed_text: str,
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    out_file = tmp_path / "claims.json"
    code, _, err = run_cli(
        ["claims", SEED, "--format", "json", "-o", str(out_file), *CLAIMS_ONLY], capsys, monkeypatch
    )
    assert code == 0, err
    data = json.loads(out_file.read_text(encoding="utf-8"))
    code, schema_out, _ = run_cli(["schema"], capsys, monkeypatch)
    jsonschema.validate(data, json.loads(schema_out))
    assert data["claims"], "the seed article has claims"
    for c in data["claims"]:
        assert seed_text[c["start"] : c["end"]] == c["text"]
    assert (tmp_path / "claims.json.config.yaml").read_text(encoding="utf-8").startswith("ingest:")


@pytest.mark.parametrize("fmt,marker", [("markdown", "- [ ] "), ("csv", "id,sentence_index")])
def test_claims_other_formats(
    fmt: str, marker: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_cli(["claims", SEED, "--format", fmt, *CLAIMS_ONLY], capsys, monkeypatch)
    assert code == 0, err
    assert marker in out


def test_render_format_is_the_default_report_format(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_json = ["--set", "render.format=json", *CLAIMS_ONLY]
    code, out, err = run_cli(["claims", SEED, *as_json], capsys, monkeypatch)
    assert code == 0, err
    assert json.loads(out)["claims"]
    code, out, err = run_cli(["claims", SEED, "--format", "csv", *as_json], capsys, monkeypatch)
    assert code == 0 and out.startswith("id,sentence_index"), err  # --format wins


def test_render_format_the_command_cannot_write_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_cli(["run", SEED, "--set", "render.format=csv"], capsys, monkeypatch)
    assert code == 2 and not out
    assert err.strip() == (
        "factkit: error: render.format: 'csv' is not a format of 'factkit run' "
        "(markdown, json, html); give --format"
    )


def test_max_chars_on_summarize_and_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seed_text: str
) -> None:
    code, out, err = run_cli(
        ["summarize", SEED, "--max-chars", "120", "--format", "json"], capsys, monkeypatch
    )
    assert code == 0, err
    data = json.loads(out)
    assert 0 < len(data["text"]) <= 120
    for s in data["sentences"]:
        assert isinstance(s["claim_ids"], list)
    code, out, err = run_cli(
        ["run", SEED, "--max-chars", "120", "--format", "json"], capsys, monkeypatch
    )
    assert code == 0, err
    assert 0 < len(json.loads(out)["summary"]["text"]) <= 120


@pytest.mark.parametrize("ratio", ["0", "nan", "inf", "-inf", "1.5"])
def test_summarize_ratio_out_of_range_is_a_usage_error(
    ratio: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the option took 0 (its range was closed at 0), and the summarizer's ValueError
    # "ratio must be in (0, 1]" came out as a traceback; nan was refused as "should be <= 1"
    code, out, err = run_cli(["summarize", SEED, "--ratio", ratio], capsys, monkeypatch)
    assert (code, out) == (2, "")
    why = "should be greater than 0 and at most 1 (a share of the body sentences)"
    assert err == f"factkit: error: --ratio: {why}, not {float(ratio)}\n"


def test_claims_of_an_article_of_headings_only_say_why_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a CSV checklist of headings only was its header row, and nothing said why
    headings = tmp_path / "storm.md"
    headings.write_text("# Storm warning\n\n## Latest updates\n", encoding="utf-8")
    code, out, err = run_cli(
        ["claims", str(headings), "--format", "csv", *CLAIMS_ONLY], capsys, monkeypatch
    )
    assert code == 0, err
    assert out.splitlines()[1:] == []
    assert err == (
        f"factkit: warning: {headings}: the article has no body sentence (only heading lines), "
        "so it has no summary and no claims to check\n"
    )


def test_split_text_shows_a_terminal_escape_never_writes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a sentence holding ESC[2J reached the terminal raw and cleared it
    article = tmp_path / "a.txt"
    article.write_text("The mayor said \x1b[2J40 people came.\n", encoding="utf-8")
    code, out, _ = run_cli(["split", str(article)], capsys, monkeypatch)
    assert (code, out) == (0, "0\t0\t34\tbody\tThe mayor said \u241b[2J40 people came.\n")


@pytest.mark.parametrize("command", ["split", "claims", "summarize", "run"])
def test_json_outputs_escape_del_and_c1_controls(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seed_text: str,
) -> None:
    # json.dumps (and pydantic) escape only C0: DEL and U+009B (a one-character escape
    # sequence) reached the JSON files raw
    article = tmp_path / "a.txt"
    text = seed_text.replace("envoy", "envoy\x7f\x9b")
    article.write_text(text, encoding="utf-8")
    code, out, err = run_cli([command, str(article), "--format", "json"], capsys, monkeypatch)
    assert code == 0, err
    assert "\x7f" not in out and "\x9b" not in out and "envoy\\u007f\\u009b" in out
    data = json.loads(out)
    texts = [data["text"]] if command == "summarize" else [s["text"] for s in data["sentences"]]
    assert any("envoy\x7f\x9b" in t for t in texts)
