"""factkit.verification.slot_types: the type of the slot a summary name fills, from the summary
sentence's own cues, and its clash with the article's type of the name."""

from __future__ import annotations

from factkit.verification.name_types import GROUP, PERSON
from factkit.verification.names import NameSpan
from factkit.verification.slot_types import slot_clash, slot_type, written_as_place


def _span(text: str, name: str) -> NameSpan:
    start = text.index(name)
    return start, start + len(name), [w.lower() for w in name.split()]


def _slot(
    text: str, names: list[str], which: str, types: dict[str, str] | None = None
) -> str | None:
    spans = [_span(text, n) for n in names]
    return slot_type(text, _span(text, which), spans, types or {}, (0, len(text)))


def test_an_age_after_the_name_makes_its_slot_a_person() -> None:
    text = "Duncan Court, 22, from Melbourne, was gunned down."
    assert _slot(text, ["Duncan Court", "Melbourne"], "Duncan Court") == PERSON


def test_a_role_noun_after_the_name_makes_its_slot_a_group() -> None:
    text = "Joe Sullivan driver accused of rape."
    assert _slot(text, ["Joe Sullivan"], "Joe Sullivan") == GROUP


def test_a_person_noun_before_the_name_makes_its_slot_a_person() -> None:
    text = "Homeless woman San Jose used a free phone."
    assert _slot(text, ["San Jose"], "San Jose") == PERSON


def test_a_list_mate_gives_its_article_type() -> None:
    text = "He bought houses in Spain as well as Essex and Gaynor Godwin."
    names = ["Spain", "Essex", "Gaynor Godwin"]
    assert _slot(text, names, "Gaynor Godwin", {"essex": GROUP}) == GROUP
    # a list mate the article does not type tells nothing
    assert _slot(text, names, "Gaynor Godwin", {}) is None


def test_an_opening_subject_with_his_later_is_a_person_but_not_a_modifier() -> None:
    text = "Tbilisi confessed to uploading videos found at his home."
    assert _slot(text, ["Tbilisi"], "Tbilisi") == PERSON
    # "Chelsea youngster": the name qualifies a noun, "he" is the youngster
    text = "Chelsea youngster admitted he could be tired."
    assert _slot(text, ["Chelsea"], "Chelsea") is None
    # another name in the sentence may be whom "his" refers to
    text = "Everton insisted Martinez had seen his player pushed."
    assert _slot(text, ["Everton", "Martinez"], "Everton") is None


def test_an_opening_subject_of_a_present_verb_before_its_object_is_a_person() -> None:
    text = "Ridgeway thanks the charity for helping him through his illness."
    assert _slot(text, ["Ridgeway"], "Ridgeway") == PERSON
    # a plural noun after the name is no verb: "Ridgeway fans" qualifies a noun
    text = "Ridgeway fans cheered him on through his illness."
    assert _slot(text, ["Ridgeway"], "Ridgeway") is None


def test_a_plural_verb_after_a_lone_name_makes_its_slot_a_group() -> None:
    # British news: a team takes a plural verb, one person never does
    assert _slot("Toure are fourth in the table.", ["Toure"], "Toure") == GROUP
    text = "Aguero desperately need to strengthen the squad."
    assert _slot(text, ["Aguero"], "Aguero") == GROUP
    # several people: a list, or a plural name
    text = "Sarah and John have paid tribute."
    assert _slot(text, ["Sarah", "John"], "John") is None
    text = "Kardashians have taken a position."
    assert _slot(text, ["Kardashians"], "Kardashians") is None
    assert _slot("Toure is fourth in the table.", ["Toure"], "Toure") is None


def test_the_team_a_team_plays_in_a_match_fills_a_group_slot() -> None:
    types = {"liverpool": GROUP, "labour": GROUP}
    text = "Liverpool face Brendan Rodgers in their FA Cup semi-final at Wembley."
    assert (
        _slot(text, ["Liverpool", "Brendan Rodgers", "FA Cup", "Wembley"], "Brendan Rodgers", types)
        == GROUP
    )
    # about no match, a person may be faced ("Labour face Farage"); nor is a person's opponent
    text = "Labour face Nigel Farage in the seat on Thursday."
    assert _slot(text, ["Labour", "Nigel Farage"], "Nigel Farage", types) is None
    text = "Andy Murray will face Novak Djokovic in the semi-final."
    assert _slot(text, ["Andy Murray", "Novak Djokovic"], "Novak Djokovic", types) is None


def test_an_opening_subject_of_a_verb_with_a_persons_reflexive_is_a_person() -> None:
    # "herself" is bound by the subject, whatever other names the sentence holds
    text = "Greenfield has defended herself on Twitter after the vote in Leeds."
    assert _slot(text, ["Greenfield", "Twitter", "Leeds"], "Greenfield") == PERSON
    text = "Greenfield has thrown himself into the campaign."
    assert _slot(text, ["Greenfield"], "Greenfield") == PERSON
    # the name qualifies the noun that is the subject; a team's reflexive; not opening it
    text = "Greenfield leader defended herself on Twitter."
    assert _slot(text, ["Greenfield", "Twitter"], "Greenfield") != PERSON
    text = "Greenfield have found themselves on Twitter."
    assert _slot(text, ["Greenfield", "Twitter"], "Greenfield") != PERSON
    text = "After the vote Greenfield has defended herself on Twitter."
    assert _slot(text, ["Greenfield", "Twitter"], "Greenfield") is None


ARTICLE = "Alex Soumbadze, 26, grew up in Tbilisi. Mr Soumbadze worked for ESPN."
ARTICLE_NAMES = [
    (ARTICLE.index("Alex"), ARTICLE.index("Alex") + 14, frozenset({"alex", "soumbadze"})),
    (ARTICLE.index("Tbilisi"), ARTICLE.index("Tbilisi") + 7, frozenset({"tbilisi"})),
    (ARTICLE.index("Mr"), ARTICLE.index("Mr") + 12, frozenset({"soumbadze"})),
    (ARTICLE.index("ESPN"), ARTICLE.index("ESPN") + 4, frozenset({"espn"})),
]


def _clash(text: str, name: str, types: dict[str, str]) -> tuple[str, str] | None:
    span = _span(text, name)
    return slot_clash(text, span, [span], types, (0, len(text)), ARTICLE, ARTICLE_NAMES)


def test_a_group_of_the_article_in_a_person_slot_clashes() -> None:
    text = "Tbilisi, 26, confessed to uploading videos."
    assert _clash(text, "Tbilisi", {"tbilisi": GROUP}) == (GROUP, PERSON)
    # the article's own name in its own kind of slot does not
    text = "Soumbadze, 26, confessed to uploading videos."
    assert _clash(text, "Soumbadze", {"soumbadze": PERSON}) is None


def test_an_untyped_name_or_an_acronym_never_clashes() -> None:
    text = "Tbilisi, 26, confessed to uploading videos."
    assert _clash(text, "Tbilisi", {}) is None
    text = "ESPN, 26, confessed to uploading videos."
    assert _clash(text, "ESPN", {"espn": GROUP}) is None


def test_a_person_the_article_also_writes_as_a_place_does_not_clash() -> None:
    # the article's types say "tbilisi" is a person (a speaker's title, say), but it also
    # writes "in Tbilisi": a place too
    assert written_as_place(ARTICLE, ARTICLE_NAMES, ["tbilisi"])
    assert not written_as_place(ARTICLE, ARTICLE_NAMES, ["soumbadze"])
    text = "The thieves struck at Tbilisi on Monday."
    assert _clash(text, "Tbilisi", {"tbilisi": PERSON}) is None


def test_a_name_the_article_itself_writes_in_the_slots_kind_does_not_clash() -> None:
    # "Mr Soumbadze" in the article: a person there too, whatever its types say
    text = "Soumbadze, 26, confessed to uploading videos."
    assert _clash(text, "Soumbadze", {"soumbadze": GROUP}) is None


def test_a_name_qualifying_a_noun_after_the_gives_no_slot_type() -> None:
    text = "The Obama administration is drafting a plan."
    assert _slot(text, ["Obama"], "Obama") is None
    text = "He was born in Tbilisi on Monday."
    assert _slot(text, ["Tbilisi", "Monday"], "Tbilisi") == GROUP


def test_a_name_run_on_into_the_next_sentence_takes_no_cue_from_it() -> None:
    text = (
        "Arsenal have kept clean sheets since replacing Wojciech Szczesny. Manchester City captain"
    )
    spans = [_span(text, n) for n in ("Arsenal", "Wojciech Szczesny")]
    sentence = (0, text.index(" Manchester"))
    assert slot_type(text, spans[1], spans, {}, sentence) is None
    # the name's run itself stops at "Szczesny." (name_types), whatever the sentence bounds
    assert slot_type(text, spans[1], spans, {}, (0, len(text))) is None


def test_a_possessive_or_a_glued_caption_run_after_a_cue_types_no_later_name() -> None:
    # "from Garvey's house" says whose house, not that Garvey is a place; "at Hollins Park
    # Garvey (left)" is a caption glued to a place: "at" types the park, not the manager
    article = (
        "Manager Dale Garvey, 51, met the board. It is a short walk from Garvey's house. "
        "The squad trained at Hollins Park Garvey (left) watched on."
    )
    names = [
        (article.index(n), article.index(n) + len(n), frozenset(w.lower() for w in ws))
        for n, ws in [
            ("Dale Garvey", ["dale", "garvey"]),
            ("Garvey's", ["garvey"]),
            ("Hollins Park Garvey", ["hollins", "park", "garvey"]),
        ]
    ]
    assert not written_as_place(article, names, ["garvey"], possessives=False)
    text = "Dale Garvey boss says it is his biggest game."
    span = _span(text, "Dale Garvey")
    types = {"dale": PERSON, "garvey": PERSON}
    assert slot_clash(text, span, [span], types, (0, len(text)), article, names) == (PERSON, GROUP)
    # the cue still types a name whose first or second word the summary writes ("in New York")
    place = "She has lived in New York for a year."
    mention = [(place.index("New"), place.index(" for"), frozenset({"new", "york"}))]
    assert written_as_place(place, mention, ["york"])
