"""A chained participle after a clause with its own subject: that subject speaks."""

from __future__ import annotations

from factkit.annotate.attribution import find_attributions


def _speakers(text: str) -> dict[str, str | None]:
    return {a.cue: a.speaker for a in find_attributions(text)}


def test_the_participle_after_a_while_clause_goes_to_its_subject() -> None:
    # "saying" went to the earlier speaker, Ellen Hart
    text = (
        '"He works too hard," commented Ellen Hart while Sam Reed believes the mayor '
        'needs rest, saying: "Give him a holiday."'
    )
    assert _speakers(text) == {"commented": "Ellen Hart", "saying": "Sam Reed"}


def test_a_pronoun_subject_of_the_clause_speaks() -> None:
    text = (
        '"The road is unsafe," said Ellen Hart, whereas he thinks the road is fine, '
        'adding: "It was repaved in May."'
    )
    assert _speakers(text)["adding"] == "he"


def test_a_participle_after_a_clause_with_no_speaker_before() -> None:
    # no report before: the sentence subject ("The") was taken as the speaker
    text = (
        "The council's plan is too costly while Sam Reed believes the mayor needs rest, "
        'saying: "Give him a holiday."'
    )
    assert _speakers(text)["saying"] == "Sam Reed"


def test_a_plain_chain_keeps_the_first_speaker() -> None:
    text = "Ellen Hart said the bridge was safe, adding that it would reopen in May."
    assert _speakers(text) == {"said": "Ellen Hart", "adding": "Ellen Hart"}
