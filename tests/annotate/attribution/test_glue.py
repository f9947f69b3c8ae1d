"""Page furniture glued to a sentence's first word is no part of the speaker."""

from __future__ import annotations

from factkit.annotate.attribution import find_attributions
from factkit.annotate.attribution.glue import drop_glued_lead
from factkit.annotate.attribution.tokens import tokens
from factkit.annotate.glued import glued_offset


def _speakers(text: str) -> list[str | None]:
    return [a.speaker for a in find_attributions(text)]


def test_a_share_bar_glued_to_the_speaker_is_dropped() -> None:
    # "Share this with Email ... Copy this linkMr Cole told" gave the whole bar as the speaker
    text = "Share this withEmailFacebookTwitterCopy this linkMr Cole told the BBC that it was over."
    assert _speakers(text) == ["Mr Cole"]


def test_a_glued_heading_before_a_capitalised_word_is_dropped() -> None:
    # a capitalised word glued to an article, pronoun, title or given name opens the sentence
    for text, speaker in [
        ("Read more news from KentThe council said the road would reopen.", "The council"),
        ("More stories from DevonSir Tom Hale said the road would reopen.", "Sir Tom Hale"),
        ("Other stories from HullJane Ford said the road would reopen.", "Jane Ford"),
        ("More on this and other newsShe said the road would reopen.", "She"),
    ]:
        assert _speakers(text) == [speaker], text


def test_a_camel_case_name_is_not_cut() -> None:
    # "WhatsApp", "FourFourTwo": the capital after lower-case letters continues a name
    for word in ["WhatsApp", "FourFourTwo", "EastEnders", "iPhone", "McDonald"]:
        (tok,) = tokens(word, 0, len(word))
        assert glued_offset(tok.text) is None, word
    text = "FourFourTwo columnist Jane Ford said the road would reopen."
    toks = tokens(text, 0, text.index(" said"))
    assert drop_glued_lead(toks) == toks


def test_a_word_going_on_past_the_token_is_not_cut() -> None:
    # decomposed mojibake: "FranA" is followed by a combining tilde, so "A" opens no sentence
    text = "President FranA\u0303\u0083ois Hollande said the road would reopen."
    assert _speakers(text) == ["President FranA\u0303\u0083ois Hollande"]


def test_a_sentence_glued_after_a_full_stop_is_cut() -> None:
    # "taken to the vet.Mrs Cole said" lost the space after the stop: the speaker is "Mrs
    # Cole"; a title written without its space ("Dr.Cole") is kept whole
    assert _speakers("The cat was taken to the vet.Mrs Cole said it would walk again.") == [
        "Mrs Cole"
    ]
    assert _speakers("Retail analyst at the BBC.The editor said it would walk again.") == [
        "The editor"
    ]
    (tok,) = tokens("Dr.Cole", 0, 7)
    assert glued_offset(tok.text) is None


def test_a_list_number_before_the_speaker_is_dropped() -> None:
    # "2. Gary Cahill has responded to the challenge ..." gave speaker "2. Gary Cahill"
    for text, speaker in [
        ("2. Tom Hale has said he will fight for his place.", "Tom Hale"),
        ("10) The council said the road would reopen.", "The council"),
    ]:
        assert _speakers(text) == [speaker], text
    # a count is no list mark: "41 hospital trusts said" keeps its number
    assert _speakers("In England, 41 hospital trusts said they would pay.") == [
        "41 hospital trusts"
    ]


def test_a_year_that_lost_its_comma_is_no_part_of_the_speaker() -> None:
    text = "The girl was found on March 30, 2013 Magistrate Rinaudo said the case was grim."
    assert [a.speaker for a in find_attributions(text)] == ["Magistrate Rinaudo"]
    # a count or a title that opens with a number stays
    text = "In England, 41 hospital trusts said they offered the operation."
    assert [a.speaker for a in find_attributions(text)] == ["41 hospital trusts"]
