"""Room sizes in ``factkit/`` (issue 12's acceptance): modules, classes and functions a newcomer
can hold in their head. Read from the source with ast, so a failure names the place and its size.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "factkit"
MAX_MODULE_LINES = 800
MAX_CLASS_LINES = 400
MAX_FUNCTION_LINES = 80


def _too_large(package: Path = PACKAGE) -> Iterator[str]:
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(package.parent)
        lines = len(source.splitlines())
        if lines > MAX_MODULE_LINES:
            yield f"{where}: module of {lines} lines (limit {MAX_MODULE_LINES})"
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef):
                limit, kind = MAX_CLASS_LINES, "class"
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                limit, kind = MAX_FUNCTION_LINES, "function"
            else:
                continue
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            if size > limit:
                yield f"{where}:{node.lineno}: {kind} {node.name} of {size} lines (limit {limit})"


def test_no_room_is_over_the_size_limits() -> None:
    assert list(_too_large()) == []


def test_the_check_finds_each_kind_of_oversized_room(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    body = "\n".join(f"        x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    (package / "big.py").write_text(f"class A:\n    def big(self) -> None:\n{body}\n")
    (package / "long.py").write_text("x = 1\n" * (MAX_MODULE_LINES + 1))
    (package / "small.py").write_text("def f() -> int:\n    return 1\n")
    found = list(_too_large(package))
    assert any("pkg/big.py:2: function big" in f for f in found)
    assert any("pkg/long.py: module of 801 lines" in f for f in found)
    assert not any("small.py" in f for f in found)
