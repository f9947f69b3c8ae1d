"""factkit.verification.checks.speakers: a named summary speaker against the article's: which
summary attributions are judged, the headline form, and a statement given to a speaker the
article never quotes."""

from __future__ import annotations

from factkit import verify
from tests.verification.checks.conftest import reported


def test_a_place_qualifying_a_role_is_not_a_speaker_name() -> None:
    text = (
        "Four Swedish police officers on holiday stopped an assault on a subway train. "
        "'We are no heroes, just tourists,' Makrus Asberg, a 25-year-old officer with the "
        "police in Uppsala, Sweden, told the New York Post."
    )
    summary = "'We are no heroes, just tourists,' says Uppsala, Sweden, police officer ."
    (sentence,) = verify(summary, text).sentences
    assert "speaker_mismatch" not in [r.type for r in (*sentence.reasons, *sentence.notes)]


def test_a_speaker_named_by_role_is_left_unjudged() -> None:
    text = (
        "David Cameron has claimed that Labour would raise taxes by 3,000 pounds for every "
        "working family, speaking in Leeds this morning."
    )
    for speaker in ("The Prime Minister", "The Labour spokesman"):
        (sentence,) = verify(f"{speaker} has claimed Labour would raise taxes.", text).sentences
        assert "speaker_mismatch" not in [r.type for r in (*sentence.reasons, *sentence.notes)]
    (named,) = verify("Ed Balls has claimed Labour would raise taxes.", text).sentences
    assert "speaker_mismatch" in [r.type for r in named.reasons]


def test_a_headline_speaker_before_a_colon_is_judged() -> None:
    # "Name: statement" is the name's statement, in mixed case as much as in capitals
    text = (
        "Roscosmos said the unmanned spacecraft will re-enter the atmosphere in about a week. "
        "American astronaut Scott Kelly said the crew on the space station was safe."
    )
    rival = "Scott Kelly: the unmanned spacecraft will re-enter the atmosphere in a week."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Roscosmos: the unmanned spacecraft will re-enter the atmosphere in a week."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


_SILENT_ARTICLE = (
    "Everton drew 1-1 at Swansea on Saturday after a late penalty. "
    "Everton manager Roberto Martinez said Seamus Coleman had been barged by Marvin Emnes. "
    "Referee Michael Oliver gave the home side a penalty for handball. "
    "Jonjo Shelvey scored from the spot to rescue a point."
)


def test_a_speaker_the_article_never_gives_a_statement_is_held_against_the_passages() -> None:
    # the statement is a paraphrase no article attribution holds; Oliver never speaks, Martinez
    # does right there
    summary = "Michael Oliver insisted after the game his player had been pushed."
    assert "speaker_mismatch" in _speaker_reasons(summary, _SILENT_ARTICLE)


def test_the_speaker_of_the_passage_keeps_a_paraphrase_of_his_statement() -> None:
    summary = "Roberto Martinez insisted after the game his player had been pushed."
    assert "speaker_mismatch" not in _speaker_reasons(summary, _SILENT_ARTICLE)


def test_a_cue_that_is_often_no_statement_gives_no_silent_speaker() -> None:
    # "replied with a goal", "accused of": no statement to hold against the passage's speaker
    summary = "Michael Oliver replied after the game with a penalty for his side."
    assert "speaker_mismatch" not in _speaker_reasons(summary, _SILENT_ARTICLE)


def test_a_description_qualified_by_a_name_gives_no_silent_speaker() -> None:
    # "Swansea fans" is a description; "Swansea" only qualifies it, nobody the article must quote
    summary = "Swansea fans insisted after the game their player had been pushed."
    assert "speaker_mismatch" not in _speaker_reasons(summary, _SILENT_ARTICLE)


_PARTY_ARTICLE = (
    "The Green Party won two seats in Thursday's election. "
    "The novelist has blocked dozens of abusive users on Twitter after a week of insults, and "
    "she told one user: 'I feel no duty to protect the image of any party.' "
    "Her next book comes out in June."
)


def test_a_group_the_article_never_quotes_is_not_the_she_of_the_passage() -> None:
    # the statement is a paraphrase no attribution holds; the party never speaks, "she" does
    summary = "The Green Party said she blocked abusive Twitter users after a week of insults."
    assert "speaker_mismatch" in _speaker_reasons(summary, _PARTY_ARTICLE)


def test_a_person_may_be_the_she_of_the_passage() -> None:
    summary = "Anna Green said she blocked abusive Twitter users after a week of insults."
    assert "speaker_mismatch" not in _speaker_reasons(summary, _PARTY_ARTICLE)


def _speaker_reasons(summary: str, text: str) -> list[str]:
    return [r.type for r in reported(summary, text)]
