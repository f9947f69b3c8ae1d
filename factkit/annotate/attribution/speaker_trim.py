"""Trimming a speaker phrase to the subject that speaks: what ran into it from before (a
quotation's last sentence, a sentence whose full stop is missing, a leading phrase set off by no
comma, an object relative, a photo mark) is cut, and a phrase that is a clause is refused. Apart
from :mod:`phrases`, which finds the phrase, because these rules read one phrase's tokens only."""

from __future__ import annotations

import itertools

from factkit.annotate.attribution.glue import drop_glued_lead, drop_lead_year, drop_list_mark
from factkit.annotate.attribution.limits import AttributionLimits
from factkit.annotate.attribution.tokens import (
    ARTICLES,
    CLAUSE_WORDS,
    IRREGULAR_PASTS,
    LEAD_ADVERBS,
    LEAD_PHRASE_OPENERS,
    LEAD_TIME_DETERMINERS,
    PHOTO_MARKS,
    POSSESSIVE_ENDINGS,
    PREDETERMINERS,
    PREPOSITIONS,
    RELATIVE_CLAUSE_SPEAKERS,
    RELATIVES,
    RELATIVES_BEFORE_SPEAKER,
    SPEAKER_LEAD,
    TRAILING_TIME,
    Tok,
    is_cap,
    is_name_word,
    is_verbish,
)
from factkit.annotate.name_shapes import DETERMINERS, SPEAKER_PRONOUNS, person_start
from factkit.lang import word_set

_SUBJECT_PRONOUNS = word_set("subject_pronouns")

# Marks dropped from the start of a speaker phrase. The ASCII single mark is no quotation token
# (it is also an apostrophe), so a closing mark the quotation finder could not pair ("... on its
# own,' she said") reaches the phrase; content before it still ends where it did (:mod:`phrases`
# reads the same marks to place that end).
LEAD_MARKS = frozenset({"-", "—", "–", ".", "'", "`", "``"})


def clean_speaker(np: list[Tok], limits: AttributionLimits) -> list[Tok]:
    """Drop trailing time words ("Trump this week"), reject clauses and prepositions."""
    out = drop_photo_mark(after_closing_quote(list(np)))
    out = after_run_on(drop_lead_year(drop_list_mark(drop_glued_lead(out))))
    while len(out) > 1 and out[-1].lower in TRAILING_TIME:
        out.pop()
    if _reduced_relative(out):
        return []  # reduced relative clause: "the rate he proposed", "the mail they asked for"
    while out and out[0].text in LEAD_MARKS:
        out.pop(0)
    out = pronoun_alone(drop_lead_adverbs(after_object_relative(out)))
    if not out or len(out) > limits.speaker_max_tokens:
        return []
    if out[0].lower in PREPOSITIONS:
        out = after_lead_phrase(out)
        if not out:
            return []
    elif out[0].lower in LEAD_PHRASE_OPENERS or _participle_lead(out):
        out = _after_lead_opener(out)
    seen_relative = False
    for k, tok in enumerate(out):
        if tok.lower in RELATIVES or tok.lower == "whose":
            seen_relative = True
        elif is_verbish(tok) and not seen_relative and not is_name_word(out, k):
            return []
    return out


def _reduced_relative(out: list[Tok]) -> bool:
    """A pronoun after a lower-case word ends the phrase: "the rate he proposed" is a noun and
    its reduced relative clause, nobody's speech. After an object relative a person pronoun
    is the subject that speaks ("his donations, which he said were accompanied by favours";
    :func:`after_object_relative` keeps it); "which it described" stays out, as "it" is
    mostly the thing described."""
    if len(out) < 2 or out[-1].lower not in SPEAKER_PRONOUNS or not out[-2].text[:1].islower():
        return False
    return not (
        out[-2].lower in RELATIVES_BEFORE_SPEAKER and out[-1].lower in RELATIVE_CLAUSE_SPEAKERS
    )


_PLACE_BEFORE_RUN = frozenset({"in", "at", "on", "from"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_CLAUSE_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
_CLOSING_MARKS = frozenset({"'", "’", '"', "”"})


def after_closing_quote(toks: list[Tok]) -> list[Tok]:
    """A quotation's last sentence runs into the speaker phrase ("... it was just really
    hurt.' Hayes added", "... the SNP.' Mr Balls insisted"): the phrase starts at the
    capitalised word after the last full stop and closing mark."""
    for k in range(len(toks) - 3, -1, -1):
        if (
            toks[k].text in _SENTENCE_ENDS
            and toks[k + 1].text in _CLOSING_MARKS
            and toks[k + 2].text[:1].isupper()
        ):
            return toks[k + 2 :]
    return toks


def after_run_on(toks: list[Tok]) -> list[Tok]:
    """A sentence whose full stop is missing runs into the speaker phrase: "... took to Twitter
    to express their anger at the club Merivale announced" (a past form, no relative before
    it: the phrase is a clause), "... as Daniel began singing ... Speaking to the Herald Sun
    Daniel said" (a given name inside the closing capitalised run). The capitalised run
    closing the phrase speaks, from its given name; a run after in/at/on/from with none is a
    place or a time ("took place in New York", "the lawsuit in March"), and after an -ing
    form only a given name cuts ("a spokesman for the ruling ANC" stays)."""
    opened = _article_opening(toks)
    if opened:
        return toks[opened:]
    run = len(toks)
    while run > 0 and toks[run - 1].text[:1].isupper():
        run -= 1
    if run == 0 or run == len(toks):
        return toks
    lead = toks[:run]
    finite = (
        any(t.text.islower() and t.lower in IRREGULAR_PASTS for t in lead) or _pronoun_clause(lead)
    ) and not any(t.lower in RELATIVES for t in lead)
    if not (finite or any(_ing_verb(lead, k) for k in range(len(lead)))):
        return toks
    name = toks[run:]
    given = person_start([t.text for t in name], 1)
    if given:
        return name[given:]
    # after a preposition the run closes a longer name ("judges at the European Court of
    # Human Rights"), no speaker of its own
    closing = lead[-1].lower not in _PLACE_BEFORE_RUN and lead[-1].lower not in PREPOSITIONS
    return name if finite and closing else toks


def _pronoun_clause(lead: list[Tok]) -> bool:
    """A lower-case subject pronoun and the lower-case word after it: a caption's clause run
    into the speaker phrase ("they weave their way through traffic Thompson says", "it
    prepares to run away at any minute Ms Madeley stated")."""
    return any(
        tok.text in _CLAUSE_PRONOUNS and nxt.text.islower() and nxt.lower not in RELATIVES
        for tok, nxt in itertools.pairwise(lead)
    )


def _article_opening(toks: list[Tok]) -> int:
    """Where a capitalised article inside the phrase opens the speaker, 0 if none does: the
    sentence it starts had lost its full stop ("Lack of criminal background checks The TSA",
    "other news from Essex A woman who lives near the prison"). After a preposition or a
    possessive it opens a title ("seen by The Mail on Sunday", "of The Last Man On Earth")."""
    for k in range(len(toks) - 2, 0, -1):
        before = toks[k - 1].lower
        if (
            toks[k].lower in ARTICLES
            and toks[k].text.istitle()  # "The", "A", "An"; not "THE"
            and before not in PREPOSITIONS
            and not before.endswith(POSSESSIVE_ENDINGS)
        ):
            return k
    return 0


def _participle_lead(toks: list[Tok]) -> bool:
    """A capitalised -ing form and a determiner after it open a leading phrase set off by no
    comma ("Announcing the policy Mr Cameron said"; not "Acting chief steward Greg Rudolph")."""
    return (
        len(toks) > 2
        and toks[0].text[:1].isupper()
        and toks[0].lower.endswith("ing")
        and toks[1].lower in SPEAKER_LEAD
    )


def _ing_verb(toks: list[Tok], k: int) -> bool:
    """An -ing form used as a verb: a preposition or article after it ("Speaking to the",
    "fighting in"; not "Senior investigating officer")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        toks[k].text.islower()
        and toks[k].lower.endswith("ing")
        and nxt is not None
        and (nxt.lower in PREPOSITIONS or nxt.lower in ARTICLES)
    )


def after_object_relative(toks: list[Tok]) -> list[Tok]:
    """ "a two-step process, which the clinic says ...": the relative pronoun is the object of
    the cue, the words after it its subject, so the clinic speaks (it gave "which the clinic").
    Only "which"/"whom": "who" is a subject itself ("who both said"), and "that" may be a
    determiner ("that man said")."""
    for k in range(len(toks) - 2, -1, -1):
        if toks[k].lower in ("which", "whom"):
            # a subject must follow: "which left little doubt", "which together vowed" have none
            return toks[k + 1 :] if _opens_a_subject(toks[k + 1]) else toks
    return toks


def _opens_a_subject(tok: Tok) -> bool:
    """A name, a determiner, a pronoun, or a plural noun ("authorities", "advocates")."""
    if is_cap(tok) or tok.lower in DETERMINERS or tok.lower in SPEAKER_PRONOUNS:
        return True
    return len(tok.lower) > 3 and tok.lower.endswith("s") and not is_verbish(tok)


def drop_photo_mark(toks: list[Tok]) -> list[Tok]:
    """ "Juan Mata (right)", "Ann Lee (pictured with her son)": a bracket pointing at a photo
    ends the phrase after the name; a party label ("Tom Kent (D-Ohio)") stays."""
    if len(toks) < 4 or toks[-1].text != ")":
        return toks
    opening = max((k for k, t in enumerate(toks) if t.text == "("), default=0)
    if opening > 0 and toks[opening + 1].lower in PHOTO_MARKS:
        return toks[:opening]
    return toks


# words after which a determiner continues the phrase instead of opening the subject
_NO_SUBJECT_AFTER = PREPOSITIONS | ARTICLES | PREDETERMINERS


def after_lead_phrase(toks: list[Tok]) -> list[Tok]:
    """The subject after a prepositional phrase opening the speaker phrase with no comma, or []:
    a time ("On Tuesday Mr Smith said"), the name ending the phrase ("In a Bloomberg interview
    Trump declared"), or a determiner opening a second noun phrase ("In a statement the company
    said", "At a rally in Ohio the senator warned")."""
    k = 1
    while k < len(toks) - 1 and toks[k].lower in TRAILING_TIME:
        k += 1
    if k > 1:
        return toks[k:]
    run = len(toks)
    while run > 0 and (toks[run - 1].text[:1].isupper() or toks[run - 1].text == "."):
        run -= 1
    if 0 < run < len(toks) and toks[run - 1].lower not in ARTICLES:
        while run < len(toks) - 1 and toks[run].lower in TRAILING_TIME:
            run += 1  # "in a blog post on Thursday Kalanick": the day closes the phrase
        return toks[run:]
    for j in range(len(toks) - 2, 1, -1):
        before = toks[j - 1]
        if (
            toks[j].lower in ARTICLES
            and before.text[:1].isalpha()
            and before.lower not in _NO_SUBJECT_AFTER
        ):
            return toks[j:]
    return []


def _after_lead_opener(toks: list[Tok]) -> list[Tok]:
    """The subject after a leading phrase opened by a subordinator or participle ("After the
    match Smith", "Speaking to reporters the minister"); with none found, the clause word's own
    clause ("After police" -> "police") or the phrase as it was."""
    rest = after_lead_phrase(toks) if len(toks) > 2 else []
    if rest:
        return rest
    return toks[1:] if toks[0].lower in CLAUSE_WORDS else toks


def drop_lead_adverbs(toks: list[Tok]) -> list[Tok]:
    """ "However prosecutors", "yesterday judges", "Earlier this month the Christies": the
    adverb or time phrase opens the clause, not the name."""
    k = 0
    while len(toks) - k > 1:
        if toks[k].lower in LEAD_ADVERBS:
            k += 1
        elif (
            len(toks) - k > 2
            and toks[k].lower in LEAD_TIME_DETERMINERS
            and toks[k + 1].lower in TRAILING_TIME
        ):
            k += 2
        else:
            break
    return toks[k:]


def pronoun_alone(toks: list[Tok]) -> list[Tok]:
    """A subject pronoun closing the phrase is the speaker alone: the words before it open
    the sentence or ran on from another ("Initially she", "So he", "Having located Mr
    Schiller I", "British Skin Foundation She")."""
    if len(toks) > 1 and toks[-1].lower in _SUBJECT_PRONOUNS:
        return toks[-1:]
    return toks
