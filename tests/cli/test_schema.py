"""``factkit schema``: the published schema of each JSON document (``factkit.cli.schema``)."""

from __future__ import annotations

import json

import pytest

from tests.cli.running import SEED, run_cli


def _closed(schema: object) -> object:
    """``schema`` with no property left undeclared: every object writes only what it lists."""
    if isinstance(schema, dict):
        closed = {k: _closed(v) for k, v in schema.items()}
        if "properties" in closed:
            closed["additionalProperties"] = False
        return closed
    return [_closed(v) for v in schema] if isinstance(schema, list) else schema


@pytest.mark.parametrize(
    ("command", "options"), [("split", []), ("summarize", ["--sentences", "2"])]
)
def test_split_and_summarize_json_have_a_published_schema(
    command: str,
    options: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # an integrator validating every JSON factkit writes found no schema for these two
    jsonschema = pytest.importorskip("jsonschema")
    code, out, err = run_cli([command, SEED, "--format", "json", *options], capsys, monkeypatch)
    assert code == 0, err
    code, schema_out, err = run_cli(["schema", command], capsys, monkeypatch)
    assert code == 0, err
    jsonschema.validate(json.loads(out), _closed(json.loads(schema_out)))


def test_an_unknown_schema_document_names_the_choices(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_cli(["schema", "reports"], capsys, monkeypatch)
    assert code == 2 and not out and len(err.splitlines()) == 1
    assert err.startswith("factkit: error: Invalid value for 'document': 'reports' is not one of ")
