"""Headline lines that name a source before a colon: "Pence: Gennifer Flowers Won't Be at
Debate", "Rush Limbaugh: Hillary ... 'Reeks of Fear.'"; and title-case headlines that end in
a capitalised cue: "Clinton Hid Past Health Problems From Public, Former White House Doctor
Says." (the cue pattern reads lower-case cues only, so that "United States" is no cue).

A news headline gives its source this way, with no reporting verb, so no cue of the cue table
and no frame reads it; PolNeAR annotates the name as the speaker and the colon as the cue. The
transcript pass (``lines``) takes the all-capitals form ("PENCE: ..."); this one takes a name
written in title case, which a label opens just as well ("Update:", "Stealth Over Health:",
"The Latest:"). So the name must look like one (no headline function word in it, no page label)
and the article must name it again: its last word recurs, capitalised, outside the line.
"""

from __future__ import annotations

import functools
import re

from factkit.annotate.attribution.article import Article, Draft, SpanCover
from factkit.annotate.attribution.limits import AttributionLimits, FrameRules
from factkit.annotate.attribution.lines import BodyIndex, page_labels
from factkit.annotate.attribution.tokens import WORDS
from factkit.annotate.title_case import title_case_line
from factkit.document import Sentence
from factkit.line_ends import opens_line

_HEADLINE_FUNCTION_WORDS = WORDS["headline_function_words"]
_LIST_SEPARATOR = re.compile(r"[,;]")


def _name_group(max_words: int) -> str:
    """The ``name`` group of both headline forms: 1..``max_words`` capitalised words."""
    word = r"[A-Z][\w’'.\-]*"
    return rf"(?P<name>{word}(?:[ \t]+{word}){{0,{max_words - 1}}})"


@functools.cache
def _named_line(max_words: int) -> re.Pattern[str]:
    """A line opened by a name, a colon, and the rest of the line."""
    return re.compile(
        rf"^{_name_group(max_words)}(?P<cue>:)[ \t]+(?P<content>\S[^\n]*)", re.MULTILINE
    )


@functools.cache
def _trailing_cue_line(max_words: int) -> re.Pattern[str]:
    """A line ending ", Name Cue."."""
    return re.compile(
        rf"^(?P<content>[^\n]+?),[ \t]+{_name_group(max_words)}"
        r"[ \t]+(?P<cue>[A-Z][a-z]+)\.?[ \t]*$",
        re.MULTILINE,
    )


def headline_drafts(
    article: Article, body: list[Sentence], drafts: list[Draft], rules: FrameRules
) -> list[Draft]:
    """Headline lines in body sentences, outside the drafts' content: "Name: C" and a
    title-case "C, Name Says." both give Name said C."""
    index = BodyIndex(body)
    used = SpanCover([d.content for d in drafts])
    return [
        *_colon_drafts(article, index, used, rules.limits),
        *_trailing_cue_drafts(article, index, used, rules),
    ]


def _trailing_cue_drafts(
    article: Article, index: BodyIndex, used: SpanCover, rules: FrameRules
) -> list[Draft]:
    """ "C, Name Says." on a title-case line, the cue a speech verb of the table (no noun)."""
    text = article.text
    out: list[Draft] = []
    for m in _trailing_cue_line(rules.limits.headline_trailing_name_max_words).finditer(text):
        family = rules.cues.get(m.group("cue").lower())
        if (
            family is None
            or not family.speech_verb
            or family.stance
            or family.noun  # "..., The United States."
            or index.sentence_at(m.start()) is None
            or used.covers(m.start())
            or not title_case_line(text, m.start())
        ):
            continue
        content = article.trim(m.start("content"), m.end("content"))
        if content is not None:
            out.append(Draft(m.span("name"), None, m.span("cue"), content))
    return out


def _colon_drafts(
    article: Article, index: BodyIndex, used: SpanCover, limits: AttributionLimits
) -> list[Draft]:
    """ "Name: C" lines whose name is a source's (see ``_names_a_source``)."""
    text = article.text
    out: list[Draft] = []
    for m in _named_line(limits.headline_name_max_words).finditer(text):
        name_start = m.start("name")
        if index.sentence_at(name_start) is None or used.covers(name_start):
            continue
        if not _names_a_source(text, m.group("name"), (m.start(), m.end())):
            continue
        content = article.trim(m.start("content"), m.end("content"))
        if content is not None and not _is_list(text[content[0] : content[1]], limits):
            out.append(Draft(m.span("name"), None, m.span("cue"), content))
    return out


def _names_a_source(text: str, name: str, line: tuple[int, int]) -> bool:
    """The words before the colon are a name the article mentions again: not all capitals
    (the transcript pass reads those), no headline function word ("The Latest", "Stealth Over
    Health"), no page label ("Update"), and the last word recurs capitalised inside another
    line ("Gov. Mike Pence said"; a label recurs only as a line's opening: "Correction
    Appended.")."""
    words = name.split()
    if name.isupper() or any(w.lower() in _HEADLINE_FUNCTION_WORDS for w in words):
        return False
    if " ".join(w.lower() for w in words) in page_labels():
        return False
    again = re.compile(rf"(?<![\w’'.\-]){re.escape(words[-1])}(?![\w\-])")
    return any(
        not (line[0] <= m.start() < line[1]) and not opens_line(text, m.start())
        for m in again.finditer(text)
    )


def _is_list(content: str, limits: AttributionLimits) -> bool:
    """A line-up or a cast ("Warrington: Russell, Ormsby, Ratchford, ..."): many short items
    between commas or semicolons, no statement."""
    items = _LIST_SEPARATOR.split(content)
    return len(items) >= limits.headline_list_min_items and all(
        len(item.split()) <= limits.headline_list_item_max_words for item in items
    )
