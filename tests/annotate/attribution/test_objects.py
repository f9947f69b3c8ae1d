"""Object rejections: a cue that takes a thing, a call, a name, a prepositional phrase or a
relative pronoun as its object reports nothing; a statement after it still does."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import AttributionFinder, find_attributions
from factkit.split import split_sentences


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the cue takes a thing won, shown or put somewhere, not a statement
        ("Moss claimed her third world title in Oslo on Sunday.", "claimed"),
        ("The fire claimed four lives before dawn.", "claimed"),
        # a sum of money claimed is taken, not said
        ("In one flat, the firm was claiming £2,114 per month in housing benefit.", "claiming"),
        ("The MP claimed more than £100,000 in expenses after he was diagnosed.", "claimed"),
        ("Dan Holt posted a photo of the flooded street on Facebook.", "posted"),
        ("The Kent batsmen posted a total of 310 for six.", "posted"),
        ("He posted a picture online of him 'missing' the top of the Eiffel Tower.", "posted"),
        ("Reed added his name to the list of candidates.", "added"),
        ("The new figures add to the pressure on the mayor.", "add"),
        ("Rivals could add Lopez to their squad next season.", "add"),
        # support, a score, a holiday made: "add" and "declare" say nothing here
        ("The Green Party added their support as they unveiled their manifesto.", "added"),
        ("Laidlaw added the conversion and a penalty just after.", "added"),
        ("The minister declared Monday a public holiday for staff.", "declared"),
        ("Other items declared treasure at the inquest include a mount.", "declared"),
        # goals let in, a thing brought to mind: "concede" and "remind" report nothing here
        ("No team has conceded more own goals than Leicester this season.", "conceded"),
        ("The Daggers have conceded 20 goals more this season.", "conceded"),
        ("The Daggers lost again, and have conceded 20 goals more this season.", "conceded"),
        ("City players were booed after conceding the fourth goal on Sunday.", "conceding"),
        ("While the song plays, it reminds us of fate.", "reminds"),
        ("The 62-year-old reminds every new signing of how far the club has come.", "reminds"),
        # a charge denied, rejected or dismissed by name, a verdict: nothing new is said
        ("The government denies the accusations, and has accused Mr Zaev of lying.", "denies"),
        ("He is also being investigated but denies any wrongdoing.", "denies"),
        ("He had denied the charges but was found guilty after a trial.", "denied"),
        ("Both companies reject the allegations.", "reject"),
        ("Friends of Sir Edward have dismissed the claims.", "dismissed"),
        ("The judge heard the case and found him guilty of theft.", "found"),
        ("The father is a chief and had reported his son missing, officials said.", "reported"),
    ],
)
def test_a_thing_for_an_object_is_no_report(text: str, cue: str) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert all(a.cue != cue for a in found), [(a.speaker, a.cue, a.content) for a in found]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a clause after the noun, a that-clause or quotation, an infinitive: still a report
        ("Moss claimed the title was stolen from her.", "claimed", "Moss"),
        ("The club claimed victory was certain.", "claimed", "The club"),
        ("Smith claimed £3m was missing from the fund.", "claimed", "Smith"),
        ("Smith claimed $5m vanished from the fund.", "claimed", "Smith"),
        ("Dan Holt posted a photo with the words: 'We are safe.'", "posted", "Dan Holt"),
        ("Reed added the team needed to improve quickly.", "added", "Reed"),
        ("Reed added to reporters that the team would improve.", "added", "Reed"),
        ("Reed added he had told them to stay calm.", "added", "Reed"),
    ],
)
def test_a_statement_after_such_a_cue_is_still_reported(text: str, cue: str, speaker: str) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert [a.speaker for a in found if a.cue == cue] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the means after "by", where or for whom "write" composes, a second verb after "and"
        ("McCarthy responded by making two changes at half-time.", "responded"),
        ("ESPN responded by suspending McHenry, but only for one week.", "responded"),
        ("He reviewed art, before writing for Tatler and then the Sunday Times.", "writing"),
        ("They wrote in coffee shops at night during the war.", "wrote"),
        ("I think our team will respond and fix things up.", "respond"),
        # a word or two in quotation marks is a label, not a statement
        ('They wrote in coffee shops and in an "office" in a condemned building.', "wrote"),
    ],
)
def test_a_preposition_or_verb_after_the_cue_with_no_statement_is_no_report(
    text: str, cue: str
) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert all(a.cue != cue for a in found), [(a.speaker, a.cue, a.content) for a in found]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a that-clause or colon after the preposition keeps the report
        ("He wrote in his autobiography that gay players should keep quiet.", "wrote", "He"),
        ("She wrote to him: 'Just do it.'", "wrote", "She"),
        ("Kayla responded by saying she tried to figure out her life.", "saying", "Kayla"),
    ],
)
def test_a_statement_after_the_preposition_is_still_reported(
    text: str, cue: str, speaker: str
) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert [a.speaker for a in found if a.cue == cue] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the relative pronoun is the cue's object: nothing after the cue is a statement
        (
            "It has side effects, including a smell which a number of clients noted during "
            "their first treatment.",
            "noted",
        ),
        ("That's what the council asked to be put on this building.", "asked"),
        ("Some even rolled their eyes at what Kayla was saying.", "saying"),
        ("Performing well is first and foremost what we want to do, because it works.", "want"),
        ("The hero did what the tweet suggests, and the novels would end.", "suggests"),
    ],
)
def test_a_cue_whose_object_is_a_relative_pronoun_reports_nothing(text: str, cue: str) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert all(a.cue != cue for a in found), [(a.speaker, a.cue, a.content) for a in found]


@pytest.mark.parametrize(
    "text",
    [
        # a call to the emergency services or a number is a phone call, no report
        "Her family called 999 but she died in hospital.",
        "The driver called police to report the crash.",
        "She did not call the emergency services that night.",
    ],
)
def test_a_call_to_the_emergency_services_is_no_report(text: str) -> None:
    assert AttributionFinder().find(text, split_sentences(text)) == []


def test_a_phrasal_call_is_no_report() -> None:
    for text in [
        # a particle after the object makes "call" phrasal: the referee reported nothing
        "Both teams left and referee Deniz Aytekin called the goalless game off after 67 minutes.",
        "The coach called the match off.",
        # "called to" a place: sent for
        "Officers, called to the scene at about 13:35, found the man.",
        # "called to" a bare place: a visit
        "He entered the estate and called to houses looking for Mr Haugh.",
    ]:
        assert AttributionFinder().find(text, split_sentences(text)) == [], text
    # after a report in the same sentence, "and called to" a place is no second report
    text = "Police said he entered the estate and called to houses looking for Mr Haugh."
    assert [a.cue for a in find_attributions(text)] == ["said"]
    # "in" opens a phrase of the object, no particle: PolNeAR reads this as a report
    text = "Clinton called her vote in favor of the Iraq War a mistake."
    assert [a.cue for a in find_attributions(text)] == ["called"]


def test_called_before_a_given_name_reports_nothing() -> None:
    # "A troll called 'fatalsplash'", "a photo series called 'Wil Can Fly'" (a short quoted
    # name after an indefinite noun) and "the reptile called Ryuu can be seen" (a name and a
    # verb after a definite one) name a thing; each was a "called" report
    for text in [
        "The father created a photo series called 'Wil Can Fly' in which the boy flies.",
        "The dog and the reptile called Ryuu can be seen chasing each other.",
    ]:
        assert [a.cue for a in find_attributions(text)] == [], text
    text = "A troll called 'fatalsplash' then accused Alexis of being a gold digger."
    assert [a.cue for a in find_attributions(text)] == ["accused"]
    # a quotation that is no name, or a second object after the name, still reports
    for text in [
        "A critic called 'the long repressed confrontation with the past' a failure.",
        "The letter called Oz a quack.",
    ]:
        assert [a.cue for a in find_attributions(text)] == ["called"], text


def test_called_before_a_name_that_closes_its_clause_reports_nothing() -> None:
    # "the area called Stone House and had": the name was given, and the clause goes on;
    # "The Rollo family lived in a large home in the area" was the speaker
    for text in [
        "The Rollo family lived in a large home in the area called Stone House and had servants.",
        "They kept the hen called Doggie, which laid eggs.",
    ]:
        assert [a.cue for a in find_attributions(text)] == [], text
    # a second object after the name still reports
    text = "The report called Mr. Obama's remarks a true wake-up call."
    assert [a.cue for a in find_attributions(text)] == ["called"]


def test_reporting_from_a_place_is_a_byline_not_a_report() -> None:
    # "Ann O'Neill reported from Boston" gave the question "Did ... report from Boston?"
    assert find_attributions("Crews searched the bay, Nina Cole reported from Dover.") == []
    text = "Nina Cole reported from Dover that the ferry had sunk."
    assert [a.content for a in find_attributions(text)] == ["from Dover that the ferry had sunk"]
