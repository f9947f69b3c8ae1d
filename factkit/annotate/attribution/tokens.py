"""Word tokens of a sentence and the function-word sets the frame matchers test them against."""

from __future__ import annotations

import re
from typing import NamedTuple

from factkit.annotate.function_words import WORD_LISTS
from factkit.lang import entries, word_set

WORDS = WORD_LISTS

TOKEN_RE = re.compile(r"\w+(?:[’'.&\-]\w+)*(?:n[’']t)?[’']?|''|``|[^\w\s]")
# The function-word lists are sections of factkit/lang/en/attr_function_words.txt.
AUX = WORDS["aux"]
# verb phrases ending in "to" before an infinitive cue ("appeared to suggest")
INFINITIVE_LEADS = word_set("cue_infinitive_leads")
CLITIC_SUBJECTS = WORDS["clitic_subjects"]
LY_NOUNS = WORDS["ly_nouns"]
LY_ADJECTIVES = WORDS["ly_adjectives"]
BE = WORDS["be"]
CLAUSE_WORDS = WORDS["clause_words"]
RELATIVES = WORDS["relatives"]
RELATIVES_BEFORE_SPEAKER = WORDS["relatives_before_speaker"]  # "which he said"
RELATIVE_CLAUSE_SPEAKERS = WORDS["relative_clause_speakers"]
NON_SUBJECT = WORDS["non_subject"]
PERSON_NON_SUBJECTS = WORDS["person_non_subjects"]  # "the official said"
PREPOSITIONS = WORDS["prepositions"]
TEMPORAL = WORDS["adverbials"]
TRAILING_TIME = WORDS["trailing_time"]
OBJECT_WORDS = WORDS["object_words"]
SPEAKER_LEAD = WORDS["speaker_lead"]
SENTENCE_OPENING_CUES = WORDS["sentence_opening_cues"]
APPOSITIVE_LEAD = WORDS["appositive_lead"]
VERBISH = WORDS["verbish"]
IRREGULAR_PASTS = WORDS["irregular_pasts"]
ING_OK_BEFORE = WORDS["ing_ok_before"]
ING_PREPOSITIONS = WORDS["ing_prepositions"]
INTRO_WORDS = WORDS["intro_words"]
LEAD_ADVERBS = WORDS["lead_adverbs"]
LEAD_TIME_DETERMINERS = WORDS["lead_time_determiners"]
PREDETERMINERS = WORDS["predeterminers"]
PHOTO_MARKS = WORDS["photo_marks"]
LEAD_PHRASE_OPENERS = WORDS["lead_phrase_openers"]
ADDING_PARTICLES = WORDS["adding_particles"]
CLAUSE_SUBJECTS = WORDS["clause_subjects"]
QUESTION_WORDS = WORDS["question_words"]
CONTENT_OPENERS = WORDS["content_openers"] | QUESTION_WORDS
FINDING_CUES = WORDS["finding_cues"]
PHONE_PARTICLES = WORDS["phone_particles"]
PHONE_CALLEES = WORDS["phone_callees"]
CALLEE_AFTER = WORDS["callee_after"]
OBJECT_PREPOSITIONS = WORDS["object_prepositions"]
SUBORDINATORS = WORDS["subordinators"]
FRONTED_CLAUSE_OPENERS = WORDS["fronted_clause_openers"]
FRONTED_CLAUSE_RELATIVES = WORDS["fronted_clause_relatives"]
RIVAL_CLAUSE_OPENERS = WORDS["rival_clause_openers"]
COORDINATORS = WORDS["coordinators"]
CHAIN_BEFORE = WORDS["chain_before"] | {","}
# Contractions before a cue that are subject + auxiliary, not possessives ("he's said").
SPEAKER_POSSESSIVE_OK = WORDS["possessive_subjects"]
POSSESSIVE_ENDINGS = entries("possessive_endings") + entries("plural_possessive_endings")
# Words that can open what follows a verb (not a noun): "claims that", "states the".
VERB_OBJECT_STARTS = WORDS["verb_object_starts"]
NOUN_CUES = WORDS["noun_cues"]
NOUN_CUE_OWNER_PRONOUNS = WORDS["noun_cue_owner_pronouns"]  # "his claim that"
NOUN_CUE_FRONTING_WORDS = WORDS["noun_cue_fronting_words"]  # "Despite his claim that C, ..."
VERB_ONLY_FORMS = tuple(sorted(WORDS["verb_only_forms"]))  # "said", unlike "claims"
PASSIVE_PARTICIPLES = tuple(sorted(WORDS["passive_participles"]))  # "was told", "was shown"
PREPOSITIONAL_LEAD = WORDS["prepositional_lead"]
PREPOSITIONAL_SPEAKER_STOPS = WORDS["prepositional_speaker_stops"]
ARTICLES = WORDS["articles"]
APPOSITION_PREPOSITIONS = WORDS["apposition_prepositions"]
HOMETOWN_PREPOSITIONS = WORDS["hometown_prepositions"]
APPOSITION_ROLE_HEADS = WORDS["apposition_role_heads"]
CHAIN_LEAD = WORDS["chain_lead"]
CHAIN_ADVERBS = WORDS["chain_adverbs"]
CLAUSE_JOINERS = WORDS["clause_joiners"]
POSSESSIVE_CLITICS = WORDS["possessive_clitics"]
# marks no speaker phrase runs across; "<" and ">" close markup shown as text ("alert(4)</script>
# John Smith said" in a page that escaped it): no part of a name
HARD_BOUNDARY = frozenset({";", ":", "(", ")", "—", "–", "--", "!", "?", "[", "]", "<", ">"})


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    lower: str


_new_tuple = tuple.__new__  # builds a Tok without NamedTuple's keyword-handling __new__


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The word and punctuation tokens of ``text[start:end]`` (the finder's hottest loop)."""
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        out.append(_new_tuple(Tok, (word, s, e, word.lower())))
    return out


QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``", "„", "«", "»", "‘", "’"})


def is_quote_tok(tok: Tok) -> bool:
    return tok.text in QUOTE_TOKENS


def is_cap(tok: Tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


ABBREVIATIONS = WORDS["abbreviations"]


def is_abbreviation(tok: Tok) -> bool:
    """A token a period after it does not end: an initial ("R") or a title ("Mr")."""
    return (len(tok.text) == 1 and tok.text.isupper()) or tok.lower in ABBREVIATIONS


def is_name_word(toks: list[Tok], k: int) -> bool:
    """A capitalised word after a capitalised one or a title's period is part of a name, even
    when it is an auxiliary: "Mrs May said", "Theresa May said", "Mr. May said" ("may" cut
    the speaker to "Mrs")."""
    if k == 0 or not toks[k].text[:1].isupper():
        return False
    before = toks[k - 1]
    if before.text == "." and k > 1:
        return is_abbreviation(toks[k - 2])
    return before.text[:1].isupper()


# elements whose content is code, never a speaker's name: "<script>alert(4)</script> said"
_CODE_ELEMENTS = frozenset({"script", "style"})


def without_closing_tag(toks: list[Tok]) -> list[Tok]:
    """The tokens less a closing tag of markup shown as text that ends them ("<b>John
    Smith</b> said"), where the tokens open that element before: the name inside still speaks,
    where the tag's "<" and ">" would end the speaker phrase (``HARD_BOUNDARY``)."""
    if len(toks) < 7 or toks[-1].text != ">":
        return toks
    lt, slash, name = toks[-4:-1]
    if lt.text != "<" or slash.text != "/" or name.lower in _CODE_ELEMENTS:
        return toks
    if not (lt.end == slash.start and slash.end == name.start and name.end == toks[-1].start):
        return toks
    for k in range(len(toks) - 6, 0, -1):
        if toks[k].lower == name.lower and toks[k - 1].text == "<":
            return toks[:-4] if toks[k - 1].end == toks[k].start else toks
    return toks


def after_opening_tag(toks: list[Tok]) -> list[Tok]:
    """The tokens less an opening tag of markup shown as text that starts them, written without
    spaces ('", said <b>John Smith</b>.'): the name after it speaks, and the closing tag's
    "<" ends it."""
    if len(toks) < 4 or toks[0].text != "<" or toks[2].text != ">":
        return toks
    lt, name, gt = toks[:3]
    if not name.text.isalpha() or name.lower in _CODE_ELEMENTS:
        return toks
    return toks[3:] if lt.end == name.start and name.end == gt.start else toks


def is_verbish(tok: Tok) -> bool:
    lower = tok.lower
    return lower in VERBISH or lower.endswith(("n't", "n’t"))


def is_past_form(word: str) -> bool:
    """A past form by its shape: an -ed word or an irregular past ("gave", "told")."""
    return word.endswith("ed") or word in IRREGULAR_PASTS


Span = tuple[int, int]


def is_negated(tok: Tok) -> bool:
    """A negated auxiliary: "wouldn't", "didn’t"."""
    return tok.lower.endswith(("n't", "n’t"))
