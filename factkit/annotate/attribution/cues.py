"""Reporting cues: the cue families read from ``factkit/lang/en/cues.txt`` and the cue regex."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factkit.annotate.attribution.tokens import VERB_ONLY_FORMS
from factkit.errors import ModelLoadError
from factkit.lang import entries, text_entries


@dataclass(frozen=True, slots=True)
class CueFamily:
    lemma: str
    forms: tuple[str, ...]
    takes_object: bool = False  # "told reporters that ..."
    prepositional: bool = False  # "according to X"
    belief: bool = False  # non-speech source ("a poll shows that ...")
    quote_only: bool = False  # only next to a quotation or a colon
    noun: bool = False  # bare/-s forms are also nouns ("the state", "his claims")
    needs_that: bool = False  # only with a that-clause, colon or quotation after it
    stance: bool = False  # a stance or intention, not speech ("criticized X", "wants to")

    @property
    def speech_verb(self) -> bool:
        """A verb that reports what was said: no belief cue ("a poll shows"), no "according
        to"."""
        return not self.belief and not self.prepositional


def _cue_file_entries(path: Path) -> tuple[str, ...]:
    """The entries of a cue file a config names (claims.attribution.cues_file), or one line
    naming the setting and the file when it cannot be read."""
    try:
        return text_entries(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        why = "not UTF-8 text"
        if isinstance(exc, OSError):
            why = (exc.strerror or str(exc)).lower()
        raise ModelLoadError(
            f"cannot read {path}: {why}", setting="claims.attribution.cues_file"
        ) from None


def load_cues(path: str | Path | None = None) -> dict[str, CueFamily]:
    """Surface form -> cue family, from ``factkit/lang/en/cues.txt`` or a file in its format."""
    lines = _cue_file_entries(Path(path)) if path else entries("cues")
    table: dict[str, CueFamily] = {}
    for line in lines:
        forms_part, _, flags_part = line.partition("|")
        forms = tuple(f.strip() for f in forms_part.split(",") if f.strip())
        flags = set(flags_part.split())
        if not forms:
            continue
        family = CueFamily(
            lemma=forms[0],
            forms=forms,
            takes_object="obj" in flags,
            prepositional="prep" in flags,
            belief="belief" in flags,
            quote_only="quote" in flags,
            noun="noun" in flags,
            needs_that="that" in flags or "belief" in flags,
            stance="stance" in flags,
        )
        for form in forms:
            table.setdefault(form.lower(), family)
    return table


def is_chain_cue(cues: dict[str, CueFamily], word: str) -> bool:
    """A lower-case speech verb that can chain a second report ("..., adding that B")."""
    family = cues.get(word.lower())
    return (
        family is not None
        and family.speech_verb
        and word[:1].islower()
        and word.lower().endswith(("ing", "ed", "s", *VERB_ONLY_FORMS))
    )
