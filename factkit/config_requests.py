"""What one review-desk request may set (its ``config_overrides``) and, for a key it may not,
why: a setting only the server's config sets, or no setting at all."""

from __future__ import annotations

from factkit.config_schema import field_at

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
    return field_at(parts) is not None
