"""The CLI end to end, in-process through the real entry point (``factkit.cli.main``)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from factkit import __version__
from factkit.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "data" / "seed_article.txt")
CLAIMS_ONLY = ["--set", "checkworthiness.enabled=false"]


def run_cli(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["factkit", *args])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run_cli(["--version"], capsys, monkeypatch)
    assert code == 0 and out.strip() == f"factkit {__version__}"


@pytest.mark.parametrize(
    "args",
    [
        ["-h"],
        ["split", "-h"],
        ["claims", "-h"],
        ["summarize", "-h"],
        ["run", "-h"],
        ["verify", "-h"],
        ["batch", "-h"],
        ["config", "-h"],
        ["config", "show", "-h"],
        ["schema", "-h"],
    ],
)
def test_help_everywhere(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run_cli(args, capsys, monkeypatch)
    assert code == 0 and "Usage" in out


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


def _closed(schema: object) -> object:
    """``schema`` with no property left undeclared: every object writes only what it lists."""
    if isinstance(schema, dict):
        closed = {k: _closed(v) for k, v in schema.items()}
        if "properties" in closed:
            closed["additionalProperties"] = False
        return closed
    return [_closed(v) for v in schema] if isinstance(schema, list) else schema


@pytest.mark.parametrize(
    ("command", "options"), [("split", []), ("summarize", ["--sentences", "2"])]
)
def test_split_and_summarize_json_have_a_published_schema(
    command: str,
    options: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # an integrator validating every JSON factkit writes found no schema for these two
    jsonschema = pytest.importorskip("jsonschema")
    code, out, err = run_cli([command, SEED, "--format", "json", *options], capsys, monkeypatch)
    assert code == 0, err
    code, schema_out, err = run_cli(["schema", command], capsys, monkeypatch)
    assert code == 0, err
    jsonschema.validate(json.loads(out), _closed(json.loads(schema_out)))


def test_split_text_is_tab_separated(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run_cli(["split", SEED], capsys, monkeypatch)
    first = out.splitlines()[0].split("\t")
    assert code == 0 and first[0] == "0" and first[3] == "dateline"


def test_empty_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    code, out, err = run_cli(["split", str(f)], capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err == f"factkit: error: {f}: the article is empty: no text to process\n"


def test_binary_file_one_line_error_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "blob.bin"
    f.write_bytes(bytes(range(256)))
    code, out, err = run_cli(["split", str(f)], capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "blob.bin" in err and "Traceback" not in err


def test_unknown_config_key_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = tmp_path / "x.yaml"
    cfg.write_text("splitter:\n  max_lenn: 3\n", encoding="utf-8")
    code, _, err = run_cli(["split", SEED, "--config", str(cfg)], capsys, monkeypatch)
    assert code == 2
    assert err.strip() == f"factkit: error: {cfg}: splitter.max_lenn: unknown key"
    code, _, err = run_cli(["config", "validate", str(cfg)], capsys, monkeypatch)
    assert code == 2 and "splitter.max_lenn: unknown key" in err


def test_config_show_applies_overrides(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run_cli(["config", "show", "--set", "splitter.max_len=400"], capsys, monkeypatch)
    assert code == 0 and "max_len: 400" in out


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


@pytest.mark.parametrize(
    "args,choices",
    [
        (["split", SEED], "'text', 'json'"),
        (["claims", SEED], "'markdown', 'json', 'csv'"),
        (["summarize", SEED], "'text', 'json'"),
        (["run", SEED], "'markdown', 'json', 'html'"),
        (["verify", "--source", SEED, "--summary", SEED], "'markdown', 'json'"),
    ],
)
def test_bad_format_is_a_usage_error(
    args: list[str],
    choices: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = run_cli([*args, "--format", "pdf"], capsys, monkeypatch)
    assert code == 2 and not out
    assert len(err.splitlines()) == 1 and "--format" in err and choices in err
    # it read "... '-f': Value error, 'pdf' is not one of ...", typer's pydantic wording
    assert "Value error" not in err and f"'pdf' is not one of {choices}" in err


def test_an_unknown_schema_document_names_the_choices(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_cli(["schema", "reports"], capsys, monkeypatch)
    assert code == 2 and not out and len(err.splitlines()) == 1
    assert err.startswith("factkit: error: Invalid value for 'document': 'reports' is not one of ")


def test_bad_engine_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["batch", SEED, "-o", str(tmp_path / "o.jsonl"), "--engine", "threads"]
    code, _, err = run_cli(args, capsys, monkeypatch)
    assert code == 2 and len(err.splitlines()) == 1
    assert "--engine" in err and "'local', 'dask', 'serial'" in err
    assert not (tmp_path / "o.jsonl").exists()


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


def test_batch_exit_code_3_when_a_document_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "good.txt").write_text("The mayor said 12 roads were closed.", encoding="utf-8")
    (docs / "bad.txt").write_bytes(b"\xff\xfe broken")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(docs), "-o", str(out), "--engine", "serial", "-q", *CLAIMS_ONLY]
    code, _, _ = run_cli([*args, "--set", "summarizer.enabled=false"], capsys, monkeypatch)
    assert code == 3
    assert [json.loads(line)["input"]["id"] for line in out.read_text().splitlines()] == ["good"]
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert [e["id"] for e in errors] == ["bad"] and "UTF-8" in errors[0]["message"]


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


def test_a_failing_stdout_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "factkit schema > /dev/full" (a full disk) ended in an OSError traceback
    import errno

    class Full:
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    # and "factkit --version > /dev/full", "factkit -h > /dev/full" (click's own echo)
    for args in (["schema"], ["split", SEED], ["config", "show"], ["--version"], ["-h"]):
        monkeypatch.setattr(sys, "stdout", Full())
        code, _, err = run_cli(args, capsys, monkeypatch)
        assert code == 2, args
        assert err == "factkit: error: stdout: cannot write: No space left on device\n"


def test_batch_db_that_is_no_archive_is_one_line_before_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # --db naming a text file (or a folder) ran the whole batch, then died in the import with
    # a sqlite3.DatabaseError traceback
    pytest.importorskip("fastapi", reason="--db needs the serve extra")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, just some notes that are long enough\n" * 20, "utf-8")
    out = tmp_path / "r.jsonl"
    for db in (notes, tmp_path, tmp_path / "dsk" / "desk.sqlite"):  # the last: a typo'd folder
        args = ["batch", SEED, "-o", str(out), "--db", str(db), "-q", *CLAIMS_ONLY]
        code, _, err = run_cli(args, capsys, monkeypatch)
        assert code == 2
        assert err.startswith(f"factkit: error: --db {db}: ") and err.count("\n") == 1, err
        assert not out.exists()


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


def test_an_article_of_invisible_characters_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # zero-width spaces and joiners only: analysed as one invisible sentence, summarised, exit 0
    path = tmp_path / "zw.txt"
    path.write_text("\u200b\u200c \u200d\n\u2060", encoding="utf-8")
    code, out, err = run_cli(["claims", str(path), *CLAIMS_ONLY], capsys, monkeypatch)
    assert (code, out) == (2, "")
    assert err == f"factkit: error: {path}: the article is empty: no text to process\n"


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


def _interrupted(*_args: object, **_kwargs: object) -> None:
    """Stands in for a stage the user stops with Ctrl-C."""
    raise KeyboardInterrupt


def test_ctrl_c_in_a_single_file_command_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # typer turns a KeyboardInterrupt inside a command into a silent exit 130; the user must still
    # be told, and -o must not be left half written
    monkeypatch.setattr("factkit.split.split_sentences", _interrupted)
    out_file = tmp_path / "s.txt"
    code, out, err = run_cli(["split", SEED, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 130 and out == ""
    assert err.strip() == "factkit: interrupted"
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_in_batch_is_its_own_line_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # stopped before the output existed, it said "what was written to r.jsonl is complete"
    monkeypatch.setattr("factkit.batching.run_batch", _interrupted)
    out_file = tmp_path / "r.jsonl"
    code, _, err = run_cli(["batch", SEED, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 130
    assert err.strip().splitlines() == [
        f"factkit batch: interrupted before any report was written ({out_file} was not made) "
        "-- run the command again"
    ]


def _writes_a_line_then_stops(
    inputs: list[str], output: Path, *_args: object, **_kw: object
) -> None:
    """Stands in for a batch run the user stops after its first report."""
    Path(output).write_text('{"id": "doc1"}\n', encoding="utf-8")
    raise KeyboardInterrupt


def test_ctrl_c_after_a_batch_wrote_says_its_lines_are_complete(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("factkit.batching.run_batch", _writes_a_line_then_stops)
    out_file = tmp_path / "r.jsonl"
    code, _, err = run_cli(["batch", SEED, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 130
    assert err.strip().splitlines() == [
        f"factkit batch: interrupted; what was written to {out_file} is complete -- "
        "run again with --resume to finish"
    ]


def test_ctrl_c_before_a_resumed_batch_wrote_says_the_output_is_untouched(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("factkit.batching.run_batch", _interrupted)
    out_file = tmp_path / "r.jsonl"
    out_file.write_text('{"id": "doc1"}\n', encoding="utf-8")
    code, _, err = run_cli(["batch", SEED, "-o", str(out_file), "--resume"], capsys, monkeypatch)
    assert code == 130
    assert err.strip().splitlines() == [
        f"factkit batch: interrupted before any report was written ({out_file} is as it was) "
        "-- run the command again"
    ]


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


@pytest.mark.parametrize(
    ("args", "name", "first"),
    [
        # "-o report.json" without --format wrote the Markdown checklist into report.json
        (["claims", SEED, *CLAIMS_ONLY], "report.json", "{"),
        (["claims", SEED, *CLAIMS_ONLY], "report.CSV", "id,sentence_index"),
        (["claims", SEED, *CLAIMS_ONLY], "report.md", "# Claim checklist"),
        (["claims", SEED, *CLAIMS_ONLY], "report.txt", "# Claim checklist"),
        (["claims", SEED, *CLAIMS_ONLY], "report", "# Claim checklist"),  # no suffix: default
        (["claims", SEED, *CLAIMS_ONLY, "-f", "json"], "report.2026-12", "{"),  # not a suffix
        (["split", SEED], "sentences.json", "{"),
        (["split", SEED], "sentences.tsv", "0\t"),
    ],
)
def test_the_output_suffix_names_the_format_when_none_is_given(
    args: list[str],
    name: str,
    first: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out_file = tmp_path / name
    code, _, _ = run_cli([*args, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 0 and out_file.read_text(encoding="utf-8").startswith(first)


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["claims", SEED, *CLAIMS_ONLY], "page.html"),
        (["split", SEED], "rows.csv"),
        (["batch", SEED, *CLAIMS_ONLY], "reports.csv"),  # wrote JSON lines into reports.csv
        # a suffix no renderer writes: Markdown went into out.pdf, JSON lines into r.pdf
        (["claims", SEED, *CLAIMS_ONLY], "out.pdf"),
        (["run", SEED, *CLAIMS_ONLY], "report.out"),
        (["summarize", SEED], "summary.docx"),
        (["verify", "--source", SEED, "--summary", SEED], "check.pdf"),
        (["batch", SEED, *CLAIMS_ONLY], "reports.pdf"),
    ],
)
def test_an_output_suffix_the_command_cannot_write_is_refused(
    command: list[str],
    name: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out_file = tmp_path / name
    code, _, err = run_cli([*command, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 2 and not out_file.exists()
    assert (
        f"-o {out_file}: factkit {command[0]} does not write" in err and len(err.splitlines()) == 1
    )


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["claims", SEED, *CLAIMS_ONLY, "-f", "markdown"], "report.json"),  # wrote Markdown
        (["claims", SEED, *CLAIMS_ONLY, "-f", "json"], "report.csv"),
        (["split", SEED, "-f", "json"], "rows.txt"),
    ],
)
def test_an_output_suffix_other_than_the_format_given_is_refused(
    command: list[str],
    name: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out_file = tmp_path / name
    code, _, err = run_cli([*command, "-o", str(out_file)], capsys, monkeypatch)
    assert code == 2 and list(tmp_path.iterdir()) == []
    assert err.startswith(f"factkit: error: -o {out_file}: a {out_file.suffix} file does not")
    assert len(err.splitlines()) == 1


def test_a_batch_errors_file_named_as_another_format_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, errors = tmp_path / "r.jsonl", tmp_path / "errors.csv"
    command = ["batch", SEED, *CLAIMS_ONLY, "-o", str(out), "--errors", str(errors)]
    code, _, err = run_cli(command, capsys, monkeypatch)
    assert code == 2 and list(tmp_path.iterdir()) == []
    assert f"--errors {errors}: factkit batch does not write csv" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("command", [["claims", SEED, *CLAIMS_ONLY], ["split", SEED]])
def test_dash_as_output_is_stdout(
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "-o -" wrote a file named "-" (and "-.config.yaml") in the working folder, where "-" as
    # an input is stdin
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli([*command, "-o", "-"], capsys, monkeypatch)
    assert code == 0 and out and "wrote" not in err
    assert list(tmp_path.iterdir()) == []


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


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_a_dash_config_is_read_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "factkit config validate -" said "-: no such config file", where "-" is stdin elsewhere
    _stdin(monkeypatch, b"splitter:\n  max_lenn: 3\n")
    code, _, err = run_cli(["config", "validate", "-"], capsys, monkeypatch)
    # ... and then named it "-:", a dash where a file's name goes: it is "standard input"
    assert code == 2 and err.strip() == (
        "factkit: error: standard input: splitter.max_lenn: unknown key"
    )
    _stdin(monkeypatch, b"splitter:\n  max_len: 321\n")
    code, _, err = run_cli(["config", "validate", "-"], capsys, monkeypatch)
    assert code == 0 and err.strip() == "standard input: ok"
    _stdin(monkeypatch, b"splitter:\n  max_len: 321\n")
    code, out, _ = run_cli(["config", "show", "--config", "-"], capsys, monkeypatch)
    assert code == 0 and "max_len: 321" in out


@pytest.mark.parametrize(
    "command,data,needle",
    [
        (["split", "-"], b"", "the article is empty"),
        (["claims", "-"], b"caf\xe9", "not valid UTF-8"),
        (["run", "-"], b"a\x00b", "contains a NUL byte"),
        (["verify", "--source", SEED, "--summary", "-"], b" \n", "the summary is empty"),
        (["split", "x.txt", "-c", "-"], b"splitter:\n  max_len: '4'\n", "splitter.max_len"),
    ],
)
def test_an_error_on_standard_input_names_it(
    command: list[str],
    data: bytes,
    needle: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the line named the input as a file called "-": "factkit: error: -: not valid UTF-8 ..."
    _stdin(monkeypatch, data)
    code, out, err = run_cli(command, capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.startswith("factkit: error: standard input: ") and needle in err, err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    "command",
    [["split", "-", "-c", "-"], ["batch", "-", "-o", "out.jsonl", "-c", "-"]],
)
def test_a_dash_config_and_a_dash_input_are_refused_together(
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    _stdin(monkeypatch, b"splitter:\n  max_len: 321\n")
    code, out, err = run_cli(command, capsys, monkeypatch)
    assert code == 2 and out == "" and list(tmp_path.iterdir()) == []
    assert err.strip().endswith("--config and the input cannot both be stdin ('-')")


def test_sigterm_in_batch_ends_it_as_ctrl_c_does(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # `timeout`, `docker stop` and a scheduler's time limit send SIGTERM: batch died at once with
    # no word of what was complete, and without its exit handlers (the process pool's
    # semaphores 'leaked'); it now stops as Ctrl-C does, with SIGTERM's exit status
    import os
    import signal
    import time

    def unhandled(signum: int, frame: object) -> None:
        raise RuntimeError("SIGTERM reached the default handler")

    def terminated(*args: object, **kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler runs before this ends

    previous = signal.signal(signal.SIGTERM, unhandled)
    try:
        monkeypatch.setattr("factkit.batching.run_batch", terminated)
        out_file = tmp_path / "r.jsonl"
        code, _, err = run_cli(["batch", SEED, "-o", str(out_file)], capsys, monkeypatch)
        assert signal.getsignal(signal.SIGTERM) is unhandled  # put back
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert code == 143
    assert err.strip().splitlines() == [
        f"factkit batch: terminated before any report was written ({out_file} was not made) "
        "-- run the command again"
    ]


@pytest.mark.parametrize(
    "command",
    [
        ["batch", SEED, "-o", "r.jsonl", "--errors", "-"],
        ["batch", SEED, "-o", "r.jsonl", "--markdown-dir", "-"],
        ["batch", SEED, "-o", "r.jsonl", "--db", "-"],
        ["serve", "--db", "-", "--port", "0"],
    ],
)
def test_a_dash_that_cannot_be_a_stream_is_refused_not_a_file_named_dash(
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "-" is stdin or stdout everywhere else; these wrote an errors file, a folder or a SQLite
    # archive named "-" in the working folder (and serve then ran on it)
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(command, capsys, monkeypatch)
    option = command[command.index("-") - 1]
    assert code == 2 and list(tmp_path.iterdir()) == []
    assert err.strip() == f"factkit: error: {option} -: give a path (this output is no stream)"


@pytest.mark.parametrize(
    "command",
    [
        ["claims", SEED, "--set", "summarizer.enabled=maybe"],
        ["summarize", SEED, "--set", "summarizer.enabled=maybe"],
        ["run", SEED, "--max-chars", "300", "--set", "summarizer.max_chars=lots"],
    ],
)
def test_a_bad_setting_the_command_fixes_is_still_refused(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the command's own setting (claims: no summary; --max-chars) was put after the user's
    # --set and replaced its bad value before the check, so these ran where 'config show' says
    # 'Input should be a valid ...'
    code, out, err = run_cli(command, capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.startswith("factkit: error: --set: summarizer.") and "Input should be" in err


def test_a_model_that_does_not_load_names_the_file_or_set_that_gave_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    nowhere = tmp_path / "nowhere"
    cfg = tmp_path / "x.yaml"
    cfg.write_text(f"encoder:\n  model_path: {nowhere}\n", encoding="utf-8")
    problem = f"encoder.model_path: no model folder at {nowhere} "
    code, _, err = run_cli(["run", SEED, "--config", str(cfg)], capsys, monkeypatch)
    assert code == 2 and err.startswith(f"factkit: error: {cfg}: {problem}")
    assert len(err.strip().splitlines()) == 1
    set_path = ["--set", f"encoder.model_path={nowhere}"]
    code, _, err = run_cli(["run", SEED, "--config", str(cfg), *set_path], capsys, monkeypatch)
    assert code == 2 and err.startswith(f"factkit: error: --set: {problem}")
    out = tmp_path / "out.jsonl"
    batch = ["batch", SEED, "-o", str(out), "--engine", "serial", "-q", "--config", str(cfg)]
    code, _, err = run_cli(batch, capsys, monkeypatch)
    assert code == 2
    assert err.startswith(f"factkit: error: pipeline setup failed: {cfg}: {problem}")
