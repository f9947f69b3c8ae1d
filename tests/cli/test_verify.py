"""``factkit verify`` (``factkit.cli.verify``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.running import SEED, run_cli


def test_verify_exit_1_and_typed_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.txt"
    summary.write_text(
        "The UN human rights chief said her office had counted at least 138 deaths.\n",
        encoding="utf-8",
    )
    code, out, err = run_cli(
        ["verify", "--source", SEED, "--summary", str(summary), "--format", "json"],
        capsys,
        monkeypatch,
    )
    assert code == 1, err
    data = json.loads(out)
    assert data["source"]["date"] == "2021-08-10"
    reasons = data["sentences"][0]["reasons"]
    assert any(r["type"] == "number_mismatch" for r in reasons)
    jsonschema = pytest.importorskip("jsonschema")
    code, schema_out, _ = run_cli(["schema", "verify"], capsys, monkeypatch)
    assert (
        code == 0
        and data["schema_version"]
        == json.loads(schema_out)["properties"]["schema_version"]["const"]
    )
    jsonschema.validate(data, json.loads(schema_out))
    code, report_schema_out, _ = run_cli(["schema"], capsys, monkeypatch)
    with pytest.raises(jsonschema.ValidationError):  # it is not a report
        jsonschema.validate(data, json.loads(report_schema_out))


@pytest.mark.parametrize("summary_text", ["!!!", "\U0001f642\U0001f642", "\u2014 \u2026"])
def test_a_summary_without_words_is_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    summary_text: str,
) -> None:
    # punctuation or emoji only was reported 'supported', exit 0: nothing had been checked
    path = tmp_path / "summary.txt"
    path.write_text(summary_text, encoding="utf-8")
    code, out, err = run_cli(
        ["verify", "--source", SEED, "--summary", str(path)], capsys, monkeypatch
    )
    assert (code, out) == (2, "")
    assert err == f"factkit: error: {path}: the summary has no words: nothing to verify\n"


def test_verify_warns_when_the_summary_is_not_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the article's language was guessed and warned about, the summary's never was
    summary = tmp_path / "resumen.txt"
    summary.write_text(
        "El enviado dijo el martes que los talibanes no serán reconocidos y que la guerra "
        "no tiene sentido para el gobierno de Kabul.\n",
        encoding="utf-8",
    )
    args = ["verify", "--source", SEED, "--summary", str(summary)]
    _, _, err = run_cli(args, capsys, monkeypatch)
    assert err.strip().splitlines() == [
        f"factkit: warning: {summary}: the text looks like Spanish (es); factkit is tuned for "
        "English, so the verification may be poor"
    ]
    summary.write_text("The UN human rights chief spoke on Tuesday.\n", encoding="utf-8")
    _, _, err = run_cli(args, capsys, monkeypatch)
    assert "warning" not in err


def test_verify_refuses_a_summary_past_max_chars_like_an_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "s.txt"
    summary.write_text("The UN human rights chief spoke on Tuesday. " * 200, encoding="utf-8")
    args = ["verify", "--source", SEED, "--summary", str(summary)]
    code, out, err = run_cli([*args, "--set", "ingest.max_chars=5000"], capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.startswith(f"factkit: error: {summary}: 8,800 characters, more than ingest.max")
    assert "split the summary" in err


def test_verify_reads_the_text_of_a_json_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `summarize -o s.json` writes JSON, and verify checked the JSON itself ("373" not in the
    # article: the offsets of the summary's sentences)
    summary = tmp_path / "s.json"
    code, _, _ = run_cli(["summarize", SEED, "-o", str(summary)], capsys, monkeypatch)
    assert code == 0 and summary.read_text(encoding="utf-8").startswith("{")
    code, out, _ = run_cli(
        ["verify", "--source", SEED, "--summary", str(summary), "-f", "json"], capsys, monkeypatch
    )
    text = json.loads(summary.read_text(encoding="utf-8"))["text"]
    sentences = json.loads(out)["sentences"]
    assert code == 0 and all(s["text"] == text[s["start"] : s["end"]] for s in sentences)
    assert '"method"' not in out.split('"sentences"')[1]

    bad = tmp_path / "bad.json"
    bad.write_text('{"summary": "The envoy went to Doha."}', encoding="utf-8")
    code, _, err = run_cli(["verify", "--source", SEED, "--summary", str(bad)], capsys, monkeypatch)
    assert code == 2 and f"{bad}: a JSON summary needs a 'text' string" in err


MARKDOWN_SUMMARY = (
    "---\ntitle: Envoy in Doha\ndate: 2021-08-10\n---\n# Summary\n\n- **Zalmay Khalilzad**, the "
    "US envoy, traveled to [Doha](https://example.com/2021/08/doha), Qatar.\n"
)


def test_verify_checks_the_prose_of_a_markdown_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a .md summary was checked as plain text: its front matter, its "# Summary" heading and the
    # link's URL were sentences and words of it (2021 and 08, numbers the article never gives)
    summary = tmp_path / "s.md"
    summary.write_text(MARKDOWN_SUMMARY, encoding="utf-8")
    code, out, _ = run_cli(
        ["verify", "--source", SEED, "--summary", str(summary), "-f", "json"], capsys, monkeypatch
    )
    sentences = json.loads(out)["sentences"]
    assert code == 0 and len(sentences) == 1
    only = sentences[0]
    assert only["text"].split() == [
        "Zalmay",
        "Khalilzad",
        ",",
        "the",
        "US",
        "envoy,",
        "traveled",
        "to",
        "Doha",
        ",",
        "Qatar.",
    ]
    # the offsets index the file as written
    assert MARKDOWN_SUMMARY[only["start"] : only["end"]].startswith("Zalmay Khalilzad**")

    records = tmp_path / "s.jsonl"
    records.write_text('{"text": "The envoy went to Doha."}\n', encoding="utf-8")
    code, _, err = run_cli(
        ["verify", "--source", SEED, "--summary", str(records)], capsys, monkeypatch
    )
    assert code == 2 and err.strip() == (
        f"factkit: error: {records}: a .jsonl file holds many records, no one summary; give a "
        "text, .md, .html or .json summary (or - for stdin)"
    )


def test_verify_markdown_report_shows_a_markdown_summary_without_its_blanked_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the report quoted the sentence's text, where each mark is a space: "Zalmay Khalilzad ,"
    summary = tmp_path / "s.md"
    summary.write_text(MARKDOWN_SUMMARY, encoding="utf-8")
    code, out, _ = run_cli(
        ["verify", "--source", SEED, "--summary", str(summary)], capsys, monkeypatch
    )
    assert code == 0
    assert "1. **Zalmay Khalilzad, the US envoy, traveled to Doha, Qatar.** — " in out


def test_a_terminal_escape_in_a_summary_is_no_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a coloured summary pasted from a terminal: "ESC[0m" was read as "0m" (0 million), flagged
    # 'Number differs', exit 1; the colour codes are shown, never written raw
    summary = tmp_path / "summary.txt"
    summary.write_text(
        "The insurgents have captured \x1b[31mfive\x1b[0m out of 34 provincial capitals.\n",
        encoding="utf-8",
    )
    code, out, err = run_cli(
        ["verify", "--source", SEED, "--summary", str(summary)], capsys, monkeypatch
    )
    assert code == 0, out + err
    assert "\x1b" not in out and "\u241b\\[31mfive\u241b\\[0m" in out


def test_verify_json_escapes_a_del_or_c1_control_of_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # json.dumps escapes only C0: U+009B (a one-character escape sequence) reached the file raw
    summary = tmp_path / "summary.txt"
    summary.write_text("The insurgents have captured\x9b five\x7f capitals.\n", encoding="utf-8")
    code, out, err = run_cli(
        ["verify", "--source", SEED, "--summary", str(summary), "--format", "json"],
        capsys,
        monkeypatch,
    )
    assert code in (0, 1), err
    assert "\x9b" not in out and "\x7f" not in out and "\\u009b five\\u007f" in out
    assert (
        json.loads(out)["sentences"][0]["text"]
        == "The insurgents have captured\x9b five\x7f capitals."
    )
