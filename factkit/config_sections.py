"""The settings of each stage but the verifier's (:mod:`config_verify`): ingest, splitter, encoder,
summarizer, claims, check-worthiness, render, batch. One pydantic model a config section, each
field with the description ``factkit config show`` and ``configs/default.yaml`` print."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factkit.enums import BatchEngine, OutputFormat


class ConfigSection(BaseModel):
    """A section of the config: unknown keys and values of the wrong type are errors."""

    # strict: `sentences: true` is not 1, `max_len: '400'` not 400, `enabled: 1` not True -- a
    # value of the wrong type is an error naming the field. YAML (files and --set) already types
    # numbers and booleans, and an int is still taken where a float is wanted. No float setting
    # means anything at nan or inf (YAML's .nan, .inf): refused as "should be a finite number".
    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, strict=True, allow_inf_nan=False
    )


class IngestConfig(ConfigSection):
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


class SplitterConfig(ConfigSection):
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


class EncoderConfig(ConfigSection):
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


class ExtractiveConfig(ConfigSection):
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


class Seq2SeqConfig(ConfigSection):
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


class SummarizerConfig(ConfigSection):
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


class QuantitiesConfig(ConfigSection):
    enabled: bool = True
    count_nouns_as_units: bool = Field(
        True, description="Use the counted noun as the unit ('183 deaths' -> unit 'deaths')."
    )


class AttributionConfig(ConfigSection):
    enabled: bool = True
    cues_file: str | None = Field(
        None, description="Reporting-cue lexicon (one cue per line); null = packaged list."
    )
    resolve_speakers: bool = Field(
        True, description="Resolve pronouns/descriptions to named speakers."
    )
    min_quote_words: int = Field(3, ge=1, description="Shorter quoted strings are not quotes.")


class TimesConfig(ConfigSection):
    enabled: bool = True


class ScoringConfig(ConfigSection):
    learned_weight: float = Field(
        0.6,
        ge=0,
        le=1,
        description="Share of the learned check-worthiness model in a claim's score.",
    )
    min_score: float = Field(0.0, ge=0, le=1, description="Drop claims scoring below this.")


class ClaimsConfig(ConfigSection):
    enabled: bool = True
    quantities: QuantitiesConfig = Field(default_factory=QuantitiesConfig)
    attribution: AttributionConfig = Field(default_factory=AttributionConfig)
    times: TimesConfig = Field(default_factory=TimesConfig)
    scoring: ScoringConfig = Field(default_factory=ScoringConfig)


class CheckworthinessConfig(ConfigSection):
    enabled: bool = Field(True, description="Use the learned model (needs the sentence encoder).")
    model_path: str | None = Field(None, description="Weights JSON; null = the packaged model.")


class RenderConfig(ConfigSection):
    format: OutputFormat = Field(
        OutputFormat.MARKDOWN,
        strict=False,  # YAML gives the value as a string
        description="Report format of `factkit claims` and `factkit run` when --format is not "
        "given (claims: markdown, json, csv; run: markdown, json, html).",
    )


class BatchConfig(ConfigSection):
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
