"""Descriptions and demonyms that stand for an article entity ("the Frenchman", "the Portuguese
side", "the England winger") and short/long forms of one name ("Hibs"/"Hibernian").

A description is not a name: the verifier resolves it to an article entity or leaves it
unjudged, and never reports it as ``entity_not_in_source``."""

from __future__ import annotations

import re
from collections.abc import Set
from functools import cache

from factkit.annotate.attribution import load_cues
from factkit.lang import word_set

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# a quotation of two words or more opening with a capital: "'Every Teardrop Is A Waterfall'"
_WORD = r"[A-Za-z0-9]+(?:['’][a-z]+)?"
_QUOTED = re.compile(rf"(?<!\w)['‘\"“]((?=[A-Z]){_WORD}(?:\s+{_WORD})+)['’\"”](?!\w)")
_TITLE_REACH = 80  # characters each side of a name to look for the quotation around it
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w'-]*)")


def description_kind(text: str, start: int, end: int) -> str | None:
    """``"demonym"`` when ``text[start:end]`` (a capitalized span) is "the" + a demonym ("the
    Frenchman", "The Portuguese side"), ``"modifier"`` when it is "the" + a name qualifying the
    lower-case noun after it ("the England winger", "the Chelsea boss"), else None (a name)."""
    surface = text[start:end]
    before = text[max(0, start - 8) : start]
    if surface.lower().startswith("the "):
        surface = surface[4:].lstrip()
    elif not _THE_BEFORE.search(before):
        return None
    if not surface or " " in surface.strip():
        return None
    if is_demonym(surface):
        return "demonym"
    following = _NEXT_WORD.match(text, end)
    if following is None or not following.group(1)[:1].islower():
        return None
    # "the BBC understands", "the FBI has said": the name is the subject of a verb, no modifier
    return None if following.group(1) in _verbs() else "modifier"


@cache
def _verbs() -> frozenset[str]:
    """Lower-case words that are verbs right after a name: auxiliaries, modals and the
    reporting cues' forms that are no nouns ("says", "understands"; not "claims")."""
    cues = {form for form, family in load_cues().items() if not family.noun}
    return frozenset(cues | word_set("auxiliary_verbs") | word_set("modals"))


def is_demonym(word: str) -> bool:
    """Is ``word`` (as written) a demonym ("Frenchman", "Portuguese", "Brazilian")? A hyphened
    word is one when each part is ("Armenian-Americans", "British-Nigerian")."""
    return all(part in _demonyms() for part in word.split("-"))


# "French" -> "Frenchman", "Scots" -> "Scotsman": the endings that take -man/-woman as a word
_MAN_BASES = ("ch", "sh", "ts")
# "Swiss", "Portuguese", "French", "Manx": no plural -s
_NO_PLURAL = ("s", "x", "ch", "sh", "ese")


def names_people(word: str) -> bool:
    """Is ``word`` a demonym form that names people and never qualifies a noun: a plural
    ("Scots", "Brazilians") or a "-man" compound ("Welshmen")? For a hyphened word, its last
    part ("Armenian-Americans")."""
    return word.rsplit("-", 1)[-1] in _people_forms()


@cache
def _demonyms() -> frozenset[str]:
    """The demonym word list (``demonyms.txt``: a list, not a suffix pattern, since names end
    in "-ard", "-man", "-ian" and "-ish" too: "Richard", "Coleman", "Brian", "Parish") with
    its regular derived forms (``_people_forms``)."""
    return word_set("demonyms") | _people_forms()


@cache
def _people_forms() -> frozenset[str]:
    """The regular derived forms of the demonym list: plurals ("Brazilians", "Scots" of
    "Scot") and "-man" compounds ("Welshmen")."""
    forms: set[str] = set()
    for word in word_set("demonyms"):
        if word.endswith(_MAN_BASES):
            forms.update(word + suffix for suffix in ("man", "men", "woman", "women"))
        elif not word.endswith(_NO_PLURAL):
            forms.add(word + "s")
    return frozenset(forms)


def is_description(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a description rather than a name (``description_kind``)?"""
    return description_kind(text, start, end) is not None


def short_form_of(word: str, names: Set[str]) -> bool:
    """``word`` is a clipped form of an article name word or the other way round ("hibs" and
    "hibernian", "spurs" and "tottenham" are not: only clippings): one, without a plural
    "s", opens the other, three letters at least."""
    base = word[:-1] if word.endswith("s") and len(word) > 3 else word
    if len(base) < 3:
        return False
    for n in names:
        other = n[:-1] if n.endswith("s") and len(n) > 3 else n
        if len(other) >= 3 and other != base and (n.startswith(base) or word.startswith(other)):
            return True
    return False


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a quoted title, every word capitalized but the small ones
    ("Coldplay's 'Every Teardrop Is A Waterfall'")? It names a work, not the person or team
    whose slot it may share."""
    left = max(text.rfind("\n", 0, start) + 1, start - _TITLE_REACH)
    for m in _QUOTED.finditer(text, left, min(len(text), end + _TITLE_REACH)):
        if m.start(1) <= start and end <= m.end(1):
            small = word_set("stop_words")
            return all(w[:1].isupper() or w.lower() in small for w in m.group(1).split())
    return False
