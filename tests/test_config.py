"""Config files: packaged defaults, validation errors naming file and field, dotted overrides."""

from __future__ import annotations

import codecs
import io
import pickle
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from factkit.config import (
    REQUEST_SETTINGS,
    Config,
    load_config,
    packaged_default_text,
    render_default_yaml,
    request_setting_problem,
    with_overrides,
)
from factkit.config_sources import name_source
from factkit.enums import BatchEngine, OutputFormat
from factkit.errors import ConfigError, ModelLoadError

ROOT = Path(__file__).resolve().parent.parent


def test_default_yaml_files_are_generated_from_the_models() -> None:
    expected = render_default_yaml()
    assert (ROOT / "configs" / "default.yaml").read_text(encoding="utf-8") == expected
    assert packaged_default_text() == expected


def test_default_yaml_round_trips_to_model_defaults() -> None:
    assert Config.model_validate(yaml.safe_load(render_default_yaml())) == Config()
    assert load_config() == Config()


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


def test_invalid_yaml_reports_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("splitter:\n  max_len: [1,\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"x\.yaml: invalid YAML \(line \d+\)"):
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


def test_seq2seq_kind_requires_a_model() -> None:
    with pytest.raises(ConfigError, match=r"summarizer: .*seq2seq\.model is not set"):
        load_config(overrides=["summarizer.kind=seq2seq"])


def test_filled_config_dump_reloads_identically(tmp_path: Path) -> None:
    cfg = load_config(overrides=["encoder.batch_size=8"])
    f = tmp_path / "filled.yaml"
    f.write_text(cfg.to_yaml(), encoding="utf-8")
    assert load_config(f) == cfg


def test_engine_and_format_are_the_vocabularies() -> None:
    cfg = load_config(overrides=["batch.engine=dask", "render.format=html"])
    assert cfg.batch.engine is BatchEngine.DASK and cfg.render.format is OutputFormat.HTML
    dumped = cfg.to_yaml()
    assert "  engine: dask\n" in dumped and "  format: html\n" in dumped
    assert "engine: local" in render_default_yaml()  # plain words, no Python tags


def test_unknown_engine_names_the_field_and_choices() -> None:
    with pytest.raises(ConfigError) as info:
        load_config(overrides=["batch.engine=threads"])
    message = str(info.value)
    assert "batch.engine" in message and "'local', 'dask' or 'serial'" in message


def test_candidate_sentences_is_a_count_checked_on_load(tmp_path: Path) -> None:
    """verify.candidate_sentences (article sentences encoded per summary sentence) takes 0 (all)
    or more; anything else is one line naming the file and the field."""
    assert load_config(overrides=["verify.candidate_sentences=0"]).verify.candidate_sentences == 0
    bad = tmp_path / "k.yaml"
    bad.write_text("verify:\n  candidate_sentences: -3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(bad)
    assert str(err.value) == (
        f"{bad}: verify.candidate_sentences: Input should be greater than or equal to 0"
    )
    with pytest.raises(ConfigError, match=r"^--set: verify\.candidate_sentences: .*integer"):
        load_config(overrides=["verify.candidate_sentences=many"])


def test_yaml_nested_too_deeply_is_one_line(tmp_path: Path) -> None:
    # yaml.safe_load raised RecursionError: a traceback from --config and from --set
    f = tmp_path / "deep.yaml"
    f.write_text("a: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"deep\.yaml: invalid YAML: nested too deeply"):
        load_config(f)
    why = r"^--set splitter\.max_len: invalid YAML value: nested too deeply$"
    with pytest.raises(ConfigError, match=why):
        load_config(overrides=["splitter.max_len=" + "[" * 50_000 + "]" * 50_000])


def test_a_duplicate_key_names_the_file_key_and_line(tmp_path: Path) -> None:
    # yaml.safe_load keeps the last of two equal keys without a word
    f = tmp_path / "dup.yaml"
    f.write_text("summarizer:\n  sentences: 2\n  words: 40\n  sentences: 5\n", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"^.*dup\.yaml: invalid YAML \(line 4\): duplicate key 'sentences'$"
    ):
        load_config(f)
    f.write_text("splitter:\n  max_len: 1\nsplitter:\n  max_len: 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\(line 3\): duplicate key 'splitter'"):
        load_config(f)
    with pytest.raises(ConfigError, match=r"^--set summarizer: invalid YAML value: duplicate key"):
        load_config(overrides=["summarizer={sentences: 1, sentences: 2}"])
    # a YAML merge key is not a duplicate: the mapping's own key overrides the merged one
    f.write_text(
        "base: &b {sentences: 2}\nsummarizer:\n  <<: *b\n  sentences: 4\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"base: unknown key"):  # parsed, then validated
        load_config(f)


@pytest.mark.parametrize(
    ("setting", "value", "field"),
    [
        ("summarizer", "{sentences: true}", "summarizer.sentences"),  # was read as 1
        ("summarizer", "{words: 40.7}", "summarizer.words"),
        ("splitter", "{max_len: '400'}", "splitter.max_len"),
        ("claims", "{enabled: 1}", "claims.enabled"),
        ("verify", "{min_similarity: true}", "verify.min_similarity"),
        ("encoder", "{model_path: [a]}", "encoder.model_path"),
    ],
)
def test_a_value_of_the_wrong_type_is_an_error_naming_the_field(
    tmp_path: Path, setting: str, value: str, field: str
) -> None:
    f = tmp_path / "c.yaml"
    f.write_text(f"{setting}: {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"c\.yaml: {re.escape(field)}: Input should"):
        load_config(f)


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


def _leaf_settings(model: type[BaseModel] = Config, prefix: str = "") -> dict[str, Any]:
    """Every dotted leaf setting of the config, with its type."""
    leaves: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        kind = field.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            leaves.update(_leaf_settings(kind, f"{prefix}{name}."))
        else:
            leaves[prefix + name] = kind
    return leaves


def test_request_settings_are_settings_and_none_names_a_place() -> None:
    # the desk's config_overrides: a request may not say where anything is loaded from or written
    leaves = _leaf_settings()
    assert set(REQUEST_SETTINGS) <= set(leaves)
    for key in REQUEST_SETTINGS:
        assert not re.search(r"path|file|dir|model$|local_files|device|threads", key), key
        assert leaves[key] not in (str, str | None), f"{key}: a text setting may name a path"
    assert request_setting_problem("verify.threshold") is None
    assert request_setting_problem("encoder.model_path") == (
        "can be set only in the server's config (factkit serve --config or --set)"
    )
    assert request_setting_problem("summarizer") is not None  # a whole section, paths inside
    assert request_setting_problem("nope.x") == "unknown key"


def test_readme_lists_the_request_settings() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("(`factkit.config.REQUEST_SETTINGS`)", 1)[1].split("\n\n")[1]
    listed: set[str] = set()
    for section, names in re.findall(r"`([a-z0-9_.]+)`: ([a-z_, \n]+)", block):
        if section == "verify":  # "every setting but max_sentence_chars"
            continue
        listed |= {f"{section}.{name.strip()}" for name in names.split(",") if name.strip()}
    but = re.search(r"`verify`: every setting but (\w+)", block)
    assert but is not None
    listed |= {k for k in _leaf_settings() if k.startswith("verify.")} - {f"verify.{but[1]}"}
    assert listed == set(REQUEST_SETTINGS)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2021-13-45", "month must be in 1..12"),
        (
            "9" * 5000,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits",
        ),
    ],
)
def test_a_yaml_value_its_type_cannot_hold_is_one_line(
    tmp_path: Path, value: str, why: str
) -> None:
    # PyYAML raises ValueError for these, and `factkit config validate` ended in a traceback
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"splitter:\n  extra_abbreviations: [{value}]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(cfg)
    assert str(err.value) == f"{cfg}: invalid YAML: a value cannot be read ({why})"
    with pytest.raises(ConfigError) as err:
        load_config(None, [f"splitter.extra_abbreviations=[{value}]"])
    assert str(err.value) == (
        f"--set splitter.extra_abbreviations: invalid YAML value: a value cannot be read ({why})"
    )


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


def _float_settings(model: type[BaseModel], prefix: str = "") -> list[str]:
    """The dotted name of every setting that takes a float, section by section."""
    found: list[str] = []
    for name, field in model.model_fields.items():
        kind = field.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            found += _float_settings(kind, f"{prefix}{name}.")
        elif kind is float or float in getattr(kind, "__args__", ()):
            found.append(prefix + name)
    return found


def test_no_float_setting_takes_nan_or_inf(tmp_path: Path) -> None:
    # summarizer.ratio=.nan said "should be <= 1"; an unbounded weight took .inf silently
    settings = _float_settings(Config)
    assert {"summarizer.ratio", "verify.threshold", "summarizer.extractive.position_weight"} <= set(
        settings
    )
    for setting in settings:
        for value in (".nan", ".inf", "-.inf"):
            why = rf"^--set: {re.escape(setting)}: Input should be a finite number$"
            with pytest.raises(ConfigError, match=why):
                load_config(overrides=[f"{setting}={value}"])
    path = tmp_path / "nan.yaml"
    path.write_text("verify:\n  number_tolerance: .nan\n", "utf-8")
    with pytest.raises(ConfigError, match=r"nan\.yaml: verify\.number_tolerance: .* finite"):
        load_config(path)
