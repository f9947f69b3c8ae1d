"""Object rejections: a cue whose object is a thing, a call, a name or a prepositional phrase
reports nothing ("Nadal claimed his eighth title", "called the police", "a charity called
Brightsteps", "accused of theft", "a smell which clients noted during treatment").

Each matcher answers ``REJECT`` or ``None`` (not its case) for :data:`frames.FRAME_MATCHERS`;
the predicates ``takes_object``, ``takes_thing`` and ``no_clause_after`` are shared with the
frame matchers that read a sentence's subject ("... and accused of fraud" reports nothing).
"""

from __future__ import annotations

from factkit.annotate.attribution.context import REJECT, CueContext, FrameResult
from factkit.annotate.attribution.tokens import (
    ADDING_PARTICLES,
    ARTICLES,
    CALLEE_AFTER,
    CLAUSE_SUBJECTS,
    COORDINATORS,
    FINDING_CUES,
    OBJECT_PREPOSITIONS,
    OBJECT_WORDS,
    PHONE_CALLEES,
    PHONE_PARTICLES,
    PREPOSITIONS,
    RELATIVES,
    SPEAKER_LEAD,
    SUBORDINATORS,
    WORDS,
    Tok,
    is_cap,
    is_quote_tok,
    is_verbish,
)
from factkit.annotate.name_shapes import SPEAKER_PRONOUNS

# How far after a cue its object's noun is looked for ("claimed a 26-12 derby victory").
_THING_WINDOW_TOKENS = 7
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "(", ")"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your", "this", "that"})
_PARTICLE_WINDOW_TOKENS = 5  # a particle after "called" and up to 3 object words
_NOUN_OPENERS = ARTICLES | _POSSESSIVES | OBJECT_WORDS  # "in the interview", "off his own"
# past an object only the particles that are no prepositions ("called her vote in favor of
# the war a mistake": "in" opens a phrase of the object)
_SEPARATED_PARTICLES = PHONE_PARTICLES - PREPOSITIONS
OBJECT_RELATIVES = WORDS["object_relatives"]
CALL_PLACES = WORDS["call_places"]
# what follows "called to" when someone is sent somewhere: "the scene", "houses"
_SENT_TO = _NOUN_OPENERS | CALL_PLACES
SUM_CUES = WORDS["sum_cues"]
SUM_MARKS = WORDS["sum_marks"]
SUM_OPENERS = WORDS["sum_openers"]
_SENTENCE_END = frozenset({".", ";", "!", "?"})
# what may follow a cue whose object a relative pronoun took: the clause or sentence ends, but
# not at a colon (a statement follows) or an opening bracket
_GAP_ENDS = _CLAUSE_END - {":", "("}


def object_relative(c: CueContext) -> FrameResult:
    """ "an unpleasant smell which a number of clients noted during their first treatment",
    "what the council asked to be put on", "rolled their eyes at what Kayla was saying.": the
    relative pronoun before the speaker is the cue's object, so nothing is reported when no
    clause, quotation or colon follows the cue ("which the clinic says provides" reports)."""
    fit = c.speaker_fit
    if fit is None or not _relative_before(c.subject_toks, fit.speaker[0]):
        return None
    return REJECT if _object_gap_after(c) else None


def _relative_before(toks: list[Tok], speaker_start: int) -> bool:
    """The token right before the speaker phrase is an object relative ("which", "what"), and
    no preposition's ("a proposal in which the United States would pledge to increase"); a
    preposition before "what" takes the whole free relative ("rolled their eyes at what")."""
    before = [t for t in toks if t.end <= speaker_start]
    if not before or before[-1].lower not in OBJECT_RELATIVES:
        return False
    return before[-1].lower == "what" or len(before) < 2 or before[-2].lower not in PREPOSITIONS


def _object_gap_after(c: CueContext) -> bool:
    """Nothing after the cue but the end of its clause, an infinitive ("asked to be put") or a
    prepositional phrase with no verb or subject before the clause ends ("noted during their
    first treatment"; not "said in March would cost")."""
    if not c.right:
        return True
    first = c.right[0]
    if first.text == ":" or c.quote_next is not None:
        return False
    if first.text in _GAP_ENDS or first.lower == "to":
        return True
    if first.lower not in PREPOSITIONS:
        return False
    for tok in c.right[1:]:
        if tok.text in _CLAUSE_END:
            break
        if is_verbish(tok) or tok.lower in CLAUSE_SUBJECTS or is_quote_tok(tok):
            return False
    return True


def no_clause_after(c: CueContext) -> bool:
    """A that-cue ("hopes to play", "charged him with", "knows the job") with no that-clause,
    quotation or colon, and no subject pronoun opening a clause after it ("and believes he
    deserves" reports); a finding cue's bare object may be its finding ([finding_cues])."""
    return (
        c.family.needs_that
        and c.family.lemma not in FINDING_CUES
        and not (c.that_next or c.quote_next is not None or c.colon_next)
        and not (c.right and c.right[0].lower in CLAUSE_SUBJECTS)
    )


def phone_call(c: CueContext) -> FrameResult:
    """ "called into the radio show", "called 999", "called the police": a call that is no
    report. After a quotation closing before the speaker, the call is what was shouted
    ('“I need help,” he called back')."""
    if not c.right or c.family.lemma != "call" or c.quote_close is not None:
        return None
    first = c.right[0]
    if first.lower in PHONE_PARTICLES or (first.text.isdigit() and len(first.text) <= 3):
        return REJECT  # "called in", "called 999" (not "called the 1996 winner 'Miss Piggy'")
    if first.lower == "to" and len(c.right) > 1 and c.right[1].lower in _SENT_TO:
        return REJECT  # "Officers, called to the scene", "called to houses": sent for or
        # visiting (not "called to say")
    k = 1 if first.lower in ARTICLES else 0
    if k < len(c.right) and c.right[k].lower in PHONE_CALLEES and _callee_ends(c.right, k + 1):
        return REJECT
    return REJECT if _particle_after_object(c.right) else None


def _particle_after_object(right: list[Tok]) -> bool:
    """A particle closing a short object ("called the goalless game off after 67 minutes",
    "called him back"): the verb is phrasal, no report. The particle ends the phrase when a
    clause mark or a lower-case word that opens no noun phrase follows it (not "called the
    move a disaster in the interview")."""
    for k, tok in enumerate(right[1:_PARTICLE_WINDOW_TOKENS], start=1):
        if tok.lower in _SEPARATED_PARTICLES:
            nxt = right[k + 1] if k + 1 < len(right) else None
            return (
                nxt is None
                or not nxt.text[:1].isalnum()
                or (nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in _NOUN_OPENERS)
            )
        if not tok.text[:1].isalnum() or is_quote_tok(tok) or is_verbish(tok):
            return False
    return False


def _callee_ends(right: list[Tok], k: int) -> bool:
    """Nothing of the callee's noun phrase follows ("called police to report", not "called the
    police shootings a tragedy")."""
    return k >= len(right) or not right[k].text.isalpha() or right[k].lower in CALLEE_AFTER


def object_preposition(c: CueContext) -> FrameResult:
    """ "accused of theft", "reports of threats": the cue takes a prepositional
    object, not a statement, when no that-clause, colon or quotation follows in the clause
    ("C, he said of the plan." is a trailing report: its shape is no content)."""
    return REJECT if takes_object(c) else None


def takes_object(c: CueContext) -> bool:
    """A preposition right after the cue and no statement in its clause ("accused of theft");
    some lemmas list more ("wrote in coffee shops")."""
    own = WORDS.get(f"object_prepositions_{c.family.lemma}", frozenset())
    return bool(
        c.right
        and (c.right[0].lower in OBJECT_PREPOSITIONS or c.right[0].lower in own)
        and c.shape == "content"
        and not _statement_follows(c)
    )


def _statement_follows(c: CueContext) -> bool:
    """A that-clause, colon or quotation after the cue, before its clause ends; a word or
    two in quotation marks is a label, not a statement ('wrote in an "office"')."""
    for tok in c.right[1:]:
        if tok.lower == "that" or tok.text == ":" or _statement_quote(c, tok.start):
            return True
        if tok.text in {".", ";", "?", "!"}:
            break
    return False


def _statement_quote(c: CueContext, pos: int) -> bool:
    """A quotation opening at ``pos`` long enough to be quoted speech."""
    q = c.article.quote_at(pos) if c.article.starts_quote(pos) else None
    return q is not None and q.words >= c.rules.min_quote_words


def thing_object(c: CueContext) -> FrameResult:
    """ "Nadal claimed his eighth title", "she posted a photo of the crowd", "Tevez could add
    PSG to his list", "the study adds to evidence": the cue takes a thing, not a statement,
    when no that-clause, colon or quotation follows in its clause. The nouns are listed per
    lemma ([things_claim], [things_posted]); "add" joins a thing to a noun phrase; "claim"
    may take a sum of money ("was claiming £2,114 per month in housing benefit", [sum_cues])."""
    return REJECT if takes_thing(c) else None


def takes_thing(c: CueContext) -> bool:
    """The cue's object is a listed thing, a thing added to another, a sum of money or a thing
    brought to mind, and no statement follows in its clause."""
    if not c.right or c.shape != "content" or _statement_follows(c):
        return False
    things = WORDS.get(f"things_{c.family.lemma}")
    if things is not None and _thing_heads_object(c.right, things):
        return True
    if c.family.lemma == "add" and _added_to(c.right):
        return True
    if c.family.lemma in SUM_CUES and _sum_heads_object(c.right):
        return True
    return c.family.lemma == "remind" and _reminded_of(c.right)


def _sum_heads_object(right: list[Tok]) -> bool:
    """A sum of money right after the cue, opener words aside ("was claiming £2,114 per month
    in housing benefit", "claimed more than £100,000 in expenses"), and no subject, auxiliary
    or -ed verb among the words after it ("claimed £3m was missing", "claimed $5m vanished")."""
    k = 0
    while k < len(right) and right[k].lower in SUM_OPENERS:
        k += 1
    if k + 1 >= len(right) or right[k].text not in SUM_MARKS:
        return False
    if not right[k + 1].text[:1].isdigit():
        return False
    for tok in right[k + 2 : k + 2 + _THING_WINDOW_TOKENS]:
        if tok.text in _SENTENCE_END or tok.lower in SUBORDINATORS:
            break  # "claimed £500 in expenses after he was ill": a clause of its own
        if tok.lower in CLAUSE_SUBJECTS or is_verbish(tok) or tok.lower.endswith("ed"):
            return False
    return True


def _opens_clause(tok: Tok) -> bool:
    """A clause mark, a subject or a verb: the cue's object (a thing) has ended before it."""
    return tok.text in _CLAUSE_END or tok.lower in CLAUSE_SUBJECTS or is_verbish(tok)


def _thing_heads_object(right: list[Tok], things: frozenset[str]) -> bool:
    """A listed noun within the first words after the cue, with no subject, auxiliary or
    verb after it (a clause: "claimed the title was rigged")."""
    window = right[:_THING_WINDOW_TOKENS]
    for k, tok in enumerate(window):
        if _opens_clause(tok):
            return False
        if tok.lower in things:
            nxt = right[k + 1] if k + 1 < len(right) else None
            return nxt is None or not (is_verbish(nxt) or nxt.lower.endswith("ed"))
    return False


def _added_to(right: list[Tok]) -> bool:
    """ "added to the pressure", "added up to", or "add X to" a noun phrase ("add PSG to his
    list"; not "added the team needed to improve": the infinitive makes it a clause)."""
    if right[0].lower in ADDING_PARTICLES:
        return len(right) < 2 or right[1].lower not in OBJECT_WORDS
    for k, tok in enumerate(right[1:_THING_WINDOW_TOKENS], start=1):
        if _opens_clause(tok):
            return False
        if tok.lower == "to":
            nxt = right[k + 1] if k + 1 < len(right) else None
            return nxt is not None and (
                nxt.lower in SPEAKER_LEAD or nxt.lower in _POSSESSIVES or is_cap(nxt)
            )
    return False


def _reminded_of(right: list[Tok]) -> bool:
    """ "it reminds us of fate", "reminds every new signing of how far the club has come":
    "remind" with "of" after its short object brings a thing to mind; nobody speaks."""
    for tok in right[:_THING_WINDOW_TOKENS]:
        if tok.lower == "of":
            return True
        if _opens_clause(tok):
            return False
    return False


def naming_call(c: CueContext) -> FrameResult:
    """ "a charity called Brightsteps", "a protein called keratin": "called" right after an
    indefinite noun phrase and before a bare name gives the thing its name; it reports
    nothing. So does a short quoted name after one ("A troll called 'fatalsplash' then
    accused", "a photo series called 'Wil Can Fly' in which"), and a name that closes its
    clause after a definite one ("the reptile called Ryuu can be seen", "the area called
    Stone House and had"). "the letter called Oz a quack" (definite, a second object), a
    pronoun, auxiliary or relative before ("he called", "has called", "who called") or a
    determiner, object pronoun or long quotation after ("called the plan 'reckless'", "called
    him a hero") leave the cue to the other matchers."""
    before = c.before
    if c.form != "called" or c.aux or before is None or not c.right:
        return None
    if not (
        before.text.isalpha()
        and before.text.islower()
        and before.lower not in SPEAKER_PRONOUNS | RELATIVES | COORDINATORS
    ):
        return None
    name = c.right[0]
    if is_quote_tok(name) or name.text == "'":
        return REJECT if _indefinite_before(c.left) and _short_quoted_name(c.right) else None
    if (
        name.text[:1].isalnum()
        and name.lower not in SPEAKER_LEAD | OBJECT_WORDS | {"that", "this", "on", "for"}
        and not c.article.starts_quote(name.start)
        and (_indefinite_before(c.left) or _name_closes_clause(c.right))
    ):
        return REJECT
    return None


def _short_quoted_name(right: list[Tok]) -> bool:
    """A quotation of at most four words right after the cue, closed before any clause mark
    ("'fatalsplash'", "'Wil Can Fly'"; not "'the long repressed confrontation ...'")."""
    for tok in right[1:6]:
        if is_quote_tok(tok) or tok.text.endswith(("'", "’")):
            return True  # a closing ASCII mark stays on its word: "fatalsplash'"
        if not tok.text[:1].isalnum():
            return False
    return False


def _name_closes_clause(right: list[Tok]) -> bool:
    """A capitalised name right after the cue and then a verb, a clause mark or a coordinator
    ("called Ryuu can be seen", "called Stone House and had", "called Stone House."): the
    name was given, not a second object ("called Oz a quack")."""
    k = 0
    while k < len(right) and right[k].text[:1].isupper():
        k += 1
    if k == 0 or k == len(right):
        return False
    after = right[k]
    if after.text == "." and k + 1 < len(right):
        return False  # "Mr." inside the name
    return is_verbish(after) or after.text in _CLAUSE_END or after.lower in COORDINATORS


def _indefinite_before(left: list[Tok]) -> bool:
    """The noun phrase ending ``left`` opens with "a"/"an" within four words ("a meandering
    mountain stream")."""
    for tok in reversed(left[-5:]):
        if tok.lower in SPEAKER_LEAD or tok.lower in ARTICLES:
            return tok.lower in {"a", "an"}
        if not tok.text[:1].isalnum():
            return False
    return False
