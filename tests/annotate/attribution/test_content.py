"""Content spans: what a cue reports, its addressee left out."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "told the court he ..." gave the content "the court he ...": a noun phrase after
        # "told", then a clause opened by a subject pronoun or a determiner, is the addressee
        ("Carpenter told the court he was a busker.", "he was a busker"),
        ("Lisa Lai told the Daily Camera newspaper she avoided a crash.", "she avoided a crash"),
        ("The bar manager told police the woman was drunk.", "the woman was drunk"),
        ("Ms Lee told the court how she saw him fall.", "how she saw him fall"),
        # "that", a quantifier or a question word opens the content itself
        ("The family was told that all the schools were full.", "all the schools were full"),
        ("The student told how she took up the work.", "how she took up the work"),
        # a noun phrase with a preposition after it is what is told
        (
            "Smith told the story of the war to his children.",
            "the story of the war to his children",
        ),
    ],
)
def test_a_noun_phrase_addressee_of_told_is_no_part_of_the_content(text: str, content: str) -> None:
    assert [a.content for a in find_attributions(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a hyphenated word is a word of the addressee: "rank-and-file officers" was content
        (
            "The minister told rank-and-file officers the murder was a crime.",
            "the murder was a crime",
        ),
        # "the" and a name, then lower-case words before an auxiliary or a quotation: the
        # clause opens after the name ("the BBC smuggling prosecutions are" was content)
        (
            "A spokeswoman told the BBC smuggling prosecutions are rising.",
            "smuggling prosecutions are rising",
        ),
        (
            'Mr Mekdad told the BBC "Syria is doing its best" to comply with the timetable.',
            '"Syria is doing its best" to comply with the timetable',
        ),
    ],
)
def test_a_clause_after_a_named_or_hyphenated_addressee_of_told(text: str, content: str) -> None:
    assert [a.content for a in find_attributions(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "the media are to blame" was read as a new report ("the media ... blame"), cutting
        # the content to "Democrats"
        (
            "The Indiana governor said Democrats and the media are to blame for the tweets.",
            "Democrats and the media are to blame for the tweets",
        ),
        ("The governor said Smith and Jones are to blame.", "Smith and Jones are to blame"),
    ],
)
def test_an_infinitive_cue_inside_the_content_opens_no_new_report(text: str, content: str) -> None:
    assert [a.content for a in find_attributions(text)] == [content]


def test_a_chained_participle_ends_an_interrupted_quotation() -> None:
    # '“A,” X said, adding later, “B.”' is two reports (PolNeAR gives "adding" its own), not
    # one content A..B with the speaker and the chained cue inside it
    text = (
        "“We cannot pay for the bridge any longer,” Mayor Ellen Hart said, adding later, "
        "“The council has spent too much on roads already.”"
    )
    found = [(a.speaker, a.cue, a.content) for a in find_attributions(text)]
    assert found == [
        ("Mayor Ellen Hart", "said", "“We cannot pay for the bridge any longer,”"),
        ("Mayor Ellen Hart", "adding", "“The council has spent too much on roads already.”"),
    ]


def test_a_plain_interruption_still_joins_the_two_parts() -> None:
    text = "“The harbour will reopen in May,” Hart said, “and the ferries will run again.”"
    assert [a.content for a in find_attributions(text)] == [text]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Sanders said the vote was close, going on to say that young people want change.",
            ["the vote was close", "young people want change"],
        ),
        (
            "The mayor said the bridge would reopen, then went on to warn that tolls would rise.",
            ["the bridge would reopen", "tolls would rise"],
        ),
    ],
)
def test_going_on_to_say_opens_a_second_report(text: str, contents: list[str]) -> None:
    # "X said A, going on to say that B": A ends before the comma, B is a second report of X
    found = find_attributions(text)
    assert [a.content for a in found] == contents
    assert found[0].speaker == found[1].speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a concession after the reported clause is the writer's
        (
            "The mayor said the bridge was safe, although engineers closed it on Monday.",
            "the bridge was safe",
        ),
        (
            "Officials said the vote was fair, even as observers counted missing ballots.",
            "the vote was fair",
        ),
    ],
)
def test_a_concession_after_the_content_ends_it(text: str, content: str) -> None:
    assert [a.content for a in find_attributions(text)] == [content]


def test_a_concession_inside_a_quotation_stays() -> None:
    text = 'The mayor said "the bridge is safe, although old" on Monday.'
    assert [a.content for a in find_attributions(text)] == [
        '"the bridge is safe, although old" on Monday'
    ]
