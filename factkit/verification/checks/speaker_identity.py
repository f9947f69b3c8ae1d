"""Whether a summary speaker's name words name an article attribution's speaker.

Its own room because every part of the speaker check asks it: the content match (a statement
the summary's speaker also made is no mismatch), the unnamed-speaker rules (does the article
give that person a statement anywhere) and the final verdict. A name counts through its written,
resolved and title words, the article's other phrases for the same person, and the forms of the
article statement that let a summary name its inner speaker or the subject before an appositive.
"""

from __future__ import annotations

from collections.abc import Set

from factkit.document import Attribution
from factkit.lang import entries
from factkit.summarization.porter import stem as porter_stem
from factkit.verification.checks.context import SentenceContext, name_word_match
from factkit.verification.text import WORD_RE, content_words, norm_word, word_list


def gives_statement(atts: list[Attribution], claimed: set[str], common: Set[str]) -> bool:
    """Does an article attribution's speaker name ``claimed`` (written, resolved or title)?"""
    return any(same_speaker(claimed, attribution_speaker_words(att), common) for att in atts)


def same_speaker(claimed: set[str], speaker_words: set[str], common: Set[str]) -> bool:
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


def person_phrases(atts: list[Attribution], att: Attribution) -> list[str]:
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


def person_words(att: Attribution, phrases: list[str]) -> set[str]:
    """The words of ``att``'s speaker (``attribution_speaker_words``) and of the article's other
    ``phrases`` for them after any possessive owner ("Manny Pacquiao's promoter Bob Arum" is
    not Pacquiao)."""
    words = attribution_speaker_words(att)
    for phrase in phrases:
        written = phrase.split()
        owners = [i for i, w in enumerate(written) if w.endswith(entries("possessive_endings"))]
        words |= content_words(" ".join(written[owners[-1] + 1 :] if owners else written))
    return words


def attribution_speaker_words(att: Attribution) -> set[str]:
    words: set[str] = set()
    for part in (att.speaker, att.speaker_resolved, att.speaker_title):
        if part:
            words |= content_words(part)
    return words


def named_before_appositive(ctx: SentenceContext, real: Attribution, claimed: set[str]) -> bool:
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


def nested_speaker(
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
