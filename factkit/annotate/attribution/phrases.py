"""Speaker phrases before a cue: the noun phrase ending right before it, with its appositions
split ("The UN human rights chief, Michelle Bachelet, said" -> speaker and title). Trimming the
phrase to its subject is :mod:`speaker_trim`'s job; the sentence's own subject, :mod:`subjects`'."""

from __future__ import annotations

from factkit.annotate.attribution.article import Article, SpeakerFit
from factkit.annotate.attribution.dashes import dash_apposition_as_commas
from factkit.annotate.attribution.limits import AttributionLimits
from factkit.annotate.attribution.speaker_trim import LEAD_MARKS, clean_speaker
from factkit.annotate.attribution.tokens import (
    APPOSITION_PREPOSITIONS,
    APPOSITION_ROLE_HEADS,
    APPOSITIVE_LEAD,
    ARTICLES,
    AUX,
    BE,
    CLAUSE_WORDS,
    HARD_BOUNDARY,
    HOMETOWN_PREPOSITIONS,
    LEAD_ADVERBS,
    LEAD_PHRASE_OPENERS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    RELATIVES,
    Tok,
    is_cap,
    is_quote_tok,
    is_verbish,
    without_closing_tag,
)
from factkit.annotate.name_shapes import looks_like_name

# unions read per token: built once
_AUX_OR_BE = AUX | BE


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
    if len(np) < len(found[0]) and not (lead and all(t.text in LEAD_MARKS for t in lead)):
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
