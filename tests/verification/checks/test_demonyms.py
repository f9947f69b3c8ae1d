"""factkit.verification.checks.demonyms: a demonym before a noun the article ties to another
demonym."""

from __future__ import annotations

from tests.verification.checks.conftest import reported, reported_spans

ARTICLE = (
    "The coffee chain paid just £1.9million in tax to the Dutch government last year. "
    "The British chancellor called the deal unfair. "
    "Officials in Amsterdam declined to comment on Tuesday."
)


def test_a_demonym_before_the_noun_the_article_gives_another_demonym_is_a_swap() -> None:
    summary = "The coffee chain paid just £1.9million in tax to the British government."
    assert reported_spans(summary, ARTICLE, "entity_not_in_source") == ["British"]


def test_the_demonym_the_article_writes_before_the_noun_is_not_reported() -> None:
    summary = "The coffee chain paid just £1.9million in tax to the Dutch government."
    assert reported_spans(summary, ARTICLE, "entity_not_in_source") == []


def test_a_demonym_standing_for_a_person_is_still_left_unjudged() -> None:
    # "the Frenchman": a description of an article person, with no noun after it
    summary = "The British called the deal unfair."
    assert reported_spans(summary, ARTICLE, "entity_not_in_source") == []


MATCH = (
    "Marvin Emnes fouled Seamus Coleman in the second half at Goodison Park. "
    "The Irish right-back went down under pressure from the Swansea forward. "
    "Everton manager Roberto Martinez said the decision was correct."
)


def test_a_demonym_alone_where_the_article_writes_it_only_before_a_noun_is_a_swap() -> None:
    # the swapped-in "Irish" names no one: the article has only "Irish right-back"
    summary = "Coleman went down under pressure from Irish."
    assert reported_spans(summary, MATCH, "entity_not_in_source") == ["Irish"]


def test_a_demonym_alone_is_judged_against_how_the_article_writes_it() -> None:
    summary = "Coleman, who is Irish, went down under pressure from Emnes."
    assert reported_spans(summary, MATCH, "entity_not_in_source") == ["Irish"]
    # an article that too writes it alone ("is Irish") has it as the summary does
    article = MATCH + " Coleman, who is Irish, was booked later."
    assert reported_spans(summary, article, "entity_not_in_source") == []


POLL = (
    "Scots prefer independence to another decade of cuts, a poll for the Herald found. "
    "The Scottish government welcomed the result on Monday. "
    "Nicola Sturgeon said the ballot rules would not change."
)


def test_a_plural_demonym_before_a_verb_is_written_alone() -> None:
    # "Scots prefer": the people are the subject, "prefer" is no noun that "Scots" qualifies
    summary = "Another independence vote ranks first on a list of policies for Scots."
    assert reported_spans(summary, POLL, "entity_not_in_source") == []


LEAD = (
    "Belgian midfielder Axel Moreau scored twice as Tottenham beat Leeds 3-1 on Saturday. "
    "Manager Ange Postecoglou praised Moreau after the match at the stadium. "
    "British forces personnel were guests of the club."
)


def test_a_summary_demonym_before_a_verb_stands_alone() -> None:
    # "Belgian looked": a swapped-in subject, where the article has only "Belgian midfielder"
    summary = "Postecoglou said Belgian looked sharp after the match."
    assert reported_spans(summary, LEAD, "entity_not_in_source") == ["Belgian"]
    # a participle before the noun qualifies it: "British armed forces" is no "British" alone
    summary = "British armed forces personnel were guests of the club."
    assert reported_spans(summary, LEAD, "entity_not_in_source") == []
    # after "the" it stands for a person of the article, as "the Frenchman" does
    summary = "The Belgian looked sharp after the match."
    assert reported_spans(summary, LEAD, "entity_not_in_source") == []


def test_a_demonym_opening_a_summary_before_a_verb_stands_alone() -> None:
    # "Belgian looked" opening the sentence: no "the" makes it a description of a person
    summary = "Belgian looked sharp after the match."
    assert reported_spans(summary, LEAD, "entity_not_in_source") == ["Belgian"]
    # the article writes it alone too: the summary's "Belgian" may stand for its person
    article = LEAD + " The Belgian looked sharp."
    assert reported_spans(summary, article, "entity_not_in_source") == []
    # "the Argentine strikes" may be a verb: the article may write it alone
    article = "Sergio Aguero scored twice for City. The Argentine strikes with either foot."
    summary = "Argentine scored a brace for City."
    assert reported_spans(summary, article, "entity_not_in_source") == []
    # before a function word it stands alone as at stop 35, whatever the article's "-s" word
    summary = "Argentine and two City players were booked."
    assert reported_spans(summary, article, "entity_not_in_source") == ["Argentine"]


def test_an_article_demonym_before_a_verb_stands_alone() -> None:
    # "The Belgian looked", "the Dutch took the lead": the article writes them alone too
    article = LEAD + " The Belgian looked sharp. Later the Dutch took the lead in the race."
    summary = "Tottenham beat Leeds 3-1 with goals from Belgian."
    assert reported_spans(summary, LEAD, "entity_not_in_source") == ["Belgian"]
    assert reported_spans(summary, article, "entity_not_in_source") == []
    summary = "Later Dutch took the lead in the race."
    assert reported_spans(summary, article, "entity_not_in_source") == []


TALKS = (
    "Talks on the joint (US-Russian) monitoring centre stalled on Monday. "
    "Russian officials blamed Washington for the delay. The fighting in Syria went on."
)


def test_a_demonym_closing_a_hyphened_compound_is_no_mention_of_it_alone() -> None:
    # "(US-Russian)" is a compound, not "Russian" alone: the article writes "Russian" only
    # before a noun, and the reason points there
    summary = "Talks stalled over the fighting in Russian."
    found = [r for r in reported(summary, TALKS) if r.type == "entity_not_in_source"]
    assert [(r.source_start, r.source_end) for r in found] == [
        (TALKS.index("Russian officials"), TALKS.index(" blamed"))
    ]


SPY = (
    "A man was arrested in Munich on suspicion of passing secrets to a foreign power. "
    "He had worked for German intelligence for ten years, officials said. "
    "The case may also affect talks on Iranian nuclear plans."
)


def test_a_demonym_without_the_before_a_noun_another_demonym_holds_is_a_swap() -> None:
    # the article writes "Iranian" too, but before another noun: "Iranian intelligence" is
    # the slot of the German one, in whichever sentence the article writes that noun
    summary = "An employee of Iranian intelligence has been arrested in Munich."
    assert reported_spans(summary, SPY, "entity_not_in_source") == ["Iranian"]
    summary = "An employee of German intelligence has been arrested in Munich."
    assert reported_spans(summary, SPY, "entity_not_in_source") == []
