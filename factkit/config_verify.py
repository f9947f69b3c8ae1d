"""The verifier's settings (``verify:``): its alignment, slot and decision thresholds are most of
the config's fields, so they have a module of their own."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from factkit.config_sections import ConfigSection


class VerifyConfig(ConfigSection):
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
