"""The vocabularies: each member is its plain string wherever a report or config is written."""

from __future__ import annotations

import json

import pytest
import yaml

from factkit.enums import (
    BatchEngine,
    ClaimKind,
    OutputFormat,
    ReasonType,
    SegmentKind,
    StrEnum,
    Verdict,
    values,
)

VOCABULARIES: tuple[type[StrEnum], ...] = (
    SegmentKind,
    ClaimKind,
    Verdict,
    ReasonType,
    OutputFormat,
    BatchEngine,
)


@pytest.mark.parametrize("enum", VOCABULARIES, ids=lambda e: e.__name__)
def test_members_are_their_plain_strings(enum: type[StrEnum]) -> None:
    for member in enum:
        assert isinstance(member, str) and member == member.value
        assert str(member) == f"{member}" == "%s" % member == member.value  # noqa: UP031
        assert json.dumps(member) == json.dumps(member.value)
        assert hash(member) == hash(member.value)  # a label table answers a plain string
        assert enum(member.value) is member
    assert values(enum) == tuple(m.value for m in enum)
    assert len(set(values(enum))) == len(enum)


def test_members_in_a_yaml_dump_need_their_value() -> None:
    """yaml.safe_dump refuses str subclasses: the config writers pass ``.value`` (as tested in
    tests/test_config.py), and the value dumps as the plain word."""
    with pytest.raises(yaml.representer.RepresenterError):
        yaml.safe_dump({"engine": BatchEngine.DASK})
    assert yaml.safe_dump({"engine": BatchEngine.DASK.value}) == "engine: dask\n"


def test_the_published_words_stay() -> None:
    """These strings are the JSON contract and the config's vocabulary: renaming one breaks
    readers of stored reports and existing config files."""
    assert values(SegmentKind) == (
        "body",
        "dateline",
        "heading",
        "caption",
        "credit",
        "embed",
        "source",
        "standfirst",
    )
    assert values(ClaimKind) == ("quantitative", "attributed")
    assert values(Verdict) == ("supported", "unsupported")
    assert values(ReasonType) == (
        "number_mismatch",
        "number_not_in_source",
        "speaker_mismatch",
        "relation_mismatch",
        "date_mismatch",
        "entity_not_in_source",
        "no_support",
        "qualifier_dropped",
        "boilerplate",
    )
    assert values(OutputFormat) == ("markdown", "json", "csv", "html", "text")
    assert values(BatchEngine) == ("local", "dask", "serial")
