"""Tests for factkit.summarization.antecedents: which candidates open on a person's pronoun,
whom it needs named before it, and when selection lets them in."""

from __future__ import annotations

import math

import pytest

from factkit.annotate import Annotator
from factkit.annotations import ALL_LAYERS, NO_LAYERS, Annotations
from factkit.config import load_config
from factkit.document import Article, Sentence
from factkit.split import split_sentences
from factkit.summarization.antecedents import ANY_PERSON, opening_pronoun, pronoun_wait
from factkit.summarization.antecedents import pronoun_needs as needs_of

TEXT = """\
Maria Lopez, the city's new mayor, opened the bridge on Monday.

The council's spokesman, Peter Hall, said the repairs had cost four million dollars.

She will close two roads next year to pay for the repairs.

He said the council would vote on the plan in March.
"""


def _notes(text: str = TEXT, off: bool = False) -> tuple[list[Sentence], Annotations]:
    config = load_config()
    sentences = split_sentences(text)
    layers = NO_LAYERS if off else ALL_LAYERS
    notes = Annotator(config).annotate(Article(text=text), sentences, layers)
    return [s for s in sentences if s.kind == "body"], notes


def test_opening_pronoun_finds_he_and_she_behind_quotes() -> None:
    text = '"She will" go. They left. He went.'
    sents = [Sentence(0, 0, 14, "body", text[:14]), Sentence(1, 15, 25, "body", text[15:25])]
    span = opening_pronoun(sents[0])
    assert span is not None and text[span[0] : span[1]] == "She"
    assert opening_pronoun(sents[1]) is None  # "They" is no one person
    last = Sentence(2, 26, 34, "body", text[26:34])
    assert opening_pronoun(last) == (26, 28)


def test_needs_read_the_people_and_resolved_speakers() -> None:
    body, notes = _notes()
    needs = needs_of(body, notes)
    assert needs is not None
    assert needs.person[0] is None and "Lopez" in needs.names[0]
    assert needs.person[2] == ANY_PERSON  # "She plans ..." is no speaker: any named person
    assert needs.person[3] == "Hall"  # "He said": the speaker resolved to Peter Hall
    assert not needs.ready(2, []) and needs.ready(2, [0])
    assert not needs.ready(3, [0]) and needs.ready(3, [1])
    assert not needs.ready(2, [3])  # a name after the pronoun does not introduce the person


def test_no_wait_without_the_peoples_layer() -> None:
    body, notes = _notes(off=True)
    assert needs_of(body, notes) is None
    assert pronoun_wait(body, notes, "single") is None


@pytest.mark.parametrize(("head", "holds_always"), [("single", False), ("multi", True)])
def test_one_sentence_summaries_hold_back_only_near_ties(head: str, holds_always: bool) -> None:
    body, notes = _notes()
    wait = pronoun_wait(body, notes, head)
    assert wait is not None
    assert math.isinf(wait.margin) == holds_always
    assert wait.antecedent_margin >= wait.margin
