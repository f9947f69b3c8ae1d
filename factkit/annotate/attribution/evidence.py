"""What the words around a cue show: a verb use, a quotation or that-clause after it, a closing
quotation mark before its speaker, the shape of what follows it, an unquoted inversion."""

from __future__ import annotations

import re

from factkit.annotate.attribution.article import Article
from factkit.annotate.attribution.cues import CueFamily, is_chain_cue
from factkit.annotate.attribution.limits import AttributionLimits, FrameRules
from factkit.annotate.attribution.phrases import is_appositive, segments
from factkit.annotate.attribution.quotes import Quote
from factkit.annotate.attribution.tokens import (
    APPOSITIVE_LEAD,
    CHAIN_LEAD,
    CLAUSE_SUBJECTS,
    CONTENT_OPENERS,
    NON_SUBJECT,
    OBJECT_WORDS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    SPEAKER_LEAD,
    SPEAKER_POSSESSIVE_OK,
    SUBORDINATORS,
    TEMPORAL,
    VERB_OBJECT_STARTS,
    VERBISH,
    Tok,
    is_cap,
    is_negated,
    is_quote_tok,
    is_verbish,
)
from factkit.annotate.name_shapes import SPEAKER_PRONOUNS, looks_like_name
from factkit.lang import word_set

_NON_SPACE = re.compile(r"\S")
_FUNCTION_WORDS = word_set("stop_words") | PREPOSITIONS
_LEAD_PEEK = 200  # characters: the last word of a sentence's lead; longer "words" are garbage


def verb_evidence(article: Article, aux: list[Tok], before: Tok | None, right: list[Tok]) -> bool:
    """A noun-ambiguous form ("states", "claims", "report") used as a verb."""
    if before is None or before.lower in NON_SUBJECT or before.lower in PREPOSITIONS:
        return False
    if before.text[:1].isdigit() or (
        before.lower.endswith(POSSESSIVE_ENDINGS) and before.lower not in SPEAKER_POSSESSIVE_OK
    ):
        return False  # "18 states", "Editor’s note"
    if any(t.lower in VERBISH or is_negated(t) for t in aux):
        return True
    nxt = right[0] if right else None
    if before.text.islower() and before.lower not in SPEAKER_PRONOUNS:
        # "angry tweets", "member states": after a lower-case word only "that"/":"/a quote.
        return nxt is not None and (
            nxt.lower == "that"
            or nxt.text == ":"
            or article.starts_quote(nxt.start)
            or is_quote_tok(nxt)
        )
    if (
        nxt is None
        or nxt.text in {",", ":", "."}
        or is_quote_tok(nxt)
        or article.starts_quote(nxt.start)
    ):
        return True
    if nxt.lower in VERB_OBJECT_STARTS:
        return True
    if len(right) > 1 and right[1].text == "." and right[1].start == nxt.end:
        return False  # "state Del. Marcia Price": an office's title, the cue word its adjective
    return is_cap(nxt)


def quote_after(article: Article, rules: FrameRules, right: list[Tok]) -> int | None:
    """Index in ``right`` of a quotation opening right after the cue (adverbials allowed)."""
    for k, tok in enumerate(right[: rules.limits.quote_after_cue_tokens]):
        if article.starts_quote(tok.start):
            q = article.quote_at(tok.start)
            return k if q is not None and q.words >= rules.min_quote_words else None
        if tok.text in {",", ":"} or tok.lower in TEMPORAL or is_cap(tok):
            continue
        return None
    return None


def that_follows(right: list[Tok], family: CueFamily, limits: AttributionLimits) -> bool:
    """A "that"-clause (or colon) right after the cue, past adverbials or an addressee."""
    if right and right[0].text == ":":
        return True
    for tok in right[: limits.that_clause_window_tokens]:
        if tok.lower == "that":
            return True
        if tok.text in {".", ";", "?", "!", ","} or is_verbish(tok):
            return False
        if not family.takes_object and tok.lower not in TEMPORAL and not is_cap(tok):
            return False
    return False


def closing_quote_before(article: Article, rules: FrameRules, head_left: list[Tok]) -> int | None:
    """End offset of a closing quotation mark followed only by a speaker phrase."""
    for n, tok in enumerate(reversed(head_left)):
        if article.is_closing_mark(tok.start):
            q = article.quote_ending_at(tok.end)
            if q is None or q.words < 1 or n == 0:
                return None
            # The clause before the speaker must open with this quotation (or one ending
            # right before it: '“A,” “B,” X said' / 'Mills “got it,” Jordan said' is not).
            lead_start = article.sentence_start_for(q.start)
            if (
                _NON_SPACE.search(article.text, lead_start, q.start)
                and not article.starts_quote(lead_start)
                and not run_on_lead(article, q, lead_start, rules.limits)
            ):
                return None
            return tok.end
        if is_quote_tok(tok) or tok.text in {";", ":", "?", "!"} or (tok.text == "." and n == 0):
            return None
        if tok.lower in SUBORDINATORS or (tok.lower in rules.cues and tok.text.islower()):
            return None
        if n >= rules.limits.closing_quote_window_tokens:
            return None
    return None


def run_on_lead(article: Article, q: Quote, lead_start: int, limits: AttributionLimits) -> bool:
    """Is the lead, the text between the sentence start ``lead_start`` and quotation ``q``,
    another sentence the splitter ran on (a photo caption: "... saluting Sherwood (right) and
    Ramsey (centre) 'I think this is the biggest game ...,' he said")? It ends in a parenthesis
    or a capitalized word, and the quotation opens a clause of its own: a capital and at least
    ``limits.run_on_quote_min_words`` words ('Mills “got it,” Jordan said' is one sentence).
    Only the lead's last ``_LEAD_PEEK`` characters are read: splitting the whole lead for every
    quotation of a 100 KB sentence was quadratic."""
    words = article.text[max(lead_start, q.start - _LEAD_PEEK) : q.start].split()
    if not words or q.words < limits.run_on_quote_min_words:
        return False
    opening = next((ch for ch in article.text[q.start : q.end] if ch.isalpha()), "")
    # a lead ending a sentence of its own: "... Party (SNP)."I feel no responsibility ...," she
    # told' (the scraped text lost the space, so the splitter ran the two together)
    return opening.isupper() and (
        words[-1].endswith((")", ".", "!", "?")) or words[-1][:1].isupper()
    )


def right_shape(article: Article, rules: FrameRules, right: list[Tok]) -> str:
    """What follows the cue: 'end' (only adverbials/addressee), 'paren' (adverbials, a comma,
    more clause: a parenthetical "X said,"), 'quote' or 'content'."""
    for k, tok in enumerate(right):
        if tok.text in {".", "!", "?"} and k >= len(right) - 2:
            return "end"
        if is_quote_tok(tok) and k == len(right) - 1:
            return "end"
        if tok.text in {",", ";", "—", "–", "--"}:
            return _shape_after_comma(
                article, rules.cues, right[k + 1] if k + 1 < len(right) else None
            )
        if article.starts_quote(tok.start) or is_quote_tok(tok):
            return "quote"
        if tok.lower == "that" or tok.text == ":" or is_verbish(tok):
            return "content"
        if (
            tok.lower not in TEMPORAL
            and not is_cap(tok)
            and tok.lower not in OBJECT_WORDS
            and tok.text not in {".", "-", "’s", "'s", "&"}
        ):
            return "content"
        if k >= rules.limits.shape_window_tokens:
            return "content"
    return "end"


def addressee_only(right: list[Tok], max_tokens: int) -> bool:
    """Only the one told follows a tell-type cue to the sentence's end ("..., an airline
    spokesman told the magazine.", "she told one Twitter user."): a few words with no verb,
    subject, clause opener, comma or quotation among them. No content, then: a trailing report."""
    for k, tok in enumerate(right):
        if tok.text in {".", "!", "?"}:
            return k > 0 and k >= len(right) - 2
        if (
            k >= max_tokens
            or (k == 0 and tok.lower in PREPOSITIONS)  # "asked for a demonstration"
            or tok.text in {",", ";", ":", "(", "-", "—", "–"}
            or is_quote_tok(tok)
            or tok.lower in CLAUSE_SUBJECTS
            or tok.lower in CONTENT_OPENERS
            or tok.lower in {"to", "of"}  # "told him to go", "warned players of"
            or is_verbish(tok)
        ):
            return False
    return False


def _shape_after_comma(article: Article, cues: dict[str, CueFamily], nxt: Tok | None) -> str:
    """The shape when a comma or dash follows the cue: ``nxt`` is the word after it."""
    if nxt is None:
        return "end"
    if article.starts_quote(nxt.start) or is_quote_tok(nxt):
        return "quote"
    if is_chain_cue(cues, nxt.text) or nxt.lower in CHAIN_LEAD:
        return "end"
    return "paren"


def weak_inversion(
    article: Article,
    family: CueFamily,
    head_left: list[Tok],
    right: list[Tok],
    limits: AttributionLimits,
) -> bool:
    """ "The plan failed, said Smith." without quotation marks: only say-type cues, a
    speaker-like phrase ending the sentence, and a clause (not an apposition) before. A name
    closing the sentence right after the cue is its speaker even after a short clause: "The
    plan failed, says striker Steven Thompson." (three words, as "C, X said." needs)."""
    if family.takes_object or family.needs_that or not right:
        return False
    first = right[0]
    described = _described_name(right)
    if not (
        first.lower in SPEAKER_LEAD
        or (first.text[:1].isupper() and first.lower not in TEMPORAL)
        or described
    ):
        return False
    if not _short_name_after(right, limits.inverted_speaker_max_words):
        return False
    ends = _ends_sentence(right)
    for seg in segments(head_left[:-1], limits)[: limits.apposition_segments]:
        if seg and not ends and looks_like_name(article.text[seg[0].start : seg[-1].end]):
            return False  # "Donna Rawlings, 59, of Ashton, Md., said ...": an apposition
        if seg and not is_appositive(seg):
            break
    if len(head_left) >= limits.inversion_min_clause_tokens:
        return True
    words = sum(1 for tok in head_left if tok.text[:1].isalnum())
    return (ends or described) and words >= limits.trailing_clause_min_words


def _described_name(right: list[Tok]) -> bool:
    """Lower-case words describing a name that ends the sentence ("..., says ex-Scotland striker
    Steven Thompson.", lower-cased by XSum: "ex-scotland striker steven Thompson."), with no
    function word among them ("..., says much about Smith." is an object)."""
    stop = next((k for k, t in enumerate(right) if t.text in {",", ".", ";"}), None)
    if not stop or right[stop].text != "." or stop != len(right) - 1:
        return False
    words = right[:stop]
    return is_cap(words[-1]) and not any(t.lower in _FUNCTION_WORDS for t in words)


def _ends_sentence(right: list[Tok]) -> bool:
    """A name after the cue ends the sentence ("..., Mill Lane, Newtown West, said Kent
    Police."): "said" takes no bare name as its object, so that name is the cue's speaker even
    where a name-like place ends the clause before it. A phrase that is no name ("denied three
    counts of fraud.", "described Trump's approach in terms of costs.") is an object."""
    stop = next((k for k, t in enumerate(right) if t.text in {",", ".", ";"}), None)
    return (
        stop is not None
        and stop == len(right) - 1
        and right[stop].text == "."
        and right[0].text[:1].isupper()
        and looks_like_name(" ".join(t.text for t in right[:stop]))
    )


def _short_name_after(right: list[Tok], max_words: int) -> bool:
    """A short speaker phrase after the cue, up to the first comma or stop, with no verb and no
    capitalised clause after that comma."""
    n = 0
    for k, tok in enumerate(right):
        if tok.text in {",", ".", ";"}:
            after = right[k + 1] if k + 1 < len(right) else None
            if (
                tok.text == ","
                and after is not None
                and after.text[:1].isupper()
                and after.lower not in APPOSITIVE_LEAD
            ):
                return False
            break
        if is_verbish(tok) or is_quote_tok(tok):
            return False
        n += 1
    return n <= max_words
