"""factkit.verification.checks.speakers: a named summary speaker against the article's."""

from __future__ import annotations

from factkit import verify
from tests.verification.checks.conftest import reported

ARTICLE = (
    "Michael Owen has criticised Newcastle after their latest defeat. "
    "The pundit said the club would be relegated if there were ten games left to play. "
    "Newcastle manager John Carver hit back at the former striker on Friday. "
    "The midfielder Siem de Jong returned from injury last month."
)


def _types(summary: str) -> tuple[str, list[str]]:
    (sentence,) = verify(summary, ARTICLE).sentences
    return sentence.verdict, [r.type for r in sentence.reasons]


def test_the_article_speaker_is_not_flagged() -> None:
    verdict, _ = _types(
        "Michael Owen said the club would be relegated if there were ten games left."
    )
    assert verdict == "supported"


def test_an_unnamed_article_speaker_is_the_one_named_just_before() -> None:
    # "The pundit said" follows "Michael Owen has criticised": the pundit is Owen, not de Jong
    verdict, types = _types(
        "Siem de Jong said the club would be relegated if there were ten games left."
    )
    assert verdict == "unsupported" and "speaker_mismatch" in types


def test_a_summary_speaker_named_beside_the_unnamed_one_is_left_alone() -> None:
    text = (
        "Michael Owen and Alan Shearer have criticised Newcastle. "
        "The pundit said the club would be relegated if there were ten games left to play."
    )
    (sentence,) = verify(
        "Alan Shearer said the club would be relegated if there were ten games left.", text
    ).sentences
    assert "speaker_mismatch" not in [r.type for r in (*sentence.reasons, *sentence.notes)]


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


def test_an_unnamed_article_speaker_with_no_named_speaker_before_is_left_alone() -> None:
    text = (
        "Chelsea beat Stoke 2-1 at Stamford Bridge on Saturday. "
        "Oscar was withdrawn at half time but his manager insisted he was not struggling and "
        "would bounce back."
    )
    summary = (
        "Oscar was substituted, but Mourinho insists he is not struggling and will bounce back."
    )
    reasons = [r.type for r in reported(summary, text)]
    assert "speaker_mismatch" not in reasons


def test_an_article_speaker_in_apposition_is_not_the_subject() -> None:
    text = (
        "A morbidly obese man who piled on the pounds thanks to a twice-daily takeaway habit and "
        "'hated leaving the house' because of his looks has lost 19st in just one year. "
        "David Rush, 33, from Lisburn, Northern Ireland, felt that he 'shouldn't go out' because "
        "of his size but lost the weight after plucking up the courage to start cycling."
    )
    summary = (
        "Mr Rush says he was embarrassed by his size and 'hated leaving the house' He lost the "
        "weight after plucking up the courage to start cycling."
    )
    reasons = [r.type for r in reported(summary, text)]
    assert "speaker_mismatch" not in reasons


def test_a_place_in_the_speakers_appositive_is_not_the_speaker() -> None:
    # the annotator read "West Yorkshire" as the one who said it (the hometown's region, now
    # part of the description: tests/annotate/attribution/test_phrases.py); Jane Doyle said it
    text = (
        "A mother who was told she would never run again has finished the London Marathon. "
        "Jane Doyle, 41, from Leeds, West Yorkshire, said that she 'couldn't give up' because "
        "of her children but finished the race after months of training."
    )
    ending = (
        " says she couldn't give up because of her children and finished the race after months "
        "of training."
    )
    assert "speaker_mismatch" in _speaker_reasons("West Yorkshire" + ending, text)
    assert "speaker_mismatch" not in _speaker_reasons("Jane Doyle" + ending, text)


_MANAGER_ARTICLE = (
    "Chelsea beat Stoke 2-1 at Stamford Bridge on Saturday{coach}. "
    "Eden Hazard scored the opening goal from the penalty spot. "
    "His manager insisted the winger would stay at the club next season despite interest "
    "from Real Madrid."
)


def _speaker_reasons(summary: str, text: str) -> list[str]:
    return [r.type for r in reported(summary, text)]


def test_an_unresolved_description_is_no_evidence_for_a_name_nearby() -> None:
    # "His manager" is nobody the article names; Hazard is named beside it but is not him
    text = _MANAGER_ARTICLE.format(coach="")
    summary = (
        "Eden Hazard insists the winger will stay at the club next season despite interest "
        "from Real Madrid."
    )
    assert "speaker_mismatch" in _speaker_reasons(summary, text)


_FAR_ARTICLE = (
    "Tom Hale and Sam Reid started in midfield for Chelsea against Stoke on Saturday.{said} "
    "The home side took the lead through a penalty before the break. "
    "Stoke equalised with a long shot from their own half. "
    "Loic Remy sealed the points with a header in the second half. "
    "The result keeps Chelsea top of the table with seven games left. "
    "Reid was withdrawn at half time but his manager insisted he was not struggling and would "
    "bounce back."
)


def test_an_unresolved_description_is_not_a_person_named_far_off_who_never_speaks() -> None:
    # Hale is named only far from the passage and is given no statement anywhere
    summary = (
        "Reid was substituted, but Tom Hale insists he is not struggling and will bounce back."
    )
    assert "speaker_mismatch" in _speaker_reasons(summary, _FAR_ARTICLE.format(said=""))
    # a person the article quotes elsewhere may be the one it describes here
    quoted = _FAR_ARTICLE.format(said=" Hale said the team had been tired after the break.")
    assert "speaker_mismatch" not in _speaker_reasons(summary, quoted)


def test_a_name_the_article_gives_the_description_is_not_flagged() -> None:
    # "manager Jose Mourinho": the article says who the manager is
    text = _MANAGER_ARTICLE.format(coach=", with manager Jose Mourinho watching from the stands")
    summary = (
        "Jose Mourinho insists Eden Hazard will stay at the club next season despite interest "
        "from Real Madrid."
    )
    assert "speaker_mismatch" not in _speaker_reasons(summary, text)
    rival = "Eden Hazard insists he will stay at the club next season despite Real Madrid."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)


def test_a_description_in_the_next_sentence_does_not_describe_a_name() -> None:
    # "... the fighter Danny Cole. His trainer said": Cole is the role, not the trainer
    text = (
        "Actor Sam Reed put on 15 pounds of muscle to play the fighter Danny Cole. "
        "His trainer said the actor did 2,000 sit ups a day for six months before filming."
    )
    summary = "Danny Cole said the actor did 2,000 sit ups a day for six months."
    assert "speaker_mismatch" in _speaker_reasons(summary, text)
    trained = text.replace("the fighter Danny Cole", "a fighter with trainer Danny Cole")
    assert "speaker_mismatch" not in _speaker_reasons(summary, trained)


def test_a_pronoun_points_back_not_forward() -> None:
    # "he" can be Sterling, named before it, but not Tyrer, named only after it
    text = (
        "Raheem Sterling returned to Liverpool training after the international break. "
        "Sterling risked angering Liverpool fans after he said in an interview he was not ready "
        "to sign a contract, blogger David Tyrer wrote on Merseyside."
    )
    rival = "David Tyrer said he was not ready to sign a new contract at Liverpool."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Raheem Sterling said he was not ready to sign a new contract at Liverpool."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


def test_a_pronoun_resolved_to_a_nearer_name_is_not_one_named_further_back() -> None:
    # the annotator resolves "he" to Mark Doyle, named after Paul Kerr: he is not Kerr
    text = (
        "Rovers chairman Paul Kerr watched from the stands on Saturday. "
        "Rovers manager Mark Doyle saw his side draw with United for the third time. "
        "'This is the most important week in the history of this club,' he said."
    )
    rival = "Paul Kerr says this is the most important week in the history of the club."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Mark Doyle says this is the most important week in the history of the club."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


def test_a_pronoun_after_a_run_of_photo_captions_is_not_a_captioned_name() -> None:
    # the captions glued before the quotation name Kerr last; "he" is the manager, Doyle
    text = (
        "Rovers manager Mark Doyle named an unchanged side for the derby at the Den on "
        "Saturday. Doyle (left) and his old friend Paul Kerr during their time at Millwall "
        "Kerr (right) celebrates a goal with Doyle and Kerr (centre) 'This is the most "
        "important week in the history of this club,' he said."
    )
    rival = "Paul Kerr says this is the most important week in the history of the club."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Mark Doyle says this is the most important week in the history of the club."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


def test_an_unresolved_pronoun_is_nobody_the_article_names_only_after_it() -> None:
    # the goalkeeper's "she said" comes before the coach is ever named: she is not the coach
    text = (
        "The goalkeeper has signed a new two-year deal with the club. "
        '"I want to win the league here before I think about leaving," she said. '
        "Coach Maria Lopez called the signing the best news of the summer. "
        "The club finished third last season."
    )
    rival = "Maria Lopez said she wants to win the league at the club before leaving."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    # named before the pronoun, the coach may be the one it points back to
    named_first = text.replace("The goalkeeper has", "Maria Lopez's goalkeeper has")
    assert "speaker_mismatch" not in _speaker_reasons(rival, named_first)


def test_a_pronoun_is_the_name_its_own_sentence_gives_before_it() -> None:
    # the coach is named in the sentence before, but "he" follows Cole in its own sentence
    text = (
        "Coach Sam Baker watched training at the club on Monday morning. "
        "Tom Cole angered the fans after he said in an interview he was not ready to sign a "
        "new deal. The club play Leeds on Saturday."
    )
    rival = "Sam Baker said he was not ready to sign a new deal at the club."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Tom Cole said he was not ready to sign a new deal at the club."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


def test_a_name_sharing_a_prefix_with_a_common_word_of_the_speaker_is_a_rival() -> None:
    # "Promotions" and "promoter" share five letters; only a capitalized word of the article's
    # speaker ("Belgian"/"Belgium") can stand for the summary's by a prefix
    text = (
        "Top Rank promoter Bob Arum says the draft contract he received is different to the "
        "terms that were agreed. Mayweather Promotions has denied any change to the deal."
    )
    rival = "Mayweather Promotions says the draft contract he received is different to the terms."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Bob Arum says the draft contract he received is different to the terms."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


def test_the_same_statement_in_other_word_forms_is_matched_to_its_speaker() -> None:
    # "believed ... looked to be tiring" is "felt that ... looked tired": Wilmots's statement
    text = (
        "Eden Hazard was substituted after 62 minutes of Belgium's win over Israel. "
        "Belgium manager Marc Wilmots said he felt that Hazard looked tired after a long season."
    )
    rival = "Eden Hazard said he believed Hazard looked to be tiring."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Marc Wilmots said he believed Hazard looked to be tiring."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


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


def test_a_speaker_the_article_statement_names_first_is_not_flagged() -> None:
    # KSL reports what Lawrence plans: the summary may give Lawrence as the one who plans it
    text = (
        "Wil Lawrence took the photos of his son with his wife Jessica Fuller at home in Utah. "
        "After receiving positive feedback, Lawrence decided to compile the photos in a calendar "
        "and plans to donate half the proceeds to two Down Syndrome foundations, KSL reports."
    )
    right = "Lawrence plans to put the photos in a calendar and donate half the proceeds."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)
    rival = "Jessica Fuller plans to put the photos in a calendar and donate half the proceeds."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)


def test_the_subject_of_the_article_statement_is_not_its_speaker() -> None:
    # United are what Mata talks about, not who says it
    text = (
        "Manchester United beat Aston Villa 3-1 at Old Trafford on Saturday. "
        "Juan Mata says Manchester United need to look at the next seven Premier League games "
        "as finals if they are to finish in the top four."
    )
    rival = "Manchester United says his side must look at the next seven games as finals."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Juan Mata says his side must look at the next seven games as finals."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


def test_a_plural_of_the_article_speaker_names_them() -> None:
    text = (
        "Labour attacked the government over food banks on Tuesday. "
        "The Tory party said the best way to help families was to get people into work."
    )
    right = "Tories said getting people working was the best way to help families."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)
    rival = "Labour said getting people working was the best way to help families."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)


_FAR_ATTRIBUTION_ARTICLE = (
    "The number of people using food banks passed a million last year, the Trussell Trust said. "
    "But Tory minister Iain Duncan Smith questioned the figures and insisted that the best way "
    "to help families was to get people into work. "
    "Union leader Frances O'Grady called the figures shameful. "
    "The trust runs more than 400 food banks across the country. "
    "Volunteers hand out parcels of tinned food, pasta and tea. "
    "Demand has risen sharply in cities in the north of England. "
    "The charity wants the government to review benefit sanctions. "
    "Ministers deny that welfare reforms have driven up demand. "
    "The row is likely to continue until the election in May. "
    "A leaflet handed to voters read: 'Getting people working is better than providing "
    "hand-outs.'"
)


def test_a_statement_attributed_outside_the_aligned_passage_is_matched_to_its_speaker() -> None:
    # the last sentence aligns best, but the article attributes the statement in its second
    rival = "Frances O'Grady said getting people working was better than providing hand-outs."
    assert "speaker_mismatch" in _speaker_reasons(rival, _FAR_ATTRIBUTION_ARTICLE)
    right = "Iain Duncan Smith said getting people working was better than providing hand-outs."
    assert "speaker_mismatch" not in _speaker_reasons(right, _FAR_ATTRIBUTION_ARTICLE)


def test_a_statement_the_summary_speaker_also_made_is_no_mismatch() -> None:
    # O'Grady says much the same as well: the summary may mean her statement
    text = _FAR_ATTRIBUTION_ARTICLE.replace(
        "called the figures shameful.",
        "said getting families into work would help people more than hand-outs.",
    )
    summary = "Frances O'Grady said getting people working was better than providing hand-outs."
    assert "speaker_mismatch" not in _speaker_reasons(summary, text)


def test_a_quotation_continuing_an_attributed_one_is_its_speakers_statement() -> None:
    # the statement is in the quotation after "Sherwood said: ‘...", which has no cue of its
    # own (British style: a quotation going on in a new sentence opens with a mark again)
    text = (
        "Aston Villa host Queens Park Rangers on Tuesday night. "
        "Tim Sherwood said: ‘I have never seen the players so focused in training. "
        "‘This is the biggest game of my managerial career. "
        "Rangers manager Chris Ramsey named an unchanged side for the trip."
    )
    rival = "Chris Ramsey says this is the biggest game of his managerial career."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Tim Sherwood says this is the biggest game of his managerial career."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


def test_a_resolved_speaker_is_also_what_the_article_calls_them_elsewhere() -> None:
    # "He" is Iain Duncan Smith, whom the article calls "Tory benefits chief" before
    text = (
        "Tory benefits chief Iain Duncan Smith questioned the figures on Tuesday. "
        "Labour said the figures were a disgrace. "
        "The trust runs more than 400 food banks across the country. "
        "Mr Duncan Smith said the numbers were unverified. "
        "He added: 'The best way to help families is to get more people into work.'"
    )
    right = "Tories said the best way to help families is getting people into work."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)
    rival = "Labour said the best way to help families is getting people into work."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)


def test_a_possessive_owner_in_the_speakers_phrase_is_somebody_else() -> None:
    # "Manny Pacquiao's promoter Bob Arum": Arum is the promoter, not Pacquiao
    text = (
        "Manny Pacquiao's promoter Bob Arum said the contracts for the fight in Las Vegas have "
        "yet to be signed. The fight takes place in two weeks. Tickets have yet to go on sale. "
        "Mr Arum added: 'The draft contract I received is different to the terms that were "
        "agreed.'"
    )
    ending = " says the draft contract he received is different to the agreed terms."
    assert "speaker_mismatch" in _speaker_reasons("Manny Pacquiao" + ending, text)
    assert "speaker_mismatch" not in _speaker_reasons("Bob Arum" + ending, text)
    assert "speaker_mismatch" not in _speaker_reasons("Pacquiao's promoter" + ending, text)


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
