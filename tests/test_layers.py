"""Import structure of the factkit package (issue 12's acceptance), read from the source with ast.

What it checks, over every module of ``factkit/`` and every import in it (module-level and
function-level alike; those under ``if TYPE_CHECKING:`` are kept apart, since they never run):

* no import cycle among factkit modules, lazy (function-level) and type-only imports included;
* no module imports one above it in the flow ``LAYERS`` (bottom to top);
* nothing but ``factkit.training`` itself imports ``factkit.training``.

An import edge goes to the module named: ``from factkit.annotate import times`` is an edge to
``factkit.annotate.times``, ``from factkit.annotate import Annotator`` one to the package
``factkit.annotate`` (its ``__init__``). A package's ``__init__`` may import its own submodules; a
submodule that imports names back from its own package's ``__init__`` closes a cycle.

A failure names each offending import with its line, and whether it is module-level or lazy.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "factkit"

# Bottom to top. A module's place is its first name under factkit ("factkit.annotate.times" ->
# "annotate"); the package itself is "__init__", every ``__main__`` module "__main__" (an entry
# point; "console" is the console script). A module may import its own layer and those below.
# Ground: the document model and its
# vocabularies, the version, config, errors, language data (lang, language detection) and the
# small helpers every stage may use (io: atomic file output, cache: process-wide memo, progress:
# the progress line, line_ends: lone "\r" read as "\n" for ingest and the splitter, decoding: the
# byte-order marks and undecodable-byte words for ingest and the config loader; special_files:
# what a path is when it is no regular file (a device, a pipe), for both too; config_text: a
# config file's bytes to text; config_yaml: that text to data; config_sections, config_verify,
# config_schema: the models; config_requests: what a desk request may set; config_paths: the
# files a config names); "annotations"
# is the document's annotation record (annotate-once, coming).
LAYERS: tuple[tuple[str, ...], ...] = (
    (
        *("errors", "enums", "version", "lang", "language", "document", "annotations", "report"),
        "config_sources",
        "config_text",
        *("config_yaml", "config_sections", "config_verify", "config_schema", "config_requests"),
        "config",
        "config_paths",
        *("io", "cache", "progress", "line_ends", "decoding", "special_files", "streams"),
        "output_formats",  # the -o suffix rule, for the command line and the API alike
        "json_text",  # JSON as every output writes it (DEL and C1 escaped)
    ),
    # front_matter: the YAML block atop a Markdown page; summary_file: a summary file's prose;
    # ingest's readers: article_text (plain text), json_records, html_pages, and text_checks
    # (which texts cannot be read); text_markup: the tags and terminal escapes in a text, which
    # the splitter and the finders read past
    (
        *("ingest", "article_text", "json_records", "html_pages", "text_checks", "text_markup"),
        *("front_matter", "summary_file"),
    ),
    ("split", "layout"),
    ("annotate", "encoder", "_bert"),
    ("claims", "checkworthy", "summarization"),
    ("verification",),
    ("render",),
    ("pipeline",),
    ("batching", "serve", "cli"),  # cli: the command line, a package with one module a job
    # console: the console script; api_checks: the public API's argument checks
    ("__init__", "api_checks", "__main__", "console"),
    ("training",),  # fitting code: may import the runtime, never imported by it
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


@dataclass(frozen=True)
class Edge:
    importer: str
    imported: str
    line: int
    lazy: bool  # inside a function
    type_only: bool  # under ``if TYPE_CHECKING:``

    def __str__(self) -> str:
        how = "type-only" if self.type_only else "lazy" if self.lazy else "module-level"
        return f"{self.importer} -> {self.imported} (line {self.line}, {how})"


def module_names() -> dict[str, Path]:
    names: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool, bool]]:
    """Every import node with (inside a function, under TYPE_CHECKING)."""

    def walk(
        node: ast.AST, lazy: bool, type_only: bool
    ) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                yield child, lazy, type_only
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                yield from walk(child, True, type_only)
            elif isinstance(child, ast.If) and _is_type_checking(child.test):
                for stmt in child.body:
                    yield from walk(ast.Module(body=[stmt], type_ignores=[]), lazy, True)
                for stmt in child.orelse:
                    yield from walk(ast.Module(body=[stmt], type_ignores=[]), lazy, type_only)
            else:
                yield from walk(child, lazy, type_only)

    yield from walk(tree, False, False)


def _targets(
    node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: dict[str, Path]
) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, *([base] if base else [])])
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        yield submodule if submodule in known else base


def import_edges() -> list[Edge]:
    known = module_names()
    edges: set[Edge] = set()
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node, lazy, type_only in _imports(tree):
            for target in _targets(node, module, path.name == "__init__.py", known):
                while target and target not in known and "." in target:
                    target = target.rsplit(".", 1)[0]  # factkit.x.name -> factkit.x
                if target in known and target != module:
                    edges.add(Edge(module, target, node.lineno, lazy, type_only))
    return sorted(edges, key=lambda e: (e.importer, e.imported, e.line))


def layer_of(module: str) -> str:
    parts = module.split(".")
    if parts[-1] == "__main__":
        return "__main__"  # an entry point (python -m factkit.batching) stands on top
    return "__init__" if len(parts) == 1 else parts[1]


def layer_violations(edges: list[Edge]) -> dict[tuple[str, str], list[Edge]]:
    found: dict[tuple[str, str], list[Edge]] = {}
    for edge in edges:
        if RANK[layer_of(edge.imported)] > RANK[layer_of(edge.importer)]:
            found.setdefault((edge.importer, edge.imported), []).append(edge)
    return found


def cycles(edges: list[Edge]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each as a list."""
    graph: dict[str, list[str]] = {}
    for edge in edges:
        graph.setdefault(edge.importer, []).append(edge.imported)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, []):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def _runtime(edges: list[Edge]) -> list[Edge]:
    return [e for e in edges if not e.type_only]


def _report(kind: str, problems: dict[str, str]) -> str:
    return f"{kind}:\n" + "\n".join(f"  {key}: {why}" for key, why in sorted(problems.items()))


def test_every_module_has_a_layer() -> None:
    unplaced = sorted({layer_of(m) for m in module_names()} - set(RANK))
    assert unplaced == [], f"place these in LAYERS: {unplaced}"


def _cycles_found(edges: list[Edge]) -> dict[str, str]:
    return {
        " + ".join(component): "; ".join(
            str(e) for e in edges if e.importer in component and e.imported in component
        )
        for component in cycles(edges)
    }


def test_no_import_cycles_lazy_ones_included() -> None:
    found = _cycles_found(_runtime(import_edges()))
    assert found == {}, _report("import cycles", found)


def test_no_import_cycles_type_only_ones_included() -> None:
    """A ``TYPE_CHECKING`` import never runs, but it still ties the two modules' designs: a
    ground type that names one built on it belongs above it (``farm-studio look`` draws it)."""
    found = _cycles_found(import_edges())
    assert found == {}, _report("import cycles", found)


def test_no_module_imports_one_above_it_in_the_flow() -> None:
    up = layer_violations(_runtime(import_edges()))
    found = {f"{a} -> {b}": "; ".join(map(str, where)) for (a, b), where in up.items()}
    assert found == {}, _report("imports up the flow", found)


def test_type_only_imports_respect_the_layers_too() -> None:
    """``if TYPE_CHECKING:`` imports never run, yet they still may not reach up the flow."""
    type_only = [e for e in import_edges() if e.type_only]
    up = layer_violations(type_only)
    found = {f"{a} -> {b}": "; ".join(map(str, where)) for (a, b), where in up.items()}
    assert found == {}, _report("type-only imports up the flow", found)


def test_the_checker_sees_lazy_relative_and_type_only_imports(tmp_path: Path) -> None:
    source = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "from . import enums\n"
        "if TYPE_CHECKING:\n"
        "    from factkit.render import to_json\n"
        "def f() -> None:\n"
        "    from factkit.pipeline import Pipeline\n"
    )
    tree = ast.parse(source)
    known = module_names()
    found = [
        (target, lazy, type_only)
        for node, lazy, type_only in _imports(tree)
        for target in _targets(node, "factkit.document", False, known)
    ]
    assert ("factkit.enums", False, False) in found
    assert ("factkit.render.to_json", False, True) in found
    assert ("factkit.pipeline", True, False) in found
    loop = [
        Edge("factkit.a", "factkit.b", 1, True, False),
        Edge("factkit.b", "factkit.a", 2, False, False),
    ]
    assert cycles(loop) == [["factkit.a", "factkit.b"]]
    assert list(layer_violations([Edge("factkit.document", "factkit.render", 1, True, False)]))
