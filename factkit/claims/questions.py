"""Verification questions: one yes/no question from a claim's structure.

A reported statement asks whether its speaker said it, worded for its kind of cue. Asking
"Did X say that <content>?" of every cue did not parse where the content is the cue's object
('Did Tom Cruise say that Scientology "brilliant"?' from '... called Scientology "brilliant"'),
nor after "tell", which needs an addressee ("Did the judge tell that ..."). The forms, tried in
this order (:data:`QUESTION_FORMS`):

* a direct quotation:                   Did X say "C"?
* a stance ("wanted a lawyer"):         Did X want a lawyer?
* an object right after the cue:        Did X call Scientology "brilliant"?  Did X deny the charge?
* an infinitive after the cue:          Did X urge Congress to leave the program intact?
* an embedded question:                 Did X ask whether C?
* a that-clause (or a content before):  Did X warn that C?
* no speaker (or an unresolved "who"):  Is it accurate that C?

The verb of a quotation or a that-clause is the cue's from ``lang/en/question_cue_verbs.txt``
("warned" -> "warn"; "say" for cues it does not list); an object is asked with the cue's own
lemma from the cue lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from factkit.annotate import opens_no_name
from factkit.annotate.attribution import CueFamily, load_cues
from factkit.document import Attribution
from factkit.lang import alias_table, word_set

# Reporting cue -> the verb a question asks with ("Did X warn that ...?"), by word beginning
_CUE_VERBS = {stem: verbs[0] for stem, verbs in alias_table("question_cue_verbs").items()}
_LOWER_FIRST = word_set("question_lowercase_openers")
_EMBEDDED_OPENERS = word_set("question_embedded_openers")
# "who"/"which" left unresolved stands for nobody a question can name ("Did who say ...?")
_RELATIVE_SPEAKERS = word_set("pronouns_relative")
_INFINITIVE_RE = re.compile(r"(?:not\s+)?to\s", re.IGNORECASE)
# a double-quoted stretch of a quotation ('"A," Moore said. "B"' holds two)
_QUOTED_RE = re.compile(r"[\"“]([^\"“”]*)[\"”]")
# an addressee and its infinitive inside the content of a cue that takes one ("asked
# federal prosecutors to charge ...")
_OBJECT_INFINITIVE_RE = re.compile(r"(?:(?!(?:that|who|which)\s)[\w’'.\-]+\s+){1,4}(?:not\s+)?to\s")
# an addressee between the cue and an infinitive ("urged Republicans to"), no "that" clause
_ADDRESSEE_RE = re.compile(r"(?:\s*(?!that\b)[\w’'.\-]+)*\s*")
_DOUBLE_QUOTES = '"“”'
_WORD_RE = re.compile(r"\w")


class Asked(NamedTuple):
    """What a question form reads: the attribution, its speaker as written in the question,
    the cue's family (None for a cue outside the lexicon: ":", a dash), the text between the
    cue and the content (None where the content does not follow the cue in the sentence)."""

    att: Attribution
    who: str
    family: CueFamily | None
    gap: str | None


QuestionForm = Callable[[Asked], "str | None"]


@cache
def _cue_families() -> dict[str, CueFamily]:
    return load_cues()


def _family(cue: str) -> CueFamily | None:
    """The cue's family, by its whole form ("called for") or else its last word ("has said")."""
    form = " ".join(cue.lower().split())
    families = _cue_families()
    return families.get(form) or (families.get(form.split()[-1]) if form else None)


def _cue_verb(cue: str) -> str:
    word = cue.lower().split()[-1] if cue.split() else ""
    for stem, verb in _CUE_VERBS.items():
        if word.startswith(stem):
            return verb
    return "say"


def _clause(text: str) -> str:
    """A sentence or content as an embedded clause: trimmed, final punctuation dropped."""
    spaced = " ".join(text.split())
    text = re.sub(r"[.,;:!?]+$", "", spaced.strip(" \"'“”‘’"))
    # a closing double quote whose opening mark is inside stays ('called Scientology "brilliant"')
    closer = spaced.rstrip(" '‘’")[-1:]
    if closer and closer in _DOUBLE_QUOTES and sum(map(text.count, _DOUBLE_QUOTES)) % 2:
        text += closer
    first, _, rest = text.partition(" ")
    if _lower_opener(first) and first[:1].isupper():
        text = f"{first.lower()} {rest}".strip()
    return text


def _lower_opener(word: str) -> bool:
    """ "Did X say that both of the officers ...", "Did she urge ...": an opener listed for
    questions or one the annotate stage lists as no name is lower-cased; a name keeps its
    capital."""
    return word.lower() in _LOWER_FIRST or opens_no_name(word)


def direct_quotation(q: Asked) -> str | None:
    """'Did X say "C"?' (a stance's quotation is quoted as said). A quotation the speaker tag
    interrupts ('"A," Moore said. "B"') asks its parts: 'Did X say "A" and "B"?'."""
    if not q.att.direct:
        return None
    parts = [p.strip().rstrip(",") for p in _QUOTED_RE.findall(q.att.content)]
    if len(parts) > 1 and all(parts):
        return f'Did {q.who} {_cue_verb(q.att.cue)} "{_joined_quotes(parts)}"'
    quoted = q.att.content.strip().strip(" \"'“”‘’").rstrip(",")
    return f'Did {q.who} {_cue_verb(q.att.cue)} "{quoted}"'


def _joined_quotes(parts: list[str]) -> str:
    """The parts of an interrupted quotation: a part opening in lower case goes on the
    sentence before it ('"My hope" ... "is that"' -> 'My hope ... is that'); a capitalised one
    is a new quotation ('A" and "B')."""
    joined = parts[0]
    for part in parts[1:]:
        joined += f" ... {part}" if part[:1].islower() else f'" and "{part}'
    return joined


def stance_object(q: Asked) -> str | None:
    """ "Did Stancil want a lawyer?": a stance takes its content as an object."""
    if q.family is None or not q.family.stance:
        return None
    return f"Did {q.who} {q.family.lemma} {_clause(q.att.content)}"


def cue_object(q: Asked) -> str | None:
    """ "Did X call Scientology "brilliant"?": a content right after the cue, no word between
    ("that", an addressee), is the cue's object or a bare clause; either reads after the cue's
    own verb. Not after "say" (its bare clause keeps the "that" questions always had), nor a
    cue of an addressee ("told" reporters), nor "according to" (its speaker follows it)."""
    fam = q.family
    if (
        fam is None
        or q.gap is None
        or _WORD_RE.search(q.gap)
        or fam.lemma == "say"
        or fam.takes_object
        or fam.prepositional
    ):
        return None
    return f"Did {q.who} {fam.lemma} {_clause(q.att.content)}"


def infinitive_content(q: Asked) -> str | None:
    """ "Did Graham urge Republicans to join the ranks?": a content opened by "to" right after
    the cue or its addressee ("urged Republicans to ...", "promising to meet"), or, for a cue
    that takes an addressee, opened by one ("asked prosecutors to charge ..."), reads after
    the cue's own verb; "say that to join ..." did not parse."""
    fam = q.family
    if fam is None or q.gap is None:
        return None
    content = q.att.content.lstrip()
    if not (
        _INFINITIVE_RE.match(content) or (fam.takes_object and _OBJECT_INFINITIVE_RE.match(content))
    ):
        return None
    if not _ADDRESSEE_RE.fullmatch(q.gap) or fam.prepositional:
        return None
    addressee = " ".join(q.gap.split())
    lead = f"{fam.lemma} {addressee}" if addressee else fam.lemma
    return f"Did {q.who} {lead} {_clause(q.att.content)}"


def embedded_question(q: Asked) -> str | None:
    """ "Did X ask whether C?": a content opened by "whether", "who", "when" ... is asked
    after the cue's verb with no "that" ("say that whether C" did not parse). A comma after
    the opener's clause makes it adverbial ("said when training is tailored, it works"): the
    that-clause stays."""
    first = q.att.content.split()[:1]
    if not first or first[0].lower() not in _EMBEDDED_OPENERS or "," in q.att.content:
        return None
    return f"Did {q.who} {_cue_verb(q.att.cue)} {_clause(q.att.content)}"


def that_clause(q: Asked) -> str:
    """ "Did X warn that C?"."""
    return f"Did {q.who} {_cue_verb(q.att.cue)} that {_clause(q.att.content)}"


# The order is the precedence: the first form that answers words the question.
QUESTION_FORMS: tuple[QuestionForm, ...] = (
    direct_quotation,
    stance_object,
    cue_object,
    infinitive_content,
    embedded_question,
)


def _gap(sentence_text: str, sentence_start: int | None, att: Attribution) -> str | None:
    """The sentence's text between the cue and the content, None where the content does not
    follow the cue inside the sentence or the sentence's offset is not known."""
    if sentence_start is None:
        return None
    a, b = att.cue_end - sentence_start, att.content_start - sentence_start
    return sentence_text[a:b] if 0 <= a <= b <= len(sentence_text) else None


def build_question(
    sentence_text: str,
    attributions: Sequence[Attribution],
    as_of: str | None,
    sentence_start: int | None = None,
) -> str:
    """A yes/no verification question from the claim's structure. ``sentence_start``: the
    sentence's offset in the article (the attributions' offsets are the article's); without
    it no content is read as the cue's object."""
    when = f" (as of {as_of})" if as_of else ""
    att = attributions[0] if attributions else None
    who = (att.speaker_resolved or att.speaker) if att is not None else None
    if att is None or not who or who.lower() in _RELATIVE_SPEAKERS:
        return f"Is it accurate that {_clause(sentence_text)}{when}?"
    asked = Asked(
        att,
        _clause(who) if _lower_opener(who.split()[0]) else who,
        _family(att.cue),
        _gap(sentence_text, sentence_start, att),
    )
    for form in QUESTION_FORMS:
        question = form(asked)
        if question is not None:
            return f"{question}{when}?"
    return f"{that_clause(asked)}{when}?"
