"""Frame matchers: how a reporting cue is read in its sentence, as an ordered list of small rules.

Each matcher looks at one :class:`CueContext` and answers with a draft attribution (the frame
it reads applies), ``REJECT`` (the cue is no attribution here: a noun use, an infinitive, a
missing that-clause) or ``None`` (not its frame: the next matcher is asked). :data:`FRAME_MATCHERS`
runs them in order and the first answer wins, so a rule's place in the list is its precedence:

* prepositional:  "According to X, C."  /  "C, according to X."
* chained:        "X said A, adding that B."  -> second attribution, same speaker
* passive:        "It was reported that C."  -> no speaker (or the "by" agent)
* inverted:       "“C,” said X, a spokesman."  /  "The plan failed, said Smith."
* trailing:       "“C,” X said."  /  "C, X said."
* parenthetical:  "Back home, X said, he decided C."  -> the whole sentence
* leading:        "X said (that) C."  /  "X told Y that C."  /  "X said: “C.”"

with the rejections placed where the single reader had them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factkit.annotate.attribution.article import Draft
from factkit.annotate.attribution.content import (
    content_after,
    content_before,
    few_words_before,
    interrupted,
)
from factkit.annotate.attribution.context import (
    REJECT,
    CueContext,
    FrameResult,
    Rejected,
    decided,
)
from factkit.annotate.attribution.evidence import verb_evidence, weak_inversion
from factkit.annotate.attribution.phrases import by_agent, sentence_subject
from factkit.annotate.attribution.tokens import (
    ADDING_PARTICLES,
    APPOSITIVE_LEAD,
    ARTICLES,
    BE,
    CALLEE_AFTER,
    CHAIN_BEFORE,
    CLAUSE_JOINERS,
    CLAUSE_SUBJECTS,
    COORDINATORS,
    FINDING_CUES,
    ING_OK_BEFORE,
    ING_PREPOSITIONS,
    NON_SUBJECT,
    OBJECT_PREPOSITIONS,
    OBJECT_WORDS,
    PASSIVE_PARTICIPLES,
    PHONE_CALLEES,
    PHONE_PARTICLES,
    POSSESSIVE_CLITICS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONAL_LEAD,
    PREPOSITIONAL_SPEAKER_STOPS,
    PREPOSITIONS,
    RELATIVES,
    SPEAKER_LEAD,
    SPEAKER_POSSESSIVE_OK,
    TEMPORAL,
    VERB_OBJECT_STARTS,
    VERB_ONLY_FORMS,
    WORDS,
    Span,
    Tok,
    is_abbreviation,
    is_cap,
    is_negated,
    is_quote_tok,
    is_verbish,
    tokens,
)
from factkit.annotate.speakers import SPEAKER_PRONOUNS

FrameMatcher = Callable[[CueContext], FrameResult]

# How far after a cue its object's noun is looked for ("claimed a 26-12 derby victory").
_THING_WINDOW_TOKENS = 7
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "(", ")"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your", "this", "that"})
_REDUCED_PASSIVE_AFTER = frozenset({"as", "by", "of"})
# a score or an innings total right before a cue: "England made 589-8 and 173-1 declared"
_SCORE_RE = re.compile(r"\d+-\d+")
_PARTICLE_WINDOW_TOKENS = 5  # a particle after "called" and up to 3 object words
_NOUN_OPENERS = ARTICLES | _POSSESSIVES | OBJECT_WORDS  # "in the interview", "off his own"
# past an object only the particles that are no prepositions ("called her vote in favor of
# the war a mistake": "in" opens a phrase of the object)
_SEPARATED_PARTICLES = PHONE_PARTICLES - PREPOSITIONS
OBJECT_RELATIVES = WORDS["object_relatives"]
# what may follow a cue whose object a relative pronoun took: the clause or sentence ends, but
# not at a colon (a statement follows) or an opening bracket
_GAP_ENDS = _CLAUSE_END - {":", "("}

# ---------------------------------------------------------------------------- frame builders


def read_prepositional(c: CueContext) -> Draft | None:
    """ "According to X, C." / "C, according to X.": the speaker follows the cue."""
    sp: list[Tok] = []
    for tok in c.right:
        if (
            tok.text in {",", ";", ":", "(", ")", "—", "–", "--"}
            or is_quote_tok(tok)
            or tok.lower in PREPOSITIONAL_SPEAKER_STOPS
        ):
            break
        sp.append(tok)
        if len(sp) > c.rules.limits.prepositional_speaker_max_tokens:
            break
    while sp and sp[-1].text in {".", "’", "'"}:
        sp.pop()
    if not sp:
        return None
    speaker = (sp[0].start, sp[-1].end)
    content = _prepositional_content(c, speaker)
    if content is None:
        return None
    return Draft(speaker, None, c.cue, content)


def _prepositional_content(c: CueContext, speaker: Span) -> Span | None:
    """After the speaker when the cue opens the sentence, else the clause before the cue."""
    text, article = c.article.text, c.article
    before = text[c.s_start : c.cs]
    lead = before.strip().lower().rstrip(",")
    if not lead or lead in PREPOSITIONAL_LEAD or before.rstrip().endswith(("—", ":")):
        comma = text.find(",", speaker[1], c.s_end)
        window = c.rules.limits.prepositional_comma_window_chars
        cstart = comma + 1 if comma != -1 and comma - speaker[1] < window else speaker[1]
        return article.trim(cstart, c.s_end)
    cut_end = c.s_start + len(before.rstrip())
    if text[cut_end - 1 : cut_end] == ",":
        cut_end -= 1
    return article.trim(article.quote_start_before(c.s_start, cut_end), cut_end)


def read_inverted(c: CueContext, head_left: list[Tok]) -> Draft | None:
    """ "“C,” said X, a spokesman.": the speaker (and title) after the cue, content before."""
    sp: list[Tok] = []
    for tok in c.right:
        if tok.text == "." and sp and is_abbreviation(sp[-1]) and tok.end < c.s_end - 1:
            sp.append(tok)  # "said Ronald R. Fieldstone", "said Mr. Smith"
            continue
        if tok.text in {",", ";", ".", ":", "(", "—", "–", "--"} or is_quote_tok(tok):
            break
        sp.append(tok)
    while sp and sp[0].lower in TEMPORAL and sp[0].lower not in SPEAKER_LEAD:
        sp.pop(0)  # "said Tuesday Smith" is rare; "said Tuesday" leaves nothing
    if not sp:
        return None
    speaker: Span = (sp[0].start, sp[-1].end)
    title = _inverted_title(c, sp[-1].end)
    boundary = head_left[-1].start if head_left[-1].text == "," else head_left[-1].end
    content = content_before(c.article, c.s_start, boundary)
    if content is None:
        return None
    content = interrupted(c.article, content, c.right, c.s_end, c.rules.limits)
    return Draft(speaker, title, c.cue, content)


def _inverted_title(c: CueContext, speaker_end: int) -> Span | None:
    """ ", said John Smith, a spokesman for the agency.": the description after the name."""
    text = c.article.text
    if text[speaker_end : speaker_end + 1] != ",":
        return None
    title_toks: list[Tok] = []
    for tok in tokens(text, speaker_end + 1, c.s_end):
        if is_quote_tok(tok) or c.article.starts_quote(tok.start):
            break
        title_toks.append(tok)
    while title_toks and title_toks[-1].text in {",", ".", ";"}:
        title_toks.pop()
    if (title_toks and title_toks[0].lower in APPOSITIVE_LEAD | ARTICLES) or (
        title_toks and not title_toks[0].text[:1].isupper()
    ):
        return (title_toks[0].start, title_toks[-1].end)
    return None


def read_leading(c: CueContext, speaker: Span | None, title: Span | None) -> Draft | None:
    """ "X said (that) C.": the content after the cue."""
    content = content_after(c.article, c.rules, c.family, c.s_end, c.ce, c.right)
    if content is None:
        return None
    return Draft(speaker, title, c.cue, content)


# ---------------------------------------------------------------------------- matchers


def prepositional(c: CueContext) -> FrameResult:
    """ "According to X, C." (a prepositional cue is read in no other frame)."""
    return decided(read_prepositional(c)) if c.family.prepositional else None


def infinitive(c: CueContext) -> FrameResult:
    """ "declined to say": no report."""
    return REJECT if c.before is not None and c.before.lower == "to" else None


def score_before(c: CueContext) -> FrameResult:
    """ "England made 589-8 and 173-1 declared": a cricket innings closed, nobody speaks."""
    return REJECT if c.before is not None and _SCORE_RE.fullmatch(c.before.text) else None


def reduced_passive(c: CueContext) -> FrameResult:
    """ "the suspect, only described as a man in his 30s, may", "16 men, described by
    Islamic State as": an -ed form right after a comma (adverbs aside) with as/by/of after it
    describes the noun before the comma; nobody speaks."""
    if (
        not c.form.endswith("ed")
        or not c.right
        or c.right[0].lower not in _REDUCED_PASSIVE_AFTER
        or not all(t.lower.endswith("ly") for t in c.aux)
    ):
        return None
    k = len(c.head_left) - 1
    if k > 0 and c.head_left[k].lower.endswith("ly"):
        k -= 1  # "only", too short for the adverbs the cue context skips
    return REJECT if k >= 0 and c.head_left[k].text == "," else None


def noun_without_verb_evidence(c: CueContext) -> FrameResult:
    """A noun-ambiguous cue ("claims", "report") with nothing showing a verb use."""
    first_word = c.form.split()[0]
    if (
        c.family.noun
        and not first_word.endswith(("ed", "ing"))
        and first_word not in VERB_ONLY_FORMS
        and not verb_evidence(c.article, c.aux, c.before, c.right)
    ):
        return REJECT
    return None


def participle_without_subject(c: CueContext) -> FrameResult:
    """ "It's worth noting", "a warning from": an -ing form with no subject-like word before."""
    before = c.before
    if (
        c.is_participle
        and not c.aux
        and (before is None or not (before.lower in ING_OK_BEFORE or is_negated(before)))
    ):
        return REJECT
    return None


def quote_only_without_quote(c: CueContext) -> FrameResult:
    """A quote-only cue ("joked", "continued") with no quotation, that-clause or colon beside it."""
    before = c.before
    if (
        c.family.quote_only
        and c.quote_next is None
        and not c.that_next
        and not c.colon_next
        and not (before is not None and c.article.is_closing_mark(before.start))
        and c.quote_close is None
    ):
        return REJECT
    return None


def chained(c: CueContext) -> FrameResult:
    """ "X said A, adding that B" / "... and warned that B": the previous report's speaker."""
    prev, before = c.prev, c.before
    if (
        prev is None
        or before is None
        or before.lower not in CHAIN_BEFORE
        or not prev.content[0] < c.cs
        or (before.text == "," and not c.is_participle and c.quote_close is not None)
    ):
        return None
    if (c.family.needs_that and not (c.that_next or c.quote_next is not None)) or _takes_object(c):
        return REJECT  # "... and accused of theft": the subject is accused, no report
    return decided(read_leading(c, prev.speaker, prev.title))


def participle_after_clause(c: CueContext) -> FrameResult:
    """ "The RNC filed a complaint, claiming that C": the sentence's subject speaks."""
    if c.before is None or c.before.text != "," or not c.is_participle:
        return None
    if any(t.lower in BE for t in c.aux):
        return None  # "Ms Edwards, a minister, is now calling on": a progressive, title kept
    return _subject_speaks(c, c.before)


def passive(c: CueContext) -> FrameResult:
    """ "It was reported that C": no speaker, or the agent of "by X"."""
    if not (_be_before(c) and c.form.endswith(("ed", *PASSIVE_PARTICIPLES))):
        return None
    if not (c.that_next or c.quote_next is not None):
        return REJECT
    return decided(read_leading(c, by_agent(c.right, c.rules.limits), None))


def _be_before(c: CueContext) -> bool:
    """A form of "be" among the auxiliaries ("was reported"), or "is" clipped onto the pronoun
    right before the cue: "It's believed that", "She's accused of sending". After "he"/"she"
    the clitic is "has" unless no object follows ("She's accused him of lying" reports)."""
    if any(t.lower in BE for t in c.aux):
        return True
    before = c.before
    if c.aux or before is None or not before.lower.endswith(tuple(POSSESSIVE_CLITICS)):
        return False
    subject = before.lower[:-2]
    if subject == "it":
        return True
    return (
        subject in SPEAKER_PRONOUNS and bool(c.right) and c.right[0].lower in _REDUCED_PASSIVE_AFTER
    )


def inverted_after_quote(c: CueContext) -> FrameResult:
    """ "“C,” said X": the cue right after a closing quotation mark (and its comma)."""
    before, head = c.before, c.head_left
    if before is None:
        return None
    if c.article.is_closing_mark(before.start) or (
        before.text == "," and len(head) > 1 and c.article.is_closing_mark(head[-2].start)
    ):
        return decided(read_inverted(c, head))
    if before.text == "'" and len(head) > 1 and head[-2].text in {",", "?", "!"}:
        # ",' said Smith": an ASCII closing mark the quotation finder could not pair
        return decided(read_inverted(c, head))
    return None


def speaker_after_quote(c: CueContext) -> FrameResult:
    """ "“C,” X said": a closing quotation mark, then the speaker, then the cue."""
    close = c.quote_close
    if close is None:
        return None
    quote_tail = c.article.text[max(0, close - c.rules.limits.mark_peek_chars) : close].rstrip(
        "”\"'’ "
    )[-1:]
    if quote_tail in {".", "!", "?"} and c.shape == "content":
        return None  # '“... .” Russia insisted that C': a new report after a full quotation
    fit = c.speaker_fit
    if fit is None:
        return REJECT
    start = c.s_start
    quote = c.article.quote_ending_at(close)
    if (
        quote is not None
        and c.article.text[start : quote.start].strip()
        and not c.article.starts_quote(c.article.sentence_start_for(quote.start))
    ):
        start = quote.start  # a run-on caption before the quotation is no part of it
    content = content_before(c.article, start, close)
    if content is None:
        return REJECT
    content = interrupted(c.article, content, c.right, c.s_end, c.rules.limits)
    return Draft(fit.speaker, fit.title, c.cue, content)


def no_subject(c: CueContext) -> FrameResult:
    """Nothing left of the cue to be its speaker."""
    return REJECT if c.before is None or not c.subject_toks else None


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


def subject_of_sentence(c: CueContext) -> FrameResult:
    """ "... and began by saying he would", "... and has called for": the sentence subject."""
    before = c.before
    if before is None:
        return None
    if (c.is_participle and before.lower in ING_PREPOSITIONS) or (
        c.prev is None and before.lower in CLAUSE_JOINERS
    ):
        if _no_clause_after(c) or _takes_object(c) or _takes_thing(c):
            # "... and charged him with theft", "... and accused of fraud", "... and have
            # conceded 20 goals"
            return REJECT
        return _subject_speaks(c, before)
    return None


def _no_clause_after(c: CueContext) -> bool:
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
    report."""
    if not c.right or c.family.lemma != "call":
        return None
    first = c.right[0]
    if first.lower in PHONE_PARTICLES or (first.text.isdigit() and len(first.text) <= 3):
        return REJECT  # "called in", "called 999" (not "called the 1996 winner 'Miss Piggy'")
    if first.lower == "to" and len(c.right) > 1 and c.right[1].lower in _NOUN_OPENERS:
        return REJECT  # "Officers, called to the scene": sent for (not "called to say")
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
    return REJECT if _takes_object(c) else None


def _takes_object(c: CueContext) -> bool:
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
    lemma ([things_claim], [things_posted]); "add" joins a thing to a noun phrase."""
    return REJECT if _takes_thing(c) else None


def _takes_thing(c: CueContext) -> bool:
    """The cue's object is a listed thing, a thing added to another or a thing brought to
    mind, and no statement follows in its clause."""
    if not c.right or c.shape != "content" or _statement_follows(c):
        return False
    things = WORDS.get(f"things_{c.family.lemma}")
    if things is not None and _thing_heads_object(c.right, things):
        return True
    if c.family.lemma == "add" and _added_to(c.right):
        return True
    return c.family.lemma == "remind" and _reminded_of(c.right)


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


def noun_use(c: CueContext) -> FrameResult:
    """ "the report", "his claims": the cue is a noun; "the group's declared goal", "Perry's
    alleged comments": a participle between a possessive and its noun is an adjective."""
    before = c.before
    if before is not None and (before.lower in NON_SUBJECT or before.text in {"(", "-", "<", "/"}):
        return REJECT
    if c.left and c.form.endswith("ed") and _possessive_before_noun(c.left[-1], c.right):
        return REJECT  # the token right before the cue, no auxiliary skipped
    return None


def _possessive_before_noun(before: Tok, right: list[Tok]) -> bool:
    """ "Sarah's" (not "he's", a subject and its auxiliary) before the cue, and a lower-case
    word after it that opens no object or clause ("goal", not "that", "the", "him")."""
    nxt = right[0] if right else None
    return (
        before.lower.endswith(POSSESSIVE_ENDINGS)
        and before.lower not in SPEAKER_POSSESSIVE_OK
        and nxt is not None
        and nxt.text[:1].islower()
        and nxt.lower not in VERB_OBJECT_STARTS
        and nxt.lower not in OBJECT_WORDS
    )


def unquoted_inversion(c: CueContext) -> FrameResult:
    """ "The plan failed, said Smith." without quotation marks."""
    if c.before is None or c.before.text != ",":
        return None
    if weak_inversion(c.article, c.family, c.subject_toks, c.right, c.rules.limits):
        return decided(read_inverted(c, c.subject_toks))
    return None


def no_speaker(c: CueContext) -> FrameResult:
    """No speaker phrase ends right before the cue."""
    return REJECT if c.speaker_fit is None else None


def trailing(c: CueContext) -> FrameResult:
    """ "C, X said." (content before the speaker) and "Back home, X said, he decided C."
    (a parenthetical cue: the whole sentence)."""
    fit, shape, limits = c.speaker_fit, c.shape, c.rules.limits
    min_words = (
        limits.trailing_clause_min_words
        if shape == "end"
        else limits.parenthetical_clause_min_words
    )
    if (
        fit is None
        or fit.boundary is None
        or shape not in {"end", "paren"}
        or c.family.belief
        or c.family.stance
        or few_words_before(c.article, c.s_start, fit.boundary, min_words)
    ):
        return None
    if shape == "end":
        content = content_before(c.article, c.s_start, fit.boundary)
    else:
        content = c.article.trim(c.article.quote_start_before(c.s_start, c.s_end), c.s_end)
    if content is None:
        return REJECT
    return Draft(fit.speaker, fit.title, c.cue, content)


def nothing_after(c: CueContext) -> FrameResult:
    """ "..., Smith told CNN." with no clause before: nothing to attribute."""
    return REJECT if c.shape == "end" else None


def missing_that_clause(c: CueContext) -> FrameResult:
    """A that-cue ("warned", a belief cue) with no that-clause, quotation or colon after it."""
    if c.family.needs_that and not (c.that_next or c.quote_next is not None or c.colon_next):
        return REJECT
    return None


def leading(c: CueContext) -> FrameResult:
    """ "X said (that) C.": the speaker before the cue, the content after it."""
    fit = c.speaker_fit
    if fit is None:
        return REJECT
    return decided(read_leading(c, fit.speaker, fit.title))


def _subject_speaks(c: CueContext, before: Tok) -> FrameResult:
    subject = sentence_subject(c.article, c.s_start, before.start, c.rules.limits)
    if subject is None:
        return REJECT
    return decided(read_leading(c, subject, None))


# The order is the precedence: the first matcher that answers decides.
FRAME_MATCHERS: tuple[FrameMatcher, ...] = (
    prepositional,
    infinitive,
    score_before,
    reduced_passive,
    noun_without_verb_evidence,
    participle_without_subject,
    quote_only_without_quote,
    chained,
    participle_after_clause,
    passive,
    inverted_after_quote,
    speaker_after_quote,
    no_subject,
    object_relative,
    subject_of_sentence,
    phone_call,
    object_preposition,
    naming_call,
    thing_object,
    noun_use,
    unquoted_inversion,
    no_speaker,
    trailing,
    nothing_after,
    missing_that_clause,
    leading,
)


def read_frame(c: CueContext, matchers: tuple[FrameMatcher, ...] = FRAME_MATCHERS) -> Draft | None:
    """The draft of the first matcher that answers, or None (no attribution)."""
    for matcher in matchers:
        result = matcher(c)
        if result is None:
            continue
        return None if isinstance(result, Rejected) else result
    return None
