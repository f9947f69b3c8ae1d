"""Speaker phrases before a cue: appositions split into speaker and title, segments cut at
commas (not a thousands comma), markup shown as text left out."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


def _speakers(text: str) -> dict[str, str | None]:
    return {a.cue: a.speaker for a in find_attributions(text)}


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


def test_a_thousands_comma_is_no_segment_break() -> None:
    text = "The pair spent freely, on a cruise in 2009 worth £7,600 Mr Evans told the jury."
    speakers = [a.speaker for a in find_attributions(text)]
    assert speakers == ["Mr Evans"]
    text = "Sinfield, who has 3,997 points, told reporters he would stay."
    (found,) = find_attributions(text)
    assert found.speaker == "Sinfield"
    assert found.speaker_title == "who has 3,997 points"


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
