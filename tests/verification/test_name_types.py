"""factkit.verification.name_types: persons and groups among the article's names, and the
same-type rule for rivals."""

from __future__ import annotations

import datetime as dt

from factkit.annotate import AnnotationLayers, Annotator
from factkit.config import Config
from factkit.document import Article
from factkit.split import split_sentences
from factkit.verification.index import build_index
from factkit.verification.name_types import (
    GROUP,
    PERSON,
    _speaker_person,
    context_type,
    leads_group,
    name_types,
    other_type,
    qualifies_role,
    type_of,
)

TEXT = (
    "Mr Mark Hughes praised Stoke City and Walters after the win. "
    '"We played well," said Jose Mourinho. '
    "Chelsea FC lost again and the Premier League noticed."
)


def test_honorific_speaker_and_org_suffix_give_types() -> None:
    names = [
        (TEXT.index("Mark"), frozenset({"mark", "hughes"})),
        (TEXT.index("Stoke"), frozenset({"stoke", "city"})),
        (TEXT.index("Jose"), frozenset({"jose", "mourinho"})),
        (TEXT.index("Chelsea"), frozenset({"chelsea", "fc"})),
        (TEXT.index("Premier"), frozenset({"premier", "league"})),
        (TEXT.index("Walters"), frozenset({"walters"})),
    ]
    types = name_types(TEXT, names, ["Jose Mourinho"])
    assert type_of(["hughes"], types) == PERSON  # "Mr" opens it
    assert type_of(["mourinho"], types) == PERSON  # quoted as a speaker
    assert type_of(["chelsea"], types) == GROUP  # "FC"
    assert type_of(["premier"], types) == GROUP  # "the Premier League"
    assert type_of(["walters"], types) is None  # nothing tells
    assert other_type(["hughes"], ["chelsea"], types)
    assert not other_type(["hughes"], ["mourinho"], types)
    assert not other_type(["hughes"], ["walters"], types)  # untyped: no restriction


def test_a_word_typed_both_ways_stays_untyped() -> None:
    text = "Mr Chelsea Smith spoke. Chelsea FC won."  # "Chelsea": a person and a club
    names = [(3, frozenset({"chelsea", "smith"})), (24, frozenset({"chelsea", "fc"}))]
    types = name_types(text, names, [])
    assert type_of(["chelsea"], types) is None
    assert type_of(["smith"], types) == PERSON


def test_the_article_index_carries_the_types() -> None:
    article = Article(text=TEXT, date=dt.date(2015, 3, 4))
    annotations = Annotator(Config()).annotate(article, split_sentences(TEXT), AnnotationLayers())
    index = build_index(annotations, Config().verify.number_context_words)
    assert index.name_types.get("mourinho") == PERSON
    assert index.name_types.get("chelsea") == GROUP


def test_role_nouns_the_article_opening_and_ages_give_types() -> None:
    text = (
        "Chelsea boss Jose Mourinho praised striker Diego Costa. "
        "The Tractor Boys lost at home. Elle Macpherson, 51, was there. "
        "The Frenchman Franck Ribery came on."
    )
    names = [
        (text.index("Chelsea"), frozenset({"chelsea"})),
        (text.index("Jose"), frozenset({"jose", "mourinho"})),
        (text.index("Diego"), frozenset({"diego", "costa"})),
        (text.index("The Tractor"), frozenset({"tractor", "boys"})),
        (text.index("Elle"), frozenset({"elle", "macpherson"})),
        (text.index("The Frenchman"), frozenset({"frenchman", "franck", "ribery"})),
    ]
    types = name_types(text, names, [])
    assert type_of(["chelsea"], types) == GROUP  # a role noun follows: the role is the team's
    assert type_of(["costa"], types) == PERSON  # a role noun opens it
    assert type_of(["tractor", "boys"], types) == GROUP  # "The Tractor Boys"
    assert type_of(["macpherson"], types) == PERSON  # an age follows it
    assert type_of(["ribery"], types) is None  # "The" + a demonym: a description, no team
    assert type_of(["mourinho"], types) == PERSON  # "boss" before him: his role
    assert other_type(["costa"], ["chelsea"], types)


def test_a_summary_name_takes_the_type_its_own_surroundings_give() -> None:
    text = "A boy went missing in Alabama, said striker Diego Costa."
    assert context_type(text, text.index("Alabama"), ["alabama"]) == GROUP
    assert context_type(text, text.index("Diego"), ["diego", "costa"]) == PERSON
    assert context_type(text, 0, ["boy"]) is None


def test_a_name_before_a_role_noun_qualifies_it() -> None:
    text = "Bournemouth manager Eddie Howe and American Apparel's former chief executive spoke."
    assert qualifies_role(text, text.index(" manager"))
    assert qualifies_role(text, text.index("'s former"))
    assert not qualifies_role(text, text.index(" Howe"))
    quoted = 'A " Dukes of Hazzard " star passes away.'  # a quoted title before the role
    assert qualifies_role(quoted, quoted.index(' " star'))
    assert not qualifies_role(quoted, quoted.index(" passes"))


def test_a_possessive_name_before_a_team_noun_leads_that_group() -> None:
    text = "Pep Guardiola's side and Brendan Rodgers' new men met Smith's car."
    assert leads_group(text, text.index("'s side"))  # before its "'s"
    assert leads_group(text, text.index(" side"))  # after it
    assert leads_group(text, text.index("' new"))
    assert not leads_group(text, text.index("'s car"))


def test_a_team_qualifying_a_speakers_role_is_not_typed_a_person() -> None:
    # the speaker "Former Valencia striker Aritz Aduriz" is a person; "Valencia" in it
    # qualifies his role, and alone it is the club
    text = "Former Valencia striker Aritz Aduriz scored. Later Valencia were held."
    names = [
        (text.index("Valencia"), frozenset({"valencia"})),
        (text.index("Aritz"), frozenset({"aritz", "aduriz"})),
        (text.index("Valencia were"), frozenset({"valencia"})),
    ]
    types = name_types(text, names, ["Former Valencia striker Aritz Aduriz"])
    assert type_of(["valencia"], types) == GROUP
    assert type_of(["aduriz"], types) == PERSON


def test_the_list_mates_of_a_team_qualifying_a_speakers_role_are_not_persons() -> None:
    # "Former Leeds and England coach Tony Smith" coached both: "Leeds", listed before the
    # qualifying "England", is no speaker's word, so it keeps the group vote of "at Leeds"
    text = "Former Leeds and England coach Tony Smith spoke. He stayed at Leeds for years."
    names = [
        (text.index("Leeds"), frozenset({"leeds"})),
        (text.index("England"), frozenset({"england"})),
        (text.index("Tony"), frozenset({"tony", "smith"})),
        (text.index("Leeds for"), frozenset({"leeds"})),
    ]
    types = name_types(text, names, ["Former Leeds and England coach Tony Smith"])
    assert type_of(["leeds"], types) == GROUP
    assert type_of(["smith"], types) == PERSON
    # a list mate a common given name opens is another speaker, no team: kept
    kept = _speaker_person("Tony Smith and Leeds coach Brian Noble")
    assert kept == "Tony Smith and  coach Brian Noble"


def test_football_roles_type_the_names_beside_them() -> None:
    # "team-mate", "playmaker", "left-back": roles like "striker" (name_roles.txt)
    text = "He smoked with team-mate Jordon Ibe. Later Everton playmaker Ross Barkley left."
    names = [
        (text.index("Jordon"), frozenset({"jordon", "ibe"})),
        (text.index("Everton"), frozenset({"everton"})),
    ]
    types = name_types(text, names, [])
    assert type_of(["ibe"], types) == PERSON
    assert type_of(["everton"], types) == GROUP


def test_a_glued_caption_run_gives_its_later_words_a_weak_group_vote() -> None:
    # "in France Gomis": the caption glues a place to a person; the role noun before the
    # person's other mention outweighs the run's group vote
    text = "The striker Bafe Gomis scored. Recovering in France Gomis is put through drills."
    names = [
        (text.index("Bafe"), frozenset({"bafe", "gomis"})),
        (text.index("France"), frozenset({"france", "gomis"})),
    ]
    types = name_types(text, names, [])
    assert type_of(["gomis"], types) == PERSON
    assert type_of(["france"], types) == GROUP  # the run's first word keeps its vote
    alone = "Recovering in France Gomis is put through drills."
    only_run = name_types(alone, [(14, frozenset({"france", "gomis"}))], [])
    assert type_of(["gomis"], only_run) == GROUP  # no other cue: the weak vote stands


def test_a_person_pronoun_after_the_name_makes_it_a_person() -> None:
    text = "At last Arsene Wenger seems to have found his drive. Burnley lost. His side won."
    names = [
        (text.index("Arsene"), frozenset({"arsene", "wenger"})),
        (text.index("Burnley"), frozenset({"burnley"})),
    ]
    types = name_types(text, names, [])
    assert type_of(["wenger"], types) == PERSON
    assert type_of(["burnley"], types) is None  # a full stop before "His": no cue


def _pronoun_typed(text: str, name: str, words: set[str]) -> str | None:
    return type_of(sorted(words), name_types(text, [(text.index(name), frozenset(words))], []))


def test_the_pronoun_cue_skips_names_that_are_no_subject_before_it() -> None:
    # a subject before the pronoun: a person
    subject = "On Sunday Pablo Ferreira found his form."
    assert _pronoun_typed(subject, "Pablo", {"pablo", "ferreira"}) == PERSON
    # after a place/organisation preposition, a determiner, "told" or a group noun
    for text, name, words in [
        ("Kofi came from Atletico Norte with his brother.", "Atletico", {"atletico", "norte"}),
        ("He moved to Port Vale when he was ten.", "Port", {"port", "vale"}),
        ("Sam drove a Vauxhall Corsa until he sold it.", "Vauxhall", {"vauxhall", "corsa"}),
        ("Tom joined his Red Lions team-mates after he scored.", "Red", {"red", "lions"}),
        ("Ann told Radio Kent she would stay.", "Radio", {"radio", "kent"}),
        ("He was caught by activist group Dark Watch and then he ran.", "Dark", {"dark", "watch"}),
    ]:
        assert _pronoun_typed(text, name, words) is None, text
    # possessed or quoted names: "Kessler Norte's academy", "'Blue Morning Song'"
    possessed = "In 2010 Kessler Norte's academy took him in."
    assert _pronoun_typed(possessed, "Kessler", {"kessler", "norte"}) is None
    quoted = "She sang 'Blue Morning Song' as her encore."
    assert _pronoun_typed(quoted, "Blue", {"blue", "morning"}) is None
    after_possessive = "It won the Writers' Guild Prize for her script."
    assert _pronoun_typed(after_possessive, "Guild", {"guild", "prize"}) is None
    # a place noun or group word of its own, also in the plural
    courts = "Reporters waited at Leeds Crown Courts when he left."
    assert _pronoun_typed(courts.replace(" at ", " outside "), "Leeds", {"leeds", "crown"}) is None
    assert _pronoun_typed("Leeds Crown Courts heard he had fled.", "Leeds", {"leeds"}) is None


def test_a_given_name_opening_a_name_types_it_a_person_when_nothing_else_does() -> None:
    text = (
        "Scott Sinclair came off the bench. Crowds gathered at Albert Hall. "
        "Sinclair scored twice. Smith Green won the trophy."
    )
    names = [
        (text.index("Scott"), frozenset({"scott", "sinclair"})),
        (text.index("Albert"), frozenset({"albert", "hall"})),
        (text.index("Sinclair scored"), frozenset({"sinclair"})),
        (text.index("Smith"), frozenset({"smith", "green"})),
    ]
    types = name_types(text, names, [])
    assert type_of(["sinclair"], types) == PERSON  # "Scott" is a given name
    assert type_of(["albert"], types) == GROUP  # "at" before it; "Hall" closes it anyway
    assert type_of(["green"], types) is None  # "Smith" is no given name
    alone = "Albert Hall was full."
    assert name_types(alone, [(0, frozenset({"albert", "hall"}))], []) == {}  # a place noun


def test_a_name_between_two_listed_people_is_a_person() -> None:
    # "Marouane" is no common given name; his list mates' given names make him a person
    text = "Goals came from Ashley Young, Marouane Fellaini, Juan Mata and Chris Smalling."
    names = [
        (text.index(n), frozenset(n.lower().split()))
        for n in ("Ashley Young", "Marouane Fellaini", "Juan Mata", "Chris Smalling")
    ]
    assert type_of(["fellaini"], name_types(text, names, [])) == PERSON
    # one listed person is not enough: the other mate may be a team ("Ashley Young and Stoke")
    for last in (
        "Goals came from Ashley Young and Marouane Fellaini.",
        "Goals came from Ashley Young, Marouane Fellaini and Stoke City.",
    ):
        fellaini = [(last.index("Marouane"), frozenset({"marouane", "fellaini"}))]
        assert type_of(["fellaini"], name_types(last, fellaini, [])) is None


def test_a_cue_around_the_name_outweighs_its_given_name() -> None:
    text = "Harry Potter star Daniel Radcliffe spoke."  # the role makes "Harry Potter" a group
    names = [(0, frozenset({"harry", "potter"})), (18, frozenset({"daniel", "radcliffe"}))]
    types = name_types(text, names, [])
    assert type_of(["potter"], types) == GROUP
    assert type_of(["radcliffe"], types) == PERSON


def test_an_acronym_quoted_as_a_speaker_stays_untyped() -> None:
    text = "'We are looking into it,' FBI agents said. 'We won,' Walters said."
    names = [
        (text.index("FBI"), frozenset({"fbi"})),
        (text.index("Walters"), frozenset({"walters"})),
    ]
    types = name_types(text, names, ["FBI agents", "Walters"])
    assert type_of(["fbi"], types) is None  # an organisation speaks too
    assert type_of(["walters"], types) == PERSON


def test_professions_and_offices_are_role_nouns() -> None:
    text = "Texas governor Perry met artist Rivera and prosecutor Foxx."
    names = [
        (text.index("Texas"), frozenset({"texas"})),
        (text.index("Perry"), frozenset({"perry"})),
        (text.index("Rivera"), frozenset({"rivera"})),
        (text.index("Foxx"), frozenset({"foxx"})),
    ]
    types = name_types(text, names, [])
    assert type_of(["texas"], types) == GROUP  # the governor's state
    assert type_of(["perry"], types) == PERSON
    assert type_of(["rivera"], types) == PERSON
    assert type_of(["foxx"], types) == PERSON


def test_a_name_does_not_run_on_past_the_end_of_its_sentence() -> None:
    # "Walcott. The England forward": the role noun is the next sentence's, not Walcott's
    text = "Nobody is faster than Walcott. The England forward won."
    types = name_types(text, [(text.index("Walcott"), frozenset({"walcott"}))], [])
    assert type_of(["walcott"], types) is None
    # a dotted abbreviation inside a name does not end it: "boss" is Everton F.C.'s
    assert context_type("Everton F.C. boss Roberto Martinez spoke.", 0, ()) == GROUP


def test_the_before_a_title_named_for_a_person_gives_no_group() -> None:
    text = "Her pictures fill The Ines Larrea Photographs, a new book. The Harriers won again."
    names = [
        (text.index("The Ines"), frozenset({"ines", "larrea", "photographs"})),
        (text.index("The Harriers"), frozenset({"harriers"})),
    ]
    types = name_types(text, names, [])
    assert type_of(["larrea"], types) is None  # a work's title: no group
    assert type_of(["harriers"], types) == GROUP  # "The" + no work noun: still a group
    assert context_type("a guest on the Dana Brooks Show", 13, ["dana", "brooks"]) is None
