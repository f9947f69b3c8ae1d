"""The attribution finder: reads each reporting cue of a body sentence in its frame."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from factkit.annotate.attribution.article import (
    Article,
    Draft,
    SpanCover,
    SpeakerFit,
    dedupe,
)
from factkit.annotate.attribution.cues import CueFamily, load_cues, trie_pattern
from factkit.annotate.attribution.quotes import count_words, find_quotes, next_quote_start
from factkit.annotate.attribution.tokens import (
    APPOSITIVE_LEAD,
    AUX,
    BE,
    CHAIN_BEFORE,
    CLAUSE_WORDS,
    COORDINATORS,
    DASH_ATTR_RE,
    HARD_BOUNDARY,
    ING_OK_BEFORE,
    ING_PREPOSITIONS,
    INTRO_WORDS,
    NON_SUBJECT,
    NOUN_CUE_RE,
    NOUN_OWNER_RE,
    OBJECT_WORDS,
    PHONE_PARTICLES,
    PREPOSITIONS,
    QUOTE_SENTENCE_END_RE,
    RELATIVES,
    SPEAKER_LEAD,
    SPEAKER_POSSESSIVE_OK,
    SUBORDINATORS,
    TEMPORAL,
    TRAILING_TIME,
    TRANSCRIPT_RE,
    VERBISH,
    Span,
    Tok,
    is_abbreviation,
    is_cap,
    is_quote_tok,
    is_verbish,
    tokens,
)
from factkit.annotate.speakers import (
    DETERMINERS,
    SPEAKER_PRONOUNS,
    SpeakerResolver,
    looks_like_name,
)
from factkit.config import AttributionConfig
from factkit.document import Attribution, Sentence


class AttributionFinder:
    """Finds attributions in an article; build once, call :meth:`find` per article."""

    def __init__(self, config: AttributionConfig | None = None) -> None:
        self.config = config or AttributionConfig()
        self.cues = load_cues(self.config.cues_file)
        # Cues are matched lower-case (so "United States" is no cue); a capitalised
        # "According to" is allowed too. A trie-shaped pattern keeps the scan fast.
        alternation = trie_pattern([*self.cues, "According to"])
        self.cue_re = re.compile(rf"(?<![\w’'\-])(?:{alternation})(?![\w’'\-])")
        self.min_quote_words = self.config.min_quote_words

    # ------------------------------------------------------------------ public API
    def find(self, text: str, sentences: list[Sentence]) -> list[Attribution]:
        """Attributions whose cue lies in a body sentence, in text order."""
        body = sorted((s for s in sentences if s.kind == "body"), key=lambda s: s.start)
        if not body or not text:
            return []
        ctx = Article(text, find_quotes(text), sentences)
        drafts: list[Draft] = []
        for sent in body:
            start, end = max(0, sent.start), min(sent.end, len(text))
            if start < end:
                drafts.extend(self._sentence_drafts(ctx, start, end))
        drafts.extend(self._line_drafts(ctx, body, drafts))
        drafts.extend(self._noun_drafts(ctx, body, drafts))
        drafts.sort(key=lambda d: d.cue[0])
        drafts = dedupe(drafts)
        self._continue_quotes(ctx, drafts)
        resolver = (
            SpeakerResolver(text, [(s.start, s.end) for s in body])
            if self.config.resolve_speakers
            else None
        )
        return [self._finish(ctx, d, resolver) for d in drafts]

    # ------------------------------------------------------------------ sentence frames
    def _sentence_drafts(self, ctx: Article, start: int, end: int) -> list[Draft]:
        """Speech cues first, left to right; then belief/stance cues where no report is."""
        text = ctx.text
        speech: list[tuple[re.Match[str], CueFamily]] = []
        other: list[tuple[re.Match[str], CueFamily]] = []
        for m in self.cue_re.finditer(text, start, end):
            family = self.cues.get(" ".join(m.group().lower().split()))
            if family is None or ctx.inside_quote(m.start()):
                continue
            lt = text.rfind("<", max(0, m.start() - 200), m.start())
            if lt != -1 and ">" not in text[lt : m.start()]:
                continue  # inside markup: <tweet tweet-id=...>
            (other if family.belief or family.stance else speech).append((m, family))
        out: list[Draft] = []
        toks: list[Tok] | None = None  # the sentence's tokens, made once when needed
        starts: list[int] = []
        for group in (speech, other):
            prev: Draft | None = None
            for m, family in group:
                cs, ce = m.start(), m.end()
                if any(d.content[0] <= cs < d.content[1] for d in out):
                    continue  # a report nested in an earlier one's content
                if toks is None:
                    toks = tokens(text, start, end)
                    starts = [t.start for t in toks]
                lo = bisect.bisect_left(starts, cs - 360)
                mid = bisect.bisect_left(starts, cs)
                left = [t for t in toks[lo:mid] if t.end <= cs]
                right = toks[bisect.bisect_left(starts, ce) :]
                draft = self._read_frame(
                    ctx, family, m.group().lower(), start, end, cs, ce, prev, left, right
                )
                if draft is None:
                    continue
                if group is other and any(
                    draft.content[0] <= d.cue[0] < draft.content[1] for d in out
                ):
                    continue  # 'He plans to "press ...," the State Department said'
                out.append(draft)
                prev = draft
        return out

    def _read_frame(
        self,
        ctx: Article,
        family: CueFamily,
        form: str,
        s_start: int,
        s_end: int,
        cs: int,
        ce: int,
        prev: Draft | None,
        left: list[Tok],
        right: list[Tok],
    ) -> Draft | None:
        """One cue in its sentence: ``left``/``right`` are the sentence's tokens around it."""
        if family.prepositional:
            return self._prepositional(ctx, s_start, s_end, cs, ce, right)
        # Auxiliaries and adverbs between subject and cue: "has also said", "wouldn't say".
        i = len(left)
        while i > 0 and (
            left[i - 1].lower in AUX
            or left[i - 1].lower.endswith(("n't", "n’t"))
            or (
                left[i - 1].text.endswith("ly")
                and left[i - 1].text.islower()
                and len(left[i - 1].text) > 4
            )
        ):
            i -= 1
        aux = left[i:]
        head_left = left[:i]
        before = head_left[-1] if head_left else None
        if before is not None and before.lower == "to":
            return None  # infinitive: "declined to say"
        first_word = form.split()[0]
        if (
            family.noun
            and not first_word.endswith(("ed", "ing"))
            and first_word not in {"told", "said", "wrote"}
            and not self._verb_evidence(ctx, aux, before, right)
        ):
            return None
        if (
            form.endswith("ing")
            and not aux
            and (
                before is None
                or not (before.lower in ING_OK_BEFORE or before.lower.endswith(("n't", "n’t")))
            )
        ):
            return None  # "It's worth noting", "a warning from"
        quote_next = self._quote_after(ctx, right)
        that_next = self._that_follows(right, family)
        if (
            family.quote_only
            and quote_next is None
            and not that_next
            and not (right and right[0].text == ":")
            and not (before is not None and ctx.is_closing_mark(before.start))
            and not self._closing_quote_before(ctx, head_left)
        ):
            return None
        # Chained: "X said A, adding that B" / "... and warned that B".
        if (
            prev is not None
            and before is not None
            and before.lower in CHAIN_BEFORE
            and prev.content[0] < cs
            and not (
                before.text == ","
                and not form.endswith("ing")
                and self._closing_quote_before(ctx, head_left)
            )
        ):
            if family.needs_that and not (that_next or quote_next is not None):
                return None
            return self._leading(ctx, family, prev.speaker, prev.title, s_end, cs, ce, right)
        if before is not None and before.text == "," and form.endswith("ing"):
            # Participle after the main clause: "The RNC filed a complaint, claiming that C".
            subject = self._sentence_subject(ctx, s_start, before.start)
            if subject is None:
                return None
            return self._leading(ctx, family, subject, None, s_end, cs, ce, right)
        if any(t.lower in BE for t in aux) and form.endswith(
            ("ed", "told", "said", "written", "shown", "found", "thought")
        ):
            # Passive: "It was reported that C" (agent from "by X" when given).
            if not (that_next or quote_next is not None):
                return None
            return self._leading(ctx, family, self._by_agent(right), None, s_end, cs, ce, right)
        # "“C,” said X" -- the cue right after a closing quotation mark.
        if before is not None and (
            ctx.is_closing_mark(before.start)
            or (
                before.text == ","
                and len(head_left) > 1
                and ctx.is_closing_mark(head_left[-2].start)
            )
        ):
            return self._inverted(ctx, s_start, s_end, cs, ce, head_left, right)
        # "“C,” X said" -- a closing quotation mark before the speaker.
        qclose = self._closing_quote_before(ctx, head_left)
        if qclose is not None and (
            ctx.text[max(0, qclose - 3) : qclose].rstrip("”\"'’ ")[-1:] not in {".", "!", "?"}
            or self._right_shape(ctx, family, right) != "content"
        ):
            fit = self._speaker_left(ctx, [t for t in head_left if t.start >= qclose])
            if fit is None:
                return None
            content = self._content_before(ctx, s_start, qclose)
            if content is None:
                return None
            content = self._interrupted(ctx, content, right, s_end)
            return Draft(fit.speaker, fit.title, (cs, ce), content)
        if qclose is not None:
            head_left = [
                t for t in head_left if t.start >= qclose
            ]  # '“... .” Russia insisted that'
        if before is None or not head_left:
            return None
        if (form.endswith("ing") and before.lower in ING_PREPOSITIONS) or (
            prev is None and before.lower in {"and", "but"}
        ):
            # "... and began by saying he would", "... and has called for": the sentence subject.
            subject = self._sentence_subject(ctx, s_start, before.start)
            if subject is None:
                return None
            return self._leading(ctx, family, subject, None, s_end, cs, ce, right)
        if right and right[0].lower in PHONE_PARTICLES and family.lemma == "call":
            return None  # "called into the radio show"
        if before.lower in NON_SUBJECT or before.text in {"(", "-", "<", "/"}:
            return None  # a noun use: "the report", "his claims"
        if before.text == "," and self._weak_inversion(family, ctx, head_left, right, s_end):
            return self._inverted(ctx, s_start, s_end, cs, ce, head_left, right)
        fit = self._speaker_left(ctx, head_left)
        if fit is None:
            return None
        shape = self._right_shape(ctx, family, right)
        if (
            fit.boundary is not None
            and shape in {"end", "paren"}
            and not (family.belief or family.stance)
            and self._words(ctx, s_start, fit.boundary) >= (3 if shape == "end" else 1)
        ):
            if shape == "end":
                content = self._content_before(ctx, s_start, fit.boundary)
            else:
                # "Back in Virginia, Mr. Clarke said, he decided ...": the whole sentence.
                content = ctx.trim(ctx.quote_start_before(s_start, s_end), s_end)
            if content is None:
                return None
            return Draft(fit.speaker, fit.title, (cs, ce), content)
        if shape == "end":
            # "..., Smith told CNN." with nothing before: the previous quotation, if adjacent.
            return None
        if family.needs_that and not (
            that_next or quote_next is not None or (right and right[0].text == ":")
        ):
            return None
        return self._leading(ctx, family, fit.speaker, fit.title, s_end, cs, ce, right)

    # ---- evidence helpers
    def _verb_evidence(
        self, ctx: Article, aux: list[Tok], before: Tok | None, right: list[Tok]
    ) -> bool:
        """A noun-ambiguous form ("states", "claims", "report") used as a verb."""
        if before is None or before.lower in NON_SUBJECT or before.lower in PREPOSITIONS:
            return False
        if before.text[:1].isdigit() or (
            before.lower.endswith(("’s", "'s", "s’", "s'"))
            and before.lower not in SPEAKER_POSSESSIVE_OK
        ):
            return False  # "18 states", "Editor’s note"
        if any(t.lower in VERBISH or t.lower.endswith(("n't", "n’t")) for t in aux):
            return True
        nxt = right[0] if right else None
        if before.text.islower() and before.lower not in SPEAKER_PRONOUNS:
            # "angry tweets", "member states": after a lower-case word only "that"/":"/a quote.
            return nxt is not None and (
                nxt.lower == "that"
                or nxt.text == ":"
                or ctx.starts_quote(nxt.start)
                or is_quote_tok(nxt)
            )
        if (
            nxt is None
            or nxt.text in {",", ":", "."}
            or is_quote_tok(nxt)
            or ctx.starts_quote(nxt.start)
        ):
            return True
        lower = nxt.lower
        if lower in {
            "that",
            "the",
            "a",
            "an",
            "his",
            "her",
            "their",
            "its",
            "he",
            "she",
            "they",
            "it",
            "we",
            "i",
            "to",
            "this",
            "these",
            "in",
            "on",
            "at",
            "for",
            "him",
            "them",
            "me",
            "us",
            "you",
            "there",
            "about",
        }:
            return True
        return is_cap(nxt)

    def _quote_after(self, ctx: Article, right: list[Tok]) -> int | None:
        """Index in ``right`` of a quotation opening right after the cue (adverbials allowed)."""
        for k, tok in enumerate(right[:12]):
            if ctx.starts_quote(tok.start):
                q = ctx.quote_at(tok.start)
                return k if q is not None and q.words >= self.min_quote_words else None
            if tok.text in {",", ":"} or tok.lower in TEMPORAL or is_cap(tok):
                continue
            return None
        return None

    def _that_follows(self, right: list[Tok], family: CueFamily) -> bool:
        """A "that"-clause (or colon) right after the cue, past adverbials or an addressee."""
        if right and right[0].text == ":":
            return True
        for n, tok in enumerate(right[:14]):
            if tok.lower == "that":
                return True
            if tok.text in {".", ";", "?", "!", ","} or is_verbish(tok):
                return False
            if not family.takes_object and tok.lower not in TEMPORAL and not is_cap(tok):
                return False
            if n >= 10:
                return False
        return False

    def _closing_quote_before(self, ctx: Article, head_left: list[Tok]) -> int | None:
        """End offset of a closing quotation mark followed only by a speaker phrase."""
        for n, tok in enumerate(reversed(head_left)):
            if ctx.is_closing_mark(tok.start):
                q = ctx.quote_ending_at(tok.end)
                if q is None or q.words < 1 or n == 0:
                    return None
                # The clause before the speaker must open with this quotation (or one ending
                # right before it: '“A,” “B,” X said' / 'Mills “got it,” Jordan said' is not).
                sent_lead = ctx.text[ctx.sentence_start_for(q.start) : q.start]
                if sent_lead.strip() and not ctx.starts_quote(ctx.sentence_start_for(q.start)):
                    return None
                return tok.end
            if (
                is_quote_tok(tok)
                or tok.text in {";", ":", "?", "!"}
                or (tok.text == "." and n == 0)
            ):
                return None
            if tok.lower in SUBORDINATORS or (tok.lower in self.cues and tok.text.islower()):
                return None
            if n >= 45:
                return None
        return None

    def _right_shape(self, ctx: Article, family: CueFamily, right: list[Tok]) -> str:
        """What follows the cue: 'end' (only adverbials/addressee), 'paren' (adverbials, a comma,
        more clause: a parenthetical "X said,"), 'quote' or 'content'."""
        for k, tok in enumerate(right):
            if tok.text in {".", "!", "?"} and k >= len(right) - 2:
                return "end"
            if is_quote_tok(tok) and k == len(right) - 1:
                return "end"
            if tok.text in {",", ";", "—", "–", "--"}:
                nxt = right[k + 1] if k + 1 < len(right) else None
                if nxt is None:
                    return "end"
                if ctx.starts_quote(nxt.start) or is_quote_tok(nxt):
                    return "quote"
                if self._is_chain_cue(nxt.text) or nxt.lower in {"and", "but", "adding", "saying"}:
                    return "end"
                return "paren"
            if ctx.starts_quote(tok.start) or is_quote_tok(tok):
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
            if k >= 14:
                return "content"
        return "end"

    def _weak_inversion(
        self, family: CueFamily, ctx: Article, head_left: list[Tok], right: list[Tok], s_end: int
    ) -> bool:
        """ "The plan failed, said Smith." without quotation marks: only say-type cues, a
        speaker-like phrase ending the sentence, and a clause (not an apposition) before."""
        if family.takes_object or family.needs_that or not right:
            return False
        first = right[0]
        if not (
            first.lower in SPEAKER_LEAD
            or (first.text[:1].isupper() and first.lower not in TEMPORAL)
        ):
            return False
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
        if n > 7:
            return False
        segments = self._segments(head_left[:-1])
        for seg in segments[:5]:
            if seg and looks_like_name(ctx.text[seg[0].start : seg[-1].end]):
                return False  # "Donna Rawlings, 59, of Ashton, Md., said ...": an apposition
            if seg and not self._appositive(seg):
                break
        return len(head_left) >= 6

    # ---- frames
    def _prepositional(
        self, ctx: Article, s_start: int, s_end: int, cs: int, ce: int, right: list[Tok]
    ) -> Draft | None:
        text = ctx.text
        sp: list[Tok] = []
        for tok in right:
            if (
                tok.text in {",", ";", ":", "(", ")", "—", "–", "--"}
                or is_quote_tok(tok)
                or tok.lower in {"that", "which", "who"}
            ):
                break
            sp.append(tok)
            if len(sp) > 14:
                break
        while sp and sp[-1].text in {".", "’", "'"}:
            sp.pop()
        if not sp:
            return None
        speaker = (sp[0].start, sp[-1].end)
        before = text[s_start:cs]
        lead = before.strip().lower().rstrip(",")
        if (
            not lead
            or lead in {"but", "and", "yet", "so", "also", "however", "still", "now"}
            or before.rstrip().endswith(("—", ":"))
        ):
            comma = text.find(",", speaker[1], s_end)
            cstart = comma + 1 if comma != -1 and comma - speaker[1] < 80 else speaker[1]
            content = ctx.trim(cstart, s_end)
        else:
            cut_end = s_start + len(before.rstrip())
            if text[cut_end - 1 : cut_end] == ",":
                cut_end -= 1
            content = ctx.trim(ctx.quote_start_before(s_start, cut_end), cut_end)
        if content is None:
            return None
        return Draft(speaker, None, (cs, ce), content)

    def _inverted(
        self,
        ctx: Article,
        s_start: int,
        s_end: int,
        cs: int,
        ce: int,
        head_left: list[Tok],
        right: list[Tok],
    ) -> Draft | None:
        sp: list[Tok] = []
        for tok in right:
            if tok.text == "." and sp and is_abbreviation(sp[-1]) and tok.end < s_end - 1:
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
        title: Span | None = None
        if ctx.text[sp[-1].end : sp[-1].end + 1] == ",":
            # ", said John Smith, a spokesman for the agency."
            title_toks: list[Tok] = []
            for tok in tokens(ctx.text, sp[-1].end + 1, s_end):
                if is_quote_tok(tok) or ctx.starts_quote(tok.start):
                    break
                title_toks.append(tok)
            while title_toks and title_toks[-1].text in {",", ".", ";"}:
                title_toks.pop()
            if (title_toks and title_toks[0].lower in APPOSITIVE_LEAD | {"a", "an", "the"}) or (
                title_toks and not title_toks[0].text[:1].isupper()
            ):
                title = (title_toks[0].start, title_toks[-1].end)
        boundary = head_left[-1].start if head_left[-1].text == "," else head_left[-1].end
        content = self._content_before(ctx, s_start, boundary)
        if content is None:
            return None
        content = self._interrupted(ctx, content, right, s_end)
        return Draft(speaker, title, (cs, ce), content)

    def _leading(
        self,
        ctx: Article,
        family: CueFamily,
        speaker: Span | None,
        title: Span | None,
        s_end: int,
        cs: int,
        ce: int,
        right: list[Tok],
    ) -> Draft | None:
        content = self._content_after(ctx, family, s_end, ce, right)
        if content is None:
            return None
        return Draft(speaker, title, (cs, ce), content)

    # ---- speaker phrases
    def _segments(self, toks: list[Tok]) -> list[list[Tok]]:
        """Comma-separated segments right to left, stopping at a hard clause boundary."""
        segments: list[list[Tok]] = []
        current: list[Tok] = []
        depth = 0
        for tok in reversed(toks):
            if tok.text == ")" and not depth:
                depth = 1  # "Rep. Elijah E. Cummings (D-Md.) said": keep the parenthesis
                current.insert(0, tok)
                continue
            if depth:
                current.insert(0, tok)
                if tok.text == "(":
                    depth = 0
                continue
            if tok.text == ",":
                segments.append(current)
                current = []
                if len(segments) > 5:
                    return segments
                continue
            if is_quote_tok(tok) or tok.text in HARD_BOUNDARY:
                break
            current.insert(0, tok)
        segments.append(current)
        return segments

    def _np_from_right(self, seg: list[Tok]) -> list[Tok]:
        """The noun phrase ending a segment: cut at the last clause word ("But Megan Hester")."""
        out: list[Tok] = []
        for k in range(len(seg) - 1, -1, -1):
            tok = seg[k]
            if tok.lower in CLAUSE_WORDS and out:
                if tok.lower == "and" and k > 0 and is_cap(seg[k - 1]) and is_cap(out[0]):
                    out.insert(0, tok)
                    continue
                break
            if tok.lower in RELATIVES and not out:
                return [tok]  # "the company, which said" -> "which"
            if tok.lower in CLAUSE_WORDS and not out:
                return []  # "... or even directly declare": no subject
            out.insert(0, tok)
        return out

    def _speaker_left(self, ctx: Article, toks: list[Tok]) -> SpeakerFit | None:
        """Speaker (and title) ending right before the cue, appositions split."""
        segments = self._segments(toks)
        if not segments:
            return None
        if segments[0]:
            np = self._np_from_right(segments[0])
            np = self._clean_speaker(np)
            if not np:
                return None
            cut = len(np) < len(segments[0])
            boundary: int | None = None
            if cut:
                boundary = np[0].start
            elif len(segments) > 1 and segments[1]:
                boundary = segments[1][-1].end
            else:
                # A quotation mark or dash before the speaker: '..." the State Department said'.
                i = next((k for k, t in enumerate(toks) if t.start == np[0].start), 0)
                if i > 0 and (is_quote_tok(toks[i - 1]) or toks[i - 1].text in HARD_BOUNDARY):
                    boundary = toks[i - 1].end
            return SpeakerFit((np[0].start, np[-1].end), None, boundary)
        # The cue follows a comma: an apposition chain "Name, description, said".
        chain: list[list[Tok]] = []
        k = 1
        while k < len(segments) and segments[k]:
            seg = segments[k]
            chain.append(seg)
            if not self._appositive(seg) or k == len(segments) - 1:
                break
            k += 1
        if not chain:
            return None
        head = self._np_from_right(chain[-1])
        chain[-1] = head
        names = [s for s in chain if s and looks_like_name(ctx.text[s[0].start : s[-1].end])]
        boundary = None
        if k + 1 < len(segments) and segments[k + 1] and len(head) == len(segments[k]):
            boundary = segments[k + 1][-1].end
        elif len(head) < len(segments[k] if k < len(segments) else head):
            boundary = head[0].start if head else None
        if names and len(chain) == 1 and k + 1 < len(segments) and len(head) == len(segments[k]):
            # "The UN human rights chief, Michelle Bachelet, said": a description opening the
            # clause before the name is its title.
            lead = segments[k + 1]
            if (
                lead
                and lead[0].lower in {"the", "a", "an"}
                and len(lead) <= 12
                and not any(is_verbish(t) for t in lead)
                and (k + 2 >= len(segments) or not segments[k + 2])
            ):
                chain.append(lead)
                boundary = None
        if names:
            name = names[-1]
            desc = [s for s in chain if s is not name]
            title = None
            if desc:
                d = desc[-1] if chain.index(name) == len(chain) - 1 else desc[0]
                d = self._clean_title(d)
                if d:
                    title = (d[0].start, d[-1].end)
            clean = self._clean_speaker(name)
            if not clean:
                return None
            return SpeakerFit((clean[0].start, clean[-1].end), title, boundary)
        clean = self._clean_speaker(chain[-1])
        if not clean:
            return None
        return SpeakerFit((clean[0].start, clean[-1].end), None, boundary)

    def _appositive(self, seg: list[Tok]) -> bool:
        first = seg[0]
        return (
            first.lower in APPOSITIVE_LEAD
            or not first.text[:1].isupper()
            or (
                len(seg) >= 2
                and any(t.lower in {"of", "at", "for"} for t in seg[1:])
                and first.text[:1].isupper()
                and not looks_like_name(" ".join(t.text for t in seg))
            )
            or (len(seg) >= 3 and seg[1].lower in {"of", "at", "for"})
        )

    def _clean_title(self, seg: list[Tok]) -> list[Tok]:
        out = list(seg)
        while out and out[-1].text in {",", ".", "’", "'"}:
            out.pop()
        return out

    def _clean_speaker(self, np: list[Tok]) -> list[Tok]:
        """Drop trailing time words ("Trump this week"), reject clauses and prepositions."""
        out = list(np)
        while len(out) > 1 and out[-1].lower in TRAILING_TIME:
            out.pop()
        if len(out) > 1 and out[-1].lower in SPEAKER_PRONOUNS and out[-2].text[:1].islower():
            return []  # reduced relative clause: "the rate he proposed", "the mail they asked for"
        while out and out[0].text in {"-", "—", "–", "."}:
            out.pop(0)
        if not out or len(out) > 25:
            return []
        if out[0].lower in PREPOSITIONS:
            # "In a Bloomberg interview Trump declared": the name ending the phrase.
            run = len(out)
            while run > 0 and (out[run - 1].text[:1].isupper() or out[run - 1].text == "."):
                run -= 1
            if run == 0 or run == len(out) or out[run - 1].lower in {"the", "a", "an"}:
                return []
            out = out[run:]
        seen_relative = False
        for tok in out:
            if tok.lower in RELATIVES or tok.lower == "whose":
                seen_relative = True
            elif is_verbish(tok) and not seen_relative:
                return []
        return out

    def _sentence_subject(self, ctx: Article, s_start: int, limit: int) -> Span | None:
        """The noun phrase opening the sentence, past a short introductory phrase
        ("Meanwhile, it attacked Trump, saying ..." -> "it")."""
        toks = tokens(ctx.text, s_start, limit)
        comma = next((k for k, t in enumerate(toks[:7]) if t.text == ","), None)
        if comma is not None and comma + 1 < len(toks):
            first = toks[0]
            if (
                first.lower in PREPOSITIONS
                or first.lower in AUX
                or first.lower in INTRO_WORDS
                or (first.lower.endswith("ly") and comma == 1)
            ):
                toks = toks[comma + 1 :]
        sp: list[Tok] = []
        for tok in toks:
            if is_verbish(tok) or tok.text in {",", ";", ":"} or is_quote_tok(tok):
                break
            if (
                sp
                and not is_cap(tok)
                and tok.lower not in {"of", "the"}
                and tok.lower.endswith(("ed", "s"))
            ):
                break
            sp.append(tok)
            if len(sp) > 8:
                return None
        if not sp:
            return None
        if sp[0].lower in SPEAKER_PRONOUNS:
            return sp[0].start, sp[0].end
        return sp[0].start, sp[-1].end

    def _by_agent(self, right: list[Tok]) -> Span | None:
        for k, tok in enumerate(right[:4]):
            if tok.lower == "by":
                agent: list[Tok] = []
                for t in right[k + 1 :]:
                    if t.text in {",", ";", ".", ":"} or is_quote_tok(t) or t.lower == "that":
                        break
                    agent.append(t)
                if agent:
                    return agent[0].start, agent[-1].end
        return None

    # ---- content
    def _words(self, ctx: Article, s_start: int, boundary: int) -> int:
        start = ctx.quote_start_before(s_start, boundary)
        return len(ctx.text[start:boundary].split())

    def _content_before(self, ctx: Article, s_start: int, boundary: int) -> Span | None:
        start = ctx.quote_start_before(s_start, boundary)
        end = start + len(ctx.text[start:boundary].rstrip())
        if ctx.text[end - 1 : end] == ",":
            end -= 1
        return ctx.trim(start, end)

    def _content_after(
        self, ctx: Article, family: CueFamily, s_end: int, ce: int, right: list[Tok]
    ) -> Span | None:
        text = ctx.text
        k = 0
        if family.takes_object:
            # Addressee: "told reporters (on Monday) that", "tells MSNBC’s “Morning Joe” that".
            for j, tok in enumerate(right[:10]):
                if tok.lower in self.cues and j > 0:
                    break
                if tok.lower == "that" or tok.text == ":":
                    k = j
                    break
                if tok.text == "," and j + 1 < len(right) and ctx.starts_quote(right[j + 1].start):
                    k = j
                    break
                if is_verbish(tok) or tok.text in {".", ";"}:
                    break
            if k == 0 and right:
                j = 0
                if right[0].lower in OBJECT_WORDS:
                    j = 1
                elif is_cap(right[0]) and not ctx.starts_quote(right[0].start):
                    while j < len(right) and (is_cap(right[j]) or right[j].lower in {"’s", "'s"}):
                        j += 1
                k = j
        # Adverbials between cue and content: "said Tuesday that", "said in a statement:".
        j = k
        while (
            j < len(right)
            and j - k < 10
            and (right[j].lower in TEMPORAL or (j > k and is_cap(right[j])))
            and not ctx.starts_quote(right[j].start)
        ):
            j += 1
        if j < len(right) and (right[j].lower == "that" or right[j].text in {":", ","}):
            k = j
        while (k < len(right) and right[k].text in {",", ":", "-", "—", "–", "--"}) or (
            k < len(right) and right[k].lower == "that" and k < 12
        ):
            k += 1
        if k >= len(right) or (right[k].text in {".", "!", "?"} and k >= len(right) - 1):
            # "X said:" closing its paragraph, the quotation in the next one.
            if text[ce:s_end].rstrip().endswith(":"):
                pos = s_end
                while pos < len(text) and text[pos].isspace():
                    pos += 1
                q = ctx.quote_at(pos)
                if q is not None and q.start == pos:
                    return q.start, q.end
                eol = text.find("\n", pos)
                return ctx.trim(pos, len(text) if eol == -1 else eol) if pos < len(text) else None
            return None
        start = right[k].start
        q = ctx.quote_at(start)
        if q is not None and q.start == start:
            tail = text[q.end : s_end]
            inner_end = text[max(q.start, q.end - 3) : q.end]
            if (
                q.end >= s_end - 2
                or any(ch in inner_end for ch in ",.!?:;")
                or len(tail.split()) < 2
                or tail.lstrip()[:1] in {",", "."}
            ):
                return q.start, q.end
        end = s_end
        for j in range(k + 1, len(right)):
            tok = right[j]
            if ctx.inside_quote(tok.start):
                continue
            if tok.text in {",", "and", "but", ";"}:
                nxt = right[j + 1] if j + 1 < len(right) else None
                if (
                    nxt is not None
                    and nxt.lower in {"also", "later", "then"}
                    and j + 2 < len(right)
                ):
                    nxt = right[j + 2]
                if nxt is not None and self._is_chain_cue(nxt.text):
                    end = tok.start
                    break
            if j > k + 2 and self._coordinated_report(right, k, j):
                end = self._coordinated_report(right, k, j) or end
                break
        # A closing quotation mark ending a sentence inside the span ends the content too
        # (the splitter may have kept '... “was unhinged.” She says ...' together).
        m = QUOTE_SENTENCE_END_RE.search(text, start, end)
        if m is not None:
            end = m.end()
        return ctx.trim(start, end)

    def _coordinated_report(self, right: list[Tok], k: int, j: int) -> int | None:
        """Start of a coordinated new report inside a content span ("..., but he said B",
        "...; Smith said B"): the content ends there. ``right[j]`` is a candidate cue."""
        tok = right[j]
        family = self.cues.get(tok.lower)
        if family is None or family.belief or family.prepositional or not tok.text[:1].islower():
            return None
        if family.noun and not tok.lower.endswith(("ed", "ing")):
            return None  # "his rubble comment was"
        if j + 1 < len(right) and right[j + 1].lower != "that" and is_verbish(right[j + 1]):
            return None  # "his rubble comment was"
        i = j
        while i > k and (right[i - 1].lower in AUX or right[i - 1].lower.endswith(("n't", "n’t"))):
            i -= 1
        n = 0
        while (
            i > k and right[i - 1].lower not in COORDINATORS and right[i - 1].text not in {",", ";"}
        ):
            i -= 1
            n += 1
            if n > 6:
                return None
        if n == 0 or i <= k:
            return None
        first = right[i]
        if not (first.lower in SPEAKER_PRONOUNS or first.lower in SPEAKER_LEAD or is_cap(first)):
            return None
        boundary = right[i - 1]
        if boundary.lower in COORDINATORS and i - 2 > k and right[i - 2].text == ",":
            boundary = right[i - 2]
        return boundary.start

    def _is_chain_cue(self, word: str) -> bool:
        family = self.cues.get(word.lower())
        return (
            family is not None
            and not family.belief
            and not family.prepositional
            and word[:1].islower()
            and word.lower().endswith(("ing", "ed", "s", "told", "said", "wrote"))
        )

    def _interrupted(self, ctx: Article, content: Span, right: list[Tok], s_end: int) -> Span:
        """'“A,” X said, “B.”' -> one content span A..B."""
        if not ctx.starts_quote(content[0]):
            return content
        for k, tok in enumerate(right[:30]):
            q = ctx.quote_at(tok.start)
            if q is not None and q.start == tok.start and q.start > content[1]:
                if k > 0 and right[k - 1].text in {",", ":"}:
                    return content[0], q.end
                return content
            if tok.text in {";", "!", "?"} or (tok.text == "." and tok.end >= s_end - 2):
                break
        return content

    # ------------------------------------------------------------------ line patterns
    def _noun_drafts(self, ctx: Article, body: list[Sentence], drafts: list[Draft]) -> list[Draft]:
        """Noun cues with a that-clause: "a warning from the United Nations that C",
        "Trump’s claim that C" (not inside a quotation or another attribution's content)."""
        text = ctx.text
        out: list[Draft] = []
        body_starts = [s.start for s in body]
        contents = SpanCover([d.content for d in drafts])
        cue_starts = {d.cue[0] for d in drafts}
        for m in NOUN_CUE_RE.finditer(text):
            cue = m.span("cue")
            i = bisect.bisect_right(body_starts, cue[0]) - 1
            if i < 0 or cue[0] >= body[i].end or ctx.inside_quote(cue[0]):
                continue
            end = min(body[i].end, len(text))
            if m.end() >= end or contents.covers(cue[0]) or cue[0] in cue_starts:
                continue
            speaker: Span
            if m.group("speaker"):
                speaker = m.span("speaker")
            else:
                owner = NOUN_OWNER_RE.search(text, max(body[i].start, cue[0] - 80), cue[0])
                if owner is None:
                    continue  # "the claims that he made": a relative clause, no source
                speaker = owner.span(1)
            content = ctx.trim(m.end(), end)
            if content is None:
                continue
            q = ctx.quote_at(content[1] - 1)
            if q is not None and q.end > content[1]:
                content = (content[0], q.end)
            out.append(Draft(speaker, None, cue, content))
        return out

    def _line_drafts(self, ctx: Article, body: list[Sentence], drafts: list[Draft]) -> list[Draft]:
        text = ctx.text
        out: list[Draft] = []
        body_starts = [s.start for s in body]
        used = SpanCover([d.content for d in drafts])

        def in_body(pos: int) -> bool:
            i = bisect.bisect_right(body_starts, pos) - 1
            return i >= 0 and body[i].start <= pos < body[i].end

        def free(pos: int) -> bool:
            return not used.covers(pos)

        for m in DASH_ATTR_RE.finditer(text):
            q = ctx.quote_ending_at(m.start())
            if (
                q is None
                or q.words < self.min_quote_words
                or not in_body(q.start)
                or not free(q.start)
            ):
                continue
            out.append(Draft(m.span("name"), None, m.span("cue"), (q.start, q.end)))
        for m in TRANSCRIPT_RE.finditer(text):
            if not in_body(m.start("name")) or not free(m.start("name")):
                continue
            name = m.group("name").strip()
            if len(name.replace(".", "").replace(" ", "")) < 2 or name.count(" ") > 3:
                continue
            content = ctx.trim(m.start("content"), m.end("content"))
            if content is not None:
                out.append(
                    Draft(
                        (m.start("name"), m.start("name") + len(name)), None, m.span("cue"), content
                    )
                )
        return out

    def _continue_quotes(self, ctx: Article, drafts: list[Draft]) -> None:
        """A quotation opening right after a quote-bearing attribution (same paragraph, or the
        next paragraph when that paragraph is only quotation) continues it when no cue of its
        own is near (PolNeAR joins such follow-on quotes to the attribution)."""
        text = ctx.text
        cue_starts = sorted(d.cue[0] for d in drafts)
        for d in drafts:
            c_start, c_end = d.content
            if not (
                ctx.starts_quote(c_start) or ctx.quote_at(c_end - 1) is not None or d.cue[0] > c_end
            ):
                continue
            anchor = max(c_end, d.cue[1], d.speaker[1] if d.speaker else 0)
            while True:
                nxt = next_quote_start(text, ctx.sentence_end_for(anchor - 1))
                if nxt is None:
                    break
                pos, crossed = nxt
                q = ctx.quote_at(pos)
                if q is None or q.start != pos or q.words < self.min_quote_words:
                    break
                line_end = text.find("\n", q.end)
                line_end = len(text) if line_end == -1 else line_end
                i = bisect.bisect_left(cue_starts, q.start)
                if i < len(cue_starts) and cue_starts[i] < line_end:
                    break  # the quotation has its own attribution
                if crossed and text[q.end : line_end].strip():
                    break  # next paragraph goes on after the quotation: not a pure quote paragraph
                d.content = (d.content[0], q.end)
                anchor = q.end

    # ------------------------------------------------------------------ output
    def _finish(self, ctx: Article, d: Draft, resolver: SpeakerResolver | None) -> Attribution:
        text = ctx.text
        cstart, cend = d.content
        direct = ctx.wholly_quoted(cstart, cend)
        if not direct:
            # 'He plans to "press ... Afghanistan," the State Department said': when one
            # quotation carries most of the content, the quotation is the content.
            q = ctx.last_quote_in(cstart, cend)
            if q is not None and q.words >= self.min_quote_words and q.end >= cend - 2:
                outside = count_words(text, cstart, q.start)
                if outside * 2 <= q.words and outside <= 8:
                    cstart, cend = q.start, max(q.end, cend) if q.end - cend <= 2 else q.end
                    cend = min(cend, len(text))
                    direct = True
        if d.speaker is not None and not text[d.speaker[0] : d.speaker[1]].strip():
            d.speaker = None
        speaker = text[d.speaker[0] : d.speaker[1]] if d.speaker else None
        title = text[d.title[0] : d.title[1]] if d.title else None
        resolved: str | None = None
        if speaker is not None and d.speaker is not None:
            resolved = speaker
            if resolver is not None:
                found = resolver.resolve(speaker, d.speaker[0])
                if found is not None:
                    resolved = found
                    if looks_like_name(found):
                        resolver.note_speaker(d.cue[0], found)
                elif (
                    speaker.split()[0].lower() in DETERMINERS or speaker.lower() in SPEAKER_PRONOUNS
                ):
                    resolved = None
        return Attribution(
            speaker=speaker,
            speaker_start=d.speaker[0] if d.speaker else None,
            speaker_end=d.speaker[1] if d.speaker else None,
            cue=text[d.cue[0] : d.cue[1]],
            cue_start=d.cue[0],
            cue_end=d.cue[1],
            content=text[cstart:cend],
            content_start=cstart,
            content_end=cend,
            direct=direct,
            speaker_resolved=resolved,
            speaker_title=title,
        )


@lru_cache(maxsize=1)
def _default_finder() -> AttributionFinder:
    return AttributionFinder()


def find_attributions(text: str) -> list[Attribution]:
    """Split ``text`` into sentences and find its attributions with the default finder."""
    from factkit.split import split_sentences

    return _default_finder().find(text, split_sentences(text))
