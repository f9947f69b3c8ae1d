"""factkit.verification.checks.speaker_antecedents: whom an article attribution that names
nobody ("he", "the pundit", "his manager") stands for."""

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


_MANAGER_ARTICLE = (
    "Chelsea beat Stoke 2-1 at Stamford Bridge on Saturday{coach}. "
    "Eden Hazard scored the opening goal from the penalty spot. "
    "His manager insisted the winger would stay at the club next season despite interest "
    "from Real Madrid."
)


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


def _speaker_reasons(summary: str, text: str) -> list[str]:
    return [r.type for r in reported(summary, text)]


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
