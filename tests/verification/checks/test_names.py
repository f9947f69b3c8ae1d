"""factkit.verification.checks.names: names judged against the whole article, with clipped
forms, descriptions and common abbreviations, and spans that point at the name itself."""

from __future__ import annotations

import pytest

from factkit.document import Verification
from factkit.ingest import article_from_text
from factkit.split import split_sentences
from factkit.verification import Verifier, verify
from factkit.verification.decision import SlotDecider
from tests.verification.checks.conftest import reported, reported_spans

MATCH = (
    "Raith Rovers lost 2-0 to Hibs at Easter Road on Saturday. "
    "Striker Jason Cummings scored both goals for the home side. "
    "Manager Alan Stubbs said his players had been patient. "
    "The Frenchman Franck Dja Djedje came on as a substitute and was shown live on TV."
)


def name_reasons(result: Verification, summary: str) -> list[str]:
    """The summary text each ``entity_not_in_source`` reason points at."""
    out = []
    for sentence in result.sentences:
        for r in sentence.reasons:
            if r.type == "entity_not_in_source":
                assert r.summary_span is not None
                out.append(summary[r.summary_span[0] : r.summary_span[1]])
    return out


@pytest.mark.parametrize(
    "summary",
    [
        pytest.param(
            "Raith Rovers lost 2-0 to Hibernian at Easter Road on Saturday.",
            id="a long form of a clipped article name is that name",
        ),
        pytest.param(
            "Cummings scored both goals for the home side.",
            id="a surname links to the full name",
        ),
        pytest.param(
            "The Frenchman came on as a substitute.",
            id="a demonym for an article person is not missing from the article",
        ),
        pytest.param(
            "Franck Dja Djedje came on as a substitute and was shown live on TV.",
            id="a common abbreviation is no name",
        ),
    ],
)
def test_a_name_the_article_gives_in_another_form_is_not_reported(summary: str) -> None:
    assert name_reasons(verify(summary, MATCH), summary) == []


def test_a_name_missing_from_the_article_is_reported_without_the_word_before_it() -> None:
    summary = "But Gordon Strachan came on as a substitute."
    result = verify(summary, MATCH)
    assert name_reasons(result, summary) == ["Gordon Strachan"]


RANGERS = (
    "Rangers kept the pressure on Hibernian with a comfortable 4-0 win over Raith Rovers. "
    "Hibs won earlier, so Rangers had to respond. Harry Kane scored twice for Tottenham."
)


@pytest.mark.parametrize(
    ("summary", "alias", "stranger"),
    [
        ("Gers beat Raith Rovers 4-0.", "Gers", "Celtic"),
        ("Raith Rovers lost 4-0 to the Light Blues.", "Light Blues", "Hoops"),
        ("Harry Kane scored twice for Spurs on Sunday.", "Spurs", "Gunners"),  # Arsenal's
        # a nickname opening the sentence is judged whole, not as its second word
        ("Light Blues beat Raith Rovers 4-0.", "Light Blues", "Black Cats"),
    ],
)
def test_an_alias_of_an_article_name_the_article_never_writes_is_a_mention_of_it(
    summary: str, alias: str, stranger: str
) -> None:
    # the article says only "Rangers" and "Tottenham": their nicknames name them; a name that
    # is no alias of an article name is still reported
    assert name_reasons(verify(summary, RANGERS), summary) == []
    other = summary.replace(alias, stranger)
    assert name_reasons(verify(other, RANGERS), other) == [stranger]


def test_a_country_the_article_writes_in_capitals_is_given_under_its_alias() -> None:
    article = "The US economy grew by 3% last year, officials in Washington said."
    summary = "America's economy grew by 3% last year."
    assert reported_spans(summary, article, "entity_not_in_source") == []
    other = summary.replace("America", "Britain")
    assert reported_spans(other, article, "entity_not_in_source") == ["Britain's"]


def test_a_rival_of_the_same_type_in_the_aligned_sentence_is_still_caught() -> None:
    summary = "Striker Alan Stubbs scored both goals for the home side."
    assert name_reasons(verify(summary, MATCH), summary) == ["Alan Stubbs"]


def test_a_team_opening_like_the_article_one_in_its_slot_is_a_rival() -> None:
    article = (
        "Real Madrid were held to a 2-2 draw at the Bernabeu on Saturday evening. "
        "Earlier in the week, Real Union had sacked their manager after a poor run. "
        "Leaders Barcelona are four points clear of Real Madrid with eight games left."
    )
    summary = "Leaders Barcelona are four points clear of Real Union with eight games left."
    # the two clubs share "Real": the article's "Real Madrid" is no form of "Real Union"
    assert name_reasons(verify(summary, article), summary) == ["Real Union"]
    kept = summary.replace("Union", "Madrid")
    assert name_reasons(verify(kept, article), kept) == []


@pytest.mark.parametrize(
    ("summary", "reported"),
    [
        ("Tuesday Gordon Strachan came on as a substitute.", ["Gordon Strachan"]),
        (
            "Striker Jason Cummings scored both goals in Saturday's Hampden Park win.",
            ["Hampden Park"],
        ),
        ("Raith Rovers lost 2-0 in Saturday's Hibs match.", []),
    ],
)
def test_a_name_after_a_date_opening_its_capitalized_run_is_still_judged(
    summary: str, reported: list[str]
) -> None:
    # the date has its own check; the name after it must still be the article's
    assert name_reasons(verify(summary, MATCH), summary) == reported


CLUB = (
    "The Cherries went down 2-1 at Sunderland on Saturday. "
    '"It shouldn\'t be down to a lack of confidence," Howe told BBC Radio Solent. '
    "Bournemouth were stunned by goals from Victor Anichebe and Jermain Defoe. "
    "Midfielder Bobby Hernandez, 29, missed the game with a knee injury."
)


def name_slots(summary: str, article: str) -> dict[str, float]:
    """The summary text of each judged name slot -> the share of its words the article lacks."""
    verifier = Verifier()
    verifier.trace = []
    verifier.verify(summary, article_from_text(article), split_sentences(article))
    return {
        summary[int(ev["span_start"]) : int(ev["span_end"])]: float(ev["absent"])  # type: ignore[arg-type]
        for ev in verifier.trace
        if ev["check"] == "name"
    }


def test_a_summary_full_name_is_linked_to_the_article_surname() -> None:
    # "Eddie Howe" where the article says "Howe": judged in the surname's slot, the given
    # name weighed as the summary's own, not reported as a name the article never gives
    summary = "Bournemouth manager Eddie Howe says his side's form is not down to confidence."
    result = verify(summary, CLUB)
    assert not any(
        "names only" not in r.detail and "Eddie Howe" in r.detail
        for s in result.sentences
        for r in (*s.reasons, *s.notes)
    )
    assert name_slots(summary, CLUB)["Eddie Howe"] == 0.5


def test_a_surname_the_article_gives_with_another_given_name_is_a_rival_person() -> None:
    summary = "Midfielder Carlos Hernandez missed the game with a knee injury."
    assert name_reasons(verify(summary, CLUB), summary) == ["Carlos Hernandez"]
    assert "Carlos Hernandez" not in name_slots(summary, CLUB)


def test_a_long_form_before_its_own_acronym_that_the_article_gives_is_known() -> None:
    article = (
        "Mr Elliott served in the UDR for 10 years, between 1982 and 1992. "
        "He is now the MP for Fermanagh and South Tyrone."
    )
    summary = "Mr Elliott served in the Ulster Defence Regiment (UDR) for 10 years."
    assert "Ulster Defence Regiment" in name_slots(summary, article)
    assert name_slots(summary, article)["Ulster Defence Regiment"] == 0.0


def test_a_person_is_no_rival_for_a_place_the_summary_names_with_in() -> None:
    article = (
        "The boy, Julian Hernandez, disappeared when he was five. "
        "Bobby Hernandez, 53, was arrested and is being held at a jail. "
        "The agency worked with Alabama police to confirm the boy's identity."
    )
    summary = "A boy who disappeared in Alabama when he was five has been found."
    reasons = [r.detail for r in reported(summary, article)]
    assert not any("Hernandez" in d for d in reasons)


def test_a_name_qualifying_a_role_is_supported_by_the_article_giving_it_anywhere() -> None:
    # "Bournemouth" describes the manager; the quote's sentence need not name the club
    article = (
        "Bournemouth were stunned by goals from Victor Anichebe and Jermain Defoe. "
        "The Cherries went down 2-1 at Sunderland on Saturday. "
        "Dan Gosling's goal was their first for three games. "
        "They have now lost four of their last five league games. "
        '"It shouldn\'t be down to a lack of confidence," Howe told BBC Radio Solent.'
    )
    summary = "Bournemouth manager Howe says his side's form is not down to a lack of confidence."
    details = [r.detail for r in reported(summary, article)]
    assert not any("Bournemouth" in d for d in details)
    assert "Bournemouth" not in name_slots(summary, article)  # not judged by its window


def test_a_rival_team_before_the_same_role_is_still_caught() -> None:
    article = (
        "Chelsea boss Jose Mourinho praised his players after the win over Stoke. "
        "He said the title race was not over yet. "
        "Liverpool lost to Swansea on Sunday."
    )
    summary = "Liverpool boss Jose Mourinho praised his players after the win over Stoke."
    assert name_reasons(verify(summary, article), summary) == ["Liverpool"]


# the manager is named only in an early sentence; the table standing is in a later one
LEAGUE = (
    "Bayern boss Pep Guardiola has a long injury list to contend with this month. "
    "Bastian Schweinsteiger and Franck Ribery both missed training on Monday. "
    "The club's doctor said the pair would be assessed again later in the week. "
    "The champions travel to Porto for the first leg of the quarter-final on Wednesday. "
    "Bayern are ten points clear at the top of the Bundesliga with seven games left."
)


def test_a_possessive_name_for_the_team_its_person_leads_is_not_judged_by_its_window() -> None:
    summary = "Pep Guardiola's side are ten points clear at the top of the Bundesliga."
    assert name_reasons(verify(summary, LEAGUE), summary) == []
    assert "Guardiola's" not in name_slots(summary, LEAGUE)


def test_a_possessive_name_of_something_else_is_still_judged_by_its_window() -> None:
    summary = "Pep Guardiola's car is ten points clear at the top of the Bundesliga."
    assert "Guardiola's" in name_slots(summary, LEAGUE)


# a list the splitter cuts into sentences, after the sentence the summary's words come from
TIGHT = (
    "Pep Guardiola split his trousers during the win over Porto on Tuesday night. "
    "Other stars have been guilty of wearing trousers that are a little too tight. "
    "So, who is guilty of worshipping at the altar of super-tight slacks? "
    "Russell Brand. Guilty. Dermot O'Leary. Guilty. Olly Murs. "
    "Harry Styles prefers loose jeans and a denim jacket on stage."
)


def test_names_of_a_list_the_article_gives_together_are_not_judged_by_their_window() -> None:
    summary = (
        "Other stars guilty of wearing trousers a little too tight include Russell Brand, "
        "Olly Murs and Dermot O'Leary."
    )
    assert name_reasons(verify(summary, TIGHT), summary) == []
    assert not {"Russell Brand", "Olly Murs", "Dermot O'Leary"} & set(name_slots(summary, TIGHT))


def test_a_list_name_the_article_gives_apart_from_the_list_is_still_judged() -> None:
    summary = (
        "Other stars guilty of wearing trousers a little too tight include Russell Brand "
        "and Harry Styles."
    )
    assert "Harry Styles" in name_slots(summary, TIGHT)


LISTED = (
    "Tom Smith grew up in Leeds and joined the academy at the age of nine. "
    "The talented young midfielder dreams of one day turning out for Real Madrid or Barcelona. "
    "His father, a keen Chelsea fan, drives him to training every day. "
    "Sir Bradley Wiggins, in one of his last rides for Team Sky, was one of a number of riders "
    "to hit the deck during the race."
)


@pytest.mark.parametrize(
    ("summary", "wrong"),
    [
        pytest.param(
            "He dreams of one day turning out for Barcelona.", [], id="one name of a list"
        ),
        pytest.param(
            "Sir Bradley Wiggins was one of a number of riders to hit the deck.",
            [],
            id="a name without the insertion after it",
        ),
        pytest.param(
            "He dreams of one day turning out for Chelsea.",
            ["Chelsea"],
            id="a name from elsewhere in the list's slot",
        ),
        pytest.param(
            "Tom Smith was one of a number of riders to hit the deck.",
            ["Tom Smith"],
            id="a name from elsewhere before the insertion's verb",
        ),
    ],
)
def test_a_name_the_summary_takes_out_of_a_list_or_past_an_insertion_keeps_its_slot(
    summary: str, wrong: list[str]
) -> None:
    assert name_reasons(verify(summary, LISTED), summary) == wrong


OFFICE = (
    "The Prime Minister opened the campaign in Manchester on Monday morning. "
    "Crowds gathered outside the hall to watch the speech. "
    "Ed Balls predicted a rise in VAT after the election. "
    "Labour will increase taxes by £3,028 for every family, the Conservatives claimed. "
    "Nick Clegg called the plans economically illiterate."
)


def test_an_office_alone_refers_to_its_holder_and_is_not_judged_as_a_name() -> None:
    summary = "Prime Minister has claimed Labour will increase taxes."
    assert name_reasons(verify(summary, OFFICE), summary) == []
    # an office before a name the article does not give is no excuse for the name
    summary = "Prime Minister Gordon Brown opened the campaign in Manchester on Monday morning."
    (flagged,) = name_reasons(verify(summary, OFFICE), summary)
    assert flagged.endswith("Minister Gordon Brown")


PLACES = (
    "A Florida woman is facing charges after kicking a deputy several times in the leg. "
    "The woman, 23, was taken to the county jail and released on bail on Saturday. "
    "Police were called to Boonies Bar in West Palm Beach on Friday night after a report "
    "about a woman refusing to leave. "
    "The manager said she had a similar problem with the woman in Miami last year. "
    "The deputy had driven from Hamilton Park in Boca Raton, Florida, that evening."
)


@pytest.mark.parametrize(
    ("summary", "wrong"),
    [
        pytest.param(
            "The incident occurred outside a bar in West Palm Beach in Florida.",
            [],
            id="a place locating the place before it",
        ),
        pytest.param(
            "Police were called to a bar in Miami on Friday night.",
            ["Miami"],
            id="a place from elsewhere in the passage's slot",
        ),
        pytest.param(
            "The deputy had driven from Hamilton Park in Boca Raton, Miami, that evening.",
            ["Miami"],
            id="another place than the article locates the place in",
        ),
    ],
)
def test_a_place_that_locates_the_place_before_it_is_not_judged_by_its_passage(
    summary: str, wrong: list[str]
) -> None:
    assert name_reasons(verify(summary, PLACES), summary) == wrong


IMPACT = (
    "Scientists have long puzzled over the make-up of the moon. "
    "Many researchers believe the moon formed after Earth was hit by another planet billions "
    "of years ago. "
    "The impact would have melted much of the young planet's surface. "
    "Rocks brought back by astronauts show the same oxygen make-up as the Earth. "
    "That puzzled researchers for decades, the study's authors said. "
    "Some teams have proposed that the impact was far more violent. "
    "Its Mars-sized parent body has been given the name Theia by researchers."
)


def test_a_name_shaping_a_hyphenated_description_is_not_judged_by_its_passage() -> None:
    summary = "A Mars-sized planet hit the Earth billions of years ago."
    assert name_reasons(verify(summary, IMPACT), summary) == []
    summary = "A Venus-sized planet hit the Earth billions of years ago."  # never in the article
    assert name_reasons(verify(summary, IMPACT), summary) == ["Venus-sized"]


OWNER = (
    "Brendan Rodgers has warned Manchester City off Raheem Sterling. "
    "City have spent heavily on players since the takeover in 2008, he said. "
    "Rodgers indicated it could take two decades for Sheik Mansour's club to reach the status "
    "of Liverpool. "
    "City have been linked with a £50million move for Sterling. "
    "Roman Abramovich watched the game from the stands."
)


def _rivals(summary: str) -> list[str]:
    """The article text each name reason of ``summary`` against ``OWNER`` gives as its rival."""
    return [
        OWNER[r.source_start : r.source_end]
        for r in reported(summary, OWNER)
        if r.type == "entity_not_in_source" and r.source_start is not None
    ]


def test_an_owner_whose_possessive_stands_for_the_club_is_no_rival_for_the_club() -> None:
    summary = (
        "Rodgers indicated it could take two decades for City to reach the status of Liverpool."
    )
    assert "Sheik Mansour's" not in _rivals(summary)
    # another owner's club in that slot is still the wrong one
    summary = (
        "Rodgers indicated it could take two decades for Roman Abramovich's club to reach the "
        "status of Liverpool."
    )
    assert _rivals(summary) == ["Sheik Mansour's"]


ARREST = (
    "Police in Maryland have arrested karate instructor Alex Soumbadze, 26, at his home in "
    "Bethesda. Soumbadze, who was born in Tbilisi, confessed to trading and uploading videos "
    "that were found at his home in early April. Officers said the investigation began in March."
)


def test_a_place_of_the_article_in_a_persons_slot_is_reported_as_such() -> None:
    # "Tbilisi" is in the best supporting sentence, so no rival fills its slot; but the
    # article gives it as a place ("born in Tbilisi") and the summary as the one who confessed
    summary = "Tbilisi confessed to trading and uploading videos that were found at his home."
    result = verify(summary, ARREST)
    assert name_reasons(result, summary) == ["Tbilisi"]
    assert "uses it as a person" in result.sentences[0].reasons[0].detail
    summary = "Soumbadze, 26, was arrested at his home in Bethesda."
    assert name_reasons(verify(summary, ARREST), summary) == []


LIGA = (
    "Getafe took a step closer to survival with a 1-0 win over Elche on Sunday. "
    "Felipe Caicedo scored twice for Espanyol in the 3-0 defeat of Villarreal. "
    "Villarreal have now gone six games without a win in all competitions."
)


def test_a_name_swapped_within_one_article_sentence_is_caught_by_its_neighbours() -> None:
    # "Villarreal" is in the aligned sentence, so it is not absent; but the words around it
    # ("scored ... 3-0 defeat") hold "Espanyol" there, and nowhere hold "Villarreal"
    summary = "Felipe Caicedo scored a brace in Villarreal's 3-0 defeat of Villarreal."
    result = verify(summary, LIGA)
    assert name_reasons(result, summary) == ["Villarreal's"]
    reason = result.sentences[0].reasons[0]
    assert reason.source_start is not None and reason.source_end is not None
    assert LIGA[reason.source_start : reason.source_end] == "Espanyol"


def test_the_right_name_in_the_same_article_sentence_is_not_flagged() -> None:
    summary = "Felipe Caicedo scored a brace in Espanyol's 3-0 defeat of Villarreal."
    assert name_reasons(verify(summary, LIGA), summary) == []


CAPTIONED = (
    "Chelsea beat Everton 2-0 at Stamford Bridge on Saturday. "
    "Eden Hazard scored both goals in the second half.\n\n"
    "Marouane Fellaini (left) celebrates with Axel Witsel during training\n\n"
    "Manager Jose Mourinho praised his side after the match. "
    "The win leaves Chelsea ten points clear."
)


def test_a_name_the_article_gives_only_in_a_caption_is_judged_as_one_it_gives_elsewhere() -> None:
    """A photo caption is article text: its names are judged as those of any body sentence
    outside the passage (no rival of the same type in the slot: no flag)."""
    assert split_sentences(CAPTIONED)[2].kind == "caption"
    as_body = CAPTIONED.replace(
        "Marouane Fellaini (left) celebrates with Axel Witsel during training",
        "Marouane Fellaini celebrated with Axel Witsel during training.",
    )
    assert split_sentences(as_body)[2].kind == "body"
    for article in (CAPTIONED, as_body):
        summary = "Eden Hazard scored both goals in the second half against Axel Witsel."
        assert name_reasons(verify(summary, article), summary) == []
        summary = "Axel Witsel scored both goals in the second half."  # Hazard fills the slot
        assert name_reasons(verify(summary, article), summary) == ["Axel Witsel"]


REFEREE = (
    "Ronnie Hart beat Sam Ward 13-9 in the second round at the Crucible on Monday. "
    "Hart was warned by referee Paul Kent after a rude gesture in the fourth frame. "
    "Ward said he had not seen the gesture and wished Hart well for the quarter-final. "
    "The tournament runs until early May in Sheffield."
)


def test_a_name_after_a_role_noun_the_article_gives_another_person_is_a_swap() -> None:
    # "referee Sam Ward": the article's one referee is Paul Kent, though Ward is in the passage
    summary = "Ronnie Hart was warned by referee Sam Ward in the second round."
    rivals = [
        REFEREE[r.source_start : r.source_end]
        for r in reported(summary, REFEREE)
        if r.type == "entity_not_in_source" and r.source_start is not None
    ]
    assert rivals == ["Paul Kent"]
    summary = "Ronnie Hart was warned by referee Paul Kent in the second round."
    assert not [r for r in reported(summary, REFEREE) if r.type == "entity_not_in_source"]


def test_a_flagged_name_the_passage_gives_is_not_called_missing_from_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the decision layer may flag a name its supporting passage does give: the reason must
    # then say so and point at that mention, not claim the passage lacks the name
    real = SlotDecider.flag

    def flag_names(self: SlotDecider, check: str, ev: dict[str, float], rule: bool) -> bool:
        return check == "name" or real(self, check, ev, rule)

    monkeypatch.setattr(SlotDecider, "flag", flag_names)
    summary = "Striker Jason Cummings scored both goals for the home side."
    got = [r for r in reported(summary, MATCH) if r.type == "entity_not_in_source"]
    assert len(got) == 1
    assert "not in the article sentences" not in got[0].detail
    assert "names 'Jason Cummings' in the passage" in got[0].detail
    assert got[0].source_start is not None and got[0].source_end is not None
    mention = MATCH[got[0].source_start : got[0].source_end]
    assert "Jason Cummings" in mention and "scored" not in mention  # the name, not its sentence


def test_a_rival_quoted_from_the_article_leaves_out_the_conjunction_before_it() -> None:
    article = (
        "Rotherham were docked three points for fielding an ineligible player. "
        "If Rotherham win, Wigan will be relegated if they fail to win. "
        "Dover drew with Barnet last week."
    )
    summary = "If Dover win, Wigan will be relegated if they fail to win."
    [reason] = [r for r in reported(summary, article) if r.type == "entity_not_in_source"]
    assert reason.source_start is not None and reason.source_end is not None
    assert article[reason.source_start : reason.source_end] == "Rotherham"
    assert "'Rotherham'" in reason.detail


TABLE = (
    "Per Mertesacker said Jurgen Klopp would be a top manager in the league. "
    "It was another bad day for Burnley. Sean Dyche said Burnley would keep fighting. "
    "The win leaves Burnley, who have lost six in a row, four points from safety."
)


def test_a_name_the_article_never_writes_after_the_is_reported_after_the() -> None:
    # "Burnley" is in the article, bare every time, and no other name fills the slot in
    # the aligned sentence; "in the Burnley" puts it where a name that takes "the" belongs
    summary = "Mertesacker said Klopp would be a top manager in the Burnley."
    result = verify(summary, TABLE)
    assert name_reasons(result, summary) == ["Burnley"]
    assert "never writes 'the' before" in result.sentences[0].reasons[0].detail
    summary = "Sean Dyche said Burnley would keep fighting."
    assert name_reasons(verify(summary, TABLE), summary) == []


VOTES = (
    "Youssef Mensah has cast his vote for the Player of the Year awards and picked "
    "Richard for the main prize. Richard was delighted with the news."
)


def test_a_swapped_name_with_a_demonym_ending_is_judged() -> None:
    # "Richard" ends like "Spaniard"; a suffix pattern took it for a description and left the
    # swapped subject unjudged
    summary = "Richard has revealed votes for the Player of the Year awards."
    (reason,) = reported(summary, VOTES)
    assert reason.type == "entity_not_in_source"
    assert summary[reason.summary_span[0] : reason.summary_span[1]] == "Richard"
    assert reported("Youssef Mensah has cast his vote for the awards.", VOTES) == []


def test_a_demonym_after_the_stays_a_description() -> None:
    # the article never says "Frenchman": a description left unjudged, not a missing name
    assert reported("The Frenchman has cast his vote for the awards.", VOTES) == []
    assert reported("Mensah, the Welshman, has cast his vote for the awards.", VOTES) == []


PARTY = (
    "The charity said food bank use had risen again this year. "
    "But Tory minister Iain Duncan Smith insisted the best way to help families was to get "
    "people into work."
)


def test_a_plural_of_a_short_article_name_is_that_name() -> None:
    # "Tories" for the article's "Tory": too short for the shared five-letter stem
    summary = "Tories said the best way to help families was to get people into work."
    assert name_reasons(verify(summary, PARTY), summary) == []


def test_a_plural_the_article_never_gives_in_the_singular_is_still_missing() -> None:
    summary = "Whigs said the best way to help families was to get people into work."
    assert "Whigs" in " ".join(
        r.detail for s in verify(summary, PARTY).sentences for r in s.reasons
    )


PLAYLIST = (
    "Arsenal players have revealed their ultimate pre-game playlist ahead of their Premier "
    "League tie with Burnley.\n\n"
    "Olivier Giroud selected Coldplay's 'Every Teardrop Is A Waterfall' as his selected track."
    "\n\nTheo Walcott opted for an old LL Cool J song, while Nacho Monreal went for David Guetta."
)


def _playlist_rivals(summary: str) -> list[str]:
    return [
        PLAYLIST[r.source_start : r.source_end]
        for r in reported(summary, PLAYLIST)
        if r.type == "entity_not_in_source" and r.source_start is not None
    ]


def test_a_name_in_a_quoted_title_is_no_rival() -> None:
    from factkit.verification.references import in_quoted_title

    start = PLAYLIST.index("Waterfall")
    assert in_quoted_title(PLAYLIST, start, start + len("Waterfall"))
    # the song's words name a work, not the band whose slot they share
    summary = "Arsenal striker Danny Welbeck selected Coldplay as his selected track."
    assert _playlist_rivals(summary) == []
    # a person in another person's slot is still one
    assert _playlist_rivals("Theo Walcott selected Coldplay's song as his selected track.") == [
        "Olivier Giroud"
    ]


def test_a_quotation_in_words_of_speech_is_no_title() -> None:
    from factkit.verification.references import in_quoted_title

    text = "He said: 'We are going to beat Chelsea on Sunday' after the game."
    start = text.index("Chelsea")
    assert not in_quoted_title(text, start, start + len("Chelsea"))


def _marked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kinds the rules mark certain (``SlotDecider.mark_certain``) from now on."""
    marked: list[str] = []
    real = SlotDecider.mark_certain

    def record(self: SlotDecider, kind: str) -> None:
        marked.append(kind)
        real(self, kind)

    monkeypatch.setattr(SlotDecider, "mark_certain", record)
    return marked


def test_a_team_opening_the_sentence_where_the_article_has_a_person_subject_is_a_swap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Chelsea" (a team: "at Chelsea") in the subject slot of the article's person: another
    # type is no rival after a role noun, but a predicate's subject is one entity whatever it is
    marked = _marked(monkeypatch)
    article = (
        "Youssef Mensah has cast his vote for the Player of the Year awards and picked Eden "
        "Hazard, who joined Chelsea from Lille in 2012, for the main prize. "
        "Mensah plays for West Brom, who lost at Chelsea on Saturday."
    )
    verify("Chelsea has revealed votes for the Player of the Year awards.", article)
    assert "rival" in marked
    marked.clear()
    verify("Mensah has revealed votes for the Player of the Year awards.", article)
    assert marked == []


def test_a_person_after_the_word_and_preposition_before_the_articles_club_is_a_swap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "appearance for Briscoe": the passage names Briscoe, but "appearance for" holds the club
    marked = _marked(monkeypatch)
    article = (
        "Kevin Sinfield made his 500th appearance for Leeds in the win over Wigan on Friday "
        "night, with winger Tom Briscoe scoring twice. "
        "The captain has spent his whole career at Leeds. Coach Brian McDermott praised him."
    )
    verify("Kevin Sinfield made his 500th appearance for Briscoe on Friday.", article)
    assert "rival" in marked
    marked.clear()
    verify("Kevin Sinfield made his 500th appearance for Leeds on Friday.", article)
    assert marked == []


def test_a_name_before_the_noun_the_article_ties_to_another_name_is_a_swap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Grozny clerics": the article writes "clerics" after "Muslim", never after "Grozny",
    # and no other words of the summary pin the slot
    marked = _marked(monkeypatch)
    article = (
        "The newspaper said influential Muslim clerics close to the leader had sent the "
        "threats. Police in Grozny said they had detained nobody. The editor declined to comment."
    )
    verify("Grozny clerics threatened the paper, its editor says.", article)
    assert "rival" in marked
    marked.clear()
    verify("Muslim clerics threatened the paper, its editor says.", article)
    assert marked == []


def test_a_listed_player_before_a_plural_verb_is_in_a_team_slot() -> None:
    # the article lists him among scorers (a person by his list mates' given names); "were
    # beaten" takes a team
    article = (
        "Joe Hart bemoaned one of his worst days in a Manchester City shirt following Sunday's "
        "derby thumping by Manchester United. The England number one appeared devastated "
        "after the final whistle at Old Trafford. Hart was unable to keep out goals by "
        "United's Ashley Young, Marouane Fellaini, Juan Mata and Chris Smalling. "
        "Manchester City are four points behind rivals United."
    )
    summary = "Marouane Fellaini were beaten by rivals Manchester United on Sunday."
    assert reported_spans(summary, article, "entity_not_in_source") == ["Marouane Fellaini"]
    kept = "Manchester City were beaten by rivals Manchester United on Sunday."
    assert reported_spans(kept, article, "entity_not_in_source") == []


def test_a_subject_alias_is_not_given_by_the_same_team_inside_the_predicate() -> None:
    # "Gers" is Rangers; the article's "Rangers" in "as Rangers manager" is what the summary
    # says of its subject too, so the predicate's subject, Stuart McCall, fills the slot
    article = (
        "Rangers beat Raith Rovers 4-0 at Ibrox on Sunday afternoon. "
        "Nicky Law scored twice for the home side. "
        "Stuart McCall had suffered his first defeat as Rangers manager against Queens last week."
    )
    summary = "Gers suffered his first defeat as Rangers manager last week."
    assert reported_spans(summary, article, "entity_not_in_source") == ["Gers"]
    assert reported("Stuart McCall suffered his first defeat as Rangers manager.", article) == []


def test_a_club_the_passage_calls_by_its_two_word_nickname_is_no_rival() -> None:
    # the passage says "The Tractor Boys, who have now lost ...": Ipswich's nickname, whole
    article = (
        "Ipswich Town manager Mick Carter was unhappy after the defeat at Deepdale. "
        "The Tractor Boys, who have now lost four of their last five away games, were beaten "
        "by two late goals from Preston. Carter said his side had been poor all afternoon."
    )
    summary = "Ipswich have now lost four of their last five away games."
    assert reported(summary, article) == []


PRESS_REVIEW = (
    "Spanish paper Sport says Barcelona will make an offer for the Juventus midfielder this "
    "summer. Barcelona would let him stay in Italy for a year on loan. Also in Spain, Marca look "
    "at Real Madrid's quest to overhaul their rivals at the top of the league. They say that if "
    "Real win their final 12 games to reach a total of 94 points, they can count on winning the "
    "title. That might be easier said than done, however. In Portugal, Record say Benfica will "
    "keep their coach for another season."
)


def test_a_common_word_opening_a_name_still_names_the_sentence() -> None:
    # "Real" opens the sentence and is judged apart from "Madrid"; the article's "if Real win
    # their final 12 games" is the sentence's own team, not a rival in the slot of "Marca"
    summary = "Real Madrid can win the league if they win their final 12 games, says Marca."
    assert reported_spans(summary, PRESS_REVIEW, "entity_not_in_source") == []
