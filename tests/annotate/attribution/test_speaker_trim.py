"""Speaker phrases trimmed to the subject that speaks: run-on sentences, leading phrases,
relatives, photo marks and stray quotation marks are no part of the speaker."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


def _speakers(text: str) -> dict[str, str | None]:
    return {a.cue: a.speaker for a in find_attributions(text)}


def test_an_opening_sentence_adverb_is_no_part_of_the_speaker() -> None:
    # "However prosecutors insisted", "Meanwhile farm groups said", "But yesterday judges ruled"
    text = (
        "The mayor backed the plan. However prosecutors insisted the plan would fail. "
        "Meanwhile farm groups said the cost was too high. "
        "But yesterday judges warned that the fine would stand."
    )
    speakers = _speakers(text)
    assert speakers["insisted"] == "prosecutors"
    assert speakers["said"] == "farm groups"
    assert speakers["warned"] == "judges"


def test_an_opening_time_phrase_is_no_part_of_the_speaker() -> None:
    speakers = _speakers("Earlier this week the Hendersons said they would sell the farm.")
    assert speakers["said"] == "the Hendersons"


def test_a_photo_position_mark_after_the_name_is_no_part_of_the_speaker() -> None:
    # "Juan Mata (right) says": the mark points at a photo; the speaker is the name
    text = (
        "The club lost again. Coach Ann Rigby (left) says the players must work harder. "
        "Dan Holt (pictured this week) said he would stay."
    )
    speakers = _speakers(text)
    assert speakers["says"] == "Coach Ann Rigby"
    assert speakers["said"] == "Dan Holt"


def test_a_party_label_in_brackets_stays_in_the_speaker() -> None:
    speakers = _speakers("Rep. Tom Kent (D-Ohio) said the bill would pass.")
    assert speakers["said"] == "Rep. Tom Kent (D-Ohio)"


def test_a_stray_quotation_mark_does_not_open_the_speaker() -> None:
    # a closing mark the quotation finder could not pair ("... on its own,' she said") or a
    # tokenized text ("' she said") is punctuation before the speaker, not part of it
    speakers = _speakers("The road was shut all day and nobody came to help us,' she said.")
    assert speakers["said"] == "she"
    assert _speakers("We waited for hours. ' he told us the police had been slow.")["told"] == "he"


def test_a_leading_subordinate_phrase_without_a_comma_is_no_part_of_the_speaker() -> None:
    # "After the match Smith said": the phrase before the subject sets the time or scene
    cases = {
        "After the final whistle Coach Ann Rigby said the referee was poor.": "Coach Ann Rigby",
        "Before the vote the senator said the bill was dead.": "the senator",
        "Since the flood the council has said little about repairs.": "the council",
        "Following the crash the police said the road would stay shut.": "the police",
        "Despite the defeat the manager insisted his side had played well.": "the manager",
    }
    for text, speaker in cases.items():
        assert list(_speakers(text).values()) == [speaker], text


def test_a_leading_participle_phrase_without_a_comma_is_no_part_of_the_speaker() -> None:
    cases = {
        "Speaking to reporters the minister said the plan would work.": "the minister",
        "Writing in his weekly column broadcaster Tom Reed said the club was broke.": "Tom Reed",
        "Asked about the budget the mayor said taxes would rise.": "the mayor",
    }
    for text, speaker in cases.items():
        assert list(_speakers(text).values()) == [speaker], text


def test_a_subordinate_clause_keeps_its_own_subject() -> None:
    # "After police said ...": no subject after the phrase, the clause's subject speaks
    assert _speakers("After police said the man was armed, the street was closed.") == {
        "said": "police"
    }


def test_the_subject_after_an_object_relative_is_the_speaker() -> None:
    # "which"/"whom" is what is said or described; the words after it say who
    text = "The facial is a two-step process, which the clinic says gives a deep clean."
    assert [a.speaker for a in find_attributions(text)] == ["the clinic"]
    text = "The six, whom authorities described as friends, are accused of plotting."
    assert [a.speaker for a in find_attributions(text)] == ["authorities"]
    text = "He made 23 changes to the plan, which Downey called a mistake."
    assert [a.speaker for a in find_attributions(text)] == ["Downey"]


def test_a_relative_that_is_itself_the_subject_stays() -> None:
    # "which left little doubt": no subject after the relative, so it is not cut
    text = "He read the scientific papers, which left little doubt that the planet was warming."
    assert all(a.speaker != "left little" for a in find_attributions(text))


def test_a_run_on_sentence_before_the_speaker_is_no_part_of_it() -> None:
    # a missing full stop: "Many of those in the record crowd took to Twitter to express their
    # anger at the club Merivale announced" gave all those words as the speaker
    cases = {
        "Many in the crowd took to Twitter to vent their anger at the club Merivale announced "
        "that the contractor was sacked.": "Merivale",
        "His son was injured while fighting in Afghanistan Elaine May, the branch manager, "
        "said in a statement that the thefts hurt the staff.": "Elaine May",
        "Daniel began singing about the bond Speaking to the Herald Sun Daniel said that the "
        "room just melted away.": "Daniel",
        # a relative clause, a place or time after in/at, or a role's -ing word are no run-on
        "The student who brought the lawsuit in March accused the district of being "
        "negligent.": "The student who brought the lawsuit in March",
        "Senior investigating officer Det Supt David Guiney called the attack a despicable "
        "act.": "Senior investigating officer Det Supt David Guiney",
    }
    for text, speaker in cases.items():
        assert [a.speaker for a in find_attributions(text)] == [speaker], text


def test_a_capitalised_article_inside_the_speaker_opens_a_new_sentence() -> None:
    # a caption glued to the sentence: "Lack of criminal background checks The TSA called"
    cases = {
        "Lack of criminal background checks The TSA called the incident deplorable.": "The TSA",
        "In other news from Essex A woman who lives near the prison said that it was loud.": (
            "A woman who lives near the prison"
        ),
        # after a preposition it opens a title
        "According to a briefing seen by The Mail on Sunday, the plan was shelved.": (
            "a briefing seen by The Mail on Sunday"
        ),
    }
    for text, speaker in cases.items():
        assert [a.speaker for a in find_attributions(text)] == [speaker], text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the words before a closing subject pronoun open the sentence or ran on from another
        ("Initially she lived in halls but says that the job paid for a flat.", "she"),
        ("So far they have given out 100 phones, and promised another 350.", "they"),
        ("Having located Mr Schiller I asked whether I might see the phone.", "I"),
        (
            "There is no cure. Source: British Skin Foundation She added: 'He was first "
            "diagnosed when he was two. He was playing football.'",
            "She",
        ),
    ],
)
def test_a_subject_pronoun_closing_the_speaker_phrase_is_the_speaker(
    text: str, speaker: str
) -> None:
    assert [a.speaker for a in find_attributions(text)] == [speaker]


def test_a_quotations_last_sentence_is_no_part_of_the_speaker() -> None:
    # the splitter keeps "... really hurt.' Hayes added" in one sentence: only Hayes speaks
    text = (
        "Vanwagenen is reported as saying: 'I let this person into my life in a really big way. "
        "I was really angry and really hurt.' Hayes added: 'She just knew everything about me.'"
    )
    assert _speakers(text)["added"] == "Hayes"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a caption's clause (a subject pronoun and its verb) run into the speaker phrase
        (
            "The dog creeps up behind the reptile as it prepares to run away at any minute "
            "Ms Madeley stated that the reptile does not like the cat.",
            "stated",
            "Ms Madeley",
        ),
        (
            "Riders carry goats as they weave their way through traffic Thompson says that "
            "the goats did not seem happy.",
            "says",
            "Thompson",
        ),
    ],
)
def test_a_caption_clause_run_into_the_speaker_is_cut_off(
    text: str, cue: str, speaker: str
) -> None:
    assert _speakers(text)[cue] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a capitalised -ing form and a determiner open a leading phrase: the whole phrase
        # was the speaker
        (
            "Announcing the policy Mr Cameron said: 'This election is about the future.'",
            "Mr Cameron",
        ),
        # a day closing the phrase is no part of the name after it
        (
            "Announcing the hire in a blog post on Thursday Kalanick wrote: 'We are both here.'",
            "Kalanick",
        ),
    ],
)
def test_a_participle_phrase_before_the_speaker_is_no_part_of_it(text: str, speaker: str) -> None:
    assert [a.speaker for a in find_attributions(text)] == [speaker]


def test_a_person_pronoun_after_which_speaks() -> None:
    """ "..., which he said were ...": the pronoun is the subject of the relative clause and
    speaks; the clause before "which" is the relative's antecedent, not the speech."""
    text = (
        "Mayor Ann Lee opened the new bridge on Monday. The council paid for the repairs, "
        "which she said would cost the town $2 million."
    )
    found = [a for a in find_attributions(text) if a.cue == "said"]
    assert [(a.speaker, a.content, a.speaker_resolved) for a in found] == [
        ("she", "would cost the town $2 million", "Ann Lee")
    ]
    assert all(text[a.content_start : a.content_end] == a.content for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "The mail they asked for never came.",  # a reduced relative clause
        "The firm sold the plant, which it described as outdated.",  # "it" is the thing
        "She took a new role as counsellor, in which she advises the president.",
    ],
)
def test_no_speech_is_read_around_a_relative_clause(text: str) -> None:
    assert [(a.speaker, a.cue) for a in find_attributions(text)] == []
