"""Config loading: packaged defaults < file < dotted overrides, errors naming file and field,
where each setting came from."""

from __future__ import annotations

import codecs
import io
import pickle
import re
import sys
from pathlib import Path

import pytest
import yaml

from factkit.config import (
    Config,
    load_config,
    with_overrides,
)
from factkit.config_sources import name_source
from factkit.enums import BatchEngine, OutputFormat
from factkit.errors import ConfigError, ModelLoadError

ROOT = Path(__file__).resolve().parent.parent


def test_every_shipped_config_validates() -> None:
    for path in sorted((ROOT / "configs").glob("*.yaml")):
        cfg = load_config(path)
        assert isinstance(cfg, Config), path


def test_unknown_key_names_file_and_dotted_field(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("splitter:\n  max_lenn: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(bad)
    assert str(err.value) == f"{bad}: splitter.max_lenn: unknown key"


def test_bad_value_names_field_and_reason(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("splitter:\n  max_len: -4\n", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"x\.yaml: splitter\.max_len: .*greater than or equal to 0"
    ):
        load_config(bad)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.yaml")


def test_overrides_beat_file_and_parse_yaml_values(tmp_path: Path) -> None:
    f = tmp_path / "c.yaml"
    f.write_text("splitter:\n  max_len: 100\nsummarizer:\n  sentences: 2\n", encoding="utf-8")
    cfg = load_config(
        f, ["splitter.max_len=400", "summarizer.enabled=false", "verify.enabled=auto"]
    )
    assert cfg.splitter.max_len == 400
    assert cfg.summarizer.sentences == 2  # from the file, untouched
    assert cfg.summarizer.enabled is False
    assert cfg.verify.enabled == "auto"


def test_override_errors_are_one_line() -> None:
    with pytest.raises(ConfigError, match=r"^--set: claims\.bogus: unknown key$"):
        load_config(overrides=["claims.bogus=1"])
    with pytest.raises(ConfigError, match="expected KEY=VALUE"):
        load_config(overrides=["claims.enabled"])


def test_a_bad_override_is_blamed_on_set_not_on_the_config_file(tmp_path: Path) -> None:
    # --config good.yaml --set splitter.max_len=-1 said "good.yaml: splitter.max_len: ..."
    good = tmp_path / "good.yaml"
    good.write_text("summarizer:\n  sentences: 2\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("splitter:\n  max_len: -5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^--set: splitter\.max_len: Input should be greater"):
        load_config(good, ["splitter.max_len=-1"])
    with pytest.raises(ConfigError, match=rf"^{bad}: splitter\.max_len: Input should be greater"):
        load_config(bad, ["summarizer.sentences=2"])
    assert load_config(bad, ["splitter.max_len=3"]).splitter.max_len == 3  # the override mends it


def test_filled_config_dump_reloads_identically(tmp_path: Path) -> None:
    cfg = load_config(overrides=["encoder.batch_size=8"])
    f = tmp_path / "filled.yaml"
    f.write_text(cfg.to_yaml(), encoding="utf-8")
    assert load_config(f) == cfg


def test_typed_values_still_load_from_files_and_set(tmp_path: Path) -> None:
    f = tmp_path / "c.yaml"
    f.write_text(
        "render: {format: json}\nbatch: {engine: serial}\nverify: {min_similarity: 1}\n",
        encoding="utf-8",
    )
    cfg = load_config(f, ["summarizer.sentences=4", "verify.threshold=0.5", "verify.enabled=auto"])
    assert cfg.render.format is OutputFormat.JSON and cfg.batch.engine is BatchEngine.SERIAL
    assert cfg.verify.min_similarity == 1.0  # an int where a float is wanted is fine
    assert cfg.summarizer.sentences == 4 and cfg.verify.threshold == 0.5
    with pytest.raises(ConfigError, match=r"^--set: summarizer\.sentences: Input should be"):
        load_config(overrides=["summarizer.sentences=three"])


def test_a_number_given_with_set_to_a_text_setting_is_its_text() -> None:
    # --set values are typed as YAML: revision=0123 was the number 83, model_path=2024 an int
    # that the text field refused
    cfg = load_config(
        overrides=[
            "summarizer.seq2seq.revision=0123",
            "encoder.model_path=2024",
            "summarizer.sentences=2",
            "verify.enabled=true",
        ]
    )
    assert cfg.summarizer.seq2seq.revision == "0123" and cfg.encoder.model_path == "2024"
    assert cfg.summarizer.sentences == 2 and cfg.verify.enabled is True


@pytest.mark.parametrize(
    ("data", "why"),
    [
        # a config saved as "Unicode" by Windows Notepad read "'utf-8' codec can't decode ..."
        ("splitter:\n  max_len: 400\n".encode("utf-16"), None),
        ("splitter:\n  max_len: 400\n".encode("utf-16-be"), "a NUL byte"),
        (b"splitter:\n  max_len: 400 # caf\xe9\n", r"not valid UTF-8 \(byte 0xe9 at offset 30\)"),
        (b"\x00\x01\x02", "a NUL byte"),  # read "invalid YAML: invalid YAML"
        # UTF-32 was read as UTF-16 (LE: 'invalid YAML ... special characters are not allowed')
        # or as a NUL byte (BE); either is named for what it is
        ("splitter:\n  max_len: 400\n".encode("utf-32"), "UTF-32 by its byte-order mark"),
        ("splitter:\n  max_len: 400\n".encode("utf-32-be"), "a NUL byte"),
        (codecs.BOM_UTF32_BE + "a: 1\n".encode("utf-32-be"), "UTF-32 by its byte-order mark"),
        (b"splitter: \x07\n", r"invalid YAML \(line 1\): .*#x0007"),
    ],
)
def test_a_config_file_is_read_as_articles_are(
    tmp_path: Path, data: bytes, why: str | None
) -> None:
    f = tmp_path / "c.yaml"
    f.write_bytes(data)
    if why is None:
        assert load_config(f).splitter.max_len == 400
        return
    with pytest.raises(ConfigError) as err:
        load_config(f)
    message = str(err.value)
    assert re.search(f"^{re.escape(str(f))}: .*{why}", message) and "\n" not in message
    assert "codec" not in message and "invalid YAML: invalid YAML" not in message


def test_a_dash_path_reads_the_config_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    # "-" is stdin for the article readers; the config reader took it for a file named "-"
    data = io.BytesIO(b"\xef\xbb\xbfsplitter:\n  max_len: 321\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(data, encoding="utf-8"))
    assert load_config("-").splitter.max_len == 321


def test_with_overrides_is_load_config_with_the_overrides_after(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("splitter:\n  max_len: 300\nsummarizer:\n  enabled: false\n", "utf-8")
    base = ["claims.enabled=false"]
    extra = ["splitter.max_len=900", "summarizer.seq2seq.revision=0123"]
    started = load_config(path, base)
    assert with_overrides(started, extra) == load_config(path, [*base, *extra])
    assert with_overrides(started, extra).summarizer.seq2seq.revision == "0123"  # text as typed
    assert with_overrides(started, []) is started
    with pytest.raises(ConfigError, match=r"^--set: splitter\.max_len: "):
        with_overrides(started, ["splitter.max_len=-1"])


def test_the_packaged_defaults_are_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # the API's config=None loaded them on every call: the YAML parse was a fifth of the time
    # of factkit.verify over CNN/DM articles
    load_config()

    def parse_again(*args: object, **kwargs: object) -> None:
        raise AssertionError("the packaged defaults were parsed again")

    monkeypatch.setattr(yaml, "safe_load", parse_again)
    assert load_config(overrides=["splitter.max_len=321"]).splitter.max_len == 321
    # an override changes that config only, never the defaults kept for the next
    assert load_config().splitter.max_len != 321


def test_the_loader_records_where_each_setting_came_from(tmp_path: Path) -> None:
    # a model that did not load named the setting, never the file (or --set) that gave it
    path = tmp_path / "x.yaml"
    path.write_text("encoder:\n  model_path: /x\nsplitter:\n  max_len: 300\n", encoding="utf-8")
    cfg = load_config(path, ["splitter.max_len=400"])
    assert cfg.sources == {"encoder.model_path": str(path), "splitter.max_len": "--set"}
    missing = ModelLoadError("/x: no such folder", setting="encoder.model_path")
    assert name_source(cfg.sources, missing) == f"{path}: encoder.model_path: /x: no such folder"
    gone = ModelLoadError("/y: gone", setting="checkworthiness.model_path")
    assert (
        name_source(cfg.sources, gone) == "<default config>: checkworthiness.model_path: /y: gone"
    )
    packaged = ModelLoadError("w.json: not a weights file")  # no setting chose it
    assert name_source(cfg.sources, packaged) == "w.json: not a weights file"
    moved = with_overrides(cfg, ["encoder={model_path: /z}"])  # a section given whole
    assert name_source(moved.sources, missing) == "--set: encoder.model_path: /x: no such folder"
    assert name_source(Config().sources, missing) == "encoder.model_path: /x: no such folder"
    assert cfg == Config.model_validate(cfg.model_dump())  # the settings alone compare


def test_the_source_is_named_from_the_errors_setting_not_its_wording(tmp_path: Path) -> None:
    # the setting was found by a regex on the message: a reworded message (the setting not
    # first, or a line that only looks like one) named no file, or the wrong one
    path = tmp_path / "x.yaml"
    path.write_text("encoder:\n  model_path: /x\n", encoding="utf-8")
    cfg = load_config(path)
    error = ModelLoadError(
        "the model folder /x (encoder.model_path) is gone", setting="encoder.model_path"
    )
    assert str(error) == "encoder.model_path: the model folder /x (encoder.model_path) is gone"
    assert name_source(cfg.sources, error).startswith(f"{path}: encoder.model_path: the model")
    looks_like = ModelLoadError("encoder.model_path: /x: from a packaged file's text")
    assert name_source(cfg.sources, looks_like) == str(looks_like)
    copied = pickle.loads(pickle.dumps(error))  # into and out of a worker process
    assert (copied.setting, str(copied)) == (error.setting, str(error))
