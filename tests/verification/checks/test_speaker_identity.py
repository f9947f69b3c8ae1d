"""factkit.verification.checks.speaker_identity: whether a summary speaker's name words name
the article's speaker."""

from __future__ import annotations

from tests.verification.checks.conftest import reported


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


def _speaker_reasons(summary: str, text: str) -> list[str]:
    return [r.type for r in reported(summary, text)]
