"""The speaker check: an attributed statement in the summary is matched to the article attribution
in its window holding at least ``verify.speaker_content_similarity`` of its content words
(Porter stems: "looked tired" is "looked to be tiring"), in its content or in a quotation going on
in the sentences after it with no cue of its own; when none in the window holds it, to the one
attribution anywhere in the article that does. A named summary speaker sharing no name
word with that attribution's speaker (written, resolved or title, or another article phrase for
the resolved person, "Tory benefits chief Iain Duncan Smith"; a demonym/inflection prefix or
Porter stem of a capitalized word counts, "Belgian"/"Belgium", "Tories"/"Tory", not one of a
common word, "Promotions"/"promoter") -> ``speaker_mismatch`` with the article speaker's span,
unless the article attribution is unnamed ("he", "officials") and the summary's speaker is named
in the window before the "he" (a pronoun points back, not forward; a photo caption the annotate
stage found glued before the quotation is no part of that window), or the article's statement
names the summary's speaker, with the summary's cue after them, before what is said ("Lawrence
decided ... and plans to donate ..., KSL reports"; not when the summary's own content names them
as well). An unnamed article speaker the annotator left unresolved ("The pundit said") is taken
to be the named speaker of the attribution just before it (within
``verify.antecedent_sentences``), unless the summary's speaker is named in the attribution's
sentence or the ones before it. A possessive description ("his manager",
``factkit/lang/en/speaker_description_openers.txt``) is somebody else than the person it points
back to: resolved to a name, only that name fits; unresolved, it is no evidence for a person the
passage names, unless the article gives that person the description ("manager Jose Mourinho"). A
summary speaker that is a role ("the Prime Minister", "the White House press secretary": ends in
a word of ``factkit/lang/en/speaker_role_words.txt``) is left unjudged, and so is one named
before an article speaker in apposition ("David Rush, 33, from Lisburn, Northern Ireland,
felt"). A summary line in the headline form "Scott Kelly: the spacecraft will ..." is that
name's statement (the attribution finder reads only capitals there, "NASA: ..."). A statement no
article attribution holds, given with a speech cue (``factkit/lang/en/speaker_statement_cues.txt``)
to a speaker the article never gives a statement, while a named speaker speaks in the passage
that supports it, is a ``speaker_mismatch`` too ("Referee Michael Oliver insisted ...")."""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache
from typing import cast

from factkit.document import Attribution, ReasonType, VerifyReason
from factkit.lang import entries, word_set
from factkit.summarization.porter import stem as porter_stem
from factkit.verification.checks.context import SentenceContext, mentions, name_word_match
from factkit.verification.index import ArticleIndex
from factkit.verification.name_types import GROUP
from factkit.verification.names import common_capitalized, proper_words
from factkit.verification.references import is_description
from factkit.verification.text import WORD_RE, content_words, norm_word, stem_of, word_list

_ROLE_WORDS = word_set("speaker_role_words")
_STATEMENT_CUES = word_set("speaker_statement_cues")
_PRONOUNS = word_set("subject_pronouns") | word_set("pronouns_relative")
_DESCRIPTION_OPENERS = word_set("speaker_description_openers")
_PERSON_PRONOUNS = word_set("person_subject_pronouns")
# how many words from a description's noun a name may stand and still be the one described
_DESCRIPTION_REACH = 4
# far from the aligned passage one shared word ("control freak" / "control") is chance
_FAR_MIN_SHARED = 2
_QUOTE_MARKS = ("'", '"', "‘", "“")
# "Scott Kelly: Russian flight controllers ...": a summary line opening with a name and a colon
# gives that name's statement (the headline form; the annotator reads only "NASA: ...", in
# capitals, as a transcript line, since in an article "Quiet: Ms Jackson and ..." is a caption)
_HEADLINE_SPEAKER = re.compile(
    r"[\"“‘']?(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}):[ \t]+(?P<content>\S[^\n]*)"
)
# a sentence ending between a description's noun and a name: the name is not described
_SENTENCE_END = re.compile(r"[.!?]['\"’”]?\s")
# ", Sweden, police officer" after a speaker: "City, Country, role" (not ", a police officer",
# which follows a real name)
_PLACE_QUALIFIER = re.compile(
    r"\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*,\s*(?!(?:a|an|the|who|which|whose)\b)[a-z]"
)


def check_speakers(ctx: SentenceContext, atts: list[Attribution]) -> list[VerifyReason]:
    """A named summary speaker must be the article's speaker for that content: the article
    attribution in the sentences that best support the rest of the summary sentence whose
    content shares most words with the summary's."""
    reasons: list[VerifyReason] = []
    for a in [*atts, *_headline_attribution(ctx, atts)]:
        claimed = proper_words(a.speaker or "", ctx.src.common_words)
        if not claimed or a.speaker_start is None or a.speaker_end is None:
            continue  # "he", "the actor", "Opponents": nothing to hold against the article
        span = (a.speaker_start, a.speaker_end, sorted(claimed))
        if common_capitalized(ctx.text, ctx.part.start, span, ctx.src.name_words):
            continue  # "Relatives said": a description, not a name
        if is_description(ctx.text, a.speaker_start, a.speaker_end):
            continue  # "the Frenchman said": a reference, not a name to hold against it
        if _PLACE_QUALIFIER.match(ctx.text, a.speaker_end):
            continue  # "says Uppsala, Sweden, police officer": a place qualifying a role
        if _titled_role(a.speaker or ""):
            continue  # "the Prime Minister", "the White House press secretary": a role
        said = {porter_stem(w) for w in content_words(a.content) - claimed}
        if not said:
            continue
        reason = _check_speaker(ctx, a, claimed, said)
        if reason is not None:
            reasons.append(reason)
    return reasons


def _headline_attribution(ctx: SentenceContext, atts: list[Attribution]) -> list[Attribution]:
    """The headline form "Name: statement" at the start of the summary sentence, when the
    attribution finder read no attribution there (it reads only capitals: "NASA: ...")."""
    m = _HEADLINE_SPEAKER.match(ctx.text, ctx.part.start, ctx.part.end)
    if m is None or any(a.cue_start <= m.end("name") for a in atts):
        return []
    content_end = m.start("content") + len(m.group("content").rstrip(" .!?\"”’'"))
    return [
        Attribution(
            speaker=m.group("name"),
            speaker_start=m.start("name"),
            speaker_end=m.end("name"),
            cue=":",
            cue_start=m.end("name"),
            cue_end=m.end("name") + 1,
            content=ctx.text[m.start("content") : content_end],
            content_start=m.start("content"),
            content_end=content_end,
            direct=False,
        )
    ]


def _check_speaker(
    ctx: SentenceContext, a: Attribution, claimed: set[str], said: set[str]
) -> VerifyReason | None:
    """``speaker_mismatch`` when the article attribution of the same content (``said``: its
    stems) names someone else than ``claimed``."""
    src = ctx.src
    _, window = ctx.window(frozenset(stem_of(w) for w in claimed))
    named_nearby = any(mentions(w, src, ctx.near(window)) for w in claimed)
    best = _same_content(ctx, said, window)
    if best is None:
        # the statement may be attributed far from the passage that best supports the rest
        # ("Tory benefits chief Iain Duncan Smith ... insisted that ..." in the lead, the
        # sentence aligned best a quotation twenty sentences on)
        best = _same_content_anywhere(ctx, said, claimed)
        if best is None:
            # no article attribution of this content: the name check decides, unless the
            # summary's speaker never speaks in the article while someone else does here
            return _silent_speaker(ctx, a, claimed, window)
        window = [cast(int, src.attribution_pos[best])]
        named_nearby = any(mentions(w, src, ctx.near(window)) for w in claimed)
    real = src.attributions[best]
    phrases = _person_phrases(src.attributions, real)
    if _same_speaker(claimed, _person_words(real, phrases), src.common_words):
        return None
    if _named_before_appositive(ctx, real, claimed):
        return None
    if _nested_speaker(a, real, claimed, said):
        return None
    # "Chelsea playmaker", "United boss": a description whose name words only qualify
    # it; it fits when the article names them around its own speaker
    assert a.speaker_start is not None and a.speaker_end is not None
    head = ctx.text[a.speaker_start : a.speaker_end].split()[-1]
    pos = src.attribution_pos[best]
    if head[:1].islower() and (
        (pos is not None and all(mentions(w, src, ctx.near([pos])) for w in claimed))
        or any(claimed | {norm_word(head)} <= content_words(p) for p in phrases)
    ):
        return None  # ... or the article calls its speaker so ("Manny Pacquiao's promoter")
    article_speaker: str | None = real.speaker_resolved or real.speaker
    # An article speaker named in the attribution itself outweighs a mention nearby;
    # a "he" or "officials" there may well be the summary's speaker named earlier.
    if not proper_words(real.speaker or "", src.common_words):
        article_speaker = _unnamed_speaker(ctx, best, claimed, named_nearby)
        if article_speaker is None:
            return None
    return _mismatch(a, article_speaker, real.speaker_start, real.speaker_end)


def _mismatch(
    a: Attribution, article_speaker: str | None, start: int | None, end: int | None
) -> VerifyReason:
    """``speaker_mismatch`` of summary attribution ``a`` against the article's speaker at
    [``start``, ``end``)."""
    return VerifyReason(
        ReasonType.SPEAKER_MISMATCH,
        f"summary attributes this to {a.speaker!r}; the article to {article_speaker!r}",
        (cast(int, a.speaker_start), cast(int, a.speaker_end)),
        start,
        end,
    )


def _unnamed_speaker(
    ctx: SentenceContext, k: int, claimed: set[str], named_nearby: bool
) -> str | None:
    """Whom to hold against the summary's speaker ``claimed`` when article attribution ``k``
    names nobody ("he", "his manager"), or None when the summary's speaker may be the one meant.
    """
    src = ctx.src
    real = src.attributions[k]
    pos = src.attribution_pos[k]
    head = _description_head(real.speaker or "")
    if proper_words(real.speaker_resolved or "", src.common_words):
        # resolved to a name; "his manager" resolved to "his manager" is as unnamed as before.
        # A "he" may be the summary's speaker named before it; "his manager" is not "him".
        if head is None and named_nearby and _named_before(ctx, k, claimed):
            return None
        return real.speaker_resolved
    # "The pundit said" right after "Michael Owen said": the unnamed speaker is the one named
    # just before, unless the summary's speaker is named there too
    referent = _antecedent_speaker(ctx, k)
    if referent is not None and pos is not None:
        if any(name_word_match(w, content_words(referent)) for w in claimed) or any(
            mentions(w, src, ctx.near([pos])) for w in claimed
        ):
            return None
        return referent
    # "his manager insisted" that nothing resolves: no evidence for any person the passage
    # names ("Eden Hazard insists"), or that the article names only far off and never quotes,
    # unless the article gives them that description ("manager Jose Mourinho"); a pronoun, a
    # speaker the article never names, or one it quotes elsewhere ("Mourinho said") is left alone
    if head is None and _named_only_after(ctx, k, claimed):
        return real.speaker  # "'I want to stay,' he said. ... Chris Hughton's side": not him
    if head is None or _described_as(src.text, claimed, head):
        return None
    if not named_nearby and (
        not any(src.mentions_of(w) for w in claimed)
        or _gives_statement(src.attributions, claimed, src.common_words)
    ):
        return None
    return real.speaker


def _gives_statement(atts: list[Attribution], claimed: set[str], common: Set[str]) -> bool:
    """Does an article attribution's speaker name ``claimed`` (written, resolved or title)?"""
    return any(_same_speaker(claimed, _speaker_words(att), common) for att in atts)


def _named_only_after(ctx: SentenceContext, k: int, claimed: set[str]) -> bool:
    """Is attribution ``k``'s speaker "he" or "she", and does the article name the summary's
    speaker ``claimed`` only after it? A pronoun points back to someone already named, so it
    cannot be the person the article first names later on."""
    src = ctx.src
    real = src.attributions[k]
    if real.speaker_start is None or norm_word(real.speaker or "") not in _PERSON_PRONOUNS:
        return False
    if not any(src.mentions_of(w) for w in claimed):
        return False  # never named: the name check judges it
    before = set(word_list(src.text[: real.speaker_start]))
    return not any(name_word_match(w, before) for w in claimed)


def _named_before(ctx: SentenceContext, k: int, claimed: set[str]) -> bool:
    """Is a name word of ``claimed`` written before the speaker of attribution ``k``, in its
    sentence or up to ``verify.antecedent_sentences`` before: where a "he" can point back to
    (not "in which he said ..., blogger David Tyrer")?"""
    src = ctx.src
    real, pos = src.attributions[k], src.attribution_pos[k]
    if pos is None or real.speaker_start is None:
        return True  # nowhere to look: keep the benefit of the doubt
    before = set(word_list(_narrative(src, src.body[pos].start, real.speaker_start)))
    if any(name_word_match(w, before) for w in claimed):
        return True
    if _resolved_in_sentence(real, before, src.common_words):
        return False  # "Sterling risked angering fans after he said": its own sentence's name
    earlier = set(range(max(0, pos - ctx.config.antecedent_sentences), pos))
    if not any(mentions(w, src, earlier) for w in claimed):
        return False
    return not _resolved_nearer(ctx, real, claimed, min(earlier))


def _resolved_nearer(
    ctx: SentenceContext, real: Attribution, claimed: set[str], first: int
) -> bool:
    """Is the name the annotator resolved ``real``'s pronoun to written after the last mention
    of the summary's speaker ``claimed``, between body sentence ``first`` and the pronoun? The
    annotator took the nearest fitting person; the summary's, named further back, was passed
    over ("... Ferdinand ... Sherwood and Ramsey ... 'this is the biggest game,' he said": he
    is Ramsey, not Ferdinand)."""
    src = ctx.src
    resolved = proper_words(real.speaker_resolved or "", src.common_words)
    if not resolved or real.speaker_start is None:
        return False
    words = word_list(_narrative(src, src.body[first].start, real.speaker_start))
    claimed_at = [i for i, w in enumerate(words) if name_word_match(w, claimed)]
    resolved_at = [i for i, w in enumerate(words) if name_word_match(w, resolved)]
    return bool(claimed_at and resolved_at) and resolved_at[-1] > claimed_at[-1]


def _narrative(src: ArticleIndex, start: int, end: int) -> str:
    """The article text from ``start`` to ``end`` less the photo captions glued before a
    quotation there (``ArticleIndex.caption_leads``): a "he" after the quotation points back
    past them, as the annotate stage resolved it."""
    pieces: list[str] = []
    for lead_start, lead_end in src.caption_leads:
        if lead_end <= start or lead_start >= end:
            continue
        pieces.append(src.text[start:lead_start])
        start = max(start, lead_end)
    pieces.append(src.text[start:end])
    return " ".join(pieces)


def _resolved_in_sentence(real: Attribution, before: set[str], common: set[str]) -> bool:
    """Is the name the annotator resolved attribution ``real``'s pronoun to written in its own
    sentence before it (``before``: those words)? That name is the nearest one the pronoun can
    point back to, nearer than any named in the sentences before."""
    resolved = proper_words(real.speaker_resolved or "", common)
    return any(name_word_match(w, before) for w in resolved)


def _description_head(speaker: str) -> str | None:
    """The noun a description of one speaker ends in ("his manager" -> "manager"), or None for
    a pronoun, a bare plural ("Officials") or nothing."""
    words = word_list(speaker)
    if len(words) < 2 or words[0] not in _DESCRIPTION_OPENERS or words[-1] in _PRONOUNS:
        return None
    return words[-1]


def _described_as(text: str, claimed: set[str], head: str) -> bool:
    """Does ``text`` put the description's noun ``head`` within a few words of a name word of
    ``claimed`` ("manager Jose Mourinho", "Mourinho, the Chelsea manager"), not as theirs
    ("Hazard's manager")?"""
    found = list(WORD_RE.finditer(text))
    norm = [norm_word(m.group()) for m in found]
    reach = _DESCRIPTION_REACH
    for i, word in enumerate(norm):
        if word != head and stem_of(word) != stem_of(head):
            continue
        for j in range(max(0, i - reach), min(len(norm), i + reach + 1)):
            possessive = found[j].group().endswith(entries("possessive_endings"))
            if j == i or possessive or not name_word_match(norm[j], claimed):
                continue
            first, last = sorted((found[i], found[j]), key=lambda m: m.start())
            if not _SENTENCE_END.search(text, first.end(), last.start()):
                return True  # not "... fighter Billy Hope. His trainer ...": another sentence
    return False


def _same_content(ctx: SentenceContext, said: set[str], window: list[int]) -> int | None:
    """The article attribution in ``window`` whose statement holds the largest share (at least
    ``verify.speaker_content_similarity``) of the stems ``said``: its content, or a quotation
    continuing it in the window (see ``_continued_quotes``)."""
    best: tuple[float, int] | None = None
    attributed = {p for p in ctx.src.attribution_pos if p is not None}
    for k, sa in enumerate(ctx.src.attributions):
        pos = ctx.src.attribution_pos[k]
        if pos is None:
            continue
        shares = [len(said & _content_stems(sa.content)) / len(said)] if pos in window else []
        shares += [
            len(said & _content_stems(_sentence_text(ctx, p))) / len(said)
            for p in _continued_quotes(ctx, k, attributed)
            if p in window
        ]
        overlap = max(shares, default=0.0)
        if overlap >= ctx.config.speaker_content_similarity and (best is None or overlap > best[0]):
            best = (overlap, k)
    return None if best is None else best[1]


def _sentence_text(ctx: SentenceContext, pos: int) -> str:
    sentence = ctx.src.body[pos]
    return ctx.src.text[sentence.start : sentence.end]


def _continued_quotes(ctx: SentenceContext, k: int, attributed: Set[int]) -> list[int]:
    """The body sentences after attribution ``k`` of a quotation that go on quoting: each
    opens with a quotation mark and holds no attribution of its own (``attributed``: the
    positions of all): "He added: ‘We are not going to ... anyone. ‘The best way to help
    families ...", at most ``verify.antecedent_sentences`` of them."""
    src = ctx.src
    pos, att = src.attribution_pos[k], src.attributions[k]
    if pos is None or not (att.direct or att.content.startswith(_QUOTE_MARKS)):
        return []
    out: list[int] = []
    for p in range(pos + 1, min(len(src.body), pos + 1 + ctx.config.antecedent_sentences)):
        if p in attributed or not _sentence_text(ctx, p).lstrip().startswith(_QUOTE_MARKS):
            break
        out.append(p)
    return out


def _same_content_anywhere(ctx: SentenceContext, said: set[str], claimed: set[str]) -> int | None:
    """The one article attribution anywhere whose content holds the largest share (at least
    ``verify.speaker_content_similarity``, and two stems) of the stems ``said``; None when two
    attributions tie for it, or when one naming a word of ``claimed`` holds that share as well
    (the summary's speaker said it too)."""
    src = ctx.src
    shares: list[tuple[float, int]] = []
    for k, sa in enumerate(src.attributions):
        if src.attribution_pos[k] is None:
            continue
        shared = len(said & _content_stems(sa.content))
        share = shared / len(said)
        if shared >= _FAR_MIN_SHARED and share >= ctx.config.speaker_content_similarity:
            shares.append((share, k))
    if not shares:
        return None
    shares.sort(reverse=True)
    if len(shares) > 1 and shares[1][0] == shares[0][0]:
        return None
    if any(
        _same_speaker(claimed, _speaker_words(src.attributions[k]), src.common_words)
        for _, k in shares
    ):
        return None
    return shares[0][1]


# every summary sentence's statement is held against every article attribution's content
@lru_cache(maxsize=4096)
def _content_stems(content: str) -> frozenset[str]:
    """Porter stems of the content words of an attribution's content: "looked tired" and
    "looks to be tiring", "get people into work" and "getting people working" share theirs
    (the verifier's six-letter stems do not)."""
    return frozenset(porter_stem(w) for w in content_words(content))


def _named_before_appositive(ctx: SentenceContext, real: Attribution, claimed: set[str]) -> bool:
    """The article's speaker sits between commas ("David Rush, 33, from Lisburn, Northern
    Ireland, felt that ..."): an appositive, not the subject; the summary's speaker fits when
    the article sentence names it before that appositive."""
    text = ctx.src.text
    start, end = real.speaker_start, real.speaker_end
    if start is None or end is None or not text[end:].lstrip(" ").startswith(","):
        return False
    if not text[:start].rstrip(" ").endswith(","):
        return False
    pos = ctx.src.body_position(start)
    if pos is None:
        return False
    before = text[ctx.src.body[pos].start : start]
    return any(w in word_list(before) for w in claimed)


def _titled_role(speaker: str) -> bool:
    """The speaker ends in a title or role word with no name after it ("Prime Minister",
    "the White House press secretary", "Police and Crime Commissioner (PCC)")."""
    words = [norm_word(m.group()) for m in WORD_RE.finditer(speaker.split("(")[0])]
    return bool(words) and words[-1] in _ROLE_WORDS


def _antecedent_speaker(ctx: SentenceContext, k: int) -> str | None:
    """The named speaker of the closest attribution before attribution ``k``, in its sentence
    or up to ``verify.antecedent_sentences`` before it: whom an unresolved "the pundit" or
    "the minister" most likely is."""
    src = ctx.src
    pos = src.attribution_pos[k]
    if pos is None:
        return None
    for j in range(k - 1, -1, -1):
        before = src.attribution_pos[j]
        if before is None or before > pos:
            continue
        if pos - before > ctx.config.antecedent_sentences:
            return None
        for name in (src.attributions[j].speaker_resolved, src.attributions[j].speaker):
            if name and proper_words(name, src.common_words):
                return name
    return None


def _nested_speaker(
    summary_att: Attribution, real: Attribution, claimed: set[str], said: set[str]
) -> bool:
    """The article's statement names the summary's speaker, with the summary's cue after them,
    before what is said ("Lawrence decided to ... and plans to donate ..., KSL reports";
    "police said Smith told officers ..."): the summary may give the inner speaker. Not when the
    summary's own content names them too ("Eden Hazard said he believed Hazard looked tired": a
    statement about them), nor when they are only the statement's subject ("Manchester United
    need to look at the next seven games as 'finals'", Juan Mata says)."""
    if content_words(summary_att.content) & claimed:
        return False
    cue = {porter_stem(w) for w in word_list(summary_att.cue)}
    words = [norm_word(m.group()) for m in WORD_RE.finditer(real.content)]
    for i, word in enumerate(words):
        if word in claimed:
            return any(porter_stem(w) in cue for w in words[i + 1 :])
        if porter_stem(word) in said:
            return False
    return False


def _same_speaker(claimed: set[str], speaker_words: set[str], common: Set[str]) -> bool:
    """Does a name word of ``claimed`` name the article speaker (``speaker_words``: its written,
    resolved and title words)? A shared word does; a shared first five letters only with a word
    the article capitalizes ("Belgian"/"Belgium"), not with a common one ("Promotions" is not
    "The Filipino's promoter")."""
    if claimed & speaker_words:
        return True
    proper = {w for w in speaker_words if w not in common}
    if {porter_stem(w) for w in claimed} & {porter_stem(w) for w in proper}:
        return True  # "Tories" / "Tory"
    return any(name_word_match(w, proper) for w in claimed)


def _person_phrases(atts: list[Attribution], att: Attribution) -> list[str]:
    """The article's speaker phrases ending in the surname of ``att``'s resolved speaker, of two
    words or more ("He" resolved to "Iain Duncan Smith": "Tory benefits chief Iain Duncan
    Smith"; "Bob Arum": "Top Rank promoter Arum")."""
    name = (att.speaker_resolved or "").split()
    if len(name) < 2:
        return []
    return [
        phrase
        for other in atts
        for phrase in (other.speaker, other.speaker_resolved)
        if phrase and len(phrase.split()) > 1 and phrase.split()[-1] == name[-1]
    ]


def _person_words(att: Attribution, phrases: list[str]) -> set[str]:
    """The words of ``att``'s speaker (``_speaker_words``) and of the article's other
    ``phrases`` for them after any possessive owner ("Manny Pacquiao's promoter Bob Arum" is
    not Pacquiao)."""
    words = _speaker_words(att)
    for phrase in phrases:
        written = phrase.split()
        owners = [i for i, w in enumerate(written) if w.endswith(entries("possessive_endings"))]
        words |= content_words(" ".join(written[owners[-1] + 1 :] if owners else written))
    return words


def _speaker_words(att: Attribution) -> set[str]:
    words: set[str] = set()
    for part in (att.speaker, att.speaker_resolved, att.speaker_title):
        if part:
            words |= content_words(part)
    return words


def _silent_speaker(
    ctx: SentenceContext, a: Attribution, claimed: set[str], window: list[int]
) -> VerifyReason | None:
    """``speaker_mismatch`` when the summary gives a statement ("Michael Oliver insisted ...")
    to someone the article never gives one (no attribution's speaker, resolved or written,
    names them), while the passage that supports it is someone else's named statement."""
    if norm_word(a.cue.split()[0]) not in _STATEMENT_CUES:
        return None
    if (a.speaker or "").split()[-1][:1].islower():
        return None  # "Ebola survivors", "Chelsea fans": a description, its name word a qualifier
    src = ctx.src
    if _gives_statement(src.attributions, claimed, src.common_words):
        return None
    near = ctx.near(window)
    group = all(src.name_types.get(w) == GROUP for w in claimed)  # every word: not "Anna Green"
    for k, att in enumerate(src.attributions):
        if src.attribution_pos[k] not in near:
            continue
        name = att.speaker_resolved or att.speaker or ""
        # "she said" is a person's statement: not the party or club the summary gives it to
        person = group and norm_word(att.speaker or "") in _PERSON_PRONOUNS
        if not proper_words(name, src.common_words) and not person:
            continue
        return VerifyReason(
            ReasonType.SPEAKER_MISMATCH,
            f"summary attributes this to {a.speaker!r}; the article gives them no statement, "
            f"and this passage to {name!r}",
            (cast(int, a.speaker_start), cast(int, a.speaker_end)),
            att.speaker_start,
            att.speaker_end,
        )
    return None
