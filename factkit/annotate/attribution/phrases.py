"""Speaker phrases: the noun phrase before a cue with its appositions split ("The UN human rights
chief, Michelle Bachelet, said" -> speaker and title), the sentence's subject, a passive agent."""

from __future__ import annotations

import itertools

from factkit.annotate.attribution.article import Article, SpeakerFit
from factkit.annotate.attribution.dashes import dash_apposition_as_commas
from factkit.annotate.attribution.glue import drop_glued_lead, drop_lead_year, drop_list_mark
from factkit.annotate.attribution.limits import AttributionLimits
from factkit.annotate.attribution.tokens import (
    APPOSITION_PREPOSITIONS,
    APPOSITION_ROLE_HEADS,
    APPOSITIVE_LEAD,
    ARTICLES,
    AUX,
    BE,
    CLAUSE_JOINERS,
    CLAUSE_WORDS,
    HARD_BOUNDARY,
    HOMETOWN_PREPOSITIONS,
    INTRO_WORDS,
    IRREGULAR_PASTS,
    LEAD_ADVERBS,
    LEAD_PHRASE_OPENERS,
    LEAD_TIME_DETERMINERS,
    LY_ADJECTIVES,
    LY_NOUNS,
    PHOTO_MARKS,
    POSSESSIVE_ENDINGS,
    PREDETERMINERS,
    PREPOSITIONS,
    RELATIVE_CLAUSE_SPEAKERS,
    RELATIVES,
    RELATIVES_BEFORE_SPEAKER,
    SPEAKER_LEAD,
    TRAILING_TIME,
    Span,
    Tok,
    is_cap,
    is_name_word,
    is_past_form,
    is_quote_tok,
    is_verbish,
    tokens,
    without_closing_tag,
)
from factkit.annotate.name_shapes import (
    DETERMINERS,
    SPEAKER_PRONOUNS,
    looks_like_name,
    person_start,
)
from factkit.lang import word_set

# unions read per token: built once
_AUX_OR_BE = AUX | BE
_SUBJECT_PRONOUNS = word_set("subject_pronouns")
_LY_NOT_ADVERBS = LY_NOUNS | LY_ADJECTIVES


def segments(toks: list[Tok], limits: AttributionLimits) -> list[list[Tok]]:
    """Comma-separated segments right to left, stopping at a hard clause boundary."""
    found: list[list[Tok]] = []
    current: list[Tok] = []
    depth = 0
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if tok.text == ")" and not depth:
            depth = 1  # "Rep. Elijah E. Cummings (D-Md.) said": keep the parenthesis
            current.insert(0, tok)
            continue
        if depth:
            current.insert(0, tok)
            if tok.text == "(":
                depth = 0
            continue
        if tok.text == "," and not _in_a_number(toks, k):
            found.append(current)
            current = []
            if len(found) > limits.max_comma_segments:
                return found
            continue
        if is_quote_tok(tok) or tok.text in HARD_BOUNDARY:
            break
        current.insert(0, tok)
    found.append(current)
    return found


def _in_a_number(toks: list[Tok], k: int) -> bool:
    """Is the comma ``toks[k]`` a thousands separator ("30,000", "£7,600"), digits right against
    both sides? Such a comma separates no segments: "£7,600 Mr Evans told" gave "600 Mr Evans"."""
    comma = toks[k]
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].end == comma.start
        and toks[k + 1].start == comma.end
        and toks[k - 1].text[-1:].isdigit()
        and toks[k + 1].text[:1].isdigit()
    )


def np_from_right(seg: list[Tok]) -> list[Tok]:
    """The noun phrase ending a segment: cut at the last clause word ("But Megan Hester")."""
    out: list[Tok] = []
    for k in range(len(seg) - 1, -1, -1):
        tok = seg[k]
        if tok.lower in CLAUSE_WORDS and out:
            if tok.lower == "and" and k > 0 and is_cap(seg[k - 1]) and is_cap(out[0]):
                out.insert(0, tok)
                continue
            if k == 0 and tok.lower in LEAD_PHRASE_OPENERS and tok.text[:1].isupper():
                out.insert(0, tok)  # "After the match Smith": read by clean_speaker
            break
        if tok.lower in RELATIVES and not out:
            return [tok]  # "the company, which said" -> "which"
        if tok.lower in CLAUSE_WORDS and not out:
            return []  # "... or even directly declare": no subject
        out.insert(0, tok)
    return out


def speaker_left(article: Article, toks: list[Tok], limits: AttributionLimits) -> SpeakerFit | None:
    """Speaker (and title) ending right before the cue, appositions split (between commas, or
    between dashes: :mod:`dashes`)."""
    found = segments(dash_apposition_as_commas(without_closing_tag(toks)), limits)
    if not found:
        return None
    if found[0] and _role_after_name(article, found):
        # "Sir Ann Lee, Chief Executive of the Trust said": the name before the role speaks
        fit = _speaker_next_to_cue(toks, found[1:], limits)
        role = clean_title(found[0])
        if fit is not None and role:
            fit.title = (role[0].start, role[-1].end)
        return fit
    if found[0]:
        return _speaker_next_to_cue(toks, found, limits)
    return _apposition_chain(article, found, limits)


def _role_after_name(article: Article, found: list[list[Tok]]) -> bool:
    """The cue's segment is a role description and a name ends the segment before it ("Mike
    Ford, Development Officer at Mencap says"): an apposition chain whose closing comma is
    missing."""
    if len(found) < 2 or not found[1] or not role_description(found[0]):
        return False
    name = np_from_right(found[1])  # "But Sir Tom Hale" -> "Sir Tom Hale"
    return bool(name) and looks_like_name(article.text[name[0].start : name[-1].end])


def _speaker_next_to_cue(
    toks: list[Tok], found: list[list[Tok]], limits: AttributionLimits
) -> SpeakerFit | None:
    """'... the State Department said': the noun phrase ending the last segment."""
    np = clean_speaker(np_from_right(found[0]), limits)
    if not np:
        return None
    boundary: int | None = None
    lead = [t for t in found[0] if t.start < np[0].start]
    if len(np) < len(found[0]) and not (lead and all(t.text in _LEAD_MARKS for t in lead)):
        boundary = np[0].start
    elif len(found) > 1 and found[1]:
        boundary = found[1][-1].end
    else:
        # A quotation mark or dash before the speaker: '..." the State Department said'.
        i = next((k for k, t in enumerate(toks) if t.start == np[0].start), 0)
        if i > 0 and (is_quote_tok(toks[i - 1]) or toks[i - 1].text in HARD_BOUNDARY):
            boundary = toks[i - 1].end
    return SpeakerFit((np[0].start, np[-1].end), None, boundary)


def _apposition_chain(
    article: Article, found: list[list[Tok]], limits: AttributionLimits
) -> SpeakerFit | None:
    """The cue follows a comma: an apposition chain "Name, description, said"."""
    chain, regions, k = _chain_segments(found, limits)
    if not chain:
        return None
    head = np_from_right(chain[-1])
    chain[-1] = head
    names = _chain_names(article, chain, regions)
    boundary = _chain_boundary(found, k, head)
    if (
        names
        and len(chain) == 1
        and k + 1 < len(found)
        and len(head) == len(found[k])
        and _title_lead(found, k, limits)
    ):
        # "The UN human rights chief, Michelle Bachelet, said": a description opening the
        # clause before the name is its title.
        chain.append(found[k + 1])
        boundary = None
    if not names and any(_prepositional(s) for s in chain[:-1]):
        names = [chain[-1]]  # "Senior officer Det Supt Ann Lee, from Fife Police,": the head
    if names:
        described = [s for s in chain if not any(s is r for r in regions)]
        return _named_speaker(described, names[-1], boundary, limits)
    clean = clean_speaker(chain[-1], limits)
    if not clean:
        return None
    return SpeakerFit((clean[0].start, clean[-1].end), None, boundary)


def _chain_segments(
    found: list[list[Tok]], limits: AttributionLimits
) -> tuple[list[list[Tok]], list[list[Tok]], int]:
    """The chain's segments from the cue leftwards, while they describe (the last one read
    does not, or opens the sentence); the regions of places among them ("West Yorkshire" of
    "from Leeds, West Yorkshire,"); and the index in ``found`` of the chain's last segment."""
    chain: list[list[Tok]] = []
    regions: list[list[Tok]] = []
    k = 1
    while k < len(found) and found[k]:
        seg = found[k]
        if chain and all(t.lower in LEAD_ADVERBS for t in seg):
            k -= 1  # "However, the researchers, who ..., said": the adverb opens the clause
            break
        chain.append(seg)
        if _region_of_place(found, k, limits):
            regions.append(seg)
        elif not (is_appositive(seg) or _capitalised_role(seg)) or k == len(found) - 1:
            break
        k += 1
    return chain, regions, k


def _chain_names(
    article: Article, chain: list[list[Tok]], regions: list[list[Tok]]
) -> list[list[Tok]]:
    """The chain's segments that name someone: no region, no prepositional phrase."""
    return [
        s
        for s in chain
        if s
        and not any(s is r for r in regions)
        and not _prepositional(s)
        and looks_like_name(article.text[s[0].start : s[-1].end])
    ]


def _chain_boundary(found: list[list[Tok]], k: int, head: list[Tok]) -> int | None:
    """Where the content before the chain ends: after the segment before a whole last
    segment, or at the head when the last segment was cut to it."""
    if k + 1 < len(found) and found[k + 1] and len(head) == len(found[k]):
        return found[k + 1][-1].end
    if len(head) < len(found[k] if k < len(found) else head):
        return head[0].start if head else None
    return None


def _capitalised_role(seg: list[Tok]) -> bool:
    """ "GMFRS area manager", "London Underground's chief operating officer": capitalised words
    closed by a lower-case role noun ([apposition_role_heads]) describe the name before them:
    in "Geoff Harris, GMFRS area manager, said" the name speaks and the role is its title."""
    last = seg[-1]
    return (
        len(seg) >= 2
        and last.text.isalpha()
        and last.text.islower()
        and last.lower in APPOSITION_ROLE_HEADS
    )


def _prepositional(seg: list[Tok]) -> bool:
    """ "from Dyfed-Powys Police", "of the Met": a segment opening with a lower-case preposition
    describes the person before it; its capitalised words make it look like a name, but it
    never names the speaker."""
    return seg[0].text.islower() and seg[0].lower in PREPOSITIONS


def _region_of_place(found: list[list[Tok]], k: int, limits: AttributionLimits) -> bool:
    """Segment ``k`` is the region of a place the segment before it names after a preposition
    ("Jane Doyle, 41, from Leeds, West Yorkshire, said"; "of Ashton, Md., said"): part of the
    description, not the speaker. The place phrase must itself follow a segment (the person
    it describes): in "A man from Leeds, John Smith, said" and "In Paris, Emmanuel Macron, ...
    said" the name after it is the speaker."""
    seg = found[k]
    before = found[k + 1] if k + 1 < len(found) else []
    if not before or len(seg) > limits.region_max_tokens or before[0].lower in _AUX_OR_BE:
        return False  # "..., was injured at a house in Highfield Avenue, Athersley South, said"
    if not all(t.text[:1].isupper() or t.text == "." for t in seg):
        return False
    at = max((i for i, t in enumerate(before) if t.lower in HOMETOWN_PREPOSITIONS), default=-1)
    place = before[at + 1 :]
    if at < 0 or not place or not all(t.text[:1].isupper() for t in place):
        return False
    return bool(k + 2 < len(found) and found[k + 2])


def _title_lead(found: list[list[Tok]], k: int, limits: AttributionLimits) -> bool:
    """Segment ``k + 1`` is a description ("The UN human rights chief") opening the clause."""
    lead = found[k + 1]
    return bool(
        lead
        and lead[0].lower in ARTICLES
        and len(lead) <= limits.title_max_tokens
        and not any(is_verbish(t) for t in lead)
        and (k + 2 >= len(found) or not found[k + 2])
    )


def _named_speaker(
    chain: list[list[Tok]], name: list[Tok], boundary: int | None, limits: AttributionLimits
) -> SpeakerFit | None:
    """The name in an apposition chain is the speaker; a description beside it, the title."""
    desc = [s for s in chain if s is not name]
    title = None
    if desc:
        d = desc[-1] if chain.index(name) == len(chain) - 1 else desc[0]
        d = clean_title(d)
        if d:
            title = (d[0].start, d[-1].end)
    clean = clean_speaker(name, limits)
    if not clean:
        return None
    return SpeakerFit((clean[0].start, clean[-1].end), title, boundary)


def is_appositive(seg: list[Tok]) -> bool:
    """A segment that describes rather than names ("a spokesman", "director of the FBI")."""
    first = seg[0]
    return (
        first.lower in APPOSITIVE_LEAD
        or not first.text[:1].isupper()
        or (
            len(seg) >= 2
            and any(t.lower in APPOSITION_PREPOSITIONS for t in seg[1:])
            and first.text[:1].isupper()
            and not looks_like_name(" ".join(t.text for t in seg))
        )
        or (len(seg) >= 3 and seg[1].lower in APPOSITION_PREPOSITIONS)
        or role_description(seg)
        or _possessed_description(seg)
    )


def _possessed_description(seg: list[Tok]) -> bool:
    """ "CNN's chief medical correspondent", "Saad's attorney in the case": a capitalised
    possessive before a lower-case noun describes the name beside it."""
    return (
        len(seg) >= 2
        and seg[0].lower.endswith(POSSESSIVE_ENDINGS)
        and seg[1].text[:1].islower()
        and seg[1].text.isalpha()
    )


def role_description(seg: list[Tok]) -> bool:
    """ "Conservative MP for Portsmouth North", "Chief Executive of the Trust": a role noun
    ([apposition_role_heads]) right before the segment's first of/at/for, with words after
    it. Such a segment is capitalised like a name, but it describes one."""
    at = next((k for k, t in enumerate(seg) if t.lower in APPOSITION_PREPOSITIONS), None)
    return at is not None and 0 < at < len(seg) - 1 and seg[at - 1].lower in APPOSITION_ROLE_HEADS


def clean_title(seg: list[Tok]) -> list[Tok]:
    out = list(seg)
    while out and out[-1].text in {",", ".", "’", "'"}:
        out.pop()
    return out


# Marks dropped from the start of a speaker phrase. The ASCII single mark is no quotation token
# (it is also an apostrophe), so a closing mark the quotation finder could not pair ("... on its
# own,' she said") reaches the phrase; content before it still ends where it did.
_LEAD_MARKS = frozenset({"-", "—", "–", ".", "'", "`", "``"})


def clean_speaker(np: list[Tok], limits: AttributionLimits) -> list[Tok]:
    """Drop trailing time words ("Trump this week"), reject clauses and prepositions."""
    out = drop_photo_mark(after_closing_quote(list(np)))
    out = after_run_on(drop_lead_year(drop_list_mark(drop_glued_lead(out))))
    while len(out) > 1 and out[-1].lower in TRAILING_TIME:
        out.pop()
    if _reduced_relative(out):
        return []  # reduced relative clause: "the rate he proposed", "the mail they asked for"
    while out and out[0].text in _LEAD_MARKS:
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


def _drop_trailing_time(sp: list[Tok]) -> list[Tok]:
    """ "Charities last night welcomed the move, saying", "Scott also told": lower-case time
    words closing the subject are no part of it (a capitalised day may end a name: "The Mail
    on Sunday"). A time phrase left with its bare article ("A year later", "After a week")
    stays whole: it was never a speaker, and "A" is none either."""
    out = list(sp)
    while len(out) > 1 and out[-1].text.islower() and out[-1].lower in TRAILING_TIME:
        out.pop()
    return sp if out and out[-1].lower in ARTICLES else out


def sentence_subject(
    article: Article, s_start: int, end: int, limits: AttributionLimits
) -> Span | None:
    """The noun phrase opening the sentence, past a short introductory phrase
    ("Meanwhile, it attacked Trump, saying ..." -> "it") or an opening "But"/"And"."""
    toks = _after_intro_phrase(tokens(article.text, s_start, end), limits)
    if len(toks) > 1 and toks[0].lower in CLAUSE_JOINERS:
        toks = toks[1:]  # "But Tory benefits chief ... and insisted": the conjunction is no name
    dropped = drop_lead_adverbs(toks)
    if len(dropped) < len(toks) and len(dropped) > 1 and dropped[0].text == ",":
        dropped = dropped[1:]  # "Recently, however, it issued": the second intro word, then "it"
    toks = dropped
    sp: list[Tok] = []
    for k, tok in enumerate(toks):
        if is_verbish(tok) or tok.text in {",", ";", ":"} or is_quote_tok(tok):
            break
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if sp and not is_cap(tok) and _ends_subject(tok) and not _plural_before_verb(tok, nxt):
            break  # "The company based in Ohio", "Woodley gave": a verb past the head
        sp.append(tok)
        if len(sp) > limits.subject_max_tokens:
            return None
    sp = _drop_trailing_time(sp)
    if sp and sp[0].lower in PREPOSITIONS:
        sp = _subject_after_phrase(sp)
    if not sp:
        return None
    if sp[0].lower in SPEAKER_PRONOUNS:
        return sp[0].start, sp[0].end
    sp = pronoun_alone(sp)
    return sp[0].start, sp[-1].end


def _after_intro_phrase(toks: list[Tok], limits: AttributionLimits) -> list[Tok]:
    """The tokens past a short introductory phrase and its comma ("Meanwhile, it"). A phrase
    opened by a preposition may run longer before its comma ("During a national security
    speech earlier in the day, Trump attacked ..."): it holds no verb, so the comma ends it."""
    first = toks[0] if toks else None
    if first is None:
        return toks
    window = (
        limits.prepositional_intro_tokens
        if first.lower in PREPOSITIONS
        else limits.intro_phrase_tokens
    )
    comma = next((k for k, t in enumerate(toks[:window]) if t.text == ","), None)
    if comma is None or comma + 1 >= len(toks):
        return toks
    if (
        first.lower in PREPOSITIONS
        or first.lower in AUX
        or first.lower in INTRO_WORDS
        or (first.lower.endswith("ly") and comma == 1)
    ):
        return toks[comma + 1 :]
    return toks


def pronoun_alone(toks: list[Tok]) -> list[Tok]:
    """A subject pronoun closing the phrase is the speaker alone: the words before it open
    the sentence or ran on from another ("Initially she", "So he", "Having located Mr
    Schiller I", "British Skin Foundation She")."""
    if len(toks) > 1 and toks[-1].lower in _SUBJECT_PRONOUNS:
        return toks[-1:]
    return toks


def _ends_subject(tok: Tok) -> bool:
    """A lower-case word past the subject's first word that ends it: a verb form ("based",
    "says", "gave") or an adverb ("the Governor certainly understood", "Brass previously
    defended"; not a noun or adjective in -ly, "the family", "a few early supporters")."""
    if tok.lower.endswith("ly") and tok.lower not in _LY_NOT_ADVERBS:
        return True
    return tok.lower.endswith(("ed", "s")) or tok.lower in IRREGULAR_PASTS


def _plural_before_verb(tok: Tok, nxt: Tok | None) -> bool:
    """An -s word right before a verb is the subject's plural head, not a verb ("Health
    inspectors visited and said", "Fire crews have said"; "Smith says he" stays a verb)."""
    return (
        nxt is not None
        and tok.lower.endswith("s")
        and not tok.lower.endswith(("ss", "'s", "’s"))
        and (is_verbish(nxt) or is_past_form(nxt.lower))
    )


def _subject_after_phrase(sp: list[Tok]) -> list[Tok]:
    """The subject after a phrase opening the sentence with no comma ("During the trial Ayrton"
    -> "Ayrton", "On September 27 they" -> "they"), or [] where none follows it ("In a briefing
    note sent to AMs, TLP disputed": the subject is past the comma)."""
    rest = after_lead_phrase(sp)
    if rest:
        return [] if all(t.lower in TRAILING_TIME for t in rest) else rest  # not "on Monday"
    k = max((i for i, t in enumerate(sp) if t.lower in SPEAKER_PRONOUNS), default=0)
    return sp[k : k + 1] if k else []


def by_agent(right: list[Tok], limits: AttributionLimits) -> Span | None:
    """The agent of a passive cue: "It was reported by the Times that C" -> "the Times"."""
    for k, tok in enumerate(right[: limits.by_agent_window_tokens]):
        if tok.lower == "by":
            agent: list[Tok] = []
            for t in right[k + 1 :]:
                if t.text in {",", ";", ".", ":"} or is_quote_tok(t) or t.lower == "that":
                    break
                agent.append(t)
            if agent:
                return agent[0].start, agent[-1].end
    return None
