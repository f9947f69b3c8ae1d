"""factkit.annotate.quantities.lexicon: the unit and currency lexicons, read by the one loader of
``canonical = alias | ...`` word lists (``lang.alias_table``), not a loop of their own."""

from __future__ import annotations

from importlib import resources

import pytest

from factkit.annotate.quantities.lexicon import UnitLexicon, unit_lexicon


def _line_by_line(name: str) -> tuple[dict[str, str], dict[str, str]]:
    """The lexicon as load_unit_lexicon read the raw file before it used alias_table (exact-case
    aliases, folded aliases), line by line: the reference the loader must reproduce."""
    text = resources.files("factkit.lang").joinpath("en", f"{name}.txt").read_text("utf-8")
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "=" not in line:
            continue
        canonical, _, aliases = line.partition(" = ")
        for alias in (a.strip() for a in aliases.split("|")):
            if alias.startswith("=") and len(alias) > 1:
                exact[" ".join(alias[1:].split())] = canonical.strip()
            elif alias:
                folded[" ".join(alias.lower().split())] = canonical.strip()
    return exact, folded


@pytest.mark.parametrize("name", ["units", "quant_currencies"])
def test_every_alias_and_unit_is_the_one_the_file_gives(name: str) -> None:
    lexicon = unit_lexicon(name)
    exact, folded = _line_by_line(name)
    # every alias, its canonical unit, and the order (a later alias wins in both readings)
    assert list(lexicon.exact.items()) == list(exact.items())
    assert list(lexicon.folded.items()) == list(folded.items())
    assert len(exact) + len(folded) > 50
    assert set(lexicon.exact.values()) | set(lexicon.folded.values()) == {
        *exact.values(),
        *folded.values(),
    }


def test_an_exact_alias_matches_in_its_case_only() -> None:
    units: UnitLexicon = unit_lexicon("units")
    assert units.lookup("m") == "meter" and units.lookup("M") is None
    assert units.lookup("Km") == units.lookup("km") == "kilometer"
    assert units.lookup("Per  Cent") == "percent"  # folded: any case, runs of space as one
    currencies = unit_lexicon("quant_currencies")
    assert currencies.lookup("US$") == "dollar" and currencies.lookup("Euros") == "euro"
