"""The files and folders a config names: `config validate` says ok only when the run finds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from factkit.config import load_config
from factkit.config_paths import missing_path, names_a_folder
from tests.conftest import run_python


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("encoder:\n  model_path: {gone}\n", "encoder.model_path: no folder at {gone}"),
        (
            "claims:\n  attribution:\n    cues_file: {gone}\n",
            "claims.attribution.cues_file: no file at {gone}",
        ),
        (
            "checkworthiness:\n  model_path: {gone}\n",
            "checkworthiness.model_path: no file at {gone}",
        ),
    ],
)
def test_a_path_setting_that_names_nothing_is_named(
    tmp_path: Path, yaml_text: str, expected: str
) -> None:
    cfg = tmp_path / "x.yaml"
    gone = tmp_path / "gone"
    cfg.write_text(yaml_text.format(gone=gone), encoding="utf-8")
    assert missing_path(load_config(cfg)) == f"{cfg}: " + expected.format(gone=gone)


def test_config_validate_refuses_a_model_folder_that_is_not_there(tmp_path: Path) -> None:
    # it said "x.yaml: ok", and the run then stopped at pipeline setup
    cfg = tmp_path / "x.yaml"
    cfg.write_text(f"encoder:\n  model_path: {tmp_path / 'gone'}\n", encoding="utf-8")
    done = run_python("-m", "factkit", "config", "validate", str(cfg))
    assert (done.returncode, done.stderr.strip()) == (
        2,
        f"factkit: error: {cfg}: encoder.model_path: no folder at {tmp_path / 'gone'}",
    )
    (tmp_path / "gone").mkdir()  # a folder there: what validate reads is the path alone
    cfg.write_text(
        f"encoder:\n  model_path: {tmp_path / 'gone'}\nclaims:\n  attribution:\n"
        f"    cues_file: {cfg}\n",
        encoding="utf-8",
    )
    assert missing_path(load_config(cfg)) is None
    assert missing_path(load_config(cfg, ["checkworthiness.model_path=nope.json"])) == (
        "--set: checkworthiness.model_path: no file at nope.json"
    )


def test_a_seq2seq_model_folder_without_a_checkpoint_is_named(tmp_path: Path) -> None:
    # validate said "ok" of model: /nonexistent/model, and summarize then refused it
    cfg = tmp_path / "s.yaml"
    gone = tmp_path / "gone"
    cfg.write_text(f"summarizer:\n  kind: seq2seq\n  seq2seq:\n    model: {gone}\n", "utf-8")
    assert missing_path(load_config(cfg)) == (
        f"{cfg}: summarizer.seq2seq.model: no model folder at {gone} (expected config.json there)"
    )
    gone.mkdir()  # a folder, but no checkpoint in it: the run refuses it too
    assert missing_path(load_config(cfg)) is not None
    (gone / "config.json").write_text("{}", "utf-8")
    assert missing_path(load_config(cfg)) is None
    # a hub name the run may download is no path; an unused model (the extractive summarizer)
    # is not read
    download = [
        "summarizer.seq2seq.model=org/some-model",
        "summarizer.seq2seq.local_files_only=false",
    ]
    assert missing_path(load_config(cfg, download)) is None
    assert missing_path(load_config(cfg, ["summarizer.kind=extractive"])) is None


@pytest.mark.parametrize(
    ("model", "is_folder"),
    [("./models/t5", True), ("/models/t5", True), ("~/t5", True), ("facebook/bart", False)],
)
def test_names_a_folder_tells_paths_from_hub_names(model: str, is_folder: bool) -> None:
    assert names_a_folder(model) is is_folder


def test_a_seq2seq_hub_name_missing_from_the_cache_is_named(tmp_path: Path) -> None:
    # validate said "ok" of a hub name the offline run (local_files_only) cannot find
    cache = tmp_path / "hub"
    sets = [
        "summarizer.kind=seq2seq",
        "summarizer.seq2seq.model=newsroom/tiny-bart",
        f"summarizer.seq2seq.cache_dir={cache}",
    ]
    assert missing_path(load_config(None, sets)) == (
        "--set: summarizer.seq2seq.model: 'newsroom/tiny-bart' is not in the Hugging Face cache "
        f"{cache} (name a local folder, or set summarizer.seq2seq.local_files_only: false to "
        "download it)"
    )
    # the cache's layout for a downloaded checkpoint: refs/main names its snapshot
    repo = cache / "models--newsroom--tiny-bart"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text("0" * 40, "utf-8")
    (repo / "snapshots" / ("0" * 40)).mkdir(parents=True)
    (repo / "snapshots" / ("0" * 40) / "config.json").write_text("{}", "utf-8")
    assert missing_path(load_config(None, sets)) is None
