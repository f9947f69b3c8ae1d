"""Speaker phrases: the sentence subject a coordinated cue ("... and insisted") falls back to."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


def _speakers(text: str) -> dict[str, str | None]:
    return {a.cue: a.speaker for a in find_attributions(text)}


def test_opening_conjunction_is_not_part_of_the_subject() -> None:
    text = (
        "The figures were seized on by Labour. But Tory benefits chief Iain Duncan Smith "
        "questioned the numbers, which he said were 'unverified', and insisted that the best "
        "way to help families was to get people into work."
    )
    speakers = _speakers(text)
    assert speakers["insisted"] is not None
    assert not speakers["insisted"].startswith("But")
    # "which he said" speaks too, and "insisted" chains to its "he"
    resolved = {a.cue: a.speaker_resolved for a in find_attributions(text)}
    assert resolved["insisted"] == resolved["said"] == "Iain Duncan Smith"


def test_opening_and_is_dropped_from_the_subject() -> None:
    speakers = _speakers("And the minister arrived late and said that the plan had failed.")
    assert speakers["said"] == "the minister"


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


def test_a_second_intro_word_set_off_by_commas_is_skipped() -> None:
    text = "Recently, however, it issued a paper welcoming the plan, and calling for a new stadium."
    assert _speakers(text)["calling for"] == "it"


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


def test_a_hometown_region_is_no_speaker() -> None:
    # "from Leeds, West Yorkshire," made "West Yorkshire" the speaker (and "she" West Yorkshire)
    for text, speaker, title in [
        (
            "Jane Doyle, 41, from Leeds, West Yorkshire, said the road was closed.",
            "Jane Doyle",
            "41",
        ),
        ("Donna Rawlings, 59, of Ashton, Md., said the road was closed.", "Donna Rawlings", "59"),
        (
            "Jane Doyle, a nurse from Leeds, West Yorkshire, warned the road was closed.",
            "Jane Doyle",
            "a nurse from Leeds",
        ),
    ]:
        (found,) = find_attributions(text)
        assert (found.speaker, found.speaker_title) == (speaker, title), text


def test_a_name_after_a_place_phrase_is_still_the_speaker() -> None:
    # the region rule needs someone before the place phrase: here the name is the speaker
    for text, speaker in [
        ("A man from Leeds, John Smith, said the road was closed.", "John Smith"),
        ("In Paris, Emmanuel Macron, the president, said the road was closed.", "Emmanuel Macron"),
    ]:
        (found,) = find_attributions(text)
        assert found.speaker == speaker, text


def test_an_opening_adverb_ends_an_apposition_chain() -> None:
    # "However, the researchers, who ..., said" made "However" the speaker
    (found,) = find_attributions(
        "However, the researchers, who work at a university in Kunming, China, said the road "
        "was closed."
    )
    assert found.speaker == "the researchers"


def test_an_affiliation_after_a_description_is_no_speaker() -> None:
    # a long head ("Senior crash investigator Det Insp Mary Kerr", no name by its shape) left
    # "from Fife Police" as the only name-like segment, and the force became the speaker: a
    # segment opening with "from" describes the person before it, it never names them
    (found,) = find_attributions(
        "Senior crash investigator Det Insp Mary Kerr, from Fife Police, said the bridge was "
        "closed."
    )
    assert found.speaker == "Senior crash investigator Det Insp Mary Kerr"
    assert found.speaker_title == "from Fife Police"


def test_a_capitalised_role_description_is_no_speaker() -> None:
    # "Conservative MP for Hull West" is capitalised like a name, so it was taken for the
    # speaker; a role noun before of/at/for makes it the description of the name before it,
    # with or without the comma that closes the apposition
    for text, speaker, title in [
        (
            "Jane Ford, Conservative MP for Hull West, said the bridge was closed.",
            "Jane Ford",
            "Conservative MP for Hull West",
        ),
        (
            'But Tom Hale, Chief Executive of Hale Trust said: "The bridge is closed."',
            "Tom Hale",
            "Chief Executive of Hale Trust",
        ),
        (
            'Mike Ford, Play Development Officer at Mencap says: "The bridge is closed."',
            "Mike Ford",
            "Play Development Officer at Mencap",
        ),
    ]:
        (found,) = find_attributions(text)
        assert (found.speaker, found.speaker_title) == (speaker, title), text


def test_a_name_with_of_and_no_role_noun_stays_the_speaker() -> None:
    # no role noun before "of": the capitalised phrase is a name ("Bank of England")
    (found,) = find_attributions("Bank of England, the central bank, said the rate would rise.")
    assert found.speaker == "Bank of England"


def test_a_possessed_description_is_no_speaker() -> None:
    # "Ann Lee, Hale's lawyer in the case, said" made the description the speaker (it has no
    # role noun before a preposition and is no name): a capitalised possessive before a
    # lower-case noun describes the name beside it
    for text, title in [
        (
            "Ann Lee, Hale's lawyer in the case, said the bridge was closed.",
            "Hale's lawyer in the case",
        ),
        ("Ann Lee, ITV's science editor, said the bridge was closed.", "ITV's science editor"),
    ]:
        (found,) = find_attributions(text)
        assert (found.speaker, found.speaker_title) == ("Ann Lee", title), text


def test_a_past_form_without_ed_ends_the_sentence_subject() -> None:
    # "Nina Cole gave a long speech, saying" made "Nina Cole gave a long speech" the speaker:
    # "gave", "found" ([irregular_pasts]) end the subject as "-ed" forms do
    for text, speaker in [
        ('Nina Cole gave a long speech, saying "the club will survive".', "Nina Cole"),
        (
            "Inspectors found long delays and said the ward was understaffed.",
            "Inspectors",
        ),
    ]:
        assert [a.speaker for a in find_attributions(text)] == [speaker], text


def test_a_phrase_opening_the_sentence_is_no_subject() -> None:
    # a subject opening with a preposition is the phrase before it: the name or pronoun after
    # the phrase speaks ("During the hearing Nina Cole" -> "Nina Cole"), or the subject past
    # its comma ("In a note sent to members and seen by ..." gave "In a note"; "hit" is a past
    # form, [irregular_pasts], so the subject is "the club", not "the club hit back")
    cases = {
        "During the hearing Nina Cole spoke briefly and said she had been misled.": ["Nina Cole"],
        "On Tuesday they published the figures by announcing that the club was safe.": ["they"],
        "In a note sent to members and seen by the BBC, the club hit back and claimed that it "
        "was safe.": ["the club"],
    }
    for text, speakers in cases.items():
        cues = {"said", "announcing", "claimed"}
        assert [a.speaker for a in find_attributions(text) if a.cue in cues] == speakers, text


def test_a_long_prepositional_phrase_before_the_subject_is_skipped() -> None:
    # "During a long speech ... in the day, Nina Cole attacked ..., saying" found no subject:
    # the phrase's comma lay past the 7 tokens an opening phrase had; a phrase opened by a
    # preposition may now run to 16 tokens before its comma
    cases = {
        "During a long speech at the town hall earlier in the day, Nina Cole attacked the "
        'council, saying, "They have failed us."': "Nina Cole",
        "In a widely read letter to the paper before the vote, two local doctors backed the plan, "
        "arguing that the ward was safe.": "two local doctors",
    }
    for text, speaker in cases.items():
        assert [a.speaker for a in find_attributions(text)] == [speaker], text


def test_an_adverb_after_the_subject_ends_it() -> None:
    # "Nina Cole previously visited the club, saying" gave "Nina Cole previously"; an -ly
    # noun or adjective goes on ("The family", "An elderly neighbour")
    cases = {
        "Nina Cole previously visited the club, saying it was safe.": "Nina Cole",
        "The family quietly visited the mayor, saying the club was safe.": "The family",
        "An elderly neighbour visited the mayor, saying the club was safe.": "An elderly neighbour",
    }
    for text, speaker in cases.items():
        assert [a.speaker for a in find_attributions(text)] == [speaker], text


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


def test_a_thousands_comma_is_no_segment_break() -> None:
    text = "The pair spent freely, on a cruise in 2009 worth £7,600 Mr Evans told the jury."
    speakers = [a.speaker for a in find_attributions(text)]
    assert speakers == ["Mr Evans"]
    text = "Sinfield, who has 3,997 points, told reporters he would stay."
    (found,) = find_attributions(text)
    assert found.speaker == "Sinfield"
    assert found.speaker_title == "who has 3,997 points"


def test_a_plural_head_before_a_verb_stays_in_the_sentence_subject() -> None:
    # "Health inspectors visited ... and said" gave "Health": an -s word past the first one
    # is a plural head, not a verb, when a verb follows it; "Nina Cole says she" is a verb
    cases = {
        "Health inspectors visited the kitchen and said it was dirty.": ["Health inspectors"],
        "Motoring groups reacted in fury, accusing the judges of being out of touch.": [
            "Motoring groups"
        ],
        "Nina Cole says she visited the club and said it was safe.": ["Nina Cole", "Nina Cole"],
    }
    for text, speakers in cases.items():
        assert [a.speaker for a in find_attributions(text)] == speakers, text


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
    ("text", "cue", "speaker"),
    [
        # lower-case time words closing the subject: "last night", "meanwhile", "also"
        (
            "Three parties vowed to act. Charities last night welcomed the move, saying it "
            "could prevent deaths.",
            "saying",
            "Charities",
        ),
        (
            "US Secretary of State John Kerry meanwhile accused Syrian leaders of a massacre.",
            "accused",
            "US Secretary of State John Kerry",
        ),
        (
            "The memo also expresses concern about an exit, saying that the costs were high.",
            "saying",
            "The memo",
        ),
    ],
)
def test_time_words_closing_the_subject_are_no_part_of_the_speaker(
    text: str, cue: str, speaker: str
) -> None:
    assert _speakers(text)[cue] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "title"),
    [
        # a capitalised segment closed by a lower-case role noun describes the name before it:
        # the role was the speaker ("GMFRS area manager") and the name was lost
        (
            'Geoff Harris, GMFRS area manager, said: "The site was safe."',
            "Geoff Harris",
            "GMFRS area manager",
        ),
        (
            "Nick Brown, London Underground's chief operating officer, said more staff came.",
            "Nick Brown",
            "London Underground's chief operating officer",
        ),
        (
            "Alex Stevens, South West regional policy advisor, said badgers are protected.",
            "Alex Stevens",
            "South West regional policy advisor",
        ),
    ],
)
def test_a_capitalised_role_after_a_name_is_its_title(text: str, speaker: str, title: str) -> None:
    (att,) = find_attributions(text)
    assert (att.speaker, att.speaker_title) == (speaker, title)


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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a page that escaped markup shows it as text: "<script>alert" was read as the name's
        ('"We lost 40 percent," said John Smith <script>alert(4)</script>.', "John Smith"),
        ("Hello <script>alert(4)</script> John Smith said the plan failed.", "John Smith"),
    ],
)
def test_markup_shown_as_text_is_no_part_of_a_speaker(text: str, speaker: str) -> None:
    assert _speakers(text)["said"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        '<b>John Smith</b> said "The plan will fail because nobody funded it."',
        "<strong>John Smith</strong> said the plan would fail.",
        '"The plan will fail because nobody funded it," said <b>John Smith</b>.',
    ],
)
def test_a_speaker_inside_markup_shown_as_text_still_speaks(text: str) -> None:
    attributions = find_attributions(text)
    assert [a.speaker for a in attributions] == ["John Smith"]
    a = attributions[0]
    assert a.speaker_start is not None and text[a.speaker_start : a.speaker_end] == "John Smith"


def test_code_markup_before_a_cue_gives_no_speaker() -> None:
    # the closing tag of a script is no formatting around a name
    text = "<b>John Smith</b> said the plan failed. <script>alert(4)</script> said it was fine."
    assert [a.speaker for a in find_attributions(text)] == ["John Smith"]


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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a degree adverb before a participle is no speaker ("Did well plan ...?")
        ("The raid was so well planned and carried out at night.", []),
        # and is skipped between a subject and its cue like "also"
        ("Tom Hale too said the ferry was late.", [("Tom Hale", "said")]),
    ],
)
def test_degree_adverbs_before_a_cue_are_no_speaker(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(a.speaker, a.cue) for a in find_attributions(text)] == found
