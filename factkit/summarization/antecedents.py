"""Summary sentences that open on a person's pronoun ("He plans to ...") and whom they need named.

A reader of the summary alone never learns who "he" is unless a summary sentence before it names
the person. ``pronoun_needs`` reads, for each candidate sentence, what the annotate stage found:
whether it opens on a person's subject pronoun, the surname the pronoun was resolved to when the
pronoun is an attribution's speaker ("He said ..."), and the surnames of the article's people the
sentence names. ``Needs.ready`` then tells selection whether a candidate may join the sentences
picked so far (select.py takes the others only as a last resort).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factkit.annotations import Annotations
from factkit.document import Sentence
from factkit.lang import word_set
from factkit.summarization.select import Wait

_PERSON_PRONOUNS = word_set("person_subject_pronouns")
_FIRST_WORD = re.compile(r"\W*(\w+)")
_WORD = re.compile(r"\w+")
ANY_PERSON = ""  # the pronoun's person is unresolved: any person the summary names will do


@dataclass(frozen=True, slots=True)
class Needs:
    """Per candidate (in article order): the surname its opening pronoun needs named before it
    (``ANY_PERSON`` when unresolved, None when it opens on no person's pronoun), and the
    surnames of the article's people it names."""

    person: tuple[str | None, ...]
    names: tuple[frozenset[str], ...]

    def ready(self, i: int, picked: Sequence[int]) -> bool:
        """Whether candidate ``i`` reads alone next to ``picked``: it opens on no person's
        pronoun, or a picked sentence before it names the person."""
        person = self.person[i]
        if person is None:
            return True
        return any(
            j < i and (self.names[j] if person == ANY_PERSON else person in self.names[j])
            for j in picked
        )


def opening_pronoun(sentence: Sentence) -> tuple[int, int] | None:
    """(start, end) in the article of the person's subject pronoun the sentence opens on."""
    match = _FIRST_WORD.match(sentence.text)
    if match is None or match.group(1).lower() not in _PERSON_PRONOUNS:
        return None
    return sentence.start + match.start(1), sentence.start + match.end(1)


def _resolved_surname(sentence: Sentence, span: tuple[int, int], notes: Annotations) -> str:
    """The surname the annotate stage resolved the pronoun at ``span`` to, when it is a speaker."""
    for att in notes.attributions_of(sentence):
        if att.speaker_start == span[0] and att.speaker_resolved:
            return att.speaker_resolved.split()[-1]
    return ANY_PERSON


def pronoun_needs(candidates: Sequence[Sentence], notes: Annotations) -> Needs | None:
    """The candidates' needs, or None when the annotations do not know the article's people
    (the attributions layer was off): then no candidate is held back."""
    if not notes.layers.attributions:
        return None
    surnames = {p.name.split()[-1] for p in notes.person_sexes if p.name.split()}
    person: list[str | None] = []
    names: list[frozenset[str]] = []
    for sentence in candidates:
        span = opening_pronoun(sentence)
        person.append(None if span is None else _resolved_surname(sentence, span, notes))
        names.append(frozenset(_WORD.findall(sentence.text)) & surnames)
    return Needs(tuple(person), tuple(names))


# (margin, antecedent_margin) of select.Wait per ranker head, from scripts/bench_summarize.py
# on the even documents (stop 53): holding back every "He ..." sentence costs one-sentence XSum
# summaries 0.6 ROUGE-1 (the references are about the person too), a tie margin of 0.5 costs
# nothing, and 2.0 for the sentence naming the person costs 0.15; for three sentences holding
# back always costs nothing (CNN/DM +0.05), since the person's sentence usually fits as well.
_MARGINS = {"single": (0.5, 2.0), "multi": (math.inf, math.inf)}


def pronoun_wait(candidates: Sequence[Sentence], notes: Annotations, head: str) -> Wait | None:
    """How selection should hold back the candidates that open on a person's pronoun, for the
    ranker head ``head`` (None when the annotations do not know the article's people)."""
    needs = pronoun_needs(candidates, notes)
    if needs is None:
        return None
    margin, antecedent_margin = _MARGINS[head]
    return Wait(needs.ready, margin, antecedent_margin)
