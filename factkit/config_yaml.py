"""Config text -> data: YAML read with a key given twice refused, and its errors as one line
(``<file>: invalid YAML (line N): ...``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from factkit.config_text import config_text
from factkit.errors import ConfigError


class DuplicateKey(yaml.constructor.ConstructorError):
    """A key given twice in one YAML mapping."""


class _UniqueKeyLoader(yaml.SafeLoader):
    """safe_load that refuses a key given twice in one mapping (PyYAML keeps the last silently,
    so a user's earlier setting would be dropped without a word)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":  # '<<: *base' may be overridden
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
                seen.add(key)
            except TypeError:  # an unhashable key fails in the constructor below, as before
                continue
            if duplicate:
                raise DuplicateKey(None, None, f"duplicate key {key!r}", key_node.start_mark)
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> Any:
    """``text`` as plain data, a key given twice in one mapping refused (:class:`DuplicateKey`)."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader: builds plain data only


def _yaml_problem(exc: yaml.YAMLError, text: str) -> str:
    """ " (line N): what is wrong", as one line."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    if isinstance(exc, yaml.reader.ReaderError):  # a control character: a position, no mark
        line = text.count("\n", 0, exc.position) + 1
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return (f" (line {line})" if line is not None else "") + f": {problem}"


def read_yaml(path: Path, label: str) -> dict[str, Any]:
    """The config file at ``path`` as a mapping of sections; any fault is one ConfigError line
    opening with ``label``."""
    raw = config_text(path, label)
    try:
        data = load_yaml(raw)
    except RecursionError:  # the parser recurses per nesting level
        raise ConfigError(f"{label}: invalid YAML: nested too deeply") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{label}: invalid YAML{_yaml_problem(exc, raw)}") from None
    except ValueError as exc:
        raise ConfigError(f"{label}: invalid YAML: {unreadable_value(exc)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{label}: top level must be a mapping of sections")
    return data


def unreadable_value(exc: ValueError) -> str:
    """A YAML value its type cannot hold, in words: a date '2021-13-45' (Python's 'month must
    be in 1..12'), an integer of more than 4,300 digits. PyYAML raises these as ValueError, which
    came out as a traceback."""
    why = str(exc).split(";")[0]  # the digit limit's advice names a Python function
    return f"a value cannot be read ({why})"
