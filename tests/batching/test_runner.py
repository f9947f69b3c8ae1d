"""run_batch end to end with the real pipeline (claims-only config, for speed)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factkit.batching import run_batch
from factkit.config import Config, load_config
from factkit.enums import BatchEngine
from factkit.errors import ConfigError, FactkitError
from tests.batching.articles import CLAIMS_ONLY, news_article, read_out, write_jsonl_articles

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "seed_article.txt"


@pytest.fixture(scope="module")
def claims_only() -> Config:
    return load_config(None, CLAIMS_ONLY)


def _ids(path: Path) -> list[str]:
    return [r["input"]["id"] for r in read_out(path)]


@pytest.mark.parametrize(
    "big_size", [1_000_000, pytest.param(5_000_000, marks=pytest.mark.slow, id="5MB")]
)
def test_bad_inputs_go_to_the_errors_file_and_good_ones_all_come_out(
    tmp_path: Path, claims_only: Config, big_size: int
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    rng = random.Random(3)
    good = []
    for i in range(6):
        (src / f"good{i}.txt").write_text(news_article(rng, i), encoding="utf-8")
        good.append(f"good{i}")
    (src / "empty.txt").write_text("  \n", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (src / "latin1.txt").write_bytes("Le café coûte 3 euros.".encode("latin-1"))
    (src / "recs.jsonl").write_text(
        json.dumps({"id": "rec-a", "text": news_article(rng, 100)})
        + "\n"
        + '{"id": "rec-b", "text": "unterminated\n'
        + json.dumps({"id": "rec-c", "text": news_article(rng, 101), "date": "2021-08-10"})
        + "\n",
        encoding="utf-8",
    )
    good += ["rec-a", "rec-c"]
    seed = SEED.read_text(encoding="utf-8")
    big = (seed + "\n\n") * (big_size // len(seed) + 1)
    (src / "big.txt").write_text(big, encoding="utf-8")
    good.append("big")
    out = tmp_path / "out.jsonl"

    result = run_batch([str(src)], out, claims_only, workers=2, progress=False)

    assert result.exit_code == 3
    assert (result.done, result.failed, result.skipped) == (len(good), 4, 0)
    records = read_out(out)
    assert sorted(r["input"]["id"] for r in records) == sorted(good)
    by_id = {r["input"]["id"]: r for r in records}
    assert by_id["rec-c"]["input"] == {"id": "rec-c", "path": str(src / "recs.jsonl"), "line": 3}
    assert by_id["rec-c"]["document"]["date"] == "2021-08-10"
    # the big article was analysed, not rejected
    assert len(by_id["big"]["sentences"]) > big_size // 500
    assert all(r["claims"] for r in records)
    errors = {e["id"]: e for e in read_out(tmp_path / "out.errors.jsonl")}
    assert set(errors) == {"empty", "binary", "latin1", "recs:2"}
    # in the single-file commands' words ("empty text" before)
    assert errors["empty"]["message"] == "the article is empty: no text to process"
    assert "NUL" in errors["binary"]["message"]
    assert "UTF-8" in errors["latin1"]["message"]
    assert errors["recs:2"]["line"] == 2 and "invalid JSON" in errors["recs:2"]["message"]
    assert all(e["stage"] == "ingest" for e in errors.values())
    saved = load_config(tmp_path / "out.config.yaml")
    assert saved.summarizer.enabled is False and saved.batch.workers == 2


def test_ordered_output_markdown_and_resume(tmp_path: Path, claims_only: Config) -> None:
    data = tmp_path / "recs.jsonl"
    ids = write_jsonl_articles(data, 40)
    (tmp_path / "late.txt").write_text("", encoding="utf-8")  # fails now, fixed before resuming
    out = tmp_path / "out.jsonl"
    md = tmp_path / "md"

    first = run_batch(
        [str(data), str(tmp_path / "late.txt")],
        out,
        claims_only,
        workers=2,
        ordered=True,
        markdown_dir=md,
        progress=False,
    )
    assert (first.done, first.failed, first.exit_code) == (40, 1, 3)
    assert _ids(out) == ids  # input order, although two workers finish out of order
    assert sorted(p.stem for p in md.glob("*.md")) == ids
    checklist = (md / "art00000.md").read_text(encoding="utf-8")
    questions = [c["question"] for c in read_out(out)[0]["claims"]]
    assert questions and all(q in checklist for q in questions)

    (tmp_path / "late.txt").write_text(news_article(random.Random(1), 1), encoding="utf-8")
    second = run_batch(
        [str(data), str(tmp_path / "late.txt")],
        out,
        claims_only,
        engine="serial",  # resuming is the runner's job, the same for every engine
        resume=True,
        progress=False,
    )
    assert (second.done, second.failed, second.skipped, second.exit_code) == (1, 0, 40, 0)
    assert _ids(out) == [*ids, "late"]
    assert read_out(tmp_path / "out.errors.jsonl") == []  # the retried failure is gone

    # a fresh run (no --resume) replaces the output instead of appending to it
    third = run_batch([str(data)], out, claims_only, workers=1, engine="serial", progress=False)
    assert third.done == 40 and sorted(_ids(out)) == sorted(ids)


def test_resume_refuses_another_config(tmp_path: Path, claims_only: Config) -> None:
    data = tmp_path / "recs.jsonl"
    write_jsonl_articles(data, 3)
    out = tmp_path / "out.jsonl"
    run_batch([str(data)], out, claims_only, engine="serial", progress=False)
    other = load_config(None, [*CLAIMS_ONLY, "splitter.max_len=300"])
    with pytest.raises(ConfigError, match=r"splitter\.max_len"):
        run_batch([str(data)], out, other, engine="serial", resume=True, progress=False)
    # batch settings may change between runs
    again = run_batch(
        [str(data)], out, claims_only, engine="serial", ordered=True, resume=True, progress=False
    )
    assert again.skipped == 3 and again.done == 0


def test_resume_refuses_an_output_of_the_users_own_and_keeps_it(
    tmp_path: Path, claims_only: Config
) -> None:
    # `-o notes.jsonl --resume` took the user's lines for corrupt reports and dropped them all
    data = tmp_path / "recs.jsonl"
    write_jsonl_articles(data, 2)
    notes = tmp_path / "notes.jsonl"
    notes.write_text("call the mayor's office\nthe fare rose in 2019?\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(FactkitError, match="holds no batch reports") as info:
        run_batch([str(data)], notes, claims_only, engine="serial", resume=True, progress=False)
    assert str(info.value).startswith(f"-o {notes}: ") and info.value.exit_code == 2
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


@pytest.mark.parametrize("sidecar", [None, "- a list\n", "engine: [unclosed\n", b"\xff\xfe"])
def test_resume_refuses_an_output_whose_config_cannot_be_checked(
    tmp_path: Path, claims_only: Config, sidecar: str | bytes | None
) -> None:
    # a deleted sidecar let a resume with another config append to the output unchecked; one
    # holding a list ended in an AttributeError traceback
    data = tmp_path / "recs.jsonl"
    write_jsonl_articles(data, 3)
    out = tmp_path / "out.jsonl"
    run_batch([str(data)], out, claims_only, engine="serial", progress=False)
    out.write_bytes(out.read_bytes().split(b"\n", 1)[0] + b"\n")  # one report kept: work left
    saved = tmp_path / "out.config.yaml"
    if sidecar is None:
        saved.unlink()
    else:
        saved.write_bytes(sidecar.encode() if isinstance(sidecar, str) else sidecar)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(ConfigError, match=f"--resume: {saved} ") as info:
        run_batch([str(data)], out, claims_only, engine="serial", resume=True, progress=False)
    assert "start a new output without --resume" in str(info.value)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_resume_needs_no_config_sidecar_where_the_output_holds_no_report(
    tmp_path: Path, claims_only: Config
) -> None:
    data = tmp_path / "recs.jsonl"
    ids = write_jsonl_articles(data, 2)
    out = tmp_path / "out.jsonl"
    for sidecar in (None, "- a list\n"):  # missing, or no config: nothing to check it against
        out.write_bytes(b"")  # nothing to mix another config's reports with
        if sidecar is not None:
            (tmp_path / "out.config.yaml").write_text(sidecar, encoding="utf-8")
        result = run_batch(
            [str(data)], out, claims_only, engine="serial", resume=True, progress=False
        )
        assert (result.done, result.skipped) == (2, 0) and sorted(_ids(out)) == ids


def test_a_resume_with_work_left_reads_each_input_once(
    tmp_path: Path, claims_only: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the finished inputs were read twice: once to see whether any work was left, then by the run
    data = tmp_path / "recs.jsonl"
    ids = write_jsonl_articles(data, 4)
    out = tmp_path / "out.jsonl"
    run_batch([str(data)], out, claims_only, engine="serial", progress=False)
    reports = out.read_bytes().split(b"\n")
    out.write_bytes(b"\n".join(reports[:2]) + b"\n")  # two of four done
    opened: list[str] = []
    real_open = open

    def counting_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(data):
            opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", counting_open)
    again = run_batch([str(data)], out, claims_only, engine="serial", resume=True, progress=False)
    assert (again.done, again.skipped) == (2, 2) and sorted(_ids(out)) == ids
    assert opened == [str(data)]


def test_a_resume_whose_pipeline_cannot_be_built_leaves_the_last_runs_files(
    tmp_path: Path, claims_only: Config
) -> None:
    # the inputs are read up to the work left before the engine starts: still nothing written
    data = tmp_path / "recs.jsonl"
    write_jsonl_articles(data, 3)
    out = tmp_path / "out.jsonl"
    run_batch([str(data)], out, claims_only, engine="serial", progress=False)
    out.write_bytes(out.read_bytes().split(b"\n", 1)[0] + b"\n")  # one of three done
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(FactkitError, match="pipeline setup failed"):
        run_batch(
            [str(data)],
            out,
            claims_only,
            engine="serial",
            resume=True,
            progress=False,
            pipeline="no_such_module:Pipeline",
        )
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_named_pipe_as_output_or_errors_file_is_refused_and_nothing_made_beside_it(
    tmp_path: Path, claims_only: Config
) -> None:
    # factkit.batch(..., "/dev/null") ended in an OSError, having made /dev/null.config.yaml and
    # /dev/null.errors.jsonl beside the device
    data = tmp_path / "recs.jsonl"
    write_jsonl_articles(data, 1)
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)
    for output, errors in ((pipe, None), (tmp_path / "out.jsonl", pipe)):
        with pytest.raises(FactkitError, match=r"is a named pipe, not a file; ") as info:
            run_batch([str(data)], output, claims_only, errors=errors, progress=False)
        assert str(info.value).startswith(f"{'-o' if errors is None else '--errors'} {pipe}: ")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.jsonl", "recs.jsonl"]


def test_a_refused_run_makes_no_output_folder(tmp_path: Path, claims_only: Config) -> None:
    # "-o newdir/r.jsonl --errors <a named pipe>" (or a missing input, or a --markdown-dir that
    # is a file) made newdir before refusing: every refusal comes before anything is made
    data = tmp_path / "recs.jsonl"
    write_jsonl_articles(data, 1)
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)
    output = tmp_path / "newdir" / "r.jsonl"
    refused: list[tuple[list[str], dict[str, Any], str]] = [
        ([str(data)], {"errors": pipe}, "is a named pipe"),
        ([str(tmp_path / "missing.txt")], {}, "no such file"),
        ([str(data)], {"markdown_dir": data}, "is a file; give a folder"),
    ]
    for inputs, options, why in refused:
        with pytest.raises(FactkitError, match=why):
            run_batch(inputs, output, claims_only, progress=False, **options)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.jsonl", "recs.jsonl"]


def test_an_errors_file_in_a_new_folder_is_written_there(
    tmp_path: Path, claims_only: Config
) -> None:
    # "--errors newdir/e.jsonl" stopped the run ("cannot create its lock file newdir/e.lock")
    # after -o's folder was made; -o's new folder was made, the errors file's was not
    data = tmp_path / "recs.jsonl"
    data.write_text('{"id": "x", "title": 3, "text": []}\n', encoding="utf-8")
    errors = tmp_path / "errs" / "e.jsonl"
    run_batch([str(data)], tmp_path / "out" / "r.jsonl", claims_only, errors=errors, progress=False)
    assert [json.loads(line)["id"] for line in errors.read_text("utf-8").splitlines()] == ["x"]


def test_a_resume_with_nothing_left_starts_no_worker_and_writes_nothing(
    tmp_path: Path,
    claims_only: Config,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # it started the workers and loaded their models (18 s) only to skip every input
    data = tmp_path / "recs.jsonl"
    write_jsonl_articles(data, 3)
    out = tmp_path / "out.jsonl"
    run_batch([str(data)], out, claims_only, engine="serial", progress=False)
    files = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def no_engine(*_args: object) -> None:
        raise AssertionError("an engine was started with nothing left to do")

    monkeypatch.setattr("factkit.batching.runner.make_engine", no_engine)
    capsys.readouterr()
    again = run_batch([str(data)], out, claims_only, engine="serial", resume=True)
    assert (again.done, again.failed, again.skipped, again.exit_code) == (0, 0, 3, 0)
    assert capsys.readouterr().err == (
        f"factkit batch: nothing left to do: all 3 documents are already in {out}\n"
    )
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == files


_FAILING_PIPELINE = """
from factkit.pipeline import Pipeline

# extract() lives in a module named like a claims submodule, as a real claims bug would
_ns = {"__name__": "factkit.claims.broken"}
exec("def extract(article, sentences):\\n    raise ZeroDivisionError('no claims today')", _ns)


class _Extractor:
    def extract(self, article, sentences, annotations):
        if "explode" in article.text:
            return _ns["extract"](article, sentences)
        return self.real.extract(article, sentences, annotations)


class FailingPipeline(Pipeline):
    @property
    def claim_extractor(self):
        from factkit.claims import ClaimExtractor
        ext = _Extractor()
        ext.real = ClaimExtractor(self.config)
        return ext
"""


def test_an_exception_inside_a_stage_fails_only_that_document(
    tmp_path: Path, claims_only: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "failing_pipeline.py").write_text(_FAILING_PIPELINE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))  # spawned workers inherit sys.path
    data = tmp_path / "recs.jsonl"
    ids = write_jsonl_articles(data, 8)
    with data.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "bad", "text": "This will explode, 3 officials said."}) + "\n")
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errs" / "e.jsonl"
    errors.parent.mkdir()
    result = run_batch(
        [str(data)],
        out,
        claims_only,
        workers=2,
        errors=errors,
        pipeline="failing_pipeline:FailingPipeline",
        progress=False,
    )
    assert (result.done, result.failed, result.exit_code) == (8, 1, 3)
    assert sorted(_ids(out)) == ids
    (error,) = read_out(errors)
    assert error["id"] == "bad" and error["line"] == 9 and error["stage"] == "claims"
    assert error["message"].startswith("ZeroDivisionError: no claims today")


_CRASHING_PIPELINE = """
import os
from factkit.pipeline import Pipeline


class CrashingPipeline(Pipeline):
    def analyze(self, article):
        if "segfault" in article.text:
            os._exit(139)  # as a crash in native code would: no exception, the process is gone
        return super().analyze(article)
"""


def test_a_document_that_kills_its_worker_fails_alone(
    tmp_path: Path, claims_only: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "crashing_pipeline.py").write_text(_CRASHING_PIPELINE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    data = tmp_path / "recs.jsonl"
    ids = write_jsonl_articles(data, 30)
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    # first in line, so all the others are on the pool when it kills its worker
    lines.insert(0, json.dumps({"id": "killer", "text": "A segfault, 2 engineers said."}) + "\n")
    data.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_batch(
        [str(data)],
        out,
        claims_only,
        workers=2,
        pipeline="crashing_pipeline:CrashingPipeline",
        progress=False,
    )
    assert (result.done, result.failed, result.exit_code) == (30, 1, 3)
    assert sorted(_ids(out)) == ids  # no bystander was failed with the killer
    (error,) = read_out(tmp_path / "out.errors.jsonl")
    assert error["id"] == "killer" and error["stage"] == "worker" and "died" in error["message"]


def test_a_model_that_cannot_load_stops_the_run_as_a_usage_error(
    tmp_path: Path, claims_only: Config
) -> None:
    missing = tmp_path / "no-such-model.json"
    cfg = load_config(None, ["summarizer.enabled=false", f"checkworthiness.model_path={missing}"])
    data = tmp_path / "recs.jsonl"
    write_jsonl_articles(data, 2)
    out = tmp_path / "out.jsonl"
    run_batch([str(data)], out, claims_only, engine="serial", progress=False)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert len(read_out(out)) == 2
    with pytest.raises(FactkitError, match="pipeline setup failed") as info:
        run_batch([str(data)], out, cfg, workers=1, progress=False)
    assert info.value.exit_code == 2
    assert str(info.value).startswith(
        f"pipeline setup failed: --set: checkworthiness.model_path: {missing}: "
    )
    # a typo in a model name emptied the last run's reports and rewrote its config sidecar
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_usage_errors(tmp_path: Path, claims_only: Config) -> None:
    with pytest.raises(ConfigError, match="--scheduler"):
        run_batch(
            ["x"], tmp_path / "o.jsonl", claims_only, engine="local", scheduler="tcp://127.0.0.1:1"
        )
    with pytest.raises(ConfigError, match=r"batch\.workers"):
        run_batch(["x"], tmp_path / "o.jsonl", claims_only, workers=0)
    with pytest.raises(ConfigError, match="--engine: expected one of local, dask, serial"):
        run_batch(["x"], tmp_path / "o.jsonl", claims_only, engine="threads")
    with pytest.raises(FactkitError, match="no files match"):  # a member is as good as its word
        serial = BatchEngine.SERIAL
        run_batch([str(tmp_path / "*.md")], tmp_path / "o.jsonl", claims_only, engine=serial)
    with pytest.raises(FactkitError, match="no files match"):
        run_batch([str(tmp_path / "*.txt")], tmp_path / "o.jsonl", claims_only)
    with pytest.raises(FactkitError, match="not a folder"):
        run_batch(["x"], tmp_path, claims_only)


def test_dask_engine_gives_the_same_reports_as_the_local_engine(
    tmp_path: Path, claims_only: Config
) -> None:
    pytest.importorskip("distributed")
    data = tmp_path / "recs.jsonl"
    ids = write_jsonl_articles(data, 12)
    (tmp_path / "broken.jsonl").write_text("{nope\n", encoding="utf-8")
    inputs = [str(data), str(tmp_path / "broken.jsonl")]
    local = run_batch(inputs, tmp_path / "local.jsonl", claims_only, workers=2, progress=False)
    dask = run_batch(
        inputs, tmp_path / "dask.jsonl", claims_only, engine="dask", workers=2, progress=False
    )
    assert (dask.done, dask.failed, dask.exit_code, dask.workers) == (12, 1, 3, 2)
    assert sorted(_ids(tmp_path / "dask.jsonl")) == ids
    by_line = sorted((tmp_path / "dask.jsonl").read_text(encoding="utf-8").splitlines())
    assert by_line == sorted((tmp_path / "local.jsonl").read_text(encoding="utf-8").splitlines())
    assert local.exit_code == 3


def test_module_entry_point_reads_stdin_and_reports_exit_codes(tmp_path: Path) -> None:
    rng = random.Random(5)
    stdin = "".join(
        json.dumps({"id": f"s{i}", "text": news_article(rng, i)}) + "\n" for i in range(5)
    )
    out = tmp_path / "out.jsonl"
    sets = [arg for item in CLAIMS_ONLY for arg in ("--set", item)]
    cmd = [
        sys.executable,
        "-m",
        "factkit.batching",
        "-",
        "-o",
        str(out),
        "--engine",
        "serial",
        *sets,
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        cmd, input=stdin.encode(), capture_output=True, env=env, cwd=tmp_path, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode()
    assert _ids(out) == [f"s{i}" for i in range(5)]
    assert "5 done, 0 failed, 0 skipped" in done.stderr.decode()
    bad = subprocess.run(
        [*cmd[:3], str(tmp_path / "*.none"), *cmd[4:]], capture_output=True, env=env, timeout=120
    )
    assert bad.returncode == 2 and b"no files match" in bad.stderr


@pytest.mark.parametrize(
    ("out_name", "refusal"),
    [
        # run_batch applies the -o suffix rule itself now: a .txt output is refused first
        ("a0.txt", "a0.txt: factkit batch does not write text"),
        ("recs.jsonl", "recs.jsonl: an input of this run"),
    ],
)
def test_an_output_that_is_an_input_article_is_refused_untouched(
    tmp_path: Path, claims_only: Config, out_name: str, refusal: str
) -> None:
    # `batch archive/ -o archive/a0.txt` skipped a0.txt as input and wrote the reports over it
    src = tmp_path / "archive"
    src.mkdir()
    rng = random.Random(5)
    (src / "a0.txt").write_text(news_article(rng, 0), encoding="utf-8")
    (src / "a1.txt").write_text(news_article(rng, 1), encoding="utf-8")
    write_jsonl_articles(src / "recs.jsonl", 2)
    before = (src / out_name).read_bytes()
    for inputs in ([str(src)], [str(src / out_name)]):
        with pytest.raises(FactkitError, match=refusal):
            run_batch(inputs, src / out_name, claims_only, engine="serial", progress=False)
        assert (src / out_name).read_bytes() == before
    assert sorted(p.name for p in src.iterdir()) == ["a0.txt", "a1.txt", "recs.jsonl"]


def test_a_previous_output_inside_the_input_folder_is_still_skipped(
    tmp_path: Path, claims_only: Config
) -> None:
    src = tmp_path / "archive"
    src.mkdir()
    rng = random.Random(6)
    (src / "a0.txt").write_text(news_article(rng, 0), encoding="utf-8")
    out = src / "reports.jsonl"
    for _ in range(2):  # the second run meets the first one's output (and errors file) as input
        res = run_batch([str(src)], out, claims_only, engine="serial", progress=False)
        assert res.done == 1 and _ids(out) == ["a0"]


def test_a_markdown_dir_holding_input_files_is_refused_untouched(
    tmp_path: Path, claims_only: Config
) -> None:
    # `batch notes/ --markdown-dir notes/` wrote a.md's checklist over the article a.md
    src = tmp_path / "notes"
    src.mkdir()
    article = news_article(random.Random(8), 0)
    (src / "a.md").write_text(article, encoding="utf-8")
    for md in (src, tmp_path):
        with pytest.raises(FactkitError, match=r"--markdown-dir: .* holds input files \(.*a\.md\)"):
            run_batch(
                [str(src)],
                tmp_path / "r.jsonl",
                claims_only,
                engine="serial",
                progress=False,
                markdown_dir=md,
            )
    assert (src / "a.md").read_text(encoding="utf-8") == article
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]


def test_a_markdown_dir_that_is_a_file_is_named_a_file(tmp_path: Path, claims_only: Config) -> None:
    # it said "--markdown-dir notes.txt: cannot create it: File exists"
    (tmp_path / "a.txt").write_text(news_article(random.Random(8), 0), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FactkitError, match=r"^--markdown-dir .*notes\.txt: is a file; give a"):
        run_batch(
            [str(tmp_path / "a.txt")],
            tmp_path / "r.jsonl",
            claims_only,
            engine="serial",
            progress=False,
            markdown_dir=tmp_path / "notes.txt",
        )
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_markdown_dir_that_is_a_pipe_is_named_so(tmp_path: Path, claims_only: Config) -> None:
    # `--markdown-dir /dev/null` (or a named pipe) said "is a file; give a folder"
    (tmp_path / "a.txt").write_text(news_article(random.Random(9), 0), encoding="utf-8")
    pipe = tmp_path / "md"
    os.mkfifo(pipe)
    with pytest.raises(FactkitError, match=r"^--markdown-dir .*md: is a named pipe; give a folder"):
        run_batch(
            [str(tmp_path / "a.txt")],
            tmp_path / "r.jsonl",
            claims_only,
            engine="serial",
            progress=False,
            markdown_dir=pipe,
        )
    assert not (tmp_path / "r.jsonl").exists()


def test_a_markdown_dir_that_is_an_input_file_is_named_a_file(
    tmp_path: Path, claims_only: Config
) -> None:
    # `batch a.txt --markdown-dir a.txt` said "--markdown-dir: a.txt holds input files (a.txt)"
    article = tmp_path / "a.txt"
    article.write_text(news_article(random.Random(8), 0), encoding="utf-8")
    with pytest.raises(FactkitError, match=r"^--markdown-dir .*a\.txt: is a file; give a folder"):
        run_batch(
            [str(article)],
            tmp_path / "r.jsonl",
            claims_only,
            engine="serial",
            progress=False,
            markdown_dir=article,
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_markdown_dir_inside_an_input_folder_is_refused_before_the_first_run(
    tmp_path: Path, claims_only: Config
) -> None:
    # `batch notes/ -o r.jsonl --markdown-dir notes/md` ran once (md/ was empty), then the same
    # command, and --resume after a kill, were refused: md/ now held "input files"
    src = tmp_path / "notes"
    src.mkdir()
    (src / "a.txt").write_text(news_article(random.Random(8), 0), encoding="utf-8")
    for inputs in ([str(src)], [str(tmp_path / "not*")]):
        with pytest.raises(FactkitError, match=r"--markdown-dir: .*md is inside the input folder"):
            run_batch(
                inputs,
                tmp_path / "r.jsonl",
                claims_only,
                engine="serial",
                progress=False,
                markdown_dir=src / "md",
            )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]
    assert sorted(p.name for p in src.iterdir()) == ["a.txt"]
    hidden = src / ".checklists"  # never walked, so never read as input
    for _ in range(2):
        res = run_batch(
            [str(src)],
            tmp_path / "r.jsonl",
            claims_only,
            engine="serial",
            progress=False,
            markdown_dir=hidden,
        )
        assert res.done == 1 and [p.name for p in hidden.glob("*.md")] == ["a.md"]


def test_a_markdown_dir_that_cannot_be_made_is_one_line(
    tmp_path: Path, claims_only: Config
) -> None:
    # --markdown-dir under a file (or on a read-only disk) ended in a FileNotFoundError or
    # NotADirectoryError traceback from mkdir
    (tmp_path / "a.txt").write_text(news_article(random.Random(9), 0), encoding="utf-8")
    md = tmp_path / "a.txt" / "md"
    with pytest.raises(FactkitError, match=rf"^--markdown-dir {md}: cannot create it: "):
        run_batch(
            [str(tmp_path / "a.txt")],
            tmp_path / "r.jsonl",
            claims_only,
            engine="serial",
            progress=False,
            markdown_dir=md,
        )


def test_a_checklist_folder_that_cannot_be_written_leaves_the_last_output(
    tmp_path: Path, claims_only: Config
) -> None:
    # a --markdown-dir whose manifest cannot be written (a read-only folder; here a folder
    # where the manifest goes) stopped the run after the last run's reports were truncated
    rng = random.Random(11)
    (tmp_path / "a.txt").write_text(news_article(rng, 0), encoding="utf-8")
    out = tmp_path / "r.jsonl"
    run_batch([str(tmp_path / "a.txt")], out, claims_only, engine="serial", progress=False)
    before = out.read_bytes()
    assert before.count(b"\n") == 1
    md = tmp_path / "md"
    (md / ".factkit-checklists").mkdir(parents=True)
    with pytest.raises(FactkitError, match=r"\.factkit-checklists: cannot (read|write): "):
        run_batch(
            [str(tmp_path / "a.txt")],
            out,
            claims_only,
            engine="serial",
            progress=False,
            markdown_dir=md,
        )
    assert out.read_bytes() == before


def test_a_fresh_run_replaces_the_last_runs_checklists_and_nothing_else(
    tmp_path: Path, claims_only: Config
) -> None:
    # a re-run without --resume left the checklists of documents no longer in the run, so the
    # folder mixed two runs; now the manifest of what the last run wrote says what goes
    rng = random.Random(5)
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(news_article(rng, 0), encoding="utf-8")
    md = tmp_path / "md"
    md.mkdir()
    (md / "mine.md").write_text("my own notes", encoding="utf-8")  # factkit never wrote it
    (tmp_path / "keep.md").write_text("outside", encoding="utf-8")

    def batch(names: list[str], resume: bool = False) -> None:
        inputs = [str(tmp_path / f"{n}.txt") for n in names]
        out = tmp_path / "r.jsonl"
        run_batch(
            inputs,
            out,
            claims_only,
            engine="serial",
            progress=False,
            markdown_dir=md,
            resume=resume,
        )

    def checklists() -> list[str]:
        return sorted(p.name for p in md.glob("*.md"))

    batch(["a", "b"])
    assert checklists() == ["a.md", "b.md", "mine.md"]
    batch(["c"], resume=True)  # a resumed run adds to the same run's checklists
    assert checklists() == ["a.md", "b.md", "c.md", "mine.md"]
    with open(md / ".factkit-checklists", "a", encoding="utf-8") as manifest:
        manifest.write("../keep.md\nmine.md.bak\n")  # a hand-edited line removes nothing outside
    batch(["b"])
    assert checklists() == ["b.md", "mine.md"]
    assert (md / "mine.md").read_text(encoding="utf-8") == "my own notes"
    assert (tmp_path / "keep.md").exists()


def test_the_closing_line_splits_the_rate_into_done_and_failed(
    tmp_path: Path, claims_only: Config
) -> None:
    # "4 done, 3 failed ... (x articles/s" counted the failures, which cost next to nothing
    src = tmp_path / "in"
    src.mkdir()
    rng = random.Random(11)
    for i in range(3):
        (src / f"good{i}.txt").write_text(news_article(rng, i), encoding="utf-8")
    (src / "empty.txt").write_text("  \n", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    result = run_batch(
        [str(src)], tmp_path / "out.jsonl", claims_only, engine="serial", progress=False
    )

    assert (result.done, result.failed) == (3, 2)
    assert result.done_per_s == pytest.approx(3 / result.elapsed)
    assert result.failed_per_s == pytest.approx(2 / result.elapsed)
    assert result.articles_per_s == pytest.approx(result.done_per_s + result.failed_per_s)
    rates = f"{result.done_per_s:.1f} done, {result.failed_per_s:.1f} failed"
    assert f"{result.articles_per_s:.1f} articles/s: {rates};" in result.summary()
    clean = run_batch(
        [str(src / "good0.txt")], tmp_path / "one.jsonl", claims_only, engine="serial"
    )
    assert f"{clean.articles_per_s:.1f} articles/s; serial" in clean.summary()
