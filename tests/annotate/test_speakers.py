"""Speaker resolution: apposition table, pronouns, short names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.annotate.attribution import find_attributions
from factkit.annotate.speakers import SpeakerResolver


def resolver(text: str) -> SpeakerResolver:
    return SpeakerResolver(text, [(0, len(text))])


def at(text: str, surface: str, occurrence: int = 1) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.index(surface, pos + 1)
    return pos


def test_description_resolves_through_name_then_description() -> None:
    text = "Zalmay Khalilzad, the US envoy, flew to Doha. The envoy said talks would resume."
    assert resolver(text).resolve("The envoy", at(text, "The envoy")) == "Zalmay Khalilzad"


def test_description_resolves_through_description_then_name() -> None:
    text = "The UN human rights chief, Michelle Bachelet, spoke. The rights chief said more."
    got = resolver(text).resolve("The rights chief", at(text, "The rights chief"))
    assert got == "Michelle Bachelet"


def test_description_before_its_apposition_takes_the_later_link() -> None:
    text = "A US peace envoy has warned the Taliban. Zalmay Khalilzad, the US envoy, flew to Doha."
    assert resolver(text).resolve("A US peace envoy", 0) == "Zalmay Khalilzad"


def test_title_prefix_links_the_role_to_the_name() -> None:
    text = "White House spokesman Josh Earnest spoke. The spokesman said the plan was sound."
    got = resolver(text).resolve("The spokesman", at(text, "The spokesman"))
    assert got == "Josh Earnest"


def test_nearest_preceding_link_wins() -> None:
    text = (
        "Ann Lee, the minister, spoke first. Later Bob Stone, the minister, spoke. "
        "The minister said no."
    )
    assert resolver(text).resolve("The minister", at(text, "The minister")) == "Bob Stone"


def test_unlinked_description_is_unresolved() -> None:
    text = "The company said profits rose."
    assert resolver(text).resolve("The company", 0) is None


def test_pronoun_takes_the_most_recent_person() -> None:
    text = "Kevin Sullivan runs the office. He said nothing was leaked."
    assert resolver(text).resolve("He", at(text, "He said")) == "Kevin Sullivan"


def test_pronoun_gender_from_honorific() -> None:
    text = "Ms. Mary Jones met Tom Brown on Monday. She said costs would rise."
    assert resolver(text).resolve("She", at(text, "She")) == "Mary Jones"


def test_pronoun_gender_learned_from_the_article() -> None:
    text = (
        "Michelle Bachelet said her office was counting. Tom Brown disagreed with the count. "
        "She said it was worse."
    )
    assert resolver(text).resolve("She", at(text, "She")) == "Michelle Bachelet"


def test_she_is_no_man_by_his_given_name() -> None:
    # nothing in the article sexes either name: "she" took the most recent person, John Glatt
    text = "Mary Lane met John Glatt in Leeds. John Glatt spoke first. She said the deal was close."
    assert resolver(text).resolve("She", at(text, "She")) == "Mary Lane"


def test_he_is_no_woman_by_her_given_name() -> None:
    text = "Tom Reed hired Sarah Pike in May. Sarah Pike runs the lab. He said it would grow."
    assert resolver(text).resolve("He", at(text, "He said")) == "Tom Reed"


def test_a_given_name_outranks_the_sex_of_another_bearer_of_the_surname() -> None:
    # Kate Vale's "her" makes the surname a woman's; Tom Vale is still the one "he" stands for
    text = "Kate Vale said her plan was ready. Then Tom Vale took the stage. He said it would work."
    assert resolver(text).resolve("He", at(text, "He said")) == "Tom Vale"


def test_a_title_or_the_articles_pronouns_outrank_the_given_name() -> None:
    text = "Dame Jack Ellis met Tom Reed. She said the talks went well."
    assert resolver(text).resolve("She", at(text, "She")) == "Jack Ellis"
    text = "Michael Vale said her team was ready. Tom Reed agreed. She said the vote was close."
    assert resolver(text).resolve("She", at(text, "She said")) == "Michael Vale"


def test_a_possessor_is_an_antecedent_without_its_possessive() -> None:
    text = (
        "Tom Baxter chairs the trust. Later, Mr Baxter's team found a gap in the rules. "
        "He said it was wide open."
    )
    assert resolver(text).resolve("He", at(text, "He said")) == "Tom Baxter"
    text = "The show is run by producer Ann Lee’s company. The producer said it would return."
    assert resolver(text).resolve("The producer", at(text, "The producer")) == "Ann Lee"


def test_it_and_they_take_organisations() -> None:
    text = "The State Department issued a statement. It said the envoy would travel."
    assert resolver(text).resolve("It", at(text, "It said")) == "State Department"


def test_noted_speakers_are_antecedents() -> None:
    text = "Sullivan is here. He said so."
    res = resolver(text)
    res.note_speaker(0, "Kevin Sullivan")
    assert res.resolve("He", at(text, "He")) == "Kevin Sullivan"


def test_short_name_expands_to_the_full_name_used_before() -> None:
    text = "Kevin Sullivan runs the office. Sullivan said he was satisfied."
    assert resolver(text).resolve("Sullivan", at(text, "Sullivan", 2)) == "Kevin Sullivan"


def test_relative_who_takes_the_name_before_it() -> None:
    # the name itself: ``test_relative_antecedents``
    text = "It was Trump, who said the plan failed."
    assert resolver(text).resolve("who", at(text, "who")) == "Trump"


def test_place_names_are_not_people() -> None:
    text = "Fighting spread across Afghanistan. He said nothing."
    assert resolver(text).resolve("He", at(text, "He")) is None


def test_non_body_text_is_not_linked() -> None:
    text = "Zalmay Khalilzad, the US envoy, (caption)\n\nThe envoy said talks would resume."
    body_start = text.index("The envoy")
    res = SpeakerResolver(text, [(body_start, len(text))])
    assert res.resolve("The envoy", body_start) is None


@settings(max_examples=80, deadline=None)
@given(
    st.text(max_size=300), st.sampled_from(["he", "She", "they", "it", "the envoy", "Smith", "who"])
)
def test_resolve_never_raises(text: str, surface: str) -> None:
    got = resolver(text).resolve(surface, len(text) // 2)
    assert got is None or isinstance(got, str)


_NAMES = ["Ann Lee", "Bob Stone", "Lee", "Stone", "Carla Ann Lee", "the minister", "the coach"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=12), st.data())
def test_descriptions_match_a_plain_scan_of_the_link_table(
    names: list[str], data: st.DataObject
) -> None:
    """The bisected lookup gives what scanning every link gives (full names:
    ``test_full_names``)."""
    text = " ".join(f"{n}, the minister, spoke." if " " in n else f"{n} spoke." for n in names)
    res = resolver(text)
    position = data.draw(st.integers(0, len(text)))
    for head, links in res.names.links.items():
        before = [name for pos, name in links if pos < position]
        expected_link = before[-1] if before else links[0][1]
        assert res.resolve(f"the {head}", position) == expected_link


def test_a_question_word_opening_a_heading_is_no_part_of_a_name() -> None:
    # "Why Turkey won't say the G-word ...": a heading run on into the text; "Turkey" is not
    # short for "Why Turkey"
    text = (
        "Why Turkey won't say the G-word when it comes to the Armenians is a matter of pride. "
        "Turkey denies the history."
    )
    resolver = SpeakerResolver(text, [(0, len(text))])
    assert resolver.resolve("Turkey", text.rfind("Turkey")) == "Turkey"


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # a place name: closed by a place noun, or after "the", "a", "an", "in", "at" or "on"
        ("Tom Baker said the fire spread along Elm Road and Mill Road. He said it was out.", "He"),
        ("Jane Ross spoke at the Grand Tower gala. She said it was packed.", "She"),
        ("Tom Baker works in New Mexico today. He said it was hot.", "He"),
        ("Jane Ross met a Red Cross Society nurse. She said they helped.", "She"),
        ("Tom Baker worked at Morgan Fisk. He said it paid.", "He"),
        ("Jane Ross will run on Spain's Costa Verde. She said it was hot.", "She"),
        # an acronym-led outlet the speaker told
        ("Tom Baker told KTV Wales. He said it was over.", "He"),
    ],
)
def test_a_person_pronoun_resolves_to_no_place_or_organisation(text: str, pronoun: str) -> None:
    res = resolver(text)
    assert res.resolve(pronoun, at(text, f". {pronoun}") + 2) in {"Tom Baker", "Jane Ross"}


def test_a_person_after_the_is_kept_when_titled_or_possessive() -> None:
    # "the Rev Ann Lee", "in Bob Stone's view": people, though "the"/"in" come before
    text = "It was in Bob Stone's view a mistake. He said so."
    assert resolver(text).resolve("He", at(text, "He said")) == "Bob Stone"


def test_a_given_name_before_a_place_noun_is_still_a_person() -> None:
    # "Ann Street": a surname can be a place noun; the given name says it is a person
    text = "Her mother Ann Street spoke. She said it was hard."
    assert resolver(text).resolve("She", at(text, "She said")) == "Ann Street"
    # "Sue Hills": a place noun that is a common surname is no place
    text = "Her mother Sue Hills spoke. She said it was hard."
    assert resolver(text).resolve("She", at(text, "She said")) == "Sue Hills"
    # "Dr Street": a titled name is a person (the resolved name drops the title)
    text = "Dr Mills met Dr Street. He said no."
    assert resolver(text).resolve("He", at(text, "He said")) == "Street"


@pytest.mark.parametrize(
    "text",
    [
        'Ann Reed met Tom Hale, Safer Roads Development Officer. "It was hard," she said.',
        'Ann Reed named "Black Panther" Tom Hale. "It was hard," she said.',
        "Ann Reed met Tom Hale. In a chapter titled 'Moving On', she said no.",
    ],
)
def test_a_job_title_or_a_quoted_nickname_is_no_person(text: str) -> None:
    # "she" skipped the man and took the title or nickname as a person of unknown sex
    assert resolver(text).resolve("she", at(text, "she said")) == "Ann Reed"


@pytest.mark.parametrize("place", ["Albert Museum", "Victor Avenue", "Grace Hospital"])
def test_a_given_name_closed_by_a_place_or_institution_noun_is_no_person(place: str) -> None:
    # "he" took the museum: a given name opened it, and the nearer unsexed person wins "he"
    text = f'Mr Tom Reed praised the staff. {place} will reopen soon. "We are glad," he said.'
    assert resolver(text).resolve("he", at(text, "he said")) == "Tom Reed"
    text = f'{place} will reopen soon. "We are glad," he said.'
    assert resolver(text).resolve("he", at(text, "he said")) is None


@pytest.mark.parametrize(
    "text",
    [
        # CNN/DM glue the dateline to the first sentence; the city is no person
        "Buenos Aires, Argentina (CNN)As the rain fell in Chile, rivers rose. It was a call to "
        "action. And on Sunday, he said people needed help.",
        "Buenos Aires (AFP) - As the rain fell in Chile, rivers rose. It was a call to action. "
        "And on Sunday, he said people needed help.",
    ],
)
def test_a_dateline_place_is_no_antecedent(text: str) -> None:
    assert resolver(text).resolve("he", at(text, "he said")) is None


def test_a_name_before_a_bracket_inside_a_line_is_still_a_person() -> None:
    text = "The rain fell. Tom Baker (CNN) reported it. And on Sunday, he said people needed help."
    assert resolver(text).resolve("he", at(text, "he said")) == "Tom Baker"


def test_a_name_after_a_sentence_opening_the_is_no_person() -> None:
    # "The Harry Potter author ... she wrote": "The" opens the sentence and the name runs on
    # from it; the name is a modifier, not the woman
    text = (
        "Jane Ross replied at once. The Harry Potter author said the abuse was vile. "
        '"I will not be silenced," she wrote.'
    )
    assert resolver(text).resolve("she", at(text, "she wrote")) == "Jane Ross"


def test_a_word_glued_before_a_name_is_no_part_of_it() -> None:
    # the resolver's own name scan kept "Stuck between IS and the TalibanPresident Ashraf Ghani"
    text = (
        "More news from the Hill CountrySir Tom Hale opened the bridge. He said it was late. "
        "Read about the flood in KentPresident Ann Cole spoke. She said it was over."
    )
    res = resolver(text)
    assert res.resolve("He", at(text, "He said")) == "Tom Hale"
    assert res.resolve("She", at(text, "She said")) == "Ann Cole"
    # a camel-case name is one word: "WhatsApp" opens no sentence
    text = "Jan Koum founded WhatsApp Inc in 2009. He said it was small."
    assert resolver(text).resolve("He", at(text, "He said")) == "Jan Koum"


def test_a_titled_surname_takes_no_full_name_titled_as_the_other_gender() -> None:
    # "Mrs Bieniewicz" took her late husband's full name, the first of that surname
    text = (
        "Mr John Hale, 44, died last year. Kate Hale said her family was broken. "
        "Mrs Hale testified in May. She said the law must change."
    )
    res = resolver(text)
    assert res.resolve("Mrs Hale", at(text, "Mrs Hale")) == "Kate Hale"
    assert res.resolve("She", at(text, "She said")) == "Kate Hale"
    text = "Mr John Hale, 44, died last year. Mrs Kate Hale testified. Mrs Hale said so."
    assert resolver(text).resolve("Mrs Hale", at(text, "Mrs Hale said")) == "Kate Hale"
    # an untitled full name is taken as before
    text = "John Hale, 44, died last year. Mrs Hale said the law must change."
    assert resolver(text).resolve("Mrs Hale", at(text, "Mrs Hale")) == "John Hale"


def test_a_role_phrase_place_before_a_given_name_is_no_part_of_the_name() -> None:
    # "Older People's Commissioner for Wales Sarah Rochira" gave her "she" to "Wales Sarah Rochira"
    text = "The Commissioner for Wales Sally Holland opened the review. She said it was late."
    assert resolver(text).resolve("She", at(text, "She said")) == "Sally Holland"
    # a name opening with a given name keeps its words: "of John Paul Smith"
    text = "The trial of John Paul Smith began. He said it was late."
    assert resolver(text).resolve("He", at(text, "He said")) == "John Paul Smith"


def test_a_titled_surname_takes_no_full_name_its_pronouns_give_the_other_gender() -> None:
    # "Mrs Creag" took her son's name: "James Creag, 11, ... he has stopped playing"
    text = (
        "James Creag, 11, is so sick of it that he has stopped playing outside. "
        "'He is brave,' Mrs Creag said."
    )
    assert resolver(text).resolve("Mrs Creag", at(text, "Mrs Creag")) == "Creag"
    # the pronoun of the other full name points at the right one: "Mrs Bieniewicz" took her
    # late husband's, and "of Westland" is her place, no person between her and "her"
    text = (
        "John Hale, 44, could have lived. Kate Hale of Westland, the representative of her "
        "husband's estate, is suing. Mrs Hale testified in May. She said the law must change."
    )
    res = resolver(text)
    assert res.resolve("Mrs Hale", at(text, "Mrs Hale")) == "Kate Hale"
    # an object pronoun is someone else: "Lucyna Kuziel-Zawalich took care of him" (a cat)
    text = "Lucyna Kowal took care of him and adopted him. Ms Kowal said he hugs every pet."
    assert resolver(text).resolve("Ms Kowal", at(text, "Ms Kowal")) == "Lucyna Kowal"


def test_a_person_pronoun_falls_back_to_no_name_that_is_no_person() -> None:
    # no person of the pronoun's gender comes before it, and the most recent name of unknown
    # gender is no person's: a wrong name is worse than none
    for text in [
        # an event noun: the 2011 "World Cup" said nothing
        'Wales lost the 2011 World Cup final. "We were disappointed," he said.',
        # a team, school or town by its last word, with no given name or title opening it
        "Hart lost to Manchester United. 'It is essential,' he said.",
        "The head teacher of Lings Primary School spoke. He said it helped.",
        "Tom Baker visited Cape Town. He said it was hot.",
        # a name the article puts after "in" elsewhere: a place
        "It happened in New York. A woman left New York on Sunday. She said it was hard.",
    ]:
        pronoun = next(p for p in ("he", "He", "She") if f" {p} said" in text)
        assert resolver(text).resolve(pronoun, at(text, f" {pronoun} said") + 1) is None, text
    # a given name or a title opening the name makes it a person, whatever its other words
    for text, name in [
        ("David Villa scored twice. 'It was easy,' he said.", "David Villa"),
        ("Ruth Day ran the race. 'It was hard,' she said.", "Ruth Day"),
        ("Dr Mills met Dr Street. He said no.", "Street"),
    ]:
        # "she" first: "he said" is in "she said" too, and "he" is no Ruth Day
        pronoun = next(p for p in ("she", "he", "He") if f" {p} said" in text)
        assert resolver(text).resolve(pronoun, at(text, f" {pronoun} said") + 1) == name


def test_a_given_name_run_on_from_a_paper_after_the_is_the_name_alone() -> None:
    # "Speaking to the Herald Sun Daniel said": the paper's name is no part of his
    text = (
        "Daniel Buccheri sang at the wedding. Speaking to the Herald Sun Daniel said it went "
        "well. 'It was a rollercoaster,' he said."
    )
    res = resolver(text)
    assert res.resolve("Daniel", at(text, "Daniel said")) == "Daniel"
    assert res.resolve("he", at(text, "he said")) in {"Daniel", "Daniel Buccheri"}


def test_a_full_name_expands_only_to_a_longer_name_holding_its_given_name() -> None:
    # "Brenda Burns" is his wife, no "Joshua Quincy Burns"; "Joshua Burns" is he
    text = (
        "Joshua Quincy Burns was sentenced. His wife, Brenda Burns, says he is innocent. "
        "Joshua Burns says he tried to help. Mr Duncan Smith met Iain Duncan Smith."
    )
    res = resolver(text)
    assert res.resolve("Brenda Burns", at(text, "Brenda Burns")) == "Brenda Burns"
    assert res.resolve("Joshua Burns", at(text, "Joshua Burns says")) == "Joshua Quincy Burns"
    assert res.resolve("Mr Duncan Smith", len(text)) == "Iain Duncan Smith"


def test_a_name_closing_an_of_name_is_no_fallback_person() -> None:
    # "the Academy of Ancient Music": "Ancient Music" closes an organisation's name
    for text in [
        "The conductor founded the Academy of Ancient Music in 1973. He said music spoke.",
        "She spoke to the English Collective of Prostitutes' Rights. She says it helped.",
        "The talk was given to the Association for Business Economics. He said rates rise.",
    ]:
        pronoun = "She" if "She says" in text else "He"
        assert resolver(text).resolve(pronoun, text.rindex(f"{pronoun} s")) is None, text


def test_a_name_one_walks_into_is_no_speaker() -> None:
    # "he walked into Krispy Kreme Doughnuts ... 'When?' she asked": the woman behind the counter
    # is not named; the shop is no "she"
    text = "Tom Baker walked into Krispy Kreme Doughnuts. The woman looked up. She said no."
    assert resolver(text).resolve("She", at(text, "She said")) is None


def test_a_surname_takes_the_nearer_namesake_of_the_first_ones_gender() -> None:
    # "Louis Jordan, 37, took his sailboat out ... Jordan told CNN": the son, not his father
    text = (
        "Frank Jordan said his son was safe. Louis Jordan, 37, took his boat out in January. "
        "Jordan told CNN he was grateful."
    )
    assert resolver(text).resolve("Jordan", at(text, "Jordan told")) == "Louis Jordan"
    # one of the other gender leaves the first: "Durst's first wife, Kathleen McCormack Durst"
    text = (
        "Robert Durst said his lawyers were ready. She was Durst's first wife, Kathleen Durst, "
        "and her family sued. Durst said he was innocent."
    )
    assert resolver(text).resolve("Durst", at(text, "Durst said he")) == "Robert Durst"


def test_a_surname_takes_a_namesake_introduced_long_after_the_first() -> None:
    # a live blog: "Gary Johnson" in the morning, "Jeh Johnson" at noon, then "Johnson said"
    filler = "The polls opened early and queues were long. " * 70
    text = (
        f"Gary Johnson spoke at a rally. {filler}Homeland Security Secretary Jeh Johnson says "
        "hackers are busy. Johnson said one attack worked."
    )
    assert (
        resolver(text).resolve("Johnson", at(text, "Johnson said"))
        == "Homeland Security Secretary Jeh Johnson"
    )


def test_the_pronoun_i_after_a_titled_name_is_no_part_of_it() -> None:
    # "Having located Mr Schiller I asked": the mention is Mr Schiller, not "Schiller I"
    text = "Having located Mr Schiller I asked for a look. He said yes."
    assert resolver(text).resolve("He", at(text, "He said")) == "Schiller"
    # a king's numeral stays: "King Charles I"
    text = "King Charles I ruled then. He said little."
    assert resolver(text).resolve("He", at(text, "He said")) == "Charles I"


def test_a_subordinator_opening_the_sentence_is_no_part_of_the_name() -> None:
    # "Following Raheem Sterling's refusal": the scan took "Following Raheem Sterling" as the
    # full name that a later "Sterling" and "he" stood for
    text = (
        "Following Raheem Sterling's refusal to sign, the club waited. Sterling said he was "
        "happy. Although Ann Cole won, she said it was close."
    )
    res = resolver(text)
    assert res.resolve("Sterling", at(text, "Sterling said")) == "Raheem Sterling"
    assert res.resolve("she", at(text, "she said")) == "Ann Cole"


def test_a_name_that_is_no_person_takes_no_pronoun_by_a_gender_learned_for_it() -> None:
    # "Aston Villa ... his predecessor" taught the club a gender, and the club took "he"
    text = (
        "Tim Sherwood is the new manager. Aston Villa sacked his predecessor last week. "
        "'It is a big game,' he said."
    )
    assert resolver(text).resolve("he", at(text, "he said")) == "Tim Sherwood"
    text = (
        "Kate Hale was taken to Royal Derby Hospital after her fall. 'I could not move,' she said."
    )
    assert resolver(text).resolve("she", at(text, "she said")) == "Kate Hale"


def test_a_body_that_was_told_something_is_no_it_that_speaks() -> None:
    # "told the BBC" names the one spoken to: "it said" after it took "BBC" for Olam
    text = (
        "Olam said its partnerships in Gabon were transparent. "
        "The fund told the BBC: 'Its operations are properly managed.' "
        "'We agree with Gabon's right to convert a tiny part of its land,' it said."
    )
    assert resolver(text).resolve("it", at(text, "it said")) is None
    text = "Sir Michael Wilshaw told the BBC this week that inspectors were shocked."
    assert (
        resolver(text + " It is understood that 18 schools were visited.").resolve(
            "It", len(text) + 1
        )
        is None
    )
    # a body named as the one that speaks keeps the "it"
    text = "The BBC said its staff were safe. 'Nothing was lost,' it said."
    assert resolver(text).resolve("it", at(text, "it said")) == "BBC"


def test_a_name_before_the_noun_it_qualifies_is_no_it_that_speaks() -> None:
    # "CCTV footage" and "PGA Tour star" name a thing or a person, not the body that speaks
    text = (
        "Officers of the Criminal Investigation Department studied CCTV footage of the attack. "
        "They said it was not clear what role the man had played."
    )
    assert resolver(text).resolve("They", at(text, "They said")) == (
        "Criminal Investigation Department"
    )
    text = "PGA Tour star Rickie Fowler hit back. It reports that the pair met in 2012."
    assert resolver(text).resolve("It", at(text, "It reports")) is None
    # a verb or a time word after the name keeps it: "NASA says", "the LTA today"
    text = "NASA says docking was called off. It added that the crew were safe."
    assert resolver(text).resolve("It", at(text, "It added")) == "NASA"
    text = "The team was named by the Lawn Tennis Association today. They wanted grass courts."
    assert resolver(text).resolve("They", at(text, "They wanted")) == "Lawn Tennis Association"


def test_a_pronoun_stands_for_no_one_named_in_what_the_speaker_said() -> None:
    # the quotation's own "Barack Obama" is whom the father talks about, not who talks
    text = (
        "The boy went to his father, Jimmie Scott, who complained to the school. "
        "'If your parents voted for Barack Obama, they're evil,' he told WMAZ."
    )
    said = (text.index("'If"), text.index(" he told"))
    assert resolver(text).resolve("he", at(text, "he told"), said) == "Jimmie Scott"
    # without the span the nearest person is still the one asked for
    assert resolver(text).resolve("he", at(text, "he told")) == "Barack Obama"


def test_he_takes_a_nearer_person_of_unknown_sex_over_a_known_man() -> None:
    text = (
        "Punters linked the name to Mr Sam Waley-Cohen. Simon Clare, from bookmakers Coral, "
        "confirmed the odds were cut. He explained that the name was popular."
    )
    assert resolver(text).resolve("He", at(text, "He explained")) == "Simon Clare"
    # "she" keeps the known woman: a nearer person of unknown sex is most often a man
    text = (
        "Ms Sarah Watson met the player. A judge ruled Marcus Rojo must pay the legal costs. "
        "She said it had been a nightmare."
    )
    assert resolver(text).resolve("She", at(text, "She said")) == "Sarah Watson"


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        # titles alone name no person: "he" took "Prime Minister" (as "Minister")
        (
            "Eric Pickles spoke on Monday about the Prime Minister's plan. "
            "'It will be worked out,' he said.",
            "he",
            "Eric Pickles",
        ),
        # a capitalised word the article writes in lower case names no one: "she" took
        # "Doctors" (a noted speaker)
        (
            "Sam Roach fell from a horse and was taken to hospital, where doctors operated. "
            "Doctors warned Sam may never walk again. 'I thought it would be okay,' she said.",
            "she",
            "Sam Roach",
        ),
    ],
)
def test_a_pronoun_skips_a_common_word_or_a_bare_title(text: str, pronoun: str, name: str) -> None:
    found = [(a.speaker, a.speaker_resolved) for a in find_attributions(text)]
    assert (pronoun, name) in found


def test_a_headline_is_no_full_name_of_the_surnames_in_it() -> None:
    # a title-case headline left in the body ran its words onto the name: "Obama" was
    # "Gold Star Mom Corners Obama"
    text = (
        "Gold Star Mom Corners Obama On His Refusal To Use The Words 'Islamic Terrorist.'\n"
        "President Barack Obama spoke on Wednesday night. Obama said the words lump the "
        "good Muslims with the bad."
    )
    assert resolver(text).resolve("Obama", at(text, "Obama said")) == "Barack Obama"


def test_a_name_in_a_caption_glued_before_a_quotation_does_not_win_the_pronoun() -> None:
    text = (
        "Rovers manager Mark Doyle named an unchanged side. Doyle (left) and his old friend "
        "Paul Kerr at Millwall Kerr (centre) 'This is the most important week,' he said."
    )
    caption = (at(text, "Doyle (left)"), at(text, "'This"))
    lead = SpeakerResolver(text, [(0, len(text))], caption_leads=[caption])
    assert lead.resolve("he", at(text, "he said")) == "Mark Doyle"
    assert resolver(text).resolve("he", at(text, "he said")) == "Paul Kerr"


def test_a_caption_name_stands_for_the_pronoun_when_it_is_all_there_is() -> None:
    text = (
        "The derby was played at the Den. Paul Kerr (left) at Millwall with the fans Kerr "
        "(centre) 'This is the most important week,' he said."
    )
    caption = (at(text, "Paul Kerr"), at(text, "'This"))
    lead = SpeakerResolver(text, [(0, len(text))], caption_leads=[caption])
    assert lead.resolve("he", at(text, "he said")) == "Paul Kerr"
