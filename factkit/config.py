"""Config files: YAML validated by pydantic models (unknown keys are errors).

Precedence: the packaged ``default.yaml`` < the user's ``--config`` file < ``--set a.b=v``
overrides. ``load_config`` returns a fully filled, validated :class:`Config`; every error is one
line ``<file>: <dotted.field>: <reason>``.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from enum import Enum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator
from pydantic.fields import FieldInfo

from factkit.config_sources import DEFAULT_SOURCE, dotted_keys, set_by_overrides
from factkit.config_text import config_text
from factkit.enums import BatchEngine, OutputFormat
from factkit.errors import ConfigError, input_name


class _Section(BaseModel):
    # strict: `sentences: true` is not 1, `max_len: '400'` not 400, `enabled: 1` not True -- a
    # value of the wrong type is an error naming the field. YAML (files and --set) already types
    # numbers and booleans, and an int is still taken where a float is wanted. No float setting
    # means anything at nan or inf (YAML's .nan, .inf): refused as "should be a finite number".
    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, strict=True, allow_inf_nan=False
    )


class IngestConfig(_Section):
    metadata_line: bool = Field(
        True, description="Parse a leading ' date YYYY-MM-DD Section' line into date/section."
    )
    html_extractor: Literal["trafilatura"] = Field(
        "trafilatura", description="Main-text extractor for .html/.htm inputs."
    )
    max_chars: int = Field(
        20_000_000,
        ge=1,
        description="Refuse an article longer than this many characters: one clear error line "
        "instead of a run of minutes (the analysis time grows linearly with length).",
    )


class SplitterConfig(_Section):
    language: Literal["english"] = Field("english", description="Punkt parameters to load.")
    max_len: int = Field(
        0, ge=0, description="Cut sentences longer than this many characters (0 = never cut)."
    )
    classify_segments: bool = Field(
        True, description="Tag non-body segments (dateline, heading, caption, credit, embed)."
    )
    heading_max_words: int = Field(
        10,
        ge=1,
        description="A line without final punctuation and at most this many words is a heading.",
    )
    extra_abbreviations: list[str] = Field(
        default_factory=list, description="More abbreviations (lower case, no final dot)."
    )
    runon_boundaries: bool = Field(
        True,
        description="Cut run-on sentences (photo captions glued to the next sentence with no "
        "full stop) where the packaged run-on model (factkit/models/runon_splitter.json) finds a "
        "sentence boundary between two words.",
    )


class EncoderConfig(_Section):
    model_path: str | None = Field(
        None, description="Folder of a sentence-embedding model; null = packaged all-MiniLM-L6-v2."
    )
    threads: int = Field(
        0,
        ge=0,
        description="torch intra-op threads, set for the whole process (0 = leave torch's "
        "default, one per core). On an idle 2-core machine 2 threads encode 1.7x faster than 1; "
        "on busy cores extra threads spin-wait (2-5x the wall time of 1), so set 1 there. "
        "Batch and desk workers use 1 unless this is set.",
    )
    batch_size: int = Field(
        4,
        ge=1,
        description="Sentences per forward pass (length-sorted). 4 pads fewer tokens than 8 and "
        "encodes ~15% faster; int8 quantization makes a vector depend on its batch-mates, and the "
        "packaged verifier models are fitted at 4, so another value moves scores slightly.",
    )
    max_tokens: int = Field(
        128, ge=8, le=512, description="Truncate each sentence to this many tokens."
    )
    quantize: bool = Field(
        True, description="int8 dynamic quantization of the Linear layers (CPU)."
    )


class ExtractiveConfig(_Section):
    ranker: Literal["learned", "centroid"] = Field(
        "learned",
        description="learned: packaged linear sentence scorer (factkit/models/summary_ranker.json);"
        " centroid: the weighted centroid + position formula below.",
    )
    selection: Literal["trigram_blocking", "mmr"] = Field(
        "trigram_blocking",
        description="How sentences are picked from the ranking: skip ones repeating a word "
        "trigram of a picked sentence, or MMR with mmr_lambda.",
    )
    centrality_weight: float = Field(
        1.0, ge=0, description="centroid ranker: weight of cosine similarity to the centroid."
    )
    position_weight: float = Field(0.7, ge=0, description="Weight of the lead/position prior.")
    position_tau: float = Field(5.0, gt=0, description="Decay of the position prior: exp(-i/tau).")
    first_weight: float = Field(
        -0.15, description="Added to the first body sentence's score (reshapes the prior there)."
    )
    mmr_lambda: float = Field(
        0.6, ge=0, le=1, description="MMR trade-off: 1 = relevance only, lower = more diversity."
    )
    min_words: int = Field(5, ge=0, description="Skip body sentences shorter than this many words.")
    max_candidates: int = Field(
        10, ge=1, description="Only the first N body sentences are embedded and may be picked."
    )
    max_similarity: float | None = Field(
        None,
        ge=-1,
        le=1,
        description="Two summary sentences with a MiniLM cosine above this say the same thing; "
        "only one is kept (null = the threshold stored with the learned ranker).",
    )


class Seq2SeqConfig(_Section):
    model: str | None = Field(None, description="Hub name or local folder of a seq2seq checkpoint.")
    revision: str | None = Field(None, description="Hub revision (branch, tag or commit).")
    local_files_only: bool = Field(
        True, description="Never contact the hub; use local/cached files."
    )
    cache_dir: str | None = Field(
        None, description="Hugging Face cache folder (null = HF default)."
    )
    device: Literal["auto", "cpu", "cuda", "mps"] = "auto"
    dtype: Literal["auto", "float32", "float16", "bfloat16"] = "auto"
    num_beams: int = Field(4, ge=1)
    min_length: int = Field(20, ge=0, description="Minimum generated tokens per summary.")
    max_length: int = Field(142, ge=1, description="Maximum generated tokens per summary.")
    no_repeat_ngram_size: int = Field(3, ge=0)
    batch_size: int = Field(4, ge=1, description="Chunks per generate() call.")
    max_input_tokens: int | None = Field(
        None, ge=16, description="Chunk size in tokens (null = the model's maximum input length)."
    )
    prefix: str | None = Field(
        None, description="Input prefix (null = 'summarize: ' for T5 models)."
    )


class SummarizerConfig(_Section):
    enabled: bool = True
    kind: Literal["extractive", "seq2seq"] = Field(
        "extractive", description="Which summarizer runs."
    )
    sentences: int | None = Field(3, ge=1, description="Summary length in sentences.")
    words: int | None = Field(
        None, ge=1, description="Summary length in words (overrides sentences)."
    )
    ratio: float | None = Field(
        None,
        gt=0,
        le=1,
        description="Summary length as a share of body sentences (overrides both).",
    )
    max_chars: int | None = Field(
        None,
        ge=1,
        description="At most this many characters (extractive: the last sentence is cut at a "
        "clause or word boundary when even one whole sentence is too long).",
    )
    extractive: ExtractiveConfig = Field(default_factory=ExtractiveConfig)
    seq2seq: Seq2SeqConfig = Field(default_factory=Seq2SeqConfig)

    @model_validator(mode="after")
    def _seq2seq_needs_model(self) -> SummarizerConfig:
        if self.enabled and self.kind == "seq2seq" and not self.seq2seq.model:
            raise ValueError("kind is 'seq2seq' but summarizer.seq2seq.model is not set")
        return self


class QuantitiesConfig(_Section):
    enabled: bool = True
    count_nouns_as_units: bool = Field(
        True, description="Use the counted noun as the unit ('183 deaths' -> unit 'deaths')."
    )


class AttributionConfig(_Section):
    enabled: bool = True
    cues_file: str | None = Field(
        None, description="Reporting-cue lexicon (one cue per line); null = packaged list."
    )
    resolve_speakers: bool = Field(
        True, description="Resolve pronouns/descriptions to named speakers."
    )
    min_quote_words: int = Field(3, ge=1, description="Shorter quoted strings are not quotes.")


class TimesConfig(_Section):
    enabled: bool = True


class ScoringConfig(_Section):
    learned_weight: float = Field(
        0.6,
        ge=0,
        le=1,
        description="Share of the learned check-worthiness model in a claim's score.",
    )
    min_score: float = Field(0.0, ge=0, le=1, description="Drop claims scoring below this.")


class ClaimsConfig(_Section):
    enabled: bool = True
    quantities: QuantitiesConfig = Field(default_factory=QuantitiesConfig)
    attribution: AttributionConfig = Field(default_factory=AttributionConfig)
    times: TimesConfig = Field(default_factory=TimesConfig)
    scoring: ScoringConfig = Field(default_factory=ScoringConfig)


class CheckworthinessConfig(_Section):
    enabled: bool = Field(True, description="Use the learned model (needs the sentence encoder).")
    model_path: str | None = Field(None, description="Weights JSON; null = the packaged model.")


class VerifyConfig(_Section):
    enabled: bool | Literal["auto"] = Field(
        "auto",
        description="Check the summary against the article ('auto' = for seq2seq summaries).",
    )
    split_runons: bool = Field(
        False,
        description="Where the verifier splits the article itself (factkit verify, the verify() "
        "API, scripts/eval_verify.py), read it and the summary with splitter.runon_boundaries as "
        "set; off = without the run-on cuts, as the decision layer was fitted (the cuts moved its "
        "dev false alarms up). factkit run verifies on the report's own split, so that support "
        "links point at the report's sentences.",
    )
    top_k: int = Field(3, ge=1, description="Source sentences aligned to each summary sentence.")
    candidate_sentences: int = Field(
        4,
        ge=0,
        description="Article sentences encoded per summary sentence: the best by shared words, "
        "names and numbers (BM25-like). Fewer encode faster; 0 = encode every body sentence. "
        "The default is the smallest whose dev figures match encoding every sentence.",
    )
    min_similarity: float = Field(
        0.35, ge=-1, le=1, description="Below this best similarity a sentence has no support."
    )
    number_tolerance: float = Field(
        0.01, ge=0, description="Relative difference within which two numbers match (rounding)."
    )
    context_margin: float = Field(
        0.15,
        ge=0,
        le=2,
        description="A number or name found outside the top-k supports still counts when its "
        "sentence is this close to the best support's similarity.",
    )
    similarity_weight: float = Field(
        0.5,
        ge=0,
        description="Alignment score of an article sentence = IDF-weighted share of the summary "
        "sentence's content words it holds + this weight x MiniLM similarity.",
    )
    number_context_words: int = Field(
        3, ge=1, description="Content words on each side of a number that describe its slot."
    )
    number_context_weight: float = Field(
        1.0,
        ge=0,
        description="Weight of shared neighbouring words (and half of it for the same unit) when "
        "finding the article number in a summary number's slot.",
    )
    number_slack: float = Field(
        0.15,
        ge=0,
        description="An article number of the summary's value counts when its slot score is "
        "this close to the best-fitting article number's.",
    )
    name_slack: float = Field(
        0.3,
        ge=0,
        description="A different article name that fits a summary name's slot (sentence "
        "alignment + shared neighbouring words) by more than this makes it a swapped name.",
    )
    name_min_shared: int = Field(
        2,
        ge=1,
        description="A rival name must share this many neighbouring content words with the "
        "summary name (or all of them, when the summary name has fewer).",
    )
    name_rival_sentences: int = Field(
        1, ge=1, description="Rival names are looked for in this many best supporting sentences."
    )
    antecedent_sentences: int = Field(
        2,
        ge=0,
        description="A name also counts as in the support when it is this many sentences before "
        "a supporting sentence (which may say 'he' or 'the group').",
    )
    following_sentences: int = Field(
        0,
        ge=0,
        description="... and this many sentences after it (a summary may name someone the "
        "supporting sentence only describes, when the article names them just after).",
    )
    speaker_content_similarity: float = Field(
        0.5,
        ge=0,
        le=1,
        description="A summary's attributed statement is compared with the article attribution "
        "holding this share of its content words (or more).",
    )
    strict_qualifiers: bool = Field(
        False,
        description="Report a dropped 'at least'/'up to' as number_mismatch (default: a note).",
    )
    decision: bool = Field(
        True,
        description="Decide name and number slots with the packaged logistic layer over the "
        "verifier's evidence (factkit/models/verify_decision.json); false = the plain rules.",
    )
    name_threshold: float | None = Field(
        None,
        gt=0,
        lt=1,
        description="Flag a name when the decision layer's probability that it is wrong exceeds "
        "this (null = the packaged model's). Lower catches more swapped names and raises more "
        "false alarms; scripts/eval_verify.py measures both.",
    )
    number_threshold: float | None = Field(
        None,
        gt=0,
        lt=1,
        description="The same for numbers whose value the article gives in another context.",
    )
    threshold: float | None = Field(
        None,
        gt=0,
        lt=1,
        description="A summary sentence with a reason is unsupported when its calibrated score "
        "(probability that it is unsupported) is at least this; below it its reasons are "
        "reported as notes (null = the threshold chosen on dev data with the packaged score "
        "model, factkit/models/verify_score.json). Higher raises fewer false alarms and catches "
        "fewer errors (README trade-off table).",
    )
    boilerplate_unsupported: bool = Field(
        False,
        description="Make boilerplate lines ('CLICK HERE for ...', 'READ MORE') unsupported "
        "(default: reported as a boilerplate note, the sentence stays supported).",
    )
    max_sentence_chars: int = Field(
        2000,
        ge=0,
        description="Check a summary sentence longer than this many characters in pieces of at "
        "most this many, cut at a comma or space as splitter.max_len cuts (0 = never cut). "
        "Checking one sentence takes time growing with the square of its numbers and words; the "
        "longest CNN/DM article sentence has about 1,000 characters.",
    )


class RenderConfig(_Section):
    format: OutputFormat = Field(
        OutputFormat.MARKDOWN,
        strict=False,  # YAML gives the value as a string
        description="Report format of `factkit claims` and `factkit run` when --format is not "
        "given (claims: markdown, json, csv; run: markdown, json, html).",
    )


class BatchConfig(_Section):
    engine: BatchEngine = Field(
        BatchEngine.LOCAL,
        strict=False,  # YAML gives the value as a string
        description="local = process pool, dask = dask.distributed, serial = in-process (debug).",
    )
    workers: int | None = Field(None, ge=1, description="Worker processes (null = CPU count).")
    scheduler: str | None = Field(None, description="Dask scheduler address (null = LocalCluster).")
    ordered: bool = Field(
        False, description="Write results in input order (default: as they finish)."
    )
    max_in_flight: int = Field(64, ge=1, description="Documents queued per worker at most.")
    fsync_every: int = Field(32, ge=1, description="Flush and fsync the output every N records.")
    chunk_size: int = Field(
        32, ge=1, description="Documents per Dask task (fewer scheduler round trips per document)."
    )
    extensions: list[str] = Field(
        default_factory=lambda: [".txt", ".md", ".html", ".htm", ".json", ".jsonl"],
        description="File extensions picked up when an input is a folder.",
    )


class Config(_Section):
    ingest: IngestConfig = Field(default_factory=IngestConfig)
    splitter: SplitterConfig = Field(default_factory=SplitterConfig)
    encoder: EncoderConfig = Field(default_factory=EncoderConfig)
    summarizer: SummarizerConfig = Field(default_factory=SummarizerConfig)
    claims: ClaimsConfig = Field(default_factory=ClaimsConfig)
    checkworthiness: CheckworthinessConfig = Field(default_factory=CheckworthinessConfig)
    verify: VerifyConfig = Field(default_factory=VerifyConfig)
    render: RenderConfig = Field(default_factory=RenderConfig)
    batch: BatchConfig = Field(default_factory=BatchConfig)

    _sources: dict[str, str] | None = PrivateAttr(default=None)  # see sources

    def __eq__(self, other: object) -> bool:  # the settings alone, not where they were read
        return isinstance(other, Config) and self.__dict__ == other.__dict__

    @property
    def sources(self) -> dict[str, str] | None:
        """Setting -> the file or ``--set`` that gave it; None if load_config did not make it."""
        return None if self._sources is None else dict(self._sources)

    def verify_splitter(self) -> SplitterConfig:
        """The splitter settings the verifier reads an article and a summary with."""
        if self.verify.split_runons or not self.splitter.runon_boundaries:
            return self.splitter
        return self.splitter.model_copy(update={"runon_boundaries": False})

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.model_dump(mode="json"), sort_keys=False, allow_unicode=True)


# The settings one request to the review desk may change (its ``config_overrides``): how an
# article is read, split, summarised, scored and checked. Never where anything is loaded from or
# written to (model names and paths, cue files, caches, local_files_only), nor what protects the
# server (size limits, threads, devices, batch sizes, beams): those only the server's own config
# sets. Listed leaf by leaf, so a setting added later is refused until it is judged here.
REQUEST_SETTINGS: tuple[str, ...] = (
    "ingest.metadata_line",
    "splitter.max_len",
    "splitter.classify_segments",
    "splitter.heading_max_words",
    "splitter.extra_abbreviations",
    "splitter.runon_boundaries",
    "summarizer.enabled",
    "summarizer.kind",
    "summarizer.sentences",
    "summarizer.words",
    "summarizer.ratio",
    "summarizer.max_chars",
    "summarizer.extractive.ranker",
    "summarizer.extractive.selection",
    "summarizer.extractive.centrality_weight",
    "summarizer.extractive.position_weight",
    "summarizer.extractive.position_tau",
    "summarizer.extractive.first_weight",
    "summarizer.extractive.mmr_lambda",
    "summarizer.extractive.min_words",
    "summarizer.extractive.max_candidates",
    "summarizer.extractive.max_similarity",
    "summarizer.seq2seq.min_length",
    "summarizer.seq2seq.max_length",
    "summarizer.seq2seq.no_repeat_ngram_size",
    "claims.enabled",
    "claims.quantities.enabled",
    "claims.quantities.count_nouns_as_units",
    "claims.attribution.enabled",
    "claims.attribution.resolve_speakers",
    "claims.attribution.min_quote_words",
    "claims.times.enabled",
    "claims.scoring.learned_weight",
    "claims.scoring.min_score",
    "checkworthiness.enabled",
    "verify.enabled",
    "verify.split_runons",
    "verify.top_k",
    "verify.candidate_sentences",
    "verify.min_similarity",
    "verify.number_tolerance",
    "verify.context_margin",
    "verify.similarity_weight",
    "verify.number_context_words",
    "verify.number_context_weight",
    "verify.number_slack",
    "verify.name_slack",
    "verify.name_min_shared",
    "verify.name_rival_sentences",
    "verify.antecedent_sentences",
    "verify.following_sentences",
    "verify.speaker_content_similarity",
    "verify.strict_qualifiers",
    "verify.decision",
    "verify.name_threshold",
    "verify.number_threshold",
    "verify.threshold",
    "verify.boilerplate_unsupported",
)


def request_setting_problem(key: str) -> str | None:
    """Why a request may not set the dotted ``key`` (None when it may). Decided from the key's
    text alone: nothing is read, so the answer says nothing about the server's files."""
    if key in REQUEST_SETTINGS:
        return None
    if _is_setting(key.split(".")):
        return "can be set only in the server's config (factkit serve --config or --set)"
    return "unknown key"


def _is_setting(parts: list[str]) -> bool:
    """Whether ``parts`` name a section or setting of :class:`Config`."""
    return _field_at(parts) is not None


def _field_at(parts: list[str]) -> FieldInfo | None:
    """The field the dotted setting ``parts`` names (a section or a leaf), None if no such."""
    model: type[BaseModel] | None = Config
    field: FieldInfo | None = None
    for part in parts:
        field = model.model_fields.get(part) if model is not None else None
        if field is None:
            return None
        section = field.annotation
        model = section if isinstance(section, type) and issubclass(section, BaseModel) else None
    return field


# --------------------------------------------------------------------------------------------
# loading

PACKAGED_DEFAULT = "default.yaml"


def packaged_default_text() -> str:
    return resources.files("factkit").joinpath(PACKAGED_DEFAULT).read_text(encoding="utf-8")


@cache
def _packaged_defaults() -> dict[str, Any]:
    """The packaged defaults as data, parsed once per process: the API's ``config=None`` loads
    them on every call (the YAML parse was a fifth of ``factkit.verify``'s time). Callers get a
    deep copy, never this dict."""
    data: dict[str, Any] = yaml.safe_load(packaged_default_text()) or {}
    return data


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


class _DuplicateKey(yaml.constructor.ConstructorError):
    pass


class _UniqueKeyLoader(yaml.SafeLoader):
    """safe_load that refuses a key given twice in one mapping (PyYAML keeps the last silently,
    so a user's earlier setting would be dropped without a word)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":  # '<<: *base' may be overridden
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
                seen.add(key)
            except TypeError:  # an unhashable key fails in the constructor below, as before
                continue
            if duplicate:
                raise _DuplicateKey(None, None, f"duplicate key {key!r}", key_node.start_mark)
        return super().construct_mapping(node, deep=deep)


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader: builds plain data only


def _yaml_problem(exc: yaml.YAMLError, text: str) -> str:
    """ " (line N): what is wrong", as one line."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    if isinstance(exc, yaml.reader.ReaderError):  # a control character: a position, no mark
        line = text.count("\n", 0, exc.position) + 1
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return (f" (line {line})" if line is not None else "") + f": {problem}"


def _read_yaml(path: Path, label: str) -> dict[str, Any]:
    raw = config_text(path, label)
    try:
        data = _load_yaml(raw)
    except RecursionError:  # the parser recurses per nesting level
        raise ConfigError(f"{label}: invalid YAML: nested too deeply") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{label}: invalid YAML{_yaml_problem(exc, raw)}") from None
    except ValueError as exc:
        raise ConfigError(f"{label}: invalid YAML: {_unreadable_value(exc)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{label}: top level must be a mapping of sections")
    return data


def with_overrides(config: Config, overrides: Sequence[str]) -> Config:
    """``config`` with ``--set``-style overrides on top: what ``load_config`` would give with
    them after its own, without reading the file again (the desk keeps the config it started
    with, even if the file is edited while it runs)."""
    if not overrides:
        return config
    data = config.model_dump()
    set_keys = _apply_overrides(data, overrides)
    try:
        changed = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_validation_error("--set", exc)) from None
    changed._sources = set_by_overrides(config.sources, set_keys)
    return changed


def _apply_overrides(data: dict[str, Any], overrides: Sequence[str]) -> list[tuple[str, ...]]:
    """Set each ``KEY=VALUE`` in ``data``; the dotted keys set."""
    set_keys: list[tuple[str, ...]] = []
    for item in overrides:
        parts, value = parse_override(item)
        if isinstance(value, int | float) and not isinstance(value, bool) and _is_text(parts):
            # YAML reads '--set summarizer.seq2seq.revision=0123' as the number 83; a text
            # setting takes the text as typed
            value = item.partition("=")[2].strip()
        _apply_override(data, parts, value)
        set_keys.append(tuple(parts))
    return set_keys


def parse_override(item: str) -> tuple[list[str], Any]:
    """``"splitter.max_len=400"`` -> (["splitter", "max_len"], 400). Values are parsed as YAML."""
    if "=" not in item:
        raise ConfigError(f"--set {item}: expected KEY=VALUE, e.g. splitter.max_len=400")
    key, _, raw = item.partition("=")
    parts = [p for p in key.strip().split(".") if p]
    if not parts:
        raise ConfigError(f"--set {item}: empty key")
    try:
        value = _load_yaml(raw) if raw.strip() else None
    except _DuplicateKey as exc:  # a mapping, mistyped: not to be read as a plain string
        raise ConfigError(f"--set {key.strip()}: invalid YAML value: {exc.problem}") from None
    except yaml.YAMLError:
        value = raw
    except RecursionError:
        raise ConfigError(f"--set {key.strip()}: invalid YAML value: nested too deeply") from None
    except ValueError as exc:
        why = _unreadable_value(exc)
        raise ConfigError(f"--set {key.strip()}: invalid YAML value: {why}") from None
    return parts, value


def _unreadable_value(exc: ValueError) -> str:
    """A YAML value its type cannot hold, in words: a date '2021-13-45' (Python's 'month must
    be in 1..12'), an integer of more than 4,300 digits. PyYAML raises these as ValueError, which
    came out as a traceback."""
    why = str(exc).split(";")[0]  # the digit limit's advice names a Python function
    return f"a value cannot be read ({why})"


def _apply_override(data: dict[str, Any], parts: list[str], value: Any) -> None:
    node = data
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[parts[-1]] = value


def _format_validation_error(label: str, exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"]) or "<root>"
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        msg = "unknown key"
    elif msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return f"{label}: {loc}: {msg}"


def _is_text(parts: list[str]) -> bool:
    """Whether the dotted setting is a text field (``str`` or ``str | None``)."""
    field = _field_at(parts)
    return field is not None and field.annotation in (str, str | None)


def load_config(
    path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()
) -> Config:
    """Fill and validate a config: packaged defaults < ``path`` < ``overrides``."""
    data = copy.deepcopy(_packaged_defaults())
    label = DEFAULT_SOURCE
    sources: dict[str, str] = {}
    if path is not None:
        label = input_name(str(path))
        from_file = _read_yaml(Path(path), label)
        data, sources = _deep_merge(data, from_file), dict.fromkeys(dotted_keys(from_file), label)
    set_keys = _apply_overrides(data, overrides)
    try:
        config = Config.model_validate(data)
        config._sources = set_by_overrides(sources, set_keys)
        return config
    except ValidationError as exc:
        # blame --set when the failing setting is (in) one it gave, not the file it overrode
        loc = tuple(str(p) for p in exc.errors()[0]["loc"])
        if (path is None and overrides) or any(
            loc[: len(k)] == k or k[: len(loc)] == loc for k in set_keys
        ):
            label = "--set"
        raise ConfigError(_format_validation_error(label, exc)) from None


def coerce_config(config: Config | str | Path | None) -> Config:
    """Accept a Config, a path to a YAML file, or None (defaults) -- for the Python API."""
    if config is None:
        return load_config()
    if isinstance(config, Config):
        return config
    return load_config(config)


def render_default_yaml() -> str:
    """The commented default config, generated from the models (``configs/default.yaml``)."""
    lines = [
        "# factkit default configuration: every setting of every stage.",
        "# Generated from factkit/config.py by `python scripts/regen_default_config.py`;",
        "# copy it, change what you need, and pass it with --config.",
    ]

    def emit(model: BaseModel, indent: int) -> None:
        pad = "  " * indent
        for name, field in type(model).model_fields.items():
            value = getattr(model, name)
            if isinstance(value, Enum):  # yaml.safe_dump writes plain values only
                value = value.value
            if field.description:
                lines.append(f"{pad}# {field.description}")
            if isinstance(value, BaseModel):
                lines.append(f"{pad}{name}:")
                emit(value, indent + 1)
            else:
                dumped = yaml.safe_dump(
                    {name: value if not isinstance(value, tuple) else list(value)},
                    default_flow_style=True,
                    sort_keys=False,
                    width=1000,
                ).strip()
                # safe_dump wraps the mapping in braces in flow style
                if dumped.startswith("{") and dumped.endswith("}"):
                    dumped = dumped[1:-1]
                lines.append(f"{pad}{dumped}")

    for name, _field in Config.model_fields.items():
        lines.append("")
        lines.append(f"{name}:")
        emit(getattr(Config(), name), 1)
    return "\n".join(lines) + "\n"
